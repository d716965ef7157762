/**
 * CSV export: one row per finding, UTF-8 with a BOM and CRLF so that Excel and WPS
 * open Chinese text as it is; text cells are neutralised against formula injection.
 */
import type { Lang } from '../../model';
import type { ReportResult } from '../schema';
import { colLabel, tableShort } from '../../template/layout';
import { codeText, culpritText, evidenceText, formatMessage, reasonOf, rowName, t } from '../wording';
import { aboutOneValue, severityLabel, familyLabel } from './labels';

export const BOM = '\uFEFF';

const COLUMNS = ['id', 'page', 'title', 'organ', 'year', 'rule', 'family', 'severity', 'table', 'row', 'col', 'cell', 'printed', 'expected', 'message', 'where', 'culprit', 'suggested', 'rule_text', 'status', 'note', 'needs_review', 'evidence'];

/** A spreadsheet would run `=…`, `+…`, `-…`, `@…` (and tab/CR-led) text as a formula: prefix a quote. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function textCell(v: string | null | undefined): string {
  const s = neutralise((v ?? '').replace(/\r?\n/g, ' '));
  return `"${s.replace(/"/g, '""')}"`;
}

function numCell(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
}

/**
 * One row per finding; the review status and note come from each finding's `review` (result/review.ts), 未审核
 * without one. Columns are only ever added at the end (auditors' sheets read them by position).
 */
export function toCsv(reports: ReportResult[], lang: Lang = 'zh'): string {
  const headers = COLUMNS.map((c) => t(`x_${c}`, lang));
  const lines = [headers.map(textCell).join(',')];
  const blank = (n: number) => Array<string>(n).fill(textCell(''));
  for (const r of reports) {
    const base = [r.source, r.title, r.organ].map(textCell);
    if (r.error) {
      lines.push([textCell(''), ...base, numCell(r.year), textCell('error'), ...blank(8), textCell(r.error), ...blank(8)].join(','));
      continue;
    }
    for (const f of r.findings) {
      const cellKey = f.table && f.cell ? `${f.table}/${f.cell.row}/${f.cell.col}` : '';
      lines.push(
        [
          textCell(f.id),
          ...base,
          numCell(r.year),
          textCell(f.rule),
          textCell(familyLabel(f.rule, lang)),
          textCell(severityLabel(f.severity, lang)),
          textCell(tableShort(f.table, lang)),
          textCell(f.cell ? rowName(f, f.cell.row, lang) : ''),
          textCell(f.cell ? colLabel(f.table, f.cell.col, lang) : ''),
          textCell(cellKey),
          // a shape finding's counts (5 values for 7 columns) are no cell's value: its message says them
          !aboutOneValue(f) ? '' : f.blank ? textCell(t('printed_blank', lang)) : numCell(f.actual),
          aboutOneValue(f) ? numCell(f.expected) : '',
          textCell(lang === 'zh' ? f.message : formatMessage(f, lang)),
          textCell(f.where),
          textCell(culpritText(f, lang) ?? ''),
          numCell(f.suggested),
          textCell(codeText(f.rule, lang)),
          textCell(t(`ui_status_${f.review?.status ?? 'open'}`, lang)),
          textCell(f.review?.note ?? ''),
          // a finding that rests on a doubtful reading: counted apart, with why
          textCell(f.needsReview ? `${t('ui_review_group', lang)}${lang === 'zh' ? '：' : ': '}${reasonOf(f, lang)}` : ''),
          // what it rests on, as printed: the sentence it quotes, its row with the row's label
          textCell(evidenceText(f, lang)),
        ].join(','),
      );
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
