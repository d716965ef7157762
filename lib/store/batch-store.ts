/** Batches kept in storage: one per listing, its work kept across restarts; each step's audit stored as a visited page's. */
import type { ReportResult } from '../result/schema';
import type { Snapshot } from '../pipeline/snapshot';
import type { z } from 'zod';
import { normaliseUrl } from './url';
import { BatchRecord, type BatchStatus } from './batch';
import { areaKeys, setItems, type StorageArea } from './area';
import type { KeyLocks } from './locks';

export type BatchOutcome = { result: ReportResult; snapshot?: Snapshot | null } | { error: string };

export class BatchStore {
  constructor(
    private area: StorageArea,
    private locks: KeyLocks,
    private now: () => Date,
    /** Store a report's audit as a visited page's (the record store's saveAudit). */
    private saveAudit: (href: string, result: ReportResult, snapshot?: Snapshot | null) => Promise<unknown>,
  ) {}

  private key(listing: string) {
    return `batch:${normaliseUrl(listing)}`;
  }

  async get(listing: string): Promise<BatchRecord | null> {
    const key = this.key(listing);
    const p = BatchRecord.safeParse((await this.area.get(key))[key]);
    return p.success ? p.data : null;
  }

  /** Start a batch, or take up the one already there for this listing (its work is kept). */
  start(listing: string, title: string, urls: string[]): Promise<BatchRecord> {
    const key = this.key(listing);
    return this.locks.run([key], async () => {
      const now = this.now().toISOString();
      const old = await this.get(listing);
      const keep = old && old.status !== 'finished' ? old : null;
      const record: BatchRecord = keep
        ? { ...keep, urls: [...new Set([...keep.urls, ...urls])], status: 'running', updatedAt: now }
        : { v: 1, listing, title, urls, done: [], failed: [], verdicts: {}, status: 'running', startedAt: now, updatedAt: now };
      await setItems(this.area, { [key]: record });
      return record;
    });
  }

  /** One page of a batch: its audit stored like a visited page's, and counted done — or failed. */
  step(listing: string, href: string, outcome: BatchOutcome): Promise<BatchRecord | null> {
    const key = this.key(listing);
    return this.locks.run([key], async () => {
      const b = await this.get(listing);
      if (!b) return null;
      let next: BatchRecord;
      if ('result' in outcome) {
        const r = outcome.result;
        if (r.isReport) await this.saveAudit(href, r, outcome.snapshot);
        next = {
          ...b,
          done: [...new Set([...b.done, href])],
          verdicts: { ...b.verdicts, [href]: { verdict: r.verdict, error: r.counts.error, warning: r.counts.warning } },
          failed: b.failed.filter((f) => f.url !== href),
        };
      } else if (!b.done.includes(href)) next = { ...b, failed: [...b.failed.filter((f) => f.url !== href), { url: href, error: outcome.error.slice(0, 500) }] };
      else next = { ...b };
      next.updatedAt = this.now().toISOString();
      await setItems(this.area, { [key]: next });
      return next;
    });
  }

  setStatus(listing: string, status: z.infer<typeof BatchStatus>): Promise<BatchRecord | null> {
    const key = this.key(listing);
    return this.locks.run([key], async () => {
      const b = await this.get(listing);
      if (!b) return null;
      const next = { ...b, status, updatedAt: this.now().toISOString() };
      await setItems(this.area, { [key]: next });
      return next;
    });
  }

  /** Every batch: read by key, never with the records (get(null) read hundreds of megabytes for a few batches). */
  async list(): Promise<BatchRecord[]> {
    const keys = (await areaKeys(this.area)).filter((k) => k.startsWith('batch:'));
    if (!keys.length) return [];
    const all = await this.area.get(keys);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('batch:'))
      .map(([, v]) => BatchRecord.safeParse(v))
      .filter((p) => p.success)
      .map((p) => p.data!);
  }
}
