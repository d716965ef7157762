/**
 * The ranking as an Excel workbook (exceljs, pure JavaScript: the same code in Node and in the
 * dashboard, which loads this module only when the auditor exports). A sheet per year (newest
 * first; 「年度不详」 for reports without one), 「全部问题」 with every finding of the reports ranked,
 * and 「汇总」 with the region's totals. Each sheet's header row is frozen and filtered; columns have
 * widths; rank, score, days and counts are numbers (integers), the copied share a percentage, and
 * addresses (http(s) only) links.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../model';
import type { ReportResult } from '../result/schema';
import { t } from '../result/wording';
import { COLUMNS, cellValue, columnHeader, type Column } from './columns';
import type { RankRow, Ranking } from './rows';
import type { RankTotals } from './totals';
import { findingsSheet, totalsSheet } from './xlsx-sheets';
import { INT_FORMAT, PERCENT_FORMAT, headerRow, linkValue, sheetName } from './xlsx-style';

function value(r: RankRow, c: Column, lang: Lang): ExcelJS.CellValue {
  const v = cellValue(r, c, lang);
  if (v === null || v === '') return null;
  if (c.kind === 'percent') return typeof v === 'number' ? v / 100 : v;
  if (c.kind === 'link') return linkValue(String(v));
  return v;
}

function rankingSheet(wb: ExcelJS.Workbook, name: string, rows: RankRow[], lang: Lang) {
  const ws = wb.addWorksheet(sheetName(name));
  headerRow(ws, COLUMNS.map((c) => columnHeader(c, lang)), COLUMNS.map((c) => c.width));
  COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.kind === 'int') col.numFmt = INT_FORMAT;
    if (c.kind === 'percent') col.numFmt = PERCENT_FORMAT;
  });
  for (const r of rows) ws.addRow(COLUMNS.map((c) => value(r, c, lang)));
  // the header's own cells keep the text format
  ws.getRow(1).eachCell((c) => {
    c.numFmt = '@';
  });
}

export interface XlsxInput {
  ranking: Ranking;
  totals: RankTotals;
  /** The results of the reports ranked (or more), for 「全部问题」; without them that sheet holds its header only. */
  results?: Iterable<ReportResult>;
  lang?: Lang;
}

/** The workbook's bytes. */
export async function rankingXlsx({ ranking, totals, results = [], lang = 'zh' }: XlsxInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao-audit';
  const years = new Map<number | null, RankRow[]>();
  for (const r of ranking.rows) (years.get(r.year) ?? years.set(r.year, []).get(r.year)!).push(r);
  const order = [...years.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  for (const y of order) rankingSheet(wb, y === null ? t('x_rank_sheet_no_year', lang) : t('x_rank_sheet_year', lang, { year: y }), years.get(y)!, lang);
  if (!order.length) rankingSheet(wb, t('x_rank_sheet_ranking', lang), [], lang);
  findingsSheet(wb, ranking.rows, results, lang);
  totalsSheet(wb, totals, ranking.rows, lang);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
