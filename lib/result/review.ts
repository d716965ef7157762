/**
 * The auditor's decisions count everywhere: a dismissed finding leaves the counts,
 * the score and the verdict (it is counted apart as dismissed), and exports carry
 * each finding's review and, unless asked, leave the dismissed ones out.
 */
import type { Finding, FindingReview, Repair, ReportResult, ReviewStatus, Severity } from './schema';
import type { CellChange } from '../model';
import { countFindings, score, verdict } from './score';

/** The decisions on findings by id, as the extension stores them. */
export type Reviews = Record<string, { status: ReviewStatus; note: string }>;

/** A finding's review: its own id's, else one of the ids it covers (a dismissal made before the grouping). */
export function reviewOf(f: Pick<Finding, 'id' | 'covers'>, reviews: Reviews | undefined): FindingReview {
  // asked for every finding of every marked cell at each drawing: no array made per call
  let r = reviews?.[f.id];
  if (!r && reviews) {
    for (const id of f.covers) {
      r = reviews[id];
      if (r) break;
    }
  }
  return r ? { status: r.status, note: r.note } : { status: 'open', note: '' };
}

export interface ReviewOptions {
  /** Keep the dismissed findings (marked as such). */
  includeDismissed?: boolean;
  /** Errors and warnings only. */
  seriousOnly?: boolean;
}

/** The counts, score and verdict without the dismissed findings. */
export function reviewedSummary(result: ReportResult, reviews: Reviews | undefined) {
  const open = result.findings.filter((f) => reviewOf(f, reviews).status !== 'dismissed');
  // a needs-review finding the auditor confirmed counts as its severity
  const counts = { ...countFindings(open, (f) => reviewOf(f as Finding, reviews).status === 'confirmed'), dismissed: result.findings.length - open.length };
  return {
    counts,
    score: result.score === null ? null : score(counts),
    verdict: verdict(result.isReport, counts, result.error),
  };
}

const cellKey = (table: string | null, c: { row: string; col: string }) => `${table}/${c.row}/${c.col}`;

/** The cells dismissed findings wanted changed (a unique repair's cell, a fill's blanks): the auditor holds them right as printed. */
function dismissedCells(findings: Finding[]): Set<string> {
  const cells = new Set<string>();
  for (const f of findings) {
    if (f.review?.status !== 'dismissed' || !f.table || !f.repair) continue;
    if (f.repair.kind === 'unique') cells.add(cellKey(f.table, f.repair.cell));
    else if (f.repair.kind === 'fill') for (const c of f.repair.changes) cells.add(cellKey(f.table, c));
  }
  return cells;
}

/**
 * A repair without what dismissed findings asked for: a joint correction drops the changes of cells the
 * auditor holds right (and no longer claims which relations it makes hold, since that was reckoned with
 * them); of several possible corrections, those that change such a cell are dropped (one left: it is the
 * repair; none left: no repair). A finding's own cell is never dropped from its own repair.
 */
export function repairWithout(repair: Repair | null, table: string | null, held: Set<string>): Repair | null {
  if (!repair || !held.size) return repair;
  const kept = (c: CellChange) => !held.has(cellKey(table, c));
  if (repair.kind === 'unique') {
    const own = (c: CellChange) => c.row === repair.cell.row && c.col === repair.cell.col;
    const changes = repair.changes.filter((c) => own(c) || kept(c));
    return changes.length === repair.changes.length ? repair : { ...repair, fixes: [], changes };
  }
  if (repair.kind === 'fill') {
    const changes = repair.changes.filter(kept);
    return changes.length === repair.changes.length ? repair : changes.length ? { ...repair, changes } : null;
  }
  const options = repair.options.filter((o) => o.every(kept));
  if (options.length === repair.options.length) return repair;
  if (options.length !== 1) return options.length ? { ...repair, options } : null;
  const only = options[0]!;
  return only.length ? { kind: 'unique', cell: { row: only[0]!.row, col: only[0]!.col }, to: only[0]!.to, fixes: [], changes: only } : null;
}

/**
 * A result as the auditor has reviewed it: each finding carries its review; counts, score and verdict leave
 * the dismissed out, and no repair rests on a dismissed finding (repairWithout).
 */
export function applyReviews(result: ReportResult, reviews: Reviews | undefined, o: ReviewOptions = {}): ReportResult {
  const serious = (s: Severity) => s !== 'notice';
  const reviewed = result.findings.map((f) => ({ ...f, review: reviewOf(f, reviews) }));
  const held = dismissedCells(reviewed);
  const findings = reviewed
    .filter((f) => (o.includeDismissed || f.review.status !== 'dismissed') && (!o.seriousOnly || serious(f.severity)))
    .map((f) => {
      if (f.review.status === 'dismissed') return f;
      const repair = repairWithout(f.repair, f.table, held);
      if (repair === f.repair) return f;
      const unique = repair?.kind === 'unique';
      return { ...f, repair, culprit: unique ? repair.cell : null, suggested: unique ? repair.to : null };
    });
  return { ...result, ...reviewedSummary(result, reviews), findings };
}
