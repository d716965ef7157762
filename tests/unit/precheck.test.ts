import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { precheck, textSignal } from '../../lib/page/precheck';
import { parseHtml } from '../../lib/node';

const page = (name: string) => parseHtml(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8'));

describe('precheck', () => {
  it('passes report pages by title, URL or text', () => {
    const d = page('sample-report.html');
    expect(precheck({ href: 'https://x.gov.cn/a.html', title: d.title, body: d.body })).toBe(true);
    expect(precheck({ href: 'https://x.gov.cn/zfxxgknb/2021/a.html', title: '', body: null })).toBe(true);
    expect(precheck({ href: 'https://x.gov.cn/a.html', title: '', body: d.body })).toBe(true);
  });

  it('stops a plain news page and ignores the fragment of the address', () => {
    const d = parseHtml('<html><head><title>我区召开会议</title></head><body><p>会议</p><p>强调</p></body></html>');
    expect(precheck({ href: 'https://x.gov.cn/a.html#nianbao', title: d.title, body: d.body })).toBe(false);
  });

  it('sees a label split over several text nodes', () => {
    const d = parseHtml('<html><body><p><span>主动公开</span><span>政府信息</span><span>情况</span></p></body></html>');
    expect(textSignal(d.body!)).toBe(true);
  });

  it('reads only the first part of a huge page', () => {
    const filler = '<p>街道社区开展志愿服务活动组织居民参加环境整治工作</p>'.repeat(5000);
    const d = parseHtml(`<html><body>${filler}<p>主动公开政府信息情况</p></body></html>`);
    expect(textSignal(d.body!)).toBe(false);
  });
});
