/** The part of the history a page's audit needs, as it travels from the background to a page (lib/ext/history). */
import type { HistoryEntry } from '../model';
import { ReportHistory } from '../history';
import { entrySchema } from '../history/entry';
import { z } from '../zod';

/** The part of the history a page's audit needs (ReportHistory.slice), as it travels in a message. */
export interface HistorySlice {
  entries: HistoryEntry[];
  common: number[];
  copyThreshold: number;
}

export function historySliceSchema() {
  return z.object({
    entries: z.array(entrySchema()).max(2000),
    common: z.array(z.number().int().nonnegative()).max(400),
    copyThreshold: z.number().min(0.01).max(1),
  });
}

/** A history for one audit from its slice. */
export function historyOf(slice: HistorySlice): ReportHistory {
  return new ReportHistory(slice.entries, slice.copyThreshold, slice.common);
}

/** What the background answers a page's audit with: the auditor's reviews, and the history its audit needs (null: none). */
export interface AuditDoneReply {
  reviews: Record<string, { status: 'confirmed' | 'dismissed'; note: string; at: string }> | null;
  history: HistorySlice | null;
}

/** The answer as the page reads it: a history that does not parse is no history. */
export function readAuditDone(data: unknown): AuditDoneReply {
  const d = (data ?? {}) as { reviews?: AuditDoneReply['reviews']; history?: unknown };
  const h = d.history ? historySliceSchema().safeParse(d.history) : null;
  return { reviews: d.reviews ?? null, history: h?.success ? h.data : null };
}
