/** Whole pages: reports in several markups, and the look-alikes that are not reports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { ReportResult } from '../../lib/result/schema';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const audit = (name: string) => {
  const r = auditHtml(page(name), name).result;
  // the engine's own stages never fail on a fixture page (an exception is caught and said in `error`)
  expect(r.error).toBeNull();
  return r;
};

describe('look-alike pages are not reports', () => {
  it.each(['listing.html', 'notice.html', 'blank-template.html', 'news.html'])('%s', (name) => {
    const r = audit(name);
    expect(ReportResult.parse(r)).toBeTruthy();
    expect(r.isReport).toBe(false);
    expect(r.verdict).toBe('not-report');
    expect(r.findings).toEqual([]);
    expect(r.score).toBeNull();
  });
});

describe('report pages', () => {
  it('a report that is only an attachment is recognised and said to be unauditable', () => {
    const r = audit('attachment.html');
    expect(r.isReport).toBe(true);
    expect(r.findings.map((f) => f.id)).toEqual(['shape:attachment:attachment']);
    expect(r.organ).toBe('某某区应急管理局');
    expect(r.year).toBe(2021);
    expect(r.publishedOn).toBe('2022-01-25');
  });

  it('a report page whose only title is its file link takes the file name as the title, without 附件 and .pdf', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>某某区人民政府</title></head><body><div class="TRS_Editor">
<p>附件：<a href="/a/nb.pdf">某某区应急管理局2021年政府信息公开工作年度报告.pdf</a></p></div></body></html>`;
    const r = auditHtml(html, 'x.html').result;
    expect(r.findings.map((f) => [f.id, f.rule, f.message])).toEqual([['shape:attachment:attachment', 'shape:attachment', '报告正文只在附件中，页面上没有可核对的表格']]);
    expect(r.title).toBe('某某区应急管理局2021年政府信息公开工作年度报告');
    expect(r.organ).toBe('某某区应急管理局');
    expect(r.year).toBe(2021);
  });

  it('the sample (seed 000 as a Word page) gives the seed findings', () => {
    const r = audit('sample-report.html');
    expect(r).toMatchObject({ isReport: true, organ: '上塘街道', year: 2020, template: '2019', datedOn: '2021-01-28', publishedOn: '2021-01-29' });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.id, f.expected, f.actual])).toEqual([
      ['row-total:requests:new:total', 2, 1],
      ['row-total:requests:result.disclosed:total', 3, 0],
      ['row-total:requests:result.total:total', 3, null],
    ]);
    expect(r.findings.filter((f) => f.rule === 'blank-cell').map((f) => f.related.length)).toEqual([131]);
  });

  it('a table split over two <table> elements with its header repeated maps as one', () => {
    const r = audit('report-2019-split.html');
    expect(r.tables.find((t) => t.table === 'requests')).toEqual({ table: 'requests', found: true, rows: 23, cols: 7 });
    // one wrong cell: one finding on it, covering the row and the column it breaks
    expect(r.findings.map((f) => [f.id, f.covers])).toEqual([
      ['row-total:requests:result.disclosed:natural', ['row-total:requests:result.disclosed:total', 'column-total:requests:result.total:natural']],
    ]);
  });

  it('a clean 2021 report passes', () => {
    const r = audit('report-2021-cms.html');
    expect(r).toMatchObject({ isReport: true, template: '2021', verdict: 'pass', score: 100 });
    expect(r.findings).toEqual([]);
  });
});
