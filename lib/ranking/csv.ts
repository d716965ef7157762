/**
 * The ranking as CSV: one row per organ and year, as the export of findings writes it (UTF-8 with a
 * BOM and CRLF for Excel and WPS, text cells guarded against formula injection). Copied share in
 * percent (62, not 0.62).
 */
import type { Lang } from '../model';
import { BOM, neutralise } from '../result/format/csv';
import { COLUMNS, cellValue, columnHeader } from './columns';
import type { RankRow } from './rows';

function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return `"${neutralise(v.replace(/\r?\n/g, ' ')).replace(/"/g, '""')}"`;
}

export function rankingCsv(rows: RankRow[], lang: Lang = 'zh'): string {
  const lines = [COLUMNS.map((c) => cell(columnHeader(c, lang))).join(',')];
  for (const r of rows) lines.push(COLUMNS.map((c) => cell(cellValue(r, c, lang))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
