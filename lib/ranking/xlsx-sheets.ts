/** The workbook's other sheets: 「全部问题」 (every finding of the reports ranked) and 「汇总」 (the region's totals). */
import type ExcelJS from 'exceljs';
import type { Lang } from '../model';
import type { Finding, ReportResult } from '../result/schema';
import { codeText, evidenceText, findingMessage, rowName, t } from '../result/wording';
import { severityLabel } from '../result/format/labels';
import { colLabel, tableShort } from '../template/layout';
import { levelText } from './columns';
import type { RankRow } from './rows';
import { BANDS, commonFindings, type RankTotals } from './totals';
import { INT_FORMAT, headerRow, linkValue, sheetName } from './xlsx-style';

/** Where in its table a finding stands: row · column (a whole row or column by its own name), else what it quotes. */
export function findingPlace(f: Finding, lang: Lang): string {
  if (!f.cell) return f.where ?? '';
  const parts: string[] = [];
  if (f.cell.row !== '*' && !(f.table === 'appeals' && f.cell.row === 'counts')) parts.push(rowName(f, f.cell.row, lang));
  if (f.cell.col !== '*') parts.push(colLabel(f.table, f.cell.col, lang));
  return parts.join(lang === 'zh' ? '·' : ' · ');
}

const FINDING_COLUMNS: [string, number][] = [
  ['x_organ', 28], ['x_year', 7], ['x_page', 40], ['x_table', 8], ['x_cell', 30], ['x_severity', 9], ['x_rule', 26], ['x_message', 60], ['x_evidence', 50],
];

export function findingsSheet(wb: ExcelJS.Workbook, rows: RankRow[], results: Iterable<ReportResult>, lang: Lang) {
  const ws = wb.addWorksheet(sheetName(t('x_rank_sheet_findings', lang)));
  headerRow(ws, FINDING_COLUMNS.map(([k]) => t(k, lang)), FINDING_COLUMNS.map(([, w]) => w));
  ws.getColumn(2).numFmt = INT_FORMAT;
  const bySource = new Map<string, ReportResult>();
  for (const r of results) bySource.set(r.source, r);
  // in the ranking's order: the reports ranked, each with its findings in the report's order
  for (const row of rows) {
    const r = bySource.get(row.source);
    if (!r) continue;
    for (const f of r.findings) {
      ws.addRow([
        row.organ, row.year, linkValue(row.source), tableShort(f.table, lang), findingPlace(f, lang), severityLabel(f.severity, lang), f.rule,
        findingMessage(f, lang), evidenceText(f, lang) || null,
      ]);
    }
  }
}

export function totalsSheet(wb: ExcelJS.Workbook, totals: RankTotals, rows: RankRow[], lang: Lang) {
  const ws = wb.addWorksheet(sheetName(t('x_rank_sheet_totals', lang)));
  ws.columns = [{ width: 26 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, ...BANDS.map(() => ({ width: 9 }))];
  const bold = (r: ExcelJS.Row) => {
    r.font = { bold: true };
  };
  const figures: [string, number | null][] = [
    ['x_rank_total_reports', totals.reports],
    ['x_rank_total_mean', totals.meanScore],
    ['x_rank_total_errors', totals.errors],
    ['x_rank_total_warnings', totals.warnings],
    ['x_rank_total_review', totals.review],
    ['x_rank_total_with_errors', totals.withErrors],
    ['x_rank_total_late', totals.late],
    ['x_rank_total_on_time', totals.onTime],
    ['x_rank_total_no_date', totals.noDate],
    ['x_rank_total_copying', totals.copying],
    ['x_rank_total_cross_year', totals.crossYear],
    ['x_rank_total_sections', totals.sectionsMissing],
    ['x_rank_total_duplicates', totals.duplicates],
    ['x_rank_total_not_reports', totals.notReports],
    ['x_rank_total_failed', totals.failed],
  ];
  bold(ws.addRow([t('x_rank_totals', lang), totals.years.join(lang === 'zh' ? '、' : ', ')]));
  for (const [k, v] of figures) {
    const r = ws.addRow([t(k, lang), v]);
    r.getCell(2).numFmt = k === 'x_rank_total_mean' ? '0.0' : INT_FORMAT;
  }
  ws.addRow([]);
  // per level: reports, mean score, counts, and the reports per score band
  const bands = BANDS.map((b) => (b.from === b.to ? String(b.from) : `${b.from}–${b.to}`));
  bold(ws.addRow([t('x_rank_level', lang), t('x_rank_total_reports', lang), t('x_rank_total_mean', lang), t('x_rank_errors', lang), t('x_rank_warnings', lang), t('x_rank_total_late', lang), t('x_rank_total_copying', lang), ...bands]));
  for (const l of totals.byLevel) {
    const r = ws.addRow([levelText(l.level, lang) || t('x_rank_level_none', lang), l.reports, l.meanScore, l.errors, l.warnings, l.late, l.copying, ...l.bands]);
    r.eachCell((c, i) => {
      if (i > 1) c.numFmt = i === 3 ? '0.0' : INT_FORMAT;
    });
  }
  ws.addRow([]);
  bold(ws.addRow([t('x_rank_common', lang), t('x_rank_total_reports', lang), t('x_rank_findings', lang), t('x_rule_text', lang)]));
  for (const c of commonFindings(rows, 20)) ws.addRow([c.code, c.reports, c.findings, codeText(c.code, lang)]);
}
