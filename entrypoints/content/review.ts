/** A review made in the page's panel, sent as the popup sends it (typed by lib/ext/messages, its reply checked). */
import { replySchema, type Reply, type ToBackground } from '@/lib/ext/messages';
import type { Reviews } from '@/lib/result/review';
import type { ReviewStatus } from '@/lib/store/schema';

/**
 * Confirm or dismiss a finding (status null clears the review), with a note: the background stores it, sets the
 * toolbar badge and tells every tab showing the page; the answer is the page's reviews (null: no record stored).
 */
export async function sendReview(send: (msg: unknown) => Promise<Reply | undefined>, href: string, id: string, status: ReviewStatus | null, note: string): Promise<Reviews | null> {
  const msg: ToBackground = { type: 'finding:review', href, id, status, note };
  const reply = await send(msg);
  if (!reply?.ok) throw new Error(reply && !reply.ok ? reply.error : 'no reply');
  return replySchema('finding:review').parse(reply.data)?.reviews ?? null;
}
