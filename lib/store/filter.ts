/** The dashboard's filters and sort orders over records, as pure functions. */
import type { Severity } from '../model';
import type { PageRecord, ReviewStatus } from './schema';
import { normaliseUrl } from './url';
import { unifyRadicals } from '../text/normalize';
import { hasFindings, type RecordSummary } from './summary';

export interface RecordFilter {
  organ?: string;
  year?: number | null;
  severity?: Severity | '';
  /** Findings of this review status: unreviewed, confirmed or dismissed. */
  status?: ReviewStatus | 'open' | '';
  text?: string;
  /** Only these pages (a batch's): compared by their normalised address. */
  hrefs?: string[];
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

/** What the filter reads of a record or a summary besides its findings. */
type Filterable = Pick<RecordSummary, 'url' | 'href' | 'organ' | 'year' | 'title'>;

/**
 * One filter for records and their summaries, so that the same ones pass: `hasFindings` says whether any finding
 * passes the severity and status filters, `words` is the text the search looks in besides title, organ and address.
 */
function passing<T extends Filterable>(f: RecordFilter, hasFindings: (r: T) => boolean, words: (r: T) => string): (r: T) => boolean {
  // radical code points (南⻔街道, as records stored from a PDF's text layer before they were read as ideographs may carry) match their ideographs
  const text = f.text ? unifyRadicals(f.text.trim().toLowerCase()) : undefined;
  const organ = f.organ ? unifyRadicals(f.organ) : undefined;
  const pages = f.hrefs ? new Set(f.hrefs.map(normaliseUrl)) : null;
  return (r) => {
    if (pages && !pages.has(r.url) && !pages.has(normaliseUrl(r.href))) return false;
    if (organ && !unifyRadicals(r.organ ?? '').includes(organ)) return false;
    if (f.year && r.year !== f.year) return false;
    if ((f.severity || f.status) && !hasFindings(r)) return false;
    if (text) {
      const hay = unifyRadicals([r.title, r.organ, r.url, words(r)].join('\n').toLowerCase());
      if (!hay.includes(text)) return false;
    }
    return true;
  };
}

export function filterRecords(records: PageRecord[], f: RecordFilter): PageRecord[] {
  return records.filter(
    passing<PageRecord>(
      f,
      (r) => visibleFindings(r, f).length > 0,
      (r) => r.result.findings.map((x) => x.message).join('\n'),
    ),
  );
}

/** The same filter over summaries (the dashboard's list): the same records pass as filterRecords lets through. */
export function filterSummaries(summaries: RecordSummary[], f: RecordFilter): RecordSummary[] {
  return summaries.filter(
    passing<RecordSummary>(
      f,
      (r) => hasFindings(r, f.severity, f.status),
      (r) => r.text,
    ),
  );
}

/** What sorting reads of a record or a summary. */
export type Sortable = Pick<PageRecord, 'auditedAt' | 'url' | 'organ' | 'year' | 'score' | 'counts'>;

/** The columns the record list sorts by. */
export const SORT_KEYS = ['auditedAt', 'organ', 'year', 'errors', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The direction a column sorts in at its first click: names A to Z, the rest largest (newest, most) first. */
export const FIRST_DIR: Record<SortKey, SortDir> = { auditedAt: 'desc', organ: 'asc', year: 'desc', errors: 'desc', score: 'desc' };

const organs = new Intl.Collator('zh-Hans-CN');

function value(r: Sortable, key: SortKey): string | number | null {
  switch (key) {
    case 'auditedAt':
      return r.auditedAt;
    case 'organ':
      return r.organ?.trim() || null;
    case 'year':
      return r.year;
    case 'errors':
      return r.counts.error;
    case 'score':
      return r.score;
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return organs.compare(String(a), String(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The default order, which also settles ties in every other: newest audit first, then by address. */
function newestFirst(a: Sortable, b: Sortable): number {
  return a.auditedAt < b.auditedAt ? 1 : a.auditedAt > b.auditedAt ? -1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/**
 * Records sorted by a column (newest audit first by default). Records without a
 * value (no organ, year or score) come last in either direction; ties keep the
 * default order in either direction, so reversing a column moves no tie.
 */
export function sortRecords<T extends Sortable>(records: T[], key: SortKey = 'auditedAt', dir: SortDir = FIRST_DIR[key]): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return records.slice().sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) return x === y ? newestFirst(a, b) : x === null ? 1 : -1;
    return sign * compare(x, y) || newestFirst(a, b);
  });
}

/** The order after a click on a column's header: the same column reverses, another starts at its first direction. */
export function nextSort(current: { key: SortKey; dir: SortDir }, clicked: SortKey): { key: SortKey; dir: SortDir } {
  if (current.key === clicked) return { key: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key: clicked, dir: FIRST_DIR[clicked] };
}

/**
 * One report, one row: a page that holds nothing but its report file is listed as the file's
 * row (which links back to the page), not as a second report, while the file's record exists.
 */
export function oneRowPerReport<T extends Pick<RecordSummary, 'href' | 'file'>>(summaries: T[]): T[] {
  const present = new Set(summaries.map((s) => s.href));
  return summaries.filter((s) => !s.file || !present.has(s.file));
}
