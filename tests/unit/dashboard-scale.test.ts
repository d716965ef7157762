/**
 * The dashboard at thousands of records (issue 15): 5,000 records of about 60 KB
 * each, listed as summaries a page at a time, exported and imported a chunk at a
 * time, every message far below Chrome's 64 MiB. How the index follows writes, and
 * that summaries filter and sort as the records do, is in summary-index.test.ts
 * (small, so that the mutation run includes it).
 */
import { describe, expect, it } from 'vitest';
import { RecordStore } from '../../lib/store/record-store';
import { summaryKey } from '../../lib/store/area';
import { MemoryArea } from '../helpers/memory-area';
import { testBackground } from '../helpers/background';
import type { Histories } from '../../lib/ext/history';
import { ExportChunk, ImportOutcome, RECORD_CHUNK, SUMMARY_PAGE, SummaryPage, ToBackground, type Reply } from '../../lib/ext/messages';
import { Backup, BACKUP_FORMAT, PageRecord, STORE_VERSION } from '../../lib/store/schema';
import { filterSummaries, sortRecords } from '../../lib/store/filter';
import type { RecordSummary } from '../../lib/store/summary';
import { backupParts } from '../../components/backup-file';
import { bigRecords, RECORD_BYTES } from '../../scripts/big-records';

const N = 5_000;
/** Chrome's cap on one message. */
const MESSAGE_CAP = 64 * 1024 * 1024;
/** What a message may weigh here: far below the cap. */
const MESSAGE_MAX = 8 * 1024 * 1024;

const noHistory = { put: async () => ({ changed: false }), sliceFor: async () => null, reaudit: async (r: PageRecord) => r, others: async () => [], reset: () => undefined } as unknown as Histories;

function handler(store: RecordStore) {
  const { handle } = testBackground(store, { histories: noHistory });
  /** A message as the dashboard sends it: checked against the schema, its reply measured as JSON (what crosses). */
  return async (msg: unknown): Promise<{ data: unknown; bytes: number }> => {
    expect(ToBackground.safeParse(msg).success).toBe(true);
    const reply = (await handle(msg, {})) as Reply;
    expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify(reply));
    return { data: (reply as { data: unknown }).data, bytes };
  };
}

/** The dashboard's listing: every page of summaries; the largest reply's size. */
async function listAll(ask: ReturnType<typeof handler>) {
  const all: RecordSummary[] = [];
  let largest = 0;
  let pages = 0;
  for (let offset = 0; ; offset += SUMMARY_PAGE) {
    const { data, bytes } = await ask({ type: 'records:summaries', offset, limit: SUMMARY_PAGE });
    const page = SummaryPage.parse(data);
    for (const s of page.summaries) all.push(s);
    largest = Math.max(largest, bytes);
    pages++;
    if (offset + SUMMARY_PAGE >= page.total) return { all, largest, pages, total: page.total };
  }
}

describe(`${N} records of about ${RECORD_BYTES / 1000} KB`, () => {
  const items = bigRecords(N);
  const keys = Object.keys(items);
  const hrefs = keys.map((k) => items[k]!.href);

  it('are listed as summaries a page at a time; after a restart only the summaries are read; export and import go in chunks', { timeout: 180_000 }, async () => {
    // stored as an older version left them: records without summaries
    const area = new MemoryArea();
    for (const k of keys) area.data.set(k, items[k]);
    const all = Buffer.byteLength(JSON.stringify(items));
    expect(all).toBeGreaterThan(MESSAGE_CAP * 4);

    let store = new RecordStore(area);
    let ask = handler(store);
    let t = performance.now();
    let listed = await listAll(ask);
    const firstMs = performance.now() - t;
    expect(listed.total).toBe(N);
    expect(listed.all.map((s) => s.url).sort()).toEqual(keys.map((k) => k.slice(5)).sort());
    expect(listed.pages).toBe(Math.ceil(N / SUMMARY_PAGE));
    expect(listed.largest).toBeLessThan(MESSAGE_MAX);
    // each summary was stored beside its record
    expect(keys.every((k) => area.data.has(summaryKey(k)))).toBe(true);

    // a restart: a new store lists from the summaries alone, no record read
    store = new RecordStore(area);
    ask = handler(store);
    area.reads = [];
    t = performance.now();
    listed = await listAll(ask);
    const againMs = performance.now() - t;
    expect(listed.total).toBe(N);
    expect(area.reads.filter((k) => k.startsWith('page:'))).toEqual([]);
    const summaryBytes = Buffer.byteLength(JSON.stringify(listed.all));
    console.info(`${N} records, ${(all / 1e6).toFixed(0)} MB: first listing ${firstMs.toFixed(0)} ms (summaries made), after a restart ${againMs.toFixed(0)} ms; summaries ${(summaryBytes / 1e6).toFixed(1)} MB in ${listed.pages} replies of at most ${(listed.largest / 1e6).toFixed(2)} MB`);

    // sorted and filtered over every summary
    expect(sortRecords(listed.all, 'score', 'desc')[0]!.score).toBe(100);
    expect(filterSummaries(listed.all, { organ: '第7街道' }).length).toBe(filterSummaries(listed.all, {}).filter((s) => s.organ!.includes('第7街道')).length);
    expect(filterSummaries(listed.all, { year: 2020 })).toHaveLength(Math.ceil((N - 2) / 6));

    // export, a chunk at a time, assembled as the dashboard does
    const file = backupParts(new Date(Date.UTC(2026, 1, 1)));
    let largestChunk = 0;
    for (let i = 0; i < hrefs.length; i += RECORD_CHUNK) {
      const { data, bytes } = await ask({ type: 'records:export', hrefs: hrefs.slice(i, i + RECORD_CHUNK) });
      for (const r of ExportChunk.parse(data).records) file.record(r);
      largestChunk = Math.max(largestChunk, bytes);
    }
    expect(largestChunk).toBeLessThan(MESSAGE_MAX);
    const text = file.close().join('');
    const backup = Backup.parse(JSON.parse(text));
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: STORE_VERSION });
    expect(backup.records).toHaveLength(N);
    expect((backup.records as PageRecord[]).map((r) => r.href)).toEqual(hrefs);
    console.info(`export: ${(Buffer.byteLength(text) / 1e6).toFixed(0)} MB file from ${Math.ceil(N / RECORD_CHUNK)} replies of at most ${(largestChunk / 1e6).toFixed(2)} MB`);

    // import into an empty storage, a chunk at a time
    const fresh = new MemoryArea();
    const ask2 = handler(new RecordStore(fresh));
    const total = { added: 0, updated: 0, skipped: 0 };
    let largestSent = 0;
    for (let i = 0; i < backup.records.length; i += RECORD_CHUNK) {
      const msg = { type: 'records:import', backup: { ...backup, records: backup.records.slice(i, i + RECORD_CHUNK) } };
      largestSent = Math.max(largestSent, Buffer.byteLength(JSON.stringify(msg)));
      const r = ImportOutcome.parse((await ask2(msg)).data);
      total.added += r.added;
      total.updated += r.updated;
      total.skipped += r.skipped;
    }
    expect(largestSent).toBeLessThan(MESSAGE_MAX);
    expect(total).toEqual({ added: N, updated: 0, skipped: 0 });
    const after = await listAll(ask2);
    expect(after.total).toBe(N);
    expect(sortRecords(after.all).map((s) => s.url)).toEqual(sortRecords(listed.all).map((s) => s.url));
  });

  it('a chunk larger than the schema allows is refused, unhandled', () => {
    expect(ToBackground.safeParse({ type: 'records:export', hrefs: hrefs.slice(0, 501) }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'records:summaries', offset: 0, limit: 100_000 }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'records:import', backup: { format: BACKUP_FORMAT, version: 3, exportedAt: '', records: new Array(501).fill({}) } }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'records:list' }).success).toBe(false);
  });
});
