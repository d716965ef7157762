/**
 * What a ranking row needs of a report beyond its verdict, score and counts: its level and
 * dates (for days late), the tables read (to choose between two reports of one organ and
 * year), the sections missing, the cross-year breaks, the prose it copies and its finding
 * codes (the most common findings). Made from a full result — by the CLI from its run, by the
 * store into each record's summary — so that the dashboard ranks thousands of records from
 * their summaries alone and gets the rows the CLI would.
 *
 * Findings counted are those the verdict and score count: a dismissed one is out, and so is
 * one that needs review until the auditor confirms it.
 */
import { z } from '../zod';
import type { Finding, ReportResult, ReviewStatus } from '../result/schema';
import { OrganLevel } from '../result/schema';
import { clip } from '../text/normalize';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Finding codes kept per report (a report has a dozen at most; a broken one is cut here). */
export const MAX_CODES = 30;

export const RankFacts = z.object({
  level: OrganLevel.nullable(),
  /** A government's own report (due 31 March), not a department's. */
  government: z.boolean(),
  datedOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
  /** Template tables found and read (0–3). */
  tablesRead: z.number().int().min(0),
  /** Template sections (1–6) the report lacks. */
  sectionsMissing: z.array(z.number().int().min(1).max(6)).max(6),
  /** Cross-year breaks: figures that do not continue from the organ's previous report. */
  crossYear: z.number().int().min(0),
  /** The report whose prose it repeats most, above the copy threshold: share in percent. */
  copy: z.object({ share: z.number().min(0).max(100), other: z.string().max(200), otherSource: z.string().max(400) }).nullable(),
  /** Error and warning findings by code (`row-total`, `deadline:late`). */
  codes: z.record(z.string().max(60), z.number().int().min(0)),
});
export type RankFacts = z.infer<typeof RankFacts>;

/** A finding's review status: the exported result's own (`review`) unless the caller knows better (a record's reviews). */
export type StatusOf = (f: Finding) => ReviewStatus | 'open';
const ownStatus: StatusOf = (f) => f.review?.status ?? 'open';

/** Whether a finding counts as the verdict and score count it. */
export function counted(f: Finding, status: StatusOf = ownStatus): boolean {
  const s = status(f);
  return s !== 'dismissed' && (!f.needsReview || s === 'confirmed');
}

export function factsOf(r: ReportResult, status: StatusOf = ownStatus): RankFacts {
  const missing = new Set<number>();
  const codes: Record<string, number> = {};
  let ncodes = 0;
  let crossYear = 0;
  let copy: RankFacts['copy'] = null;
  for (const f of r.findings) {
    if (!counted(f, status)) continue;
    if (f.rule === 'section:missing') {
      const n = Number(f.args.n);
      if (Number.isInteger(n) && n >= 1 && n <= 6) missing.add(n);
    }
    if (f.rule === 'cross-year:carried-over' || f.rule === 'cross-year:stock') crossYear++;
    if (f.rule === 'copied-text:previous-year' || f.rule === 'copied-text:other-organ') {
      const share = Math.min(100, Math.max(0, Number(f.args.share) || 0));
      if (!copy || share > copy.share) copy = { share, other: clip(String(f.args.other ?? ''), 200), otherSource: String(f.args.otherSource ?? '').slice(0, 400) };
    }
    if (f.severity !== 'notice' && f.rule.length <= 60 && (codes[f.rule] !== undefined || ncodes < MAX_CODES)) {
      if (codes[f.rule] === undefined) ncodes++;
      codes[f.rule] = (codes[f.rule] ?? 0) + 1;
    }
  }
  return {
    level: r.organLevel,
    government: r.government,
    datedOn: r.datedOn,
    publishedOn: r.publishedOn,
    tablesRead: r.tables.filter((t) => t.found).length,
    sectionsMissing: [...missing].sort((a, b) => a - b),
    crossYear,
    copy,
    codes,
  };
}
