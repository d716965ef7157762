/**
 * Every record's summary, by key: built on the first listing from the index's stored snapshot
 * when it is current (summary-snapshot.ts), else from the summaries stored beside the records;
 * kept up to date by the store's own writes and by storage changes others make, and written
 * back whole a few seconds after the last change.
 */
import { migrate, type PageRecord } from './schema';
import { readSummary, summaryOf, type RecordSummary } from './summary';
import { GEN_KEY, PAGE, READ_CHUNK, SNAPSHOT_KEY, SUM, SUMMARY_CHUNK, areaKeys, pageKeyOf, summaryKey, type StorageArea, type StoreProblem } from './area';
import { newGen, readSnapshot, snapshotOf } from './summary-snapshot';

/** The snapshot is written this long after the index's last change… */
export const SNAPSHOT_DELAY = 5_000;
/** …or this long after its first unwritten change, while changes keep coming (a batch). */
export const SNAPSHOT_MAX_WAIT = 60_000;

/** A stored value → record, as the store accepts it (upgrades written back, corrupt ones moved aside and said). */
export type Accept = (key: string, raw: unknown, problems?: StoreProblem[]) => Promise<PageRecord | null>;

export class SummaryIndex {
  /** The summaries by key (null: not built). */
  private index: Map<string, RecordSummary> | null = null;
  private problems: StoreProblem[] = [];
  private building: Promise<Map<string, RecordSummary>> | null = null;
  /** While the index is built: the keys written meanwhile (the build leaves them as the writes made them). */
  private touched: { map: Map<string, RecordSummary>; keys: Set<string> } | null = null;
  /** Counts the index's changes: a listing read page by page starts again when it moves. */
  private version = 0;
  private sorted: { version: number; list: RecordSummary[] } | null = null;
  /** Writes of records or summaries under way: the snapshot waits for them. */
  private pending = 0;
  /** The snapshot's timer, and when the first change it has not written was made. */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirtySince: number | null = null;

  constructor(private area: StorageArea, private accept: Accept) {
    area.onChanged?.((changes) => this.changed(changes));
  }

  /** A record's summary set (or removed: null) in the index, and in the one being built. */
  set(pageKey: string, summary: RecordSummary | null) {
    for (const map of [this.index, this.touched?.map]) {
      if (!map) continue;
      if (summary) map.set(pageKey, summary);
      else map.delete(pageKey);
    }
    this.touched?.keys.add(pageKey);
    this.version++;
    this.schedule();
  }

  /** Every record's summary, in a stable order (by key), the problems met reading them, and the index's version. */
  async summaries(): Promise<{ version: number; list: RecordSummary[]; problems: StoreProblem[] }> {
    const list = this.sortedList(this.index ?? (await this.build()));
    return { version: this.sorted!.version, list, problems: this.problems };
  }

  private sortedList(index: Map<string, RecordSummary>): RecordSummary[] {
    if (!this.sorted || this.sorted.version !== this.version) {
      const list = Array.from(index.entries()).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, s]) => s);
      this.sorted = { version: this.version, list };
    }
    return this.sorted.list;
  }

  /**
   * A write of records, summaries or their removal, run by the store: it puts a new token under
   * `GEN_KEY` (in the same call as the records), and the snapshot is not written while it runs.
   */
  async writing<T>(fn: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await fn();
    } finally {
      this.pending--;
      this.schedule();
    }
  }

  /** Write the snapshot now, if the index is built and no write is under way (tests; a background about to stop). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirtySince !== null) await this.writeSnapshot();
  }

  /** The snapshot is due: written after the last change settles, or at the latest SNAPSHOT_MAX_WAIT after the first. */
  private schedule() {
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.timer) clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(SNAPSHOT_DELAY, this.dirtySince + SNAPSHOT_MAX_WAIT - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeSnapshot();
    }, delay);
    (this.timer as { unref?: () => void }).unref?.();
  }

  private async writeSnapshot(): Promise<void> {
    if (!this.index && !this.building) {
      // nothing to write until the next listing builds the index again
      this.dirtySince = null;
      return;
    }
    // only a whole, settled index is written: a build or a write under way puts it off
    if (!this.index || this.building || this.pending > 0) return this.schedule();
    this.dirtySince = null;
    const gen = newGen();
    // the list and its token in one call, in the same turn as the list is taken: a write after it lands after it
    await this.area.set({ [SNAPSHOT_KEY]: snapshotOf(gen, this.sortedList(this.index)), [GEN_KEY]: gen }).catch(() => undefined);
  }

  /** Storage changed: our own writes carry their summary; a record written without one (by a test, an older version) gets one now. */
  private changed(changes: Record<string, { newValue?: unknown }>) {
    let summaries = false;
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(SUM)) this.summaryChanged(pageKeyOf(key), change.newValue, changes);
      else if (key.startsWith(PAGE) && !(summaryKey(key) in changes)) this.recordChanged(key, change.newValue);
      else continue;
      summaries = true;
    }
    // written past the store (no token with it): the stored snapshot is out of date from now on
    if (summaries && !(GEN_KEY in changes)) void this.writing(() => this.area.set({ [GEN_KEY]: newGen() })).catch(() => undefined);
  }

  private summaryChanged(pageKey: string, value: unknown, changes: Record<string, { newValue?: unknown }>) {
    if (value === undefined) {
      // removed with its record (a deletion, storage cleared): the record leaves the list; removed alone: read again
      if (pageKey in changes && changes[pageKey]!.newValue === undefined) this.set(pageKey, null);
      else this.invalidate();
      return;
    }
    const s = readSummary(value);
    if (s) this.set(pageKey, s);
    else this.invalidate();
  }

  private recordChanged(key: string, value: unknown) {
    const m = value === undefined ? null : migrate(value);
    if (m?.kind === 'ok') {
      const s = summaryOf(m.record);
      this.set(key, s);
      void this.area.set({ [summaryKey(key)]: s }).catch(() => undefined);
      return;
    }
    // removed, or a record that is none: its old summary goes, and the next listing reads it (and quarantines it)
    this.set(key, null);
    void this.area.remove(summaryKey(key)).catch(() => undefined);
    if (m) this.invalidate();
  }

  /** Build the index again at the next listing. */
  private invalidate() {
    this.index = null;
    this.version++;
  }

  /**
   * Every record's summary: from the summaries stored beside the records (a few megabytes for
   * thousands), made from the record where one is missing or of another version, and then stored.
   */
  private build(): Promise<Map<string, RecordSummary>> {
    this.building ??= (async () => {
      const map = new Map<string, RecordSummary>();
      const touched = (this.touched = { map, keys: new Set<string>() });
      const problems: StoreProblem[] = [];
      try {
        const stored = await this.area.get([SNAPSHOT_KEY, GEN_KEY]);
        const snapshot = readSnapshot(stored[SNAPSHOT_KEY], stored[GEN_KEY]);
        if (snapshot) {
          for (const [k, s] of snapshot) if (!touched.keys.has(k)) map.set(k, s);
        } else {
          await this.readAll(map, touched.keys, problems);
        }
        this.index = map;
        this.problems = problems;
        this.version++;
        // read one by one: written whole for the next start
        if (!snapshot) this.schedule();
        return map;
      } finally {
        if (this.touched === touched) this.touched = null;
        this.building = null;
      }
    })();
    return this.building;
  }

  /** Every record's summary into `map`, one by one: the stored ones, the others made from their records; orphans removed. */
  private async readAll(map: Map<string, RecordSummary>, touched: Set<string>, problems: StoreProblem[]) {
    const keys = await areaKeys(this.area);
    const all = new Set(keys);
    const pages = keys.filter((k) => k.startsWith(PAGE));
    const unreadable = await this.readStored(pages.filter((k) => all.has(summaryKey(k))), map, touched);
    await this.makeMissing(unreadable.concat(pages.filter((k) => !all.has(summaryKey(k)))), map, touched, problems);
    const orphans = keys.filter((k) => k.startsWith(SUM) && !all.has(pageKeyOf(k)));
    if (orphans.length) await this.area.remove(orphans).catch(() => undefined);
  }

  /** The stored summaries of these records into `map`; returns the keys whose summary is unreadable or not theirs. */
  private async readStored(keys: string[], map: Map<string, RecordSummary>, touched: Set<string>): Promise<string[]> {
    const missing: string[] = [];
    for (let i = 0; i < keys.length; i += SUMMARY_CHUNK) {
      const chunk = keys.slice(i, i + SUMMARY_CHUNK);
      const got = await this.area.get(chunk.map(summaryKey));
      for (const k of chunk) {
        if (touched.has(k)) continue;
        const s = readSummary(got[summaryKey(k)]);
        if (s && `${PAGE}${s.url}` === k) map.set(k, s);
        else missing.push(k);
      }
    }
    return missing;
  }

  /** Summaries made from the records themselves, put in `map` and stored beside them. */
  private async makeMissing(keys: string[], map: Map<string, RecordSummary>, touched: Set<string>, problems: StoreProblem[]) {
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const chunk = keys.slice(i, i + READ_CHUNK).filter((k) => !touched.has(k));
      const got = await this.area.get(chunk);
      const made: Record<string, RecordSummary> = {};
      for (const k of chunk) {
        if (got[k] === undefined || touched.has(k)) continue;
        const r = await this.accept(k, got[k], problems);
        if (!r || touched.has(k)) continue;
        const s = summaryOf(r);
        map.set(k, s);
        made[summaryKey(k)] = s;
      }
      if (Object.keys(made).length) await this.area.set(made).catch(() => undefined);
    }
  }
}
