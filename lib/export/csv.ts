/**
 * CSV export: one row per finding, UTF-8 with a BOM and CRLF so that Excel and WPS
 * open Chinese text as it is; text cells are neutralised against formula injection.
 */
import type { ReportResult } from '../result/schema';
import { colLabel, tableShort, type Lang } from '../template/layout';
import { culpritText, formatMessage, rowName } from '../result/messages';
import { severityLabel, familyLabel } from './labels';

export const BOM = '\uFEFF';

const HEADERS: Record<Lang, string[]> = {
  zh: ['编号', '页面', '标题', '机关', '年度', '规则', '规则类别', '严重程度', '表格', '行', '列', '单元格', '填报值', '应为', '说明', '位置', '可能有误', '建议值'],
  en: ['id', 'page', 'title', 'organ', 'year', 'rule', 'family', 'severity', 'table', 'row', 'column', 'cell', 'printed', 'expected', 'message', 'where', 'likely culprit', 'suggested'],
};

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

export interface RowExtra {
  /** Review status and note, in the dashboard's exports. */
  status?: (findingId: string, source: string) => { status: string; note: string } | undefined;
}

export function toCsv(reports: ReportResult[], lang: Lang = 'zh', extra: RowExtra = {}): string {
  const headers = [...HEADERS[lang], ...(extra.status ? (lang === 'zh' ? ['审核状态', '审核备注'] : ['status', 'note']) : [])];
  const lines = [headers.map(textCell).join(',')];
  for (const r of reports) {
    const base = [r.source, r.title, r.organ];
    if (r.error) {
      lines.push([textCell(''), ...base.map(textCell), numCell(r.year), textCell('error'), textCell(''), textCell(''), ...Array(6).fill(textCell('')), textCell(r.error), textCell(''), textCell(''), textCell('')].join(','));
      continue;
    }
    for (const f of r.findings) {
      const cellKey = f.table && f.cell ? `${f.table}/${f.cell.row}/${f.cell.col}` : '';
      const culprit = culpritText(f, lang) ?? '';
      const st = extra.status?.(f.id, r.source);
      lines.push(
        [
          textCell(f.id),
          ...base.map(textCell),
          numCell(r.year),
          textCell(f.rule),
          textCell(familyLabel(f.rule, lang)),
          textCell(severityLabel(f.severity, lang)),
          textCell(tableShort(f.table, lang)),
          textCell(f.cell ? rowName(f, f.cell.row, lang) : ''),
          textCell(f.cell ? colLabel(f.table, f.cell.col, lang) : ''),
          textCell(cellKey),
          numCell(f.actual),
          numCell(f.expected),
          textCell(lang === 'zh' ? f.message : formatMessage(f, lang)),
          textCell(f.where),
          textCell(culprit),
          numCell(f.suggested),
          ...(extra.status ? [textCell(st?.status ?? ''), textCell(st?.note ?? '')] : []),
        ].join(','),
      );
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
