/**
 * Audit records in the extension's storage: one key per page, writes to a key
 * serialised so that concurrent audits never lose each other's work, reads
 * migrated, corrupt records quarantined and reported, future versions untouched.
 */
import type { ReportResult } from '../result/schema';
import { normaliseUrl, recordKey } from './url';
import { Backup, migrate, recordFromResult, toBackup, withReviews, type PageRecord, type Review, type ReviewStatus } from './schema';
import type { Identity } from './identity';
import type { Snapshot } from '../pipeline/snapshot';
import { mergeRecords } from './merge';
import { SETTINGS_KEY, readSettings, settingsSchema, type Settings } from './settings';
import { BatchRecord, type BatchStatus } from './batch';
import type { z } from 'zod';

/** The key-value storage the records live in (the extension's storage.local, or a map in tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

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

  constructor(private area: StorageArea, private now: () => Date = () => new Date()) {}

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

  private async write(items: Record<string, unknown>) {
    try {
      await this.area.set(items);
    } catch (e) {
      if (QUOTA.test(String((e as Error)?.message ?? e))) throw new StoreFullError(e);
      throw e;
    }
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
    await this.area.remove(key);
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

  async listBatches(): Promise<BatchRecord[]> {
    const all = await this.area.get(null);
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
      };
      await this.write({ [key]: record });
      return record;
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

  async list(): Promise<{ records: PageRecord[]; problems: StoreProblem[] }> {
    const all = await this.area.get(null);
    const records: PageRecord[] = [];
    const problems: StoreProblem[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith('page:')) continue;
      const r = await this.accept(key, raw, problems);
      if (r) records.push(r);
    }
    return { records, problems };
  }

  async remove(hrefs: string[]): Promise<number> {
    const keys = hrefs.map(recordKey);
    await Promise.all(keys.map((k) => this.withLock(k, () => this.area.remove(k))));
    return keys.length;
  }

  async exportBackup(hrefs: string[] | null): Promise<Backup> {
    const { records } = await this.list();
    const wanted = hrefs ? new Set(hrefs.map(normaliseUrl)) : null;
    return toBackup(records.filter((r) => !wanted || wanted.has(r.url)), this.now());
  }

  /** Add a backup's records: newer audits win per page, reviews are merged, nothing is duplicated. */
  async importBackup(data: unknown): Promise<{ added: number; updated: number; skipped: number; problems: string[] }> {
    const b = Backup.safeParse(data);
    if (!b.success) return { added: 0, updated: 0, skipped: 0, problems: ['不是年报审计导出的 JSON 备份文件'] };
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const problems: string[] = [];
    for (const [i, raw] of b.data.records.entries()) {
      const m = migrate(raw);
      if (m.kind !== 'ok') {
        skipped++;
        problems.push(`第 ${i + 1} 条：${m.kind === 'future' ? `版本 ${m.version} 过新` : m.error}`);
        continue;
      }
      const key = recordKey(m.record.url);
      await this.withLock(key, async () => {
        const current = await this.readKey(key);
        const merged = mergeRecords(current, { ...m.record, url: normaliseUrl(m.record.url) });
        if (current && JSON.stringify(current) === JSON.stringify(merged)) skipped++;
        else {
          await this.write({ [key]: merged });
          if (current) updated++;
          else added++;
        }
      });
    }
    return { added, updated, skipped, problems };
  }
}
