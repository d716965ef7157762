/** The export formats: the CLI's output and the extension's files alike. */
import type { Lang } from '../../model';
import type { ReportResult } from '../schema';
import { toCsv } from './csv';
import { jsonParts, toJson } from './json';
import { toMarkdown } from './markdown';

export { toCsv, BOM, neutralise } from './csv';
export { toMarkdown, mdText } from './markdown';
export { toJson, toAuditOutput, jsonParts } from './json';

export type ExportFormat = 'json' | 'csv' | 'md';

/** Reports in one of the export formats. */
export function exportReports(reports: ReportResult[], format: ExportFormat, lang: Lang = 'zh'): string {
  if (format === 'csv') return toCsv(reports, lang);
  if (format === 'md') return toMarkdown(reports, lang);
  return toJson(reports);
}

/** Reports in one of the export formats, in parts to write one after another: JSON report by report (./json.ts), the others whole. */
export function exportParts(reports: ReportResult[], format: ExportFormat, lang: Lang = 'zh'): Iterable<string> {
  return format === 'json' ? jsonParts(reports) : [exportReports(reports, format, lang)];
}
