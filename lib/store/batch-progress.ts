/**
 * Where a batch audit stands, from its record: no schema here, so that the content script (which shows a
 * listing's batch) builds none on the pages it runs on (the record's schema: ./batch.ts).
 */

/** What these read of a batch record (./batch.ts `BatchRecord`). */
interface Progress {
  urls: string[];
  done: string[];
  failed: { url: string }[];
  status: string;
  updatedAt: string;
}

export function remaining(b: Pick<Progress, 'urls' | 'done' | 'failed'>): string[] {
  const finished = new Set([...b.done, ...b.failed.map((f) => f.url)]);
  return b.urls.filter((u) => !finished.has(u));
}

/** A batch still marked running that has not moved for this long was cut off (browser closed, tab closed). */
export const STALE_MS = 3 * 60_000;

export function interrupted(b: Pick<Progress, 'status' | 'updatedAt'>, now: Date): boolean {
  return b.status === 'running' && now.getTime() - Date.parse(b.updatedAt) > STALE_MS;
}
