/**
 * Audit records in the extension's storage: one key per page, writes to a key
 * serialised so that concurrent audits never lose each other's work, reads
 * migrated, corrupt records quarantined and reported, future versions untouched.
 */
import type { ReportResult } from '../result/schema';
import { normaliseUrl, recordKey } from './url';
import { Backup, attachmentOnly, migrate, recordFromResult, toBackup, withReviews, type PageRecord, type Review, type ReviewStatus } from './schema';
import type { Identity } from './identity';
import type { Snapshot } from '../pipeline/snapshot';
import { mergeRecords } from './merge';
import { SETTINGS_KEY, readSettings, settingsSchema, type Settings } from './settings';
import { BatchRecord, type BatchStatus } from './batch';
import { readSummary, summaryOf, type RecordSummary } from './summary';
import type { HistoryEntry } from '../model';
import { entryOfSnapshot } from '../pipeline/across';
import { entrySchema } from '../history/entry';
import type { z } from 'zod';

/** The key-value storage the records live in (the extension's storage.local, or a map in tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without reading the values (Chrome 130+); `get(null)` otherwise. */
  getKeys?(): Promise<string[]>;
  /** Changes made by anyone (another part of the extension, a test, an older version): new values, undefined when removed. */
  onChanged?(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
}

/** The key of a record's summary, stored beside it. */
export const summaryKey = (pageKey: string) => `sum:${pageKey}`;
/** Where a record's history entry is kept beside it (what the checks across reports need of it; null for none). */
export const entryKey = (pageKey: string) => `ent:${pageKey}`;
const PAGE = 'page:';
const SUM = `sum:${PAGE}`;

/** Records read from storage per call, at most (each may weigh tens of kilobytes). */
const READ_CHUNK = 100;
/** Summaries read per call, at most. */
const SUMMARY_CHUNK = 1000;

export interface StoreProblem {
  key: string;
  kind: 'future' | 'corrupt';
  detail: string;
}

export class StoreFullError extends Error {
  constructor(cause: unknown) {
    super(`存储空间已满，未能保存：${(cause as Error)?.message ?? cause}`);
  }
}

const QUOTA = /quota|QUOTA_BYTES|storage.*full|exceeded/i;

export class RecordStore {
  private locks = new Map<string, Promise<unknown>>();
  /** The summaries of every record by key, built on the first listing and kept up to date (null: not built). */
  private index: Map<string, RecordSummary> | null = null;
  private indexProblems: StoreProblem[] = [];
  private building: Promise<Map<string, RecordSummary>> | null = null;
  /** While the index is built: the keys written meanwhile (the build leaves them as the writes made them). */
  private touched: { map: Map<string, RecordSummary>; keys: Set<string> } | null = null;
  /** Counts the index's changes: a listing read page by page starts again when it moves. */
  private version = 0;
  private sorted: { version: number; list: RecordSummary[] } | null = null;

  constructor(private area: StorageArea, private now: () => Date = () => new Date()) {
    area.onChanged?.((changes) => this.changed(changes));
  }

  /** Run `fn` after every earlier write to any of `keys` has finished. */
  private withLocks<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const unique = Array.from(new Set(keys));
    const prev = Promise.all(unique.map((k) => this.locks.get(k) ?? Promise.resolve()));
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    for (const k of unique) this.locks.set(k, tail);
    void tail.then(() => {
      for (const k of unique) if (this.locks.get(k) === tail) this.locks.delete(k);
    });
    return next;
  }

  // ── the summary index ─────────────────────────────────────────────────

  /** A record's summary set (or removed: null) in the index, and in the one being built. */
  private indexSet(pageKey: string, summary: RecordSummary | null) {
    for (const map of [this.index, this.touched?.map]) {
      if (!map) continue;
      if (summary) map.set(pageKey, summary);
      else map.delete(pageKey);
    }
    this.touched?.keys.add(pageKey);
    this.version++;
  }

  /** Storage changed: our own writes carry their summary; a record written without one (by a test, an older version) gets one now. */
  private changed(changes: Record<string, { newValue?: unknown }>) {
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(SUM)) {
        const pageKey = key.slice(4);
        if (change.newValue === undefined) {
          // removed with its record (a deletion, storage cleared): the record leaves the list; removed alone: read again
          if (pageKey in changes && changes[pageKey]!.newValue === undefined) this.indexSet(pageKey, null);
          else this.invalidate();
          continue;
        }
        const s = readSummary(change.newValue);
        if (s) this.indexSet(pageKey, s);
        else this.invalidate();
      } else if (key.startsWith(PAGE) && !(summaryKey(key) in changes)) {
        if (change.newValue === undefined) {
          this.indexSet(key, null);
          void this.area.remove(summaryKey(key)).catch(() => undefined);
          continue;
        }
        const m = migrate(change.newValue);
        if (m.kind === 'ok') {
          const s = summaryOf(m.record);
          this.indexSet(key, s);
          void this.area.set({ [summaryKey(key)]: s }).catch(() => undefined);
        } else {
          // a record that is none: its old summary goes, and the next listing reads it (and quarantines it)
          this.indexSet(key, null);
          void this.area.remove(summaryKey(key)).catch(() => undefined);
          this.invalidate();
        }
      }
    }
  }

  /** Build the index again at the next listing. */
  private invalidate() {
    this.index = null;
    this.version++;
  }

  private async keys(): Promise<string[]> {
    if (this.area.getKeys) return this.area.getKeys();
    return Object.keys(await this.area.get(null));
  }

  /**
   * Every record's summary: from the summaries stored beside the records (a few
   * megabytes for thousands), made from the record where one is missing or of
   * another version, and then stored.
   */
  private build(): Promise<Map<string, RecordSummary>> {
    this.building ??= (async () => {
      const map = new Map<string, RecordSummary>();
      const touched = (this.touched = { map, keys: new Set<string>() });
      const problems: StoreProblem[] = [];
      try {
        const keys = await this.keys();
        const all = new Set(keys);
        const pages = keys.filter((k) => k.startsWith(PAGE));
        const missing: string[] = [];
        const withSummary = pages.filter((k) => all.has(summaryKey(k)) || (missing.push(k), false));
        for (let i = 0; i < withSummary.length; i += SUMMARY_CHUNK) {
          const chunk = withSummary.slice(i, i + SUMMARY_CHUNK);
          const got = await this.area.get(chunk.map(summaryKey));
          for (const k of chunk) {
            if (touched.keys.has(k)) continue;
            const s = readSummary(got[summaryKey(k)]);
            if (s && `${PAGE}${s.url}` === k) map.set(k, s);
            else missing.push(k);
          }
        }
        for (let i = 0; i < missing.length; i += READ_CHUNK) {
          const chunk = missing.slice(i, i + READ_CHUNK).filter((k) => !touched.keys.has(k));
          const got = await this.area.get(chunk);
          const made: Record<string, RecordSummary> = {};
          for (const k of chunk) {
            if (got[k] === undefined || touched.keys.has(k)) continue;
            const r = await this.accept(k, got[k], problems);
            if (!r || touched.keys.has(k)) continue;
            const s = summaryOf(r);
            map.set(k, s);
            made[summaryKey(k)] = s;
          }
          if (Object.keys(made).length) await this.area.set(made).catch(() => undefined);
        }
        const orphans = keys.filter((k) => k.startsWith(SUM) && !all.has(k.slice(4)));
        if (orphans.length) await this.area.remove(orphans).catch(() => undefined);
        this.index = map;
        this.indexProblems = problems;
        this.version++;
        return map;
      } finally {
        if (this.touched === touched) this.touched = null;
        this.building = null;
      }
    })();
    return this.building;
  }

  /** Every record's summary, in a stable order (by key), the problems met reading them, and the index's version. */
  async summaries(): Promise<{ version: number; list: RecordSummary[]; problems: StoreProblem[] }> {
    const index = this.index ?? (await this.build());
    if (!this.sorted || this.sorted.version !== this.version) {
      const list = Array.from(index.entries()).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, s]) => s);
      this.sorted = { version: this.version, list };
    }
    return { version: this.sorted.version, list: this.sorted.list, problems: this.indexProblems };
  }

  /**
   * Every stored report's history entry, read from the entries kept beside the records (kilobytes
   * each, where a record with its snapshot is tens); a record kept before entries were gets its
   * entry made once and stored.
   */
  async entries(): Promise<HistoryEntry[]> {
    const keys = await this.keys();
    const all = new Set(keys);
    const pages = keys.filter((k) => k.startsWith(PAGE));
    const out: HistoryEntry[] = [];
    const missing: string[] = [];
    const withEntry = pages.filter((k) => all.has(entryKey(k)) || (missing.push(k), false));
    for (let i = 0; i < withEntry.length; i += SUMMARY_CHUNK) {
      const chunk = withEntry.slice(i, i + SUMMARY_CHUNK);
      const got = await this.area.get(chunk.map(entryKey));
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
      const got = await this.area.get(chunk);
      const made: Record<string, HistoryEntry | null> = {};
      for (const k of chunk) {
        if (got[k] === undefined) continue;
        const r = await this.accept(k, got[k]);
        if (!r) continue;
        const e = recordEntry(r);
        made[entryKey(k)] = e;
        if (e) out.push(e);
      }
      if (Object.keys(made).length) await this.area.set(made).catch(() => undefined);
    }
    return out;
  }

  /** One page of the summaries: `limit` from `offset`, with the total. */
  async summaryPage(offset: number, limit: number): Promise<{ version: number; total: number; summaries: RecordSummary[]; problems: StoreProblem[] }> {
    const { version, list, problems } = await this.summaries();
    return { version, total: list.length, summaries: list.slice(offset, offset + limit), problems };
  }

  /** Run `fn` after every earlier write to the same key has finished. */
  private withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.locks.set(key, tail);
    void tail.then(() => {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    });
    return next;
  }

  /** Write items; a record is written with its summary, in the same call. */
  private async write(items: Record<string, unknown>) {
    const summaries = new Map<string, RecordSummary>();
    for (const [key, value] of Object.entries(items)) if (key.startsWith(PAGE)) summaries.set(key, summaryOf(value as PageRecord));
    const all: Record<string, unknown> = { ...items };
    for (const [key, s] of summaries) {
      all[summaryKey(key)] = s;
      // the history entry beside it: the history is built from these, never from the records themselves
      all[entryKey(key)] = recordEntry(items[key] as PageRecord);
    }
    try {
      await this.area.set(all);
    } catch (e) {
      if (QUOTA.test(String((e as Error)?.message ?? e))) throw new StoreFullError(e);
      throw e;
    }
    for (const [key, s] of summaries) this.indexSet(key, s);
  }

  /** Remove records and their summaries and entries. */
  private async removeKeys(keys: string[]) {
    const pages = keys.filter((k) => k.startsWith(PAGE));
    await this.area.remove(keys.concat(pages.map(summaryKey), pages.map(entryKey)));
    for (const k of pages) this.indexSet(k, null);
  }

  private async readKey(key: string, problems?: StoreProblem[]): Promise<PageRecord | null> {
    const raw = (await this.area.get(key))[key];
    if (raw === undefined) return null;
    return this.accept(key, raw, problems);
  }

  /** A stored value → record; upgrades are written back, corrupt values moved aside. */
  private async accept(key: string, raw: unknown, problems?: StoreProblem[]): Promise<PageRecord | null> {
    const m = migrate(raw);
    if (m.kind === 'ok') {
      if (m.upgraded) await this.write({ [key]: m.record }).catch(() => undefined);
      return m.record;
    }
    if (m.kind === 'future') {
      problems?.push({ key, kind: 'future', detail: `版本 ${m.version} 高于本扩展支持的版本，已原样保留` });
      return null;
    }
    await this.write({ [`quarantine:${key}`]: { key, raw, error: m.error, at: this.now().toISOString() } }).catch(() => undefined);
    await this.removeKeys([key]);
    problems?.push({ key, kind: 'corrupt', detail: `记录已损坏（${m.error}），已移至隔离区` });
    return null;
  }

  async getSettings(): Promise<Settings> {
    return readSettings((await this.area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  }

  async setSettings(s: Settings): Promise<Settings> {
    const valid = settingsSchema().parse(s);
    await this.write({ [SETTINGS_KEY]: valid });
    return valid;
  }

  // ── batches ────────────────────────────────────────────────────────────

  private batchKey(listing: string) {
    return `batch:${normaliseUrl(listing)}`;
  }

  async getBatch(listing: string): Promise<BatchRecord | null> {
    const key = this.batchKey(listing);
    const p = BatchRecord.safeParse((await this.area.get(key))[key]);
    return p.success ? p.data : null;
  }

  /** Start a batch, or take up the one already there for this listing (its work is kept). */
  startBatch(listing: string, title: string, urls: string[]): Promise<BatchRecord> {
    const key = this.batchKey(listing);
    return this.withLock(key, async () => {
      const now = this.now().toISOString();
      const old = await this.getBatch(listing);
      const keep = old && old.status !== 'finished' ? old : null;
      const record: BatchRecord = keep
        ? { ...keep, urls: [...new Set([...keep.urls, ...urls])], status: 'running', updatedAt: now }
        : { v: 1, listing, title, urls, done: [], failed: [], verdicts: {}, status: 'running', startedAt: now, updatedAt: now };
      await this.write({ [key]: record });
      return record;
    });
  }

  /** One page of a batch: its audit stored like a visited page's, and counted done — or failed. */
  batchStep(listing: string, href: string, outcome: { result: ReportResult; snapshot?: Snapshot | null } | { error: string }): Promise<BatchRecord | null> {
    const key = this.batchKey(listing);
    return this.withLock(key, async () => {
      const b = await this.getBatch(listing);
      if (!b) return null;
      if ('result' in outcome) {
        if (outcome.result.isReport) await this.saveAudit(href, outcome.result, outcome.snapshot);
        b.done = [...new Set([...b.done, href])];
        const r = outcome.result;
        b.verdicts = { ...b.verdicts, [href]: { verdict: r.verdict, error: r.counts.error, warning: r.counts.warning } };
        b.failed = b.failed.filter((f) => f.url !== href);
      } else if (!b.done.includes(href)) b.failed = [...b.failed.filter((f) => f.url !== href), { url: href, error: outcome.error.slice(0, 500) }];
      b.updatedAt = this.now().toISOString();
      await this.write({ [key]: b });
      return b;
    });
  }

  setBatchStatus(listing: string, status: z.infer<typeof BatchStatus>): Promise<BatchRecord | null> {
    const key = this.batchKey(listing);
    return this.withLock(key, async () => {
      const b = await this.getBatch(listing);
      if (!b) return null;
      const next = { ...b, status, updatedAt: this.now().toISOString() };
      await this.write({ [key]: next });
      return next;
    });
  }

  /** Every batch: read by key, never with the records (get(null) read hundreds of megabytes for a few batches). */
  async listBatches(): Promise<BatchRecord[]> {
    const keys = (await this.keys()).filter((k) => k.startsWith('batch:'));
    if (!keys.length) return [];
    const all = await this.area.get(keys);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('batch:'))
      .map(([, v]) => BatchRecord.safeParse(v))
      .filter((p) => p.success)
      .map((p) => p.data!);
  }

  get(href: string): Promise<PageRecord | null> {
    return this.readKey(recordKey(href));
  }

  /** Store a fresh audit of a page, keeping the reviews an auditor made on it. */
  saveAudit(href: string, result: ReportResult, snapshot?: Snapshot | null): Promise<PageRecord> {
    const key = recordKey(href);
    return this.withLock(key, async () => {
      const current = await this.readKey(key);
      const record: PageRecord = {
        ...recordFromResult(href, normaliseUrl(href), result, current?.reviews ?? {}, this.now()),
        // the auditor's corrections stay; a snapshot is replaced only by a newer one
        ...(current?.identity ? { identity: current.identity } : {}),
        snapshot: snapshot === undefined ? (current?.snapshot ?? null) : snapshot,
        // a page that still holds only its report file keeps pointing at it; a file keeps its page
        ...(current?.file && attachmentOnly(result) ? { file: current.file } : {}),
        ...(current?.page ? { page: current.page } : {}),
      };
      await this.write({ [key]: record });
      return record;
    });
  }

  /**
   * One report, one record: a page that holds nothing but its report file points at the file's
   * record, and the file at its page. Null when either record is missing or the page holds more.
   */
  link(pageHref: string, fileHref: string): Promise<{ page: PageRecord; file: PageRecord } | null> {
    const [pk, fk] = [recordKey(pageHref), recordKey(fileHref)];
    if (pk === fk) return Promise.resolve(null);
    return this.withLocks([pk, fk], async () => {
      const [page, file] = await Promise.all([this.readKey(pk), this.readKey(fk)]);
      if (!page || !file || !attachmentOnly(page.result) || !file.result.isReport) return null;
      const linked = { page: { ...page, file: file.href }, file: { ...file, page: page.href } };
      await this.write({ [pk]: linked.page, [fk]: linked.file });
      return linked;
    });
  }

  /** The auditor's corrections of organ, level and year (empty clears them); the caller audits again. */
  setIdentity(href: string, identity: Identity): Promise<PageRecord | null> {
    const key = recordKey(href);
    return this.withLock(key, async () => {
      const current = await this.readKey(key);
      if (!current) return null;
      const { identity: _old, ...rest } = current;
      const record: PageRecord = Object.keys(identity).length ? { ...rest, identity } : rest;
      await this.write({ [key]: record });
      return record;
    });
  }

  /** Confirm or dismiss a finding (status null clears the review). */
  review(href: string, id: string, status: ReviewStatus | null, note: string): Promise<PageRecord | null> {
    const key = recordKey(href);
    return this.withLock(key, async () => {
      const current = await this.readKey(key);
      if (!current) return null;
      const reviews: Record<string, Review> = { ...current.reviews };
      if (status) reviews[id] = { status, note, at: this.now().toISOString() };
      else delete reviews[id];
      const record = withReviews(current, reviews);
      await this.write({ [key]: record });
      return record;
    });
  }

  /** Every full record (read a hundred at a time): for the background's history, not for a message. */
  async list(): Promise<{ records: PageRecord[]; problems: StoreProblem[] }> {
    const keys = (await this.keys()).filter((k) => k.startsWith(PAGE));
    return this.readRecords(keys);
  }

  /** These records, in this order, read a hundred at a time; those not stored are left out. */
  private async readRecords(keys: string[]): Promise<{ records: PageRecord[]; problems: StoreProblem[] }> {
    const records: PageRecord[] = [];
    const problems: StoreProblem[] = [];
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      const chunk = keys.slice(i, i + READ_CHUNK);
      const got = await this.area.get(chunk);
      for (const key of chunk) {
        if (got[key] === undefined) continue;
        const r = await this.accept(key, got[key], problems);
        if (r) records.push(r);
      }
    }
    return { records, problems };
  }

  async remove(hrefs: string[]): Promise<number> {
    const keys = hrefs.map(recordKey);
    await Promise.all(keys.map((k) => this.withLock(k, () => this.removeKeys([k]))));
    return keys.length;
  }

  /** A backup of these pages (by address, each once), or of every record (null: for tests and the command line, not a message). */
  async exportBackup(hrefs: string[] | null): Promise<Backup> {
    if (!hrefs) return toBackup((await this.list()).records, this.now());
    const keys = Array.from(new Set(hrefs.map(recordKey)));
    return toBackup((await this.readRecords(keys)).records, this.now());
  }

  /** Add a backup's records: newer audits win per page, reviews are merged, nothing is duplicated. */
  async importBackup(data: unknown): Promise<{ added: number; updated: number; skipped: number; problems: string[] }> {
    const b = Backup.safeParse(data);
    if (!b.success) return { added: 0, updated: 0, skipped: 0, problems: ['不是年报审计导出的 JSON 备份文件'] };
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const problems: string[] = [];
    // a hundred records at a time: read together, written together
    for (let start = 0; start < b.data.records.length; start += READ_CHUNK) {
      const group: { key: string; record: PageRecord }[] = [];
      for (const [j, raw] of b.data.records.slice(start, start + READ_CHUNK).entries()) {
        const m = migrate(raw);
        if (m.kind !== 'ok') {
          skipped++;
          problems.push(`第 ${start + j + 1} 条：${m.kind === 'future' ? `版本 ${m.version} 过新` : m.error}`);
          continue;
        }
        group.push({ key: recordKey(m.record.url), record: { ...m.record, url: normaliseUrl(m.record.url) } });
      }
      const keys = group.map((g) => g.key);
      await this.withLocks(keys, async () => {
        const stored = await this.area.get(keys);
        const current = new Map<string, PageRecord | null>();
        const writes: Record<string, PageRecord> = {};
        for (const { key, record } of group) {
          if (!current.has(key)) current.set(key, stored[key] === undefined ? null : await this.accept(key, stored[key]));
          const before = current.get(key)!;
          const merged = mergeRecords(before, record);
          if (before && JSON.stringify(before) === JSON.stringify(merged)) skipped++;
          else {
            // a page twice in one backup: the second is merged with the first
            if (before) updated++;
            else added++;
            writes[key] = merged;
            current.set(key, merged);
          }
        }
        if (Object.keys(writes).length) await this.write(writes);
      });
    }
    return { added, updated, skipped, problems };
  }
}

/** A record's history entry, from its snapshot: null for what is no report or kept no snapshot. */
function recordEntry(r: PageRecord): HistoryEntry | null {
  return r.snapshot && r.result.isReport ? entryOfSnapshot(r.result, r.snapshot) : null;
}
