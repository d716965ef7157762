export { toCsv, BOM, neutralise } from './csv';
export { toMarkdown, mdText } from './markdown';
export { toJson, toAuditOutput } from './json';
import type { ReportResult } from '../result/schema';
import type { Lang } from '../template/layout';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';

export type ExportFormat = 'json' | 'csv' | 'md';

/** Reports in one of the export formats: the CLI's output and the popup's files alike. */
export function exportReports(reports: ReportResult[], format: ExportFormat, lang: Lang = 'zh'): string {
  if (format === 'csv') return toCsv(reports, lang);
  if (format === 'md') return toMarkdown(reports, lang);
  return toJson(reports);
}
