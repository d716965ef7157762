/** Every stored record is history: an organ's two years visited in turn give the carry-over finding on the second page, and the dashboard's side-by-side view. */
import { describe, expect, it } from 'vitest';
import { siteAndBrowser, waitForMarks, type Browser, type Route, type Served } from './harness';
import { renderReport } from '../helpers/report-html';
import { boilerplate, organYears, shiftCarriedIn } from '../helpers/history-corpus';
import { mulberry32 } from '../helpers/template-data';
import { APPLICANT_COLS } from '../../lib/template/layout';

const years = organYears('东湖街道', 1);
const y2021 = years[2]!;
const COL = APPLICANT_COLS.find((c) => y2021.filled.values.get(`requests/new/${c}`)! >= 2)!;
shiftCarriedIn(y2021.filled, COL, 2);

const page = (i: number) => {
  const r = years[i]!;
  const b = boilerplate(r.organ, r.year);
  return renderReport(r.filled, 'cms', mulberry32(i), { overview: [b[3], ...r.prose, b[1]].join(''), published: `${r.year + 1}-01-25` });
};

const route: Route = (req, res) => {
  const m = /^\/dh\/(\d{4})\.html$/.exec(req.url ?? '');
  const i = m ? years.findIndex((r) => r.year === Number(m[1])) : -1;
  if (i < 0) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page(i));
  return true;
};

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)), [route]);

describe('an organ’s years', () => {
  it('visited in turn: the second page marks 上年结转 where it differs from last year’s 结转下年度', async () => {
    const first = await b.context.newPage();
    await first.goto(s.url('/dh/2020.html'));
    await expect.poll(async () => Object.keys(await b.storage()).some((k) => k.endsWith('/dh/2020.html')), { timeout: 15_000 }).toBe(true);
    await first.close();
    const second = await b.context.newPage();
    await second.goto(s.url('/dh/2021.html'));
    await waitForMarks(second);
    const cell = second.locator(`[data-nianbao-finding~="cross-year:requests:carried_in:${COL}"]`);
    await cell.waitFor();
    expect(await cell.count()).toBe(1);
    expect(Number(await cell.textContent())).toBe(y2021.filled.values.get(`requests/carried_in/${COL}`));
    await cell.hover();
    const tip = second.locator('[data-testid=tooltip]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('2020 年报告');
    // the tooltip stands beside the cell, not over it
    const [c, t] = [await cell.boundingBox(), await tip.boundingBox()];
    expect(t!.y >= c!.y + c!.height || t!.y + t!.height <= c!.y).toBe(true);
    await second.close();
  });

  it('the dashboard shows the organ’s years side by side, with the finding counted on its year', async () => {
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    // folded below the record list: closed until the auditor opens it
    const fold = dash.locator('[data-testid=fold-organ-years]');
    expect(await fold.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    await fold.locator('summary').click();
    const organ = dash.locator('[data-testid=organ][data-organ="东湖街道"]');
    await organ.waitFor();
    const rows = organ.locator('[data-testid=organ-year]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-year')))).toEqual(['2020', '2021']);
    const v = (y: number, k: string) => years.find((r) => r.year === y)!.filled.values.get(k);
    expect(await organ.locator('[data-year="2020"] [data-figure=carried_out]').textContent()).toBe(String(v(2020, 'requests/carried_out/total')));
    expect(await organ.locator('[data-year="2021"] [data-figure=new]').textContent()).toBe(String(v(2021, 'requests/new/total')));
    expect(await organ.locator('[data-year="2021"] [data-testid=organ-cross]').textContent()).toBe('1');
    // 上年结转 beside last year's 结转下年度: the two figures the cross-year finding holds against each other
    expect(await organ.locator('th').allTextContents()).toEqual(['年度', '本年新收', '上年结转', '办理结果总计', '结转下年度', '现行有效文件', '跨年问题']);
    expect(await organ.locator('[data-year="2021"] [data-figure=carried_in]').textContent()).toBe(String(v(2021, 'requests/carried_in/total')));
    // the list's filters apply: another organ filtered, this organ's years are not shown
    await dash.fill('[data-testid=filter-organ]', '不存在的机关');
    await expect.poll(() => dash.locator('[data-testid=organ][data-organ="东湖街道"]').count()).toBe(0);
    await dash.fill('[data-testid=filter-organ]', '东湖');
    // the fold left with its last organ; it comes back folded
    if (!(await fold.evaluate((e) => (e as HTMLDetailsElement).open))) await fold.locator('summary').click();
    await expect.poll(() => dash.locator('[data-testid=organ][data-organ="东湖街道"] [data-testid=organ-year]').count()).toBe(2);
    const chart = organ.locator('[data-testid=organ-chart]');
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await chart.locator('polyline').count()).toBeGreaterThanOrEqual(3);
    await dash.close();
  });
});
