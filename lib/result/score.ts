/**
 * Compliance score and verdict. A report starts at 100; each error costs 10,
 * each warning 3, each notice 0.2 (blank cells are many and minor), floored at 0.
 * Verdict: fail with any error, warn with any warning, pass otherwise.
 */
import type { Severity } from '../model';
import type { Counts, Finding, Verdict } from './schema';

/** Severities worst first: the order findings are listed and stepped through everywhere. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}

export const WEIGHTS = { error: 10, warning: 3, notice: 0.2 } as const;

export function countFindings(findings: Pick<Finding, 'severity'>[]): Counts {
  const c: Counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
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
