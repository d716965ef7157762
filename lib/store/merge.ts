/** Combining records: a re-audit keeps the reviews; an import adds without duplicates. */
import { withReviews, type PageRecord, type Review } from './schema';

/** Reviews of both, the later change winning for the same finding. */
export function mergeReviews(a: Record<string, Review>, b: Record<string, Review>): Record<string, Review> {
  const out: Record<string, Review> = { ...a };
  for (const [id, r] of Object.entries(b)) if (!out[id] || out[id]!.at < r.at) out[id] = r;
  return out;
}

/** The newer audit of a page, with the reviews of both. */
export function mergeRecords(current: PageRecord | null, incoming: PageRecord): PageRecord {
  if (!current) return incoming;
  const newer = incoming.auditedAt >= current.auditedAt ? incoming : current;
  return withReviews(newer, mergeReviews(current.reviews, incoming.reviews));
}
