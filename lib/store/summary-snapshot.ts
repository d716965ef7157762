/**
 * The summary index kept whole in one stored value (`SNAPSHOT_KEY`): a listing after a restart
 * reads it in one call, where reading one summary per record costs about 1.5 s at 5,000 records
 * in Chromium. It is a copy, never the truth: it counts only while the write token stored under
 * `GEN_KEY` is the one it was written with, and every write of a record or a summary stores a new
 * token, so a snapshot older than any write is passed over and the summaries are read one by one.
 */
import { z } from '../zod';
import { PAGE } from './area';
import { readSummary, type RecordSummary } from './summary';

/** Bumped when the snapshot's shape changes (a summary's own shape has its own version). */
export const SNAPSHOT_FORMAT = 1;

// the list as one JSON string: the browser hands a stored string over whole, where a stored tree of 5,000
// summaries is converted node by node (1.8 s for 6 MB in Chromium, as slow as reading the summaries one by one)
const Snapshot = z.object({ format: z.literal(SNAPSHOT_FORMAT), gen: z.string().min(1).max(100), list: z.string() });
export type SnapshotValue = { format: typeof SNAPSHOT_FORMAT; gen: string; list: string };

/** A fresh write token: another one each time, across restarts too. */
export const newGen = (): string => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

export const snapshotOf = (gen: string, list: RecordSummary[]): SnapshotValue => ({ format: SNAPSHOT_FORMAT, gen, list: JSON.stringify(list) });

/**
 * The snapshot's summaries by record key, when it is one, was written with the stored token
 * `gen`, and every summary in it reads as one; null otherwise (read the summaries one by one).
 */
export function readSnapshot(raw: unknown, gen: unknown): Map<string, RecordSummary> | null {
  if (typeof gen !== 'string') return null;
  const s = Snapshot.safeParse(raw);
  if (!s.success || s.data.gen !== gen) return null;
  let list: unknown;
  try {
    list = JSON.parse(s.data.list);
  } catch {
    return null;
  }
  if (!Array.isArray(list)) return null;
  const map = new Map<string, RecordSummary>();
  for (const x of list) {
    const summary = readSummary(x);
    if (!summary) return null;
    map.set(`${PAGE}${summary.url}`, summary);
  }
  return map;
}
