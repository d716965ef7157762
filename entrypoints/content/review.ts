/**
 * A review made in the page's panel, sent as the popup sends it (typed by lib/ext/messages); of the reply, the
 * stored record, the page reads its reviews, checked. Not through lib/ext/messages' reply table: importing it
 * would build every message's schema on every page the content script runs on.
 */
import { lazily, z } from '@/lib/zod';
import type { ToBackground } from '@/lib/ext/messages';
import type { Reply } from '@/lib/ext/reply';
import type { Reviews } from '@/lib/result/review';
import { reviewsSchema } from '@/lib/result/review-schema';
import type { ReviewStatus } from '@/lib/store/schema';

/** The reply to `finding:review` (the record, null when none is stored), as far as the page reads it. */
const reviewReply = lazily(() => z.object({ reviews: reviewsSchema() }).nullable());

/**
 * Confirm or dismiss a finding (status null clears the review), with a note: the background stores it, sets the
 * toolbar badge and tells every tab showing the page; the answer is the page's reviews (null: no record stored).
 */
export async function sendReview(send: (msg: unknown) => Promise<Reply | undefined>, href: string, id: string, status: ReviewStatus | null, note: string): Promise<Reviews | null> {
  const msg: ToBackground = { type: 'finding:review', href, id, status, note };
  const reply = await send(msg);
  if (!reply?.ok) throw new Error(reply && !reply.ok ? reply.error : 'no reply');
  return reviewReply().parse(reply.data)?.reviews ?? null;
}
