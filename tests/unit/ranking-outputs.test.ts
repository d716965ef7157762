/**
 * The ranking's outputs read back: the CSV parsed (BOM, CRLF, the columns, numbers as numbers, text
 * guarded against formulas), the .xlsx opened with exceljs (sheet names, header, one row per
 * report, number cells numeric, formats, the frozen header, every finding, the totals) and the HTML
 * (self-contained: no script, the chart style inlined). Drawn in Chromium: tests/e2e/ranking-html.test.ts.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMNS, columnHeader, inputOf, rank, rankingCsv, rankingHtml, totalsOf } from '../../lib/ranking';
import { rankingXlsx } from '../../lib/ranking/xlsx';
import { regionResults } from '../helpers/ranking-region';
import { parseCsv } from '../helpers/csv';

const results = regionResults();
// one organ's name that a spreadsheet would run as a formula
results[0] = { ...results[0]!, organ: '=HYPERLINK("x")交通运输厅' };
const ranking = rank(results.map((r) => inputOf(r)));
const totals = totalsOf(ranking);
const ranked = new Set(ranking.rows.map((r) => r.source));
const findings = results.filter((r) => ranked.has(r.source)).reduce((n, r) => n + r.findings.length, 0);

describe('CSV', () => {
  const csv = rankingCsv(ranking.rows);
  const rows = parseCsv(csv.slice(1));

  it('a BOM, CRLF, the columns in Chinese, one row per organ and year', () => {
    expect(csv.startsWith('\uFEFF"名次","机关","层级","年度","报告地址","结论","得分","错误","警告","需人工核对"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(COLUMNS.map((c) => columnHeader(c)));
    expect(rows.length - 1).toBe(ranking.rows.length);
    expect(rows.slice(1).map((r) => r[4])).toEqual(ranking.rows.map((r) => r.source));
  });

  it('numbers as numbers, blanks empty, text guarded', () => {
    const col = (id: string) => COLUMNS.findIndex((c) => c.id === id);
    const late = rows.find((r) => r[col('organ')] === '江北区教育局' && r[col('year')] === '2021')!;
    expect([late[col('days_late')], late[col('due')], late[col('copied')], late[col('level')]]).toEqual(['43', '2022-01-31', '', '县级']);
    const copying = rows.find((r) => r[col('organ')] === '上塘街道办事处' && r[col('year')] === '2022')!;
    expect([copying[col('copied')], copying[col('copies')]]).toEqual(['100', '龙门镇人民政府2022年政府信息公开工作年度报告']);
    expect(rows.some((r) => r[col('organ')] === `'=HYPERLINK("x")交通运输厅`)).toBe(true);
    expect(csv).toMatch(/,43,/);
    expect(rankingCsv(ranking.rows, 'en').slice(1).split('\r\n')[0]).toBe(COLUMNS.map((c) => `"${columnHeader(c, 'en')}"`).join(','));
  });
});

describe('Excel workbook', () => {
  it('a sheet per year, 全部问题 and 汇总; header frozen; one row per report; numbers numeric; formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rankingXlsx({ ranking, totals, results })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2022年', '2021年', '2020年', '全部问题', '汇总']);
    const headers = COLUMNS.map((c) => columnHeader(c));
    let rows = 0;
    for (const y of [2022, 2021, 2020]) {
      const ws = wb.getWorksheet(`${y}年`)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      const want = ranking.rows.filter((r) => r.year === y);
      expect(ws.rowCount - 1).toBe(want.length);
      rows += ws.rowCount - 1;
      want.forEach((r, i) => {
        const got = ws.getRow(i + 2);
        const cell = (id: string) => got.getCell(COLUMNS.findIndex((c) => c.id === id) + 1);
        for (const id of ['rank', 'year', 'score', 'errors', 'warnings', 'days_late', 'cross_year']) expect(typeof cell(id).value, `${r.source} ${id}`).toBe('number');
        expect([cell('score').value, cell('days_late').value]).toEqual([r.score, r.daysLate]);
        expect(cell('score').numFmt).toBe('0');
        expect(cell('address').value).toEqual({ text: r.source, hyperlink: r.source });
        if (r.copied !== null) expect([cell('copied').value, cell('copied').numFmt]).toEqual([r.copied / 100, '0%']);
        else expect(cell('copied').value).toBeNull();
      });
      expect(ws.getColumn(2).width).toBe(30);
    }
    expect(rows).toBe(ranking.rows.length);
    const all = wb.getWorksheet('全部问题')!;
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((all.getRow(1).values as unknown[]).slice(1)).toEqual(['机关', '年度', '页面', '表格', '单元格', '严重程度', '规则', '说明', '原文依据']);
    expect(all.rowCount - 1).toBe(findings);
    const carried = all.getRows(2, all.rowCount - 1)!.find((r) => r.getCell(7).value === 'cross-year:carried-over')!;
    expect([carried.getCell(1).value, carried.getCell(2).value, carried.getCell(4).value, carried.getCell(6).value]).toEqual(['江州市民政局', 2021, '表三', '警告']);
    expect(String(carried.getCell(5).value)).toContain('上年结转');
    const sums = wb.getWorksheet('汇总')!;
    const figure = (label: string) => sums.getRows(1, sums.rowCount)!.find((r) => r.getCell(1).value === label)?.getCell(2).value;
    expect([figure('报告数'), figure('逾期公开'), figure('正文重复'), figure('同机关同年度重复报告（未计入）'), figure('平均得分')]).toEqual([21, 1, 2, 1, totals.meanScore]);
  });

  it('in English: sheet names and headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rankingXlsx({ ranking, totals, results, lang: 'en' })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2022', '2021', '2020', 'all findings', 'totals']);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('rank');
  });
});

describe('HTML 体检报告', () => {
  const css = readFileSync(new URL('../../node_modules/charts.css/dist/charts.min.css', import.meta.url), 'utf8');
  const html = rankingHtml(ranking, totals, { chartCss: css, at: new Date('2026-04-01T00:00:00Z') });

  it('one page that needs nothing else: no script, no request, the chart library inlined', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain(css.slice(0, 200));
    expect(html).toContain('<h1>政府信息公开工作年度报告体检报告</h1>');
    expect(html).toContain('2022、2021、2020 年度 · 21 份报告 · 2026-04-01 生成');
    expect(html.match(/<table class="nb-ranking">[\s\S]*?<\/table>/)![0].match(/<tr class=/g)).toHaveLength(ranking.rows.length);
    expect(html).toContain('=HYPERLINK(&quot;x&quot;)交通运输厅');
    expect(html).toMatch(/data-chart="bands"[\s\S]*<table class="charts-css bar multiple stacked/);
    expect(html).toMatch(/逾期公开的报告[\s\S]*江北区教育局[\s\S]*正文与其他报告大量重复的报告/);
  });
});
