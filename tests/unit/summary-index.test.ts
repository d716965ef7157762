/**
 * The summary index (lib/store/summary-index.ts) at a small scale: the listing's order, the
 * store's writes, reviews and deletions, writes made past the store (a record, a summary, either
 * removed), stored summaries that are not their record's, orphans, and the index's version.
 * The same index at 5,000 records is dashboard-scale.test.ts's; its snapshot is summary-snapshot.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditText } from '../../lib/pipeline/audit';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { GEN_KEY, READ_CHUNK, summaryKey } from '../../lib/store/area';
import { recordFromResult } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { filterRecords, filterSummaries, sortRecords, SORT_KEYS, type RecordFilter } from '../../lib/store/filter';
import { SUMMARY_VERSION, summaryOf } from '../../lib/store/summary';
import { copyPairs, organTimelines } from '../../lib/store/organs';
import { MemoryArea } from '../helpers/memory-area';

const seed = (n: string) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n).result;
const R = ['000_dccf7277737237a5.txt', '001_d0214403203dae15.txt', '002_d2562da69713e31b.txt', '003_c3aabf95d6dbbe44.txt', '004_0c8d149e9c0e9704.txt'].map(seed);
const href = (i: number) => `https://www.example.gov.cn/art/${i}.html`;

describe('the summary index', () => {

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

describe('the summary index over a storage area', () => {
  const key = (i: number) => recordKey(href(i));
  // the first three reports, in turn
  const rec = (i: number) => recordFromResult(href(i), key(i).slice(5), R[i % 3]!, {}, new Date(Date.UTC(2026, 0, 1, i % 24)));
  const settle = () => new Promise((r) => setTimeout(r, 10));
  const urls = async (store: RecordStore) => (await store.summaries()).list.map((s) => s.url);

  it('lists by key whatever the order of the writes; the same list, unsorted again, while nothing changes', async () => {
    const area = new MemoryArea();
    const store = new RecordStore(area);
    for (const i of [3, 0, 12, 2]) await store.saveAudit(href(i), R[i % 3]!);
    const want = [0, 12, 2, 3].map((i) => key(i).slice(5));
    expect(await urls(store)).toEqual(want);
    const a = await store.summaries();
    const b = await store.summaries();
    expect(b.list).toBe(a.list);
    expect(b.version).toBe(a.version);
    await store.saveAudit(href(5), R[2]!);
    const c = await store.summaries();
    expect(c.version).not.toBe(a.version);
    expect(c.list.map((s) => s.url)).toEqual(want.concat(key(5).slice(5)));
    // a restart reads them one by one, in the same order
    expect(await urls(new RecordStore(area))).toEqual(want.concat(key(5).slice(5)));
  });

  it('records stored without summaries, more than one read’s worth: each summarised and stored; a corrupt one quarantined, a future one kept, both said', async () => {
    const area = new MemoryArea();
    const n = READ_CHUNK + 2;
    for (let i = 0; i < n; i++) area.data.set(key(i), rec(i));
    area.data.set(key(900), { v: 3, url: 7 });
    area.data.set(key(901), { v: 99, url: 'x' });
    // a summary left behind by a record removed long ago, and one stored under another record's key
    area.data.set(summaryKey('page:gone.example/1'), summaryOf(rec(0)));
    area.data.set(summaryKey(key(1)), summaryOf(rec(2)));
    const store = new RecordStore(area);
    const { list, problems } = await store.summaries();
    expect(list).toHaveLength(n);
    expect(list.find((s) => s.href === href(1))).toEqual(summaryOf(rec(1)));
    for (let i = 0; i < n; i++) expect(area.data.get(summaryKey(key(i))), `record ${i}`).toEqual(summaryOf(rec(i)));
    expect(area.data.has(summaryKey('page:gone.example/1'))).toBe(false);
    expect(problems).toEqual([
      { key: key(900), kind: 'corrupt', detail: expect.stringMatching(/^记录已损坏（.+），已移至隔离区$/) },
      { key: key(901), kind: 'future', detail: '版本 99 高于本扩展支持的版本，已原样保留' },
    ]);
    expect(area.data.has(key(900))).toBe(false);
    expect(area.data.get(`quarantine:${key(900)}`)).toMatchObject({ key: key(900), raw: { v: 3, url: 7 } });
    expect(area.data.get(key(901))).toEqual({ v: 99, url: 'x' });
  });

  it('follows what is written past the store: a summary alone, a record with or without one, either removed; each time a new token', async () => {
    const area = new MemoryArea();
    const store = new RecordStore(area);
    for (const i of [0, 1, 2]) await store.saveAudit(href(i), R[i]!);
    const before = await store.summaries();
    const gen = () => area.data.get(GEN_KEY);
    let g = gen();

    // a summary written alone, as another part of the extension might: listed as written
    await area.set({ [summaryKey(key(0))]: { ...summaryOf(rec(0)), title: '另写的标题' } });
    await settle();
    let now = await store.summaries();
    expect(now.list[0]!.title).toBe('另写的标题');
    expect(now.version).not.toBe(before.version);
    expect(gen()).not.toBe(g);
    g = gen();

    // a summary that is none: the index is read again, that summary made again from its record
    await area.set({ [summaryKey(key(1))]: { sv: 0 } });
    await settle();
    now = await store.summaries();
    expect(now.list.map((s) => s.title)).toEqual(['另写的标题', rec(1).title, rec(2).title]);
    expect(area.data.get(summaryKey(key(1)))).toEqual(summaryOf((await store.get(href(1)))!));
    expect(gen()).not.toBe(g);

    // a record written with its summary: the summary given is the one listed
    await area.set({ [key(7)]: rec(7), [summaryKey(key(7))]: { ...summaryOf(rec(7)), title: '随记录写入' } });
    await settle();
    expect((await store.summaries()).list.find((s) => s.href === href(7))!.title).toBe('随记录写入');

    // a record written alone: summarised, and the summary stored beside it
    await area.set({ [key(8)]: rec(8) });
    await settle();
    expect((await store.summaries()).list.find((s) => s.href === href(8))).toEqual(summaryOf(rec(8)));
    expect(area.data.get(summaryKey(key(8)))).toEqual(summaryOf(rec(8)));

    // a summary removed alone: made again; removed with its record: the record leaves the list
    await area.remove(summaryKey(key(2)));
    await settle();
    expect((await urls(store)).includes(key(2).slice(5))).toBe(true);
    expect(area.data.get(summaryKey(key(2)))).toEqual(summaryOf((await store.get(href(2)))!));
    await area.remove([key(2), summaryKey(key(2))]);
    await settle();
    // left in place: the index is not read again
    const lists = area.keyLists;
    expect(await urls(store)).toEqual([0, 1, 7, 8].map((i) => key(i).slice(5)));
    expect(area.keyLists).toBe(lists);

    // a record that is none: its summary goes, and the next listing quarantines it and says so
    await area.set({ [key(8)]: { v: 3, url: 7 } });
    await settle();
    expect(area.data.has(summaryKey(key(8)))).toBe(false);
    const last = await store.summaries();
    expect(last.list.map((s) => s.url)).toEqual([0, 1, 7].map((i) => key(i).slice(5)));
    expect(last.problems.map((p) => [p.key, p.kind])).toEqual([[key(8), 'corrupt']]);

    // a change to neither (a setting): the index and its token are left alone
    g = gen();
    const v = last.version;
    await area.set({ settings: { v: 1 } });
    await settle();
    expect(gen()).toBe(g);
    expect((await store.summaries()).version).toBe(v);
  });
});
