/**
 * The history entries kept beside the records (`ent:` keys): what the checks across reports (cross-year,
 * copied prose) need of each stored report, read without the records themselves; an entry missing or of
 * another shape is made again from its record and stored.
 */
import type { HistoryEntry } from '../model';
import { entryOfSnapshot } from '../pipeline/across';
import { entrySchema } from '../history/entry';
import { PAGE, READ_CHUNK, SUMMARY_CHUNK, areaKeys, entryKey, type StorageArea } from './area';
import type { PageRecord } from './schema';

/** A record's history entry, from its snapshot: null for what is no report or kept no snapshot. */
export function recordEntry(r: PageRecord): HistoryEntry | null {
  return r.snapshot && r.result.isReport ? entryOfSnapshot(r.result, r.snapshot) : null;
}

/** Every stored report's entry; `accept` reads a stored record as the store does (migrated, or quarantined). */
export async function storedEntries(area: StorageArea, accept: (key: string, raw: unknown) => Promise<PageRecord | null>): Promise<HistoryEntry[]> {
  const keys = await areaKeys(area);
  const all = new Set(keys);
  const pages = keys.filter((k) => k.startsWith(PAGE));
  const out: HistoryEntry[] = [];
  const missing: string[] = [];
  const withEntry = pages.filter((k) => all.has(entryKey(k)) || (missing.push(k), false));
  for (let i = 0; i < withEntry.length; i += SUMMARY_CHUNK) {
    const chunk = withEntry.slice(i, i + SUMMARY_CHUNK);
    const got = await area.get(chunk.map(entryKey));
    for (const k of chunk) {
      const raw = got[entryKey(k)];
      if (raw === null) continue;
      const e = entrySchema().safeParse(raw);
      if (e.success) out.push(e.data);
      else missing.push(k);
    }
  }
  for (let i = 0; i < missing.length; i += READ_CHUNK) {
    const chunk = missing.slice(i, i + READ_CHUNK);
    const got = await area.get(chunk);
    const made: Record<string, HistoryEntry | null> = {};
    for (const k of chunk) {
      if (got[k] === undefined) continue;
      const r = await accept(k, got[k]);
      if (!r) continue;
      const e = recordEntry(r);
      made[entryKey(k)] = e;
      if (e) out.push(e);
    }
    if (Object.keys(made).length) await area.set(made).catch(() => undefined);
  }
  return out;
}
