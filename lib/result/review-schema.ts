/**
 * An auditor's decisions on findings, as stored with a record and as the background sends them back to a
 * page. Built on first use: the content script reads a review's reply on the pages it runs on and builds no
 * schema until then (tests/unit/content-imports.test.ts).
 */
import { lazily, z } from '../zod';

export const REVIEW_STATUSES = ['confirmed', 'dismissed'] as const;

/** Reviews one record keeps at most (a report has a few dozen findings, capped at a thousand). */
export const MAX_REVIEWS = 2_000;

/** An auditor's decision on a finding: confirmed or dismissed as a false positive, with a note. */
export const reviewSchema = lazily(() =>
  z.object({
    status: z.enum(REVIEW_STATUSES),
    note: z.string().max(2000),
    /** ISO time of the last change. */
    at: z.string().max(40),
  }),
);

/** A record's reviews by finding id. */
export const reviewsSchema = lazily(() =>
  z.record(z.string().max(400), reviewSchema()).refine((r) => Object.keys(r).length <= MAX_REVIEWS, { message: `审阅记录超过 ${MAX_REVIEWS} 条` }),
);
