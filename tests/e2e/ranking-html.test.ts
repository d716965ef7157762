/**
 * The HTML 体检报告 drawn as a reader sees it: a plain page in Chromium (no extension) at A4's width
 * (210 mm = 794 px), screenshot, and printed to PDF on A4. Nothing overflows the page, the charts are
 * drawn (bars with widths), the ranking's header repeats on each printed page, and the first page
 * holds the title, the key figures and both charts. The screenshot and the PDF are kept in out/
 * (out/ranking.png, out/ranking.pdf) to be looked at; docs/images/ranking.png is page 1 of that PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from './harness';
import { auditHtml, auditText } from '../../lib/node';
import { inputOf, rank, rankingHtml, totalsOf } from '../../lib/ranking';
import { regionResults } from '../helpers/ranking-region';

const OUT = join(ROOT, 'out');
const A4 = { width: 794, height: 1123 };

/** The generated region, and the seeds and fixture pages (reports with errors, late, another level) beside it. */
function results() {
  const dir = join(ROOT, 'tests/fixtures');
  return [
    ...regionResults(),
    ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => auditText(readFileSync(join(dir, f), 'utf8'), `https://www.example.gov.cn/${f}`).result),
    ...readdirSync(join(dir, 'pages')).filter((f) => f.startsWith('report') || f === 'sample-report.html').map((f) => auditHtml(readFileSync(join(dir, 'pages', f), 'utf8'), `https://www.example.gov.cn/${f}`).result),
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('the 体检报告 in Chromium', () => {
  const ranking = rank(results().map((r) => inputOf(r)));
  const totals = totalsOf(ranking);
  const css = readFileSync(join(ROOT, 'node_modules/charts.css/dist/charts.min.css'), 'utf8');
  const html = rankingHtml(ranking, totals, { chartCss: css, at: new Date('2026-04-01T00:00:00Z') });

  it('at A4 width: nothing overflows, the charts are drawn, screenshot kept', { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: A4 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    // a self-contained page asks for nothing
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4.width);
    // each band of each level a bar as wide as its share; the common findings' bars as long as their counts
    const bands = await page.locator('.nb-bands tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => Math.round(td.getBoundingClientRect().width))));
    expect(bands).toHaveLength(totals.byLevel.length);
    for (const [i, widths] of bands.entries()) {
      const l = totals.byLevel[i]!;
      const full = widths.reduce((a, b) => a + b, 0);
      expect(full).toBeGreaterThan(200);
      l.bands.forEach((n, k) => expect(Math.abs(widths[k]! - (full * n) / l.bands.reduce((a, b) => a + b, 0))).toBeLessThan(4));
    }
    const common = await page.locator('.nb-common tbody td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
    expect(common.length).toBeGreaterThan(3);
    expect(common[0]).toBeGreaterThan(common[common.length - 1]! - 1);
    expect(await page.locator('.nb-ranking tbody tr').count()).toBe(ranking.rows.length);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'ranking.png'), await page.screenshot({ fullPage: true }));
    await page.close();
  });

  it('printed on A4: the first page holds the title, the figures and both charts; the ranking’s header on every page', { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: A4 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // where each part falls on paper: A4 less the margins, at 96 dpi
    const pageHeight = ((297 - 12 - 14) / 25.4) * 96;
    const bottom = await page.evaluate(() => {
      const of = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom + window.scrollY;
      return { charts: of('[data-chart=common]'), figures: of('.nb-figures') };
    });
    expect(bottom.figures).toBeLessThan(pageHeight);
    expect(bottom.charts).toBeLessThan(pageHeight);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(OUT, 'ranking.pdf'), pdf);
    // the text of each printed page (poppler's pdftotext, which the image of docs/ is made with too)
    const pages = execFileSync('pdftotext', ['-layout', join(OUT, 'ranking.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages[0]).toMatch(/政府信息公开工作年度报告体检报告[\s\S]*总体情况[\s\S]*各层级得分分布[\s\S]*最常见的问题/);
    // every page with rows of the ranking has its header
    const withRows = pages.filter((p) => /(合格|有警告|有错误)\s+\d+\s+\d+/.test(p));
    expect(withRows.length).toBeGreaterThan(0);
    for (const p of withRows) expect(p).toMatch(/名次\s+机关\s+层级\s+年度\s+得分/);
    await page.close();
  });
});
