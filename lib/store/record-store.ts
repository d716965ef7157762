/**
 * Audit records in the extension's storage: one key per page, writes to a key
 * serialised so that concurrent audits never lose each other's work, reads
 * migrated, corrupt records quarantined and reported, future versions untouched.
 * Beside each record: its summary (the listing's index, summary-index.ts) and its
 * history entry; batches are kept by batch-store.ts.
 */
import type { ReportResult } from '../result/schema';
import { normaliseUrl, recordKey } from './url';
import { Backup, attachmentOnly, migrate, recordFromResult, toBackup, withReviews, type PageRecord, type Review, type ReviewStatus } from './schema';
import type { Identity } from './identity';
import type { Snapshot } from '../pipeline/snapshot';
import { mergeRecords } from './merge';
import { SETTINGS_KEY, readSettings, settingsSchema, type Settings } from './settings';
import { summaryOf, type RecordSummary } from './summary';
import type { HistoryEntry } from '../model';
import { GEN_KEY, PAGE, READ_CHUNK, areaKeys, entryKey, setItems, summaryKey, type StorageArea, type StoreProblem } from './area';
import { KeyLocks } from './locks';
import { SummaryIndex } from './summary-index';
import { recordEntry, storedEntries } from './entries';
import { newGen } from './summary-snapshot';
import { BatchStore } from './batch-store';
import type { VerdictLine } from './batch';

export class RecordStore {
  private locks = new KeyLocks();
  private index: SummaryIndex;
  /** The listing pages' batches, kept beside the records. */
  readonly batches: BatchStore;

  constructor(private area: StorageArea, private now: () => Date = () => new Date()) {
    this.index = new SummaryIndex(area, (key, raw, problems) => this.accept(key, raw, problems));
    this.batches = new BatchStore(area, this.locks, now, (href, result, snapshot) => this.saveAudit(href, result, snapshot));
  }

  /** Every record's summary, in a stable order (by key), the problems met reading them, and the index's version. */
  summaries(): Promise<{ version: number; list: RecordSummary[]; problems: StoreProblem[] }> {
    return this.index.summaries();
  }

  /** The verdicts of these pages' stored records, by normalised address (pages not stored are left out). */
  async verdicts(hrefs: string[]): Promise<Record<string, VerdictLine>> {
    const wanted = new Set(hrefs.map(normaliseUrl));
    const out: Record<string, VerdictLine> = {};
    for (const s of (await this.summaries()).list) if (wanted.has(s.url)) out[s.url] = { verdict: s.verdict, error: s.counts.error, warning: s.counts.warning };
    return out;
  }

  /** One page of the summaries: `limit` from `offset`, with the total. */
  async summaryPage(offset: number, limit: number): Promise<{ version: number; total: number; summaries: RecordSummary[]; problems: StoreProblem[] }> {
    const { version, list, problems } = await this.summaries();
    return { version, total: list.length, summaries: list.slice(offset, offset + limit), problems };
  }

  /** Every stored report's history entry (what the checks across reports need of it): ./entries.ts. */
  entries(): Promise<HistoryEntry[]> {
    return storedEntries(this.area, (key, raw) => this.accept(key, raw));
  }

  /** Write items; a record is written with its summary and its history entry, in the same call. */
  private async write(items: Record<string, unknown>) {
    const summaries = new Map<string, RecordSummary>();
    for (const [key, value] of Object.entries(items)) if (key.startsWith(PAGE)) summaries.set(key, summaryOf(value as PageRecord));
    const all: Record<string, unknown> = { ...items };
    for (const [key, s] of summaries) {
      all[summaryKey(key)] = s;
      // the history entry beside it: the history is built from these, never from the records themselves
      all[entryKey(key)] = recordEntry(items[key] as PageRecord);
    }
    if (!summaries.size) return setItems(this.area, all);
    // a new write token with them: the index's stored snapshot no longer counts (summary-snapshot.ts)
    all[GEN_KEY] = newGen();
    await this.index.writing(async () => {
      await setItems(this.area, all);
      for (const [key, s] of summaries) this.index.set(key, s);
    });
  }

  /** Remove records and their summaries and entries (the snapshot's token first: it no longer counts). */
  private async removeKeys(keys: string[]) {
    const pages = keys.filter((k) => k.startsWith(PAGE));
    if (!pages.length) return this.area.remove(keys);
    await this.index.writing(async () => {
      await this.area.set({ [GEN_KEY]: newGen() });
      await this.area.remove(keys.concat(pages.map(summaryKey), pages.map(entryKey)));
      for (const k of pages) this.index.set(k, null);
    });
  }

  /** Write the summary index's snapshot now (tests; see summary-snapshot.ts). */
  flushIndex(): Promise<void> {
    return this.index.flush();
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

  get(href: string): Promise<PageRecord | null> {
    return this.readKey(recordKey(href));
  }

  /** Store a fresh audit of a page, keeping the reviews an auditor made on it. */
  saveAudit(href: string, result: ReportResult, snapshot?: Snapshot | null): Promise<PageRecord> {
    const key = recordKey(href);
    return this.locks.run([key], async () => {
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
    return this.locks.run([pk, fk], async () => {
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
    return this.locks.run([key], async () => {
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
    return this.locks.run([key], async () => {
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
    const keys = (await areaKeys(this.area)).filter((k) => k.startsWith(PAGE));
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
    await Promise.all(keys.map((k) => this.locks.run([k], () => this.removeKeys([k]))));
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
      await this.locks.run(keys, async () => {
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
