/**
 * The auditor's decisions count everywhere: a dismissed finding leaves the counts,
 * the score and the verdict (it is counted apart as dismissed), and exports carry
 * each finding's review and, unless asked, leave the dismissed ones out.
 */
import type { Finding, FindingReview, ReportResult, ReviewStatus, Severity } from './schema';
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

/** A result as the auditor has reviewed it: each finding carries its review; counts, score and verdict leave the dismissed out. */
export function applyReviews(result: ReportResult, reviews: Reviews | undefined, o: ReviewOptions = {}): ReportResult {
  const serious = (s: Severity) => s !== 'notice';
  const findings = result.findings
    .map((f) => ({ ...f, review: reviewOf(f, reviews) }))
    .filter((f) => (o.includeDismissed || f.review.status !== 'dismissed') && (!o.seriousOnly || serious(f.severity)));
  return { ...result, ...reviewedSummary(result, reviews), findings };
}
