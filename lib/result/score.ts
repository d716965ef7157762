/**
 * Compliance score and verdict. A report starts at 100; each error costs 10 and
 * each warning 3, floored at 0. Notices (blank cells, formatting) cost nothing:
 * they never decide the score, so a report with one slip and forty blanks scores
 * above one with three slips. One finding is one cause, however many relations it
 * covers. Findings the auditor dismissed count nowhere (./review.ts).
 * Findings that need review (a doubtful reading) count in none of these until confirmed.
 * Verdict: fail with any error, warn with any warning, pass otherwise.
 */
import type { Counts, Finding, Verdict } from './schema';

export { SEVERITY_RANK, worse } from '../rules/severity';

export const WEIGHTS = { error: 10, warning: 3, notice: 0 } as const;

/**
 * Errors, warnings and notices; a finding that needs review (需人工核对) counts apart, in `review`, unless
 * the auditor confirmed it (then it counts as its severity).
 */
export function countFindings(findings: Pick<Finding, 'severity' | 'needsReview'>[], confirmed?: (f: Pick<Finding, 'severity' | 'needsReview'>) => boolean): Counts {
  const c: Counts = { error: 0, warning: 0, notice: 0 };
  let review = 0;
  for (const f of findings) {
    if (f.needsReview && !confirmed?.(f)) review++;
    else c[f.severity]++;
  }
  return review ? { ...c, review } : c;
}

export function score(c: Counts): number {
  const s = 100 - WEIGHTS.error * c.error - WEIGHTS.warning * c.warning - WEIGHTS.notice * c.notice;
  return Math.max(0, Math.round(s));
}

export function verdict(isReport: boolean, c: Counts, error: string | null): Verdict {
  if (error) return 'error';
  if (!isReport) return 'not-report';
  if (c.error) return 'fail';
  if (c.warning) return 'warn';
  return 'pass';
}
