export { toCsv, BOM, neutralise } from './csv';
export { toMarkdown, mdText } from './markdown';
export { toJson, toAuditOutput } from './json';
export type ExportFormat = 'json' | 'csv' | 'md';
