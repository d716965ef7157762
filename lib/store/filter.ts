/** The dashboard's filters over records, as a pure function. */
import type { Severity } from '../model';
import type { PageRecord, ReviewStatus } from './schema';

export interface RecordFilter {
  organ?: string;
  year?: number | null;
  severity?: Severity | '';
  /** Findings of this review status: unreviewed, confirmed or dismissed. */
  status?: ReviewStatus | 'open' | '';
  text?: string;
}

export function findingStatus(r: PageRecord, id: string): ReviewStatus | 'open' {
  return r.reviews[id]?.status ?? 'open';
}

/** The findings of a record that pass the severity and status filters. */
export function visibleFindings(r: PageRecord, f: RecordFilter) {
  return r.result.findings.filter(
    (x) => (!f.severity || x.severity === f.severity) && (!f.status || findingStatus(r, x.id) === f.status),
  );
}

export function filterRecords(records: PageRecord[], f: RecordFilter): PageRecord[] {
  const text = f.text?.trim().toLowerCase();
  return records.filter((r) => {
    if (f.organ && !(r.organ ?? '').includes(f.organ)) return false;
    if (f.year && r.year !== f.year) return false;
    if ((f.severity || f.status) && visibleFindings(r, f).length === 0) return false;
    if (text) {
      const hay = [r.title, r.organ, r.url, ...r.result.findings.map((x) => x.message)].join('\n').toLowerCase();
      if (!hay.includes(text)) return false;
    }
    return true;
  });
}

/** Records newest first. */
export function sortRecords(records: PageRecord[]): PageRecord[] {
  return records.slice().sort((a, b) => (a.auditedAt < b.auditedAt ? 1 : a.auditedAt > b.auditedAt ? -1 : a.url.localeCompare(b.url)));
}
