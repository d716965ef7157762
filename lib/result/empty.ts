/** The result of an input that is no report or could not be read. */
import type { ReportResult } from './schema';

export function emptyResult(source: string, error: string | null): ReportResult {
  return {
    source, isReport: false, title: null, organ: null, organLevel: null, government: false, year: null,
    provenance: { organ: null, year: null, level: null }, datedOn: null, publishedOn: null, template: null,
    tables: [], findings: [], counts: { error: 0, warning: 0, notice: 0 }, score: null, verdict: error ? 'error' : 'not-report', error,
  };
}
