/** The region's totals over a ranking's rows: per level, the scores' distribution, the most common findings, the organs late or copying. */
import type { OrganLevel } from '../model';
import type { RankRow, Ranking } from './rows';

/** Levels from the top down; rows whose level is not known come last. */
export const LEVELS: OrganLevel[] = ['national', 'provincial', 'municipal', 'county', 'township'];

/** Score bands of the distribution: below 60, then by tens, and 100 apart. */
export const BANDS: { from: number; to: number }[] = [
  { from: 0, to: 59 },
  { from: 60, to: 69 },
  { from: 70, to: 79 },
  { from: 80, to: 89 },
  { from: 90, to: 99 },
  { from: 100, to: 100 },
];

export const bandOf = (score: number) => Math.max(0, BANDS.findIndex((b) => score >= b.from && score <= b.to));

export interface LevelTotals {
  level: OrganLevel | null;
  reports: number;
  meanScore: number | null;
  errors: number;
  warnings: number;
  late: number;
  copying: number;
  /** Reports per score band (BANDS). */
  bands: number[];
}

export interface RankTotals {
  reports: number;
  duplicates: number;
  notReports: number;
  failed: number;
  meanScore: number | null;
  errors: number;
  warnings: number;
  review: number;
  /** Reports with at least one error. */
  withErrors: number;
  late: number;
  /** Published by the deadline (or before it). */
  onTime: number;
  /** No date to tell. */
  noDate: number;
  copying: number;
  /** Reports with figures that break from the previous year. */
  crossYear: number;
  /** Reports lacking a template section. */
  sectionsMissing: number;
  years: number[];
  byLevel: LevelTotals[];
}

const mean = (xs: number[]) => (xs.length ? Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null);

function levelTotals(level: OrganLevel | null, rows: RankRow[]): LevelTotals {
  const bands = BANDS.map(() => 0);
  const scores: number[] = [];
  let errors = 0;
  let warnings = 0;
  let late = 0;
  let copying = 0;
  for (const r of rows) {
    if (r.score !== null) {
      scores.push(r.score);
      bands[bandOf(r.score)]!++;
    }
    errors += r.errors;
    warnings += r.warnings;
    if (r.daysLate !== null && r.daysLate > 0) late++;
    if (r.copied !== null) copying++;
  }
  return { level, reports: rows.length, meanScore: mean(scores), errors, warnings, late, copying, bands };
}

export function totalsOf(ranking: Ranking): RankTotals {
  const { rows } = ranking;
  const byLevel: LevelTotals[] = [];
  for (const level of [...LEVELS, null]) {
    const of = rows.filter((r) => r.level === level);
    if (of.length) byLevel.push(levelTotals(level, of));
  }
  const all = levelTotals(null, rows);
  const count = (p: (r: RankRow) => boolean) => rows.reduce((n, r) => n + (p(r) ? 1 : 0), 0);
  return {
    reports: rows.length,
    duplicates: ranking.duplicates,
    notReports: ranking.notReports,
    failed: ranking.failed,
    meanScore: all.meanScore,
    errors: all.errors,
    warnings: all.warnings,
    review: rows.reduce((n, r) => n + r.review, 0),
    withErrors: count((r) => r.errors > 0),
    late: all.late,
    onTime: count((r) => r.daysLate !== null && r.daysLate <= 0),
    noDate: count((r) => r.daysLate === null),
    copying: all.copying,
    crossYear: count((r) => r.crossYear > 0),
    sectionsMissing: count((r) => r.sectionsMissing.length > 0),
    years: [...new Set(rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => b - a),
    byLevel,
  };
}

export interface CodeCount {
  code: string;
  /** Reports with this finding. */
  reports: number;
  findings: number;
}

/** Finding codes by the number of reports they flag, most common first (then by code). */
export function commonFindings(rows: RankRow[], top = 10): CodeCount[] {
  const m = new Map<string, CodeCount>();
  for (const r of rows) {
    for (const [code, n] of Object.entries(r.codes)) {
      const c = m.get(code) ?? m.set(code, { code, reports: 0, findings: 0 }).get(code)!;
      c.reports++;
      c.findings += n;
    }
  }
  return [...m.values()].sort((a, b) => b.reports - a.reports || b.findings - a.findings || (a.code < b.code ? -1 : 1)).slice(0, top);
}

/** The organs that published late, latest first. */
export const lateRows = (rows: RankRow[]) => rows.filter((r) => r.daysLate !== null && r.daysLate > 0).sort((a, b) => b.daysLate! - a.daysLate! || (a.source < b.source ? -1 : 1));

/** The organs whose prose repeats another report's, most copied first. */
export const copyingRows = (rows: RankRow[]) => rows.filter((r) => r.copied !== null).sort((a, b) => b.copied! - a.copied! || (a.source < b.source ? -1 : 1));
