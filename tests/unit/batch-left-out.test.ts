// @vitest-environment happy-dom
/** A listing of more report links than a batch takes: the first BATCH_MAX are offered, and the rest are said, never silently dropped. */
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { reportLinks } from '../../lib/batch/links';
import { parseHtml } from '../../lib/node';
import { BatchPanel } from '../../components/BatchPanel';
import { BATCH_MAX } from '../../entrypoints/content/batch';

const listing = (n: number) =>
  `<html><head><title>年报目录</title></head><body><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/xxgk/nb/${i}.html">第${i}镇${2020 + (i % 4)}年政府信息公开工作年度报告</a></li>`).join('')}</ul></body></html>`;

describe('a listing of 5,000 report links', () => {
  it('offers the first 500 and counts them all', () => {
    const counted = { total: 0 };
    const links = reportLinks(parseHtml(listing(5000)), 'https://x.gov.cn/xxgk/nb/', BATCH_MAX, true, counted);
    expect(links).toHaveLength(500);
    expect(counted.total).toBe(5000);
  });

  it('the panel says how many were left out and why', () => {
    const box = document.createElement('div');
    const noop = () => undefined;
    render(h(BatchPanel, { count: 500, total: 5000, record: null, running: false, expanded: true, onToggle: noop, onStart: noop, onCancel: noop, onDashboard: noop, onClose: noop }), box);
    expect(box.querySelector('[data-testid=batch-left-out]')?.textContent).toBe('本页共有 5000 篇年报链接，一次批量审计最多 500 篇：其余 4500 篇未列入，请分页或分批审计');
    render(h(BatchPanel, { count: 40, total: 40, record: null, running: false, expanded: true, onToggle: noop, onStart: noop, onCancel: noop, onDashboard: noop, onClose: noop }), box);
    expect(box.querySelector('[data-testid=batch-left-out]')).toBeNull();
  });
});

