/** A batch audit of a listing page's reports, kept in storage so that it survives a browser restart. */
import { z } from '../zod';

export const BatchStatus = z.enum(['running', 'cancelled', 'finished']);

/** A report's verdict and counts, as a listing's link shows it. */
export const VerdictLine = z.object({ verdict: z.enum(['pass', 'warn', 'fail', 'not-report', 'error']), error: z.number().int().nonnegative(), warning: z.number().int().nonnegative() });
export type VerdictLine = z.infer<typeof VerdictLine>;

export const BatchRecord = z.object({
  v: z.literal(1),
  /** The listing page's address as the browser showed it. */
  listing: z.string().min(1).max(4000),
  title: z.string().max(500),
  urls: z.array(z.string().max(4000)).max(5000),
  done: z.array(z.string().max(4000)),
  failed: z.array(z.object({ url: z.string().max(4000), error: z.string().max(500) })),
  /** The audited pages that are reports, each with its verdict and counts: the listing's links show them. */
  verdicts: z.record(z.string().max(4000), VerdictLine).default({}),
  status: BatchStatus,
  startedAt: z.string().max(40),
  updatedAt: z.string().max(40),
});
export type BatchRecord = z.infer<typeof BatchRecord>;

export { remaining, STALE_MS, interrupted } from './batch-progress';
