/**
 * The ranking: one row per organ and year, sorted by score. Pure: the same rows from a run's
 * results (CLI) and from stored records' summaries (dashboard).
 *
 * - Reports only: a page that is no report, or an audit that failed, has no row (the totals count them).
 * - One row per organ and year (organs matched by their normalised name): when two reports claim the
 *   same, the one with more template tables read is ranked, then the one published (else signed)
 *   later — a corrected re-publication — then the one audited later, then the smaller address; the
 *   others are named in the row (`others`) and counted (`duplicates`). A report without organ or year
 *   is a row of its own.
 * - Days late: the date it was published (else signed) against the deadline for its level
 *   (lib/rules/deadline dueFor: 31 January, a government's own report 31 March, townships by setting);
 *   positive late, negative early, null without a date.
 * - Order: newest year first; within a year by score, best first (or worst first), then organ, then
 *   address; rank within the year, ties sharing one (1, 2, 2, 4); no score, no rank, last.
 */
import type { Deadlines, OrganLevel } from '../model';
import type { Counts, ReportResult, Verdict } from '../result/schema';
import { dueFor } from '../rules/deadline';
import { organKey } from '../text/fingerprint';
import { factsOf, type RankFacts, type StatusOf } from './facts';

/** What the ranking reads of a report: its result's or its summary's. */
export interface RankInput extends RankFacts {
  source: string;
  title: string | null;
  organ: string | null;
  year: number | null;
  verdict: Verdict;
  score: number | null;
  counts: Counts;
  isReport: boolean;
  failed: boolean;
  /** ISO time of the audit, where known (stored records). */
  auditedAt?: string | null;
}

export function inputOf(r: ReportResult, status?: StatusOf): RankInput {
  return {
    ...factsOf(r, status),
    source: r.source,
    title: r.title,
    organ: r.organ,
    year: r.year,
    verdict: r.verdict,
    score: r.score,
    counts: r.counts,
    isReport: r.isReport,
    failed: !!r.error,
  };
}

export interface RankRow {
  /** Within its year; null without a score. */
  rank: number | null;
  organ: string | null;
  level: OrganLevel | null;
  year: number | null;
  source: string;
  title: string | null;
  verdict: Verdict;
  score: number | null;
  errors: number;
  warnings: number;
  review: number;
  /** The date published, else signed; what days late count from. */
  date: string | null;
  due: string | null;
  daysLate: number | null;
  /** Percent of its own sentences printed by the report it copies. */
  copied: number | null;
  copiesFrom: string | null;
  copiesSource: string | null;
  crossYear: number;
  sectionsMissing: number[];
  /** Other reports that claimed the same organ and year, not ranked. */
  others: string[];
  codes: Record<string, number>;
}

export type LevelFilter = OrganLevel | 'none' | '';

export interface RankOptions {
  deadlines?: Partial<Deadlines>;
  /** Rows of this level only (`none`: level not known). */
  level?: LevelFilter;
  year?: number | null;
  /** By score best first (`desc`, the default) or worst first. */
  dir?: 'asc' | 'desc';
}

export interface Ranking {
  rows: RankRow[];
  /** Reports not ranked because another of the same organ and year was (of the rows kept). */
  duplicates: number;
  /** Pages that are no report, and audits that failed, of every input (they have no level or year to filter by). */
  notReports: number;
  failed: number;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const dateOf = (x: RankInput) => x.publishedOn ?? x.datedOn;
/** Made when a ranking is first sorted: ICU's Chinese collation costs a command that ranks nothing 5 ms at its start. */
let organs: Intl.Collator | null = null;

/** Negative when `a` is the report to rank. */
function better(a: RankInput, b: RankInput): number {
  if (a.tablesRead !== b.tablesRead) return b.tablesRead - a.tablesRead;
  const da = dateOf(a) ?? '';
  const db = dateOf(b) ?? '';
  if (da !== db) return da > db ? -1 : 1;
  const ta = a.auditedAt ?? '';
  const tb = b.auditedAt ?? '';
  if (ta !== tb) return ta > tb ? -1 : 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

function rowOf(x: RankInput, others: string[], deadlines?: Partial<Deadlines>): RankRow {
  const date = dateOf(x);
  const due = x.year === null ? null : dueFor(x.year, x.level, x.government, deadlines).due;
  return {
    rank: null,
    organ: x.organ,
    level: x.level,
    year: x.year,
    source: x.source,
    title: x.title,
    verdict: x.verdict,
    score: x.score,
    errors: x.counts.error,
    warnings: x.counts.warning,
    review: x.counts.review ?? 0,
    date,
    due,
    daysLate: date && due ? days(due, date) : null,
    copied: x.copy ? x.copy.share : null,
    copiesFrom: x.copy ? x.copy.other || x.copy.otherSource : null,
    copiesSource: x.copy ? x.copy.otherSource : null,
    crossYear: x.crossYear,
    sectionsMissing: x.sectionsMissing,
    others,
    codes: x.codes,
  };
}

/** Rows ordered: newest year first, then by score (`dir`), organ and address; null years and scores last. */
export function sortRows(rows: RankRow[], dir: 'asc' | 'desc' = 'desc'): RankRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : b.year - a.year;
    if (a.score !== b.score) return a.score === null ? 1 : b.score === null ? -1 : sign * (a.score - b.score);
    return (organs ??= new Intl.Collator('zh-Hans-CN')).compare(a.organ ?? '', b.organ ?? '') || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  });
}

/** Each row's rank within its year: 1 + the rows of the year with a higher score (set on the rows, which rank() made). */
function withRanks(rows: RankRow[]): RankRow[] {
  const byYear = new Map<number | null, number[]>();
  for (const r of rows) if (r.score !== null) (byYear.get(r.year) ?? byYear.set(r.year, []).get(r.year)!).push(r.score);
  for (const scores of byYear.values()) scores.sort((a, b) => b - a);
  for (const r of rows) {
    if (r.score === null) continue;
    const scores = byYear.get(r.year)!;
    // the first index holding this score, by binary search over the descending scores
    let lo = 0;
    let hi = scores.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[mid]! > r.score) lo = mid + 1;
      else hi = mid;
    }
    r.rank = lo + 1;
  }
  return rows;
}

export function rank(inputs: RankInput[], opts: RankOptions = {}): Ranking {
  let notReports = 0;
  let failed = 0;
  const groups = new Map<string, RankInput[]>();
  for (const x of inputs) {
    if (x.failed) failed++;
    else if (!x.isReport) notReports++;
    else {
      const key = x.organ && x.year !== null ? `${organKey(x.organ)}\u0000${x.year}` : `\u0001${x.source}`;
      const g = groups.get(key);
      if (g) g.push(x);
      else groups.set(key, [x]);
    }
  }
  let duplicates = 0;
  const rows: RankRow[] = [];
  for (const g of groups.values()) {
    const [first, ...rest] = g.length > 1 ? g.slice().sort(better) : g;
    const row = rowOf(first!, rest.map((x) => x.source), opts.deadlines);
    if (opts.level !== undefined && opts.level !== '' && (row.level ?? 'none') !== opts.level) continue;
    if (opts.year !== undefined && opts.year !== null && row.year !== opts.year) continue;
    duplicates += rest.length;
    rows.push(row);
  }
  return { rows: sortRows(withRanks(rows), opts.dir), duplicates, notReports, failed };
}
