/**
 * The dashboard at thousands of records (issue 15): 5,000 records of about 60 KB
 * each, listed as summaries a page at a time, exported and imported a chunk at a
 * time, every message far below Chrome's 64 MiB. Also: summaries filter and sort
 * as the records do, and the index follows writes made by anyone.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditText } from '../../lib/pipeline/audit';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { summaryKey } from '../../lib/store/area';
import { MemoryArea } from '../helpers/memory-area';
import { testBackground } from '../helpers/background';
import type { Histories } from '../../lib/ext/history';
import { ExportChunk, ImportOutcome, RECORD_CHUNK, SUMMARY_PAGE, SummaryPage, ToBackground, type Reply } from '../../lib/ext/messages';
import { Backup, BACKUP_FORMAT, PageRecord, recordFromResult, STORE_VERSION } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { filterRecords, filterSummaries, sortRecords, SORT_KEYS, type RecordFilter } from '../../lib/store/filter';
import { SUMMARY_VERSION, summaryOf, type RecordSummary } from '../../lib/store/summary';
import { copyPairs, organTimelines } from '../../lib/store/organs';
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

describe('the summary index', () => {
  const seed = (n: string) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n).result;
  const R = ['000_dccf7277737237a5.txt', '001_d0214403203dae15.txt', '002_d2562da69713e31b.txt', '003_c3aabf95d6dbbe44.txt', '004_0c8d149e9c0e9704.txt'].map(seed);
  const href = (i: number) => `https://www.example.gov.cn/art/${i}.html`;

  beforeEach(() => fakeBrowser.reset());

  it('follows the store’s writes, reviews and deletions, and writes made past it', async () => {
    const store = new RecordStore(storage);
    for (const [i, r] of R.entries()) await store.saveAudit(href(i), r);
    let { list } = await store.summaries();
    expect(list).toHaveLength(R.length);
    const f = R[0]!.findings[0]!;
    await store.review(href(0), f.id, 'dismissed', '');
    ({ list } = await store.summaries());
    expect(list.find((s) => s.href === href(0))!.findings[f.severity].dismissed).toBe(1);
    await store.remove([href(1)]);
    ({ list } = await store.summaries());
    expect(list.map((s) => s.href).sort()).toEqual([0, 2, 3, 4].map(href).sort());
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes('art/1.html'))).toEqual([]);

    // written past the store (another version, a test): its summary follows, and is stored
    const rec = recordFromResult(href(9), 'www.example.gov.cn/art/9.html', R[1]!, {}, new Date(Date.UTC(2026, 0, 1)));
    await fakeBrowser.storage.local.set({ [recordKey(href(9))]: rec });
    await new Promise((r) => setTimeout(r, 10));
    ({ list } = await store.summaries());
    expect(list.map((s) => s.href)).toContain(href(9));
    expect((await fakeBrowser.storage.local.get(summaryKey(recordKey(href(9)))))[summaryKey(recordKey(href(9)))]).toEqual(summaryOf(rec));
    await fakeBrowser.storage.local.remove(recordKey(href(9)));
    await new Promise((r) => setTimeout(r, 10));
    ({ list } = await store.summaries());
    expect(list.map((s) => s.href)).not.toContain(href(9));
  });

  it('a stored summary of another version or a corrupt record is made again, or quarantined and said', async () => {
    const store = new RecordStore(storage);
    await store.saveAudit(href(0), R[0]!);
    await store.saveAudit(href(1), R[1]!);
    const k0 = recordKey(href(0));
    await fakeBrowser.storage.local.set({ [summaryKey(k0)]: { sv: 0, url: 'old' } });
    const again = new RecordStore(storage);
    await fakeBrowser.storage.local.set({ [recordKey(href(1))]: { v: 3, url: 7 } });
    await new Promise((r) => setTimeout(r, 10));
    const { list, problems } = await again.summaries();
    expect(list.map((s) => s.href)).toEqual([href(0)]);
    expect((await fakeBrowser.storage.local.get(summaryKey(k0)))[summaryKey(k0)]).toMatchObject({ sv: SUMMARY_VERSION, href: href(0) });
    expect(problems.map((p) => p.kind)).toEqual(['corrupt']);
  });

  it('summaries filter, sort and make the history as the records do', async () => {
    const records = R.map((r, i) => {
      const rec = recordFromResult(href(i), `www.example.gov.cn/art/${i}.html`, r, {}, new Date(Date.UTC(2026, 0, 1, i)));
      const first = r.findings[0];
      return first && i % 2 ? { ...rec, reviews: { [first.id]: { status: 'confirmed' as const, note: '', at: '' } } } : rec;
    });
    const summaries = records.map(summaryOf);
    const filters: RecordFilter[] = [
      {}, { organ: '街道' }, { year: 2020 }, { severity: 'error' }, { severity: 'warning', status: 'open' }, { status: 'confirmed' }, { status: 'dismissed' },
      { text: '合计' }, { text: R[2]!.findings[0]?.message.slice(0, 6) ?? 'x' }, { hrefs: [href(1), href(3)] },
    ];
    for (const f of filters) expect(filterSummaries(summaries, f).map((s) => s.url), JSON.stringify(f)).toEqual(filterRecords(records, f).map((r) => r.url));
    for (const k of SORT_KEYS) for (const d of ['asc', 'desc'] as const) expect(sortRecords(summaries, k, d).map((s) => s.url)).toEqual(sortRecords(records, k, d).map((r) => r.url));
    expect(organTimelines(summaries)).toEqual(organTimelines(records));
    expect(copyPairs(summaries)).toEqual(copyPairs(records));
  });
});
