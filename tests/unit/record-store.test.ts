/**
 * The record store's smaller promises, each pinned by value: merging an import, the history
 * entries kept beside the records, identity corrections, links, verdicts and pages of the list,
 * a full storage, and the batches kept across restarts. store.test.ts tells the main story
 * (versions, quarantine, concurrency, backups); this file holds what it passes over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { RecordStore } from '../../lib/store/record-store';
import { areaKeys, entryKey, pageKeyOf, setItems, StoreFullError, summaryKey, type StorageArea } from '../../lib/store/area';
import { mergeRecords, mergeReviews } from '../../lib/store/merge';
import { recordEntry } from '../../lib/store/entries';
import { readIdentity } from '../../lib/store/identity';
import { interrupted, STALE_MS, type BatchRecord } from '../../lib/store/batch';
import { BACKUP_FORMAT, recordFromResult, STORE_VERSION, type Review } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { MemoryArea } from '../helpers/memory-area';

const audit = (n: string) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n);
const A = ['000_dccf7277737237a5.txt', '001_d0214403203dae15.txt', '002_d2562da69713e31b.txt'].map(audit);
const R = A.map((a) => a.result);
const snap = (i: number) => snapshotOf(A[i]!.input!.blocks, A[i]!.input!.meta);
const NOT_REPORT = auditText('今天天气很好，我们去公园散步。', 'x').result;
const href = (i: number) => `https://www.example.gov.cn/art/${i}.html`;

function clockStore(area: StorageArea = new MemoryArea()) {
  let t = 0;
  return new RecordStore(area, () => new Date(Date.UTC(2026, 0, 1) + t++ * 1000));
}

const rv = (status: Review['status'], at: string, note = ''): Review => ({ status, note, at });

describe('merging', () => {
  it('reviews of both; for one finding the later change wins, a tie keeps the first', () => {
    const a = { x: rv('confirmed', '2026-01-02'), y: rv('dismissed', '2026-01-05'), t: rv('confirmed', '2026-01-01', 'a') };
    const b = { x: rv('dismissed', '2026-01-03'), y: rv('confirmed', '2026-01-04'), z: rv('confirmed', '2026-01-01'), t: rv('dismissed', '2026-01-01', 'b') };
    expect(mergeReviews(a, b)).toEqual({ x: b.x, y: a.y, z: b.z, t: a.t });
    expect(a).toEqual({ x: rv('confirmed', '2026-01-02'), y: rv('dismissed', '2026-01-05'), t: rv('confirmed', '2026-01-01', 'a') });
  });

  it('the newer audit (the incoming one on a tie) with the reviews of both', () => {
    const old = recordFromResult(href(0), 'u', R[0]!, { x: rv('confirmed', '2026-01-02') }, new Date(Date.UTC(2026, 0, 1)));
    const neu = recordFromResult(href(0), 'u', R[1]!, { y: rv('dismissed', '2026-01-03') }, new Date(Date.UTC(2026, 0, 9)));
    const same = recordFromResult(href(0), 'u', R[2]!, {}, new Date(Date.UTC(2026, 0, 1)));
    expect(mergeRecords(null, neu)).toBe(neu);
    expect(mergeRecords(old, neu)).toMatchObject({ auditedAt: neu.auditedAt, result: R[1], reviews: { x: old.reviews.x, y: neu.reviews.y } });
    expect(mergeRecords(neu, old)).toMatchObject({ auditedAt: neu.auditedAt, result: R[1], reviews: { x: old.reviews.x, y: neu.reviews.y } });
    expect(mergeRecords(old, same).result).toBe(R[2]);
  });
});

describe('the storage area', () => {
  it('names the keys beside a record and finds its record again', () => {
    expect(entryKey('page:a/b')).toBe('ent:page:a/b');
    expect(summaryKey('page:a/b')).toBe('sum:page:a/b');
    expect(pageKeyOf(entryKey('page:a/b'))).toBe('page:a/b');
    expect(pageKeyOf(summaryKey('page:a/b'))).toBe('page:a/b');
  });

  it('lists keys by reading everything where the area cannot list them alone', async () => {
    const m = new MemoryArea();
    m.data.set('page:a', 1).set('sum:page:a', 2);
    const plain: StorageArea = { get: (k) => m.get(k), set: (i) => m.set(i), remove: (k) => m.remove(k) };
    expect(await areaKeys(plain)).toEqual(['page:a', 'sum:page:a']);
    expect(m.keyLists).toBe(0);
    expect(await areaKeys(m)).toEqual(['page:a', 'sum:page:a']);
    expect(m.keyLists).toBe(1);
  });

  it('a refusal for want of room is said in Chinese with the browser’s words; any other failure passes as it was', async () => {
    const refusing = (e: unknown): StorageArea => ({ get: async () => ({}), remove: async () => undefined, set: async () => Promise.reject(e) });
    const full = await setItems(refusing(new Error('QUOTA_BYTES quota exceeded')), { a: 1 }).catch((e) => e);
    expect(full).toBeInstanceOf(StoreFullError);
    expect(full.message).toBe('存储空间已满，未能保存：QUOTA_BYTES quota exceeded');
    const said = await setItems(refusing('Storage is full'), { a: 1 }).catch((e) => e);
    expect(said).toBeInstanceOf(StoreFullError);
    expect(said.message).toBe('存储空间已满，未能保存：Storage is full');
    const other = new Error('IO error');
    expect(await setItems(refusing(other), { a: 1 }).catch((e) => e)).toBe(other);
    expect(await setItems(refusing('disk gone'), { a: 1 }).catch((e) => e)).toBe('disk gone');
  });
});

describe('the history entries beside the records', () => {
  it('one per stored report with a snapshot, read without the records; one missing or unreadable made again and stored', async () => {
    const area = new MemoryArea();
    const store = clockStore(area);
    for (const i of [0, 1, 2]) await store.saveAudit(href(i), R[i]!, snap(i));
    await store.saveAudit(href(3), R[0]!);
    await store.saveAudit(href(4), NOT_REPORT, null);
    const want = await Promise.all([0, 1, 2].map(async (i) => recordEntry((await store.get(href(i)))!)!));
    expect(want.every((e) => e && e.sentences.length > 0)).toBe(true);
    expect(area.data.get(entryKey(recordKey(href(3))))).toBeNull();
    expect(area.data.get(entryKey(recordKey(href(4))))).toBeNull();
    area.reads = [];
    expect(await store.entries()).toEqual(want);
    expect(area.reads.filter((k) => k.startsWith('page:'))).toEqual([]);

    area.data.delete(entryKey(recordKey(href(0))));
    area.data.set(entryKey(recordKey(href(1))), { junk: true });
    area.data.delete(entryKey(recordKey(href(3))));
    area.reads = [];
    const again = await store.entries();
    expect(new Set(again.map((e) => e.source))).toEqual(new Set(want.map((e) => e.source)));
    expect(again).toHaveLength(3);
    expect(area.reads.filter((k) => k.startsWith('page:')).sort()).toEqual([0, 1, 3].map((i) => recordKey(href(i))));
    expect(area.data.get(entryKey(recordKey(href(0))))).toEqual(want[0]);
    expect(area.data.get(entryKey(recordKey(href(1))))).toEqual(want[1]);
    expect(area.data.get(entryKey(recordKey(href(3))))).toBeNull();
  });

  it('a record that is none is quarantined, not made an entry', async () => {
    const area = new MemoryArea();
    const store = clockStore(area);
    await store.saveAudit(href(0), R[0]!, snap(0));
    area.data.set(recordKey(href(9)), { v: 3, url: 1 });
    expect((await store.entries()).map((e) => e.source)).toEqual([recordEntry((await store.get(href(0)))!)!.source]);
    expect(area.data.has(recordKey(href(9)))).toBe(false);
    expect(area.data.has(entryKey(recordKey(href(9))))).toBe(false);
  });
});

describe('the record store', () => {
  it('verdicts of the pages asked for, stored ones only; a page of the list with its total', async () => {
    const store = clockStore();
    for (const i of [0, 1, 2]) await store.saveAudit(href(i), R[i]!);
    const v = await store.verdicts([href(2), href(0), href(7)]);
    expect(v).toEqual({
      [recordKey(href(0)).slice(5)]: { verdict: R[0]!.verdict, error: R[0]!.counts.error, warning: R[0]!.counts.warning },
      [recordKey(href(2)).slice(5)]: { verdict: R[2]!.verdict, error: R[2]!.counts.error, warning: R[2]!.counts.warning },
    });
    const page = await store.summaryPage(1, 1);
    expect(page.total).toBe(3);
    expect(page.summaries.map((s) => s.href)).toEqual([href(1)]);
    expect((await store.summaryPage(2, 5)).summaries.map((s) => s.href)).toEqual([href(2)]);
  });

  it('identity corrections are kept by a re-audit and cleared by an empty one; a page never stored gets none', async () => {
    const store = clockStore();
    await store.saveAudit(href(0), R[0]!);
    expect(await store.setIdentity(href(5), { organ: '某局' })).toBeNull();
    expect(await store.get(href(5))).toBeNull();
    expect((await store.setIdentity(href(0), { organ: '某局', year: 2020 }))!.identity).toEqual({ organ: '某局', year: 2020 });
    await store.saveAudit(href(0), R[1]!);
    expect((await store.get(href(0)))!.identity).toEqual({ organ: '某局', year: 2020 });
    expect((await store.summaries()).list[0]!.hasIdentity).toBe(true);
    const cleared = (await store.setIdentity(href(0), {}))!;
    expect('identity' in cleared).toBe(false);
    expect('identity' in (await store.get(href(0)))!).toBe(false);
    expect(await store.review(href(5), 'x', 'confirmed', '')).toBeNull();
    expect(await store.get(href(5))).toBeNull();
  });

  it('an identity correction, a review and a deletion made at once on one record are each kept, in the order made', async () => {
    const area = new MemoryArea();
    const store = clockStore(area);
    await store.saveAudit(href(0), R[0]!);
    await store.saveAudit(href(1), R[1]!);
    let open!: () => void;
    area.gate = new Promise<void>((r) => (open = r));
    const id = R[0]!.findings[0]!.id;
    const all = Promise.all([store.setIdentity(href(0), { year: 2019 }), store.review(href(0), id, 'confirmed', '核实'), store.saveAudit(href(1), R[2]!), store.remove([href(1)])]);
    await new Promise((r) => setTimeout(r, 5));
    area.gate = null;
    open();
    await all;
    const r = (await store.get(href(0)))!;
    expect(r.identity).toEqual({ year: 2019 });
    expect(r.reviews[id]).toMatchObject({ status: 'confirmed', note: '核实' });
    expect(await store.get(href(1))).toBeNull();
  });

  it('a link is refused for one address, a missing record, or a page that holds more than its file', async () => {
    const store = clockStore();
    await store.saveAudit(href(0), R[0]!);
    await store.saveAudit(href(1), R[1]!);
    expect(await store.link(href(0), href(0))).toBeNull();
    expect(await store.link(href(0), href(9))).toBeNull();
    expect(await store.link(href(9), href(0))).toBeNull();
    expect(await store.link(href(0), href(1))).toBeNull();
    expect((await store.get(href(0)))!.file).toBeUndefined();
  });

  it('an import counts what it adds, updates and skips, and names each record it cannot take by its place in the file', async () => {
    const store = clockStore();
    await store.saveAudit(href(0), R[0]!);
    const mine = (await store.get(href(0)))!;
    const reviewed = { ...mine, reviews: { [R[0]!.findings[0]!.id]: rv('confirmed', '2027-01-01') } };
    const fresh = recordFromResult(href(1), recordKey(href(1)).slice(5), R[1]!, {}, new Date(Date.UTC(2026, 0, 1)));
    const junk = Array.from({ length: 100 }, () => ({}));
    const out = await store.importBackup({ format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt: '', records: [mine, reviewed, fresh, fresh].concat(junk as never[], [{ v: 99 }] as never[]) });
    expect({ ...out, problems: out.problems.length }).toEqual({ added: 1, updated: 1, skipped: 103, problems: 101 });
    expect(out.problems[0]).toMatch(/^第 5 条：/);
    expect(out.problems[100]).toBe('第 105 条：版本 99 过新');
    expect((await store.get(href(0)))!.reviews).toEqual(reviewed.reviews);
    expect(await store.importBackup({ format: 'other' })).toEqual({ added: 0, updated: 0, skipped: 0, problems: ['不是年报审计导出的 JSON 备份文件'] });
    const all = await store.exportBackup(null);
    expect(all.records.map((r) => (r as { href: string }).href).sort()).toEqual([href(0), href(1)]);
    expect((await store.exportBackup([href(1), href(1), href(7)])).records.map((r) => (r as { href: string }).href)).toEqual([href(1)]);
  });
});

describe('identity corrections read from outside', () => {
  it('none when empty or malformed', () => {
    expect(readIdentity({ organ: '某局', level: 'county' })).toEqual({ organ: '某局', level: 'county' });
    expect(readIdentity({})).toBeUndefined();
    expect(readIdentity({ year: 'x' })).toBeUndefined();
    expect(readIdentity(null)).toBeUndefined();
  });
});

describe('batches', () => {
  const L = 'https://x.gov.cn/zfxxgknb/index.html';
  const U = ['https://x.gov.cn/a.html', 'https://x.gov.cn/b.html', 'https://x.gov.cn/c.html'];

  it('cut off only past STALE_MS without a step, and only while running', () => {
    const b = { status: 'running', updatedAt: '2026-01-01T00:00:00.000Z' } as BatchRecord;
    const t = Date.parse(b.updatedAt);
    expect(interrupted(b, new Date(t + STALE_MS))).toBe(false);
    expect(interrupted(b, new Date(t + STALE_MS + 1))).toBe(true);
    expect(interrupted({ ...b, status: 'cancelled' }, new Date(t + STALE_MS + 1))).toBe(false);
  });

  it('steps: a failure kept once with its last words, cut at 500; a failure that later succeeds leaves the failures; a done page stays done', async () => {
    const area = new MemoryArea();
    const s = clockStore(area);
    expect(await s.batches.step(L, U[0]!, { error: 'x' })).toBeNull();
    expect(await s.batches.setStatus(L, 'cancelled')).toBeNull();
    await s.batches.start(L, '年报', U.slice(0, 2));
    await s.batches.step(L, U[0]!, { error: '超时' });
    let b = (await s.batches.step(L, U[0]!, { error: '错'.repeat(600) }))!;
    expect(b.failed).toEqual([{ url: U[0], error: '错'.repeat(500) }]);
    b = (await s.batches.step(L, U[0]!, { result: R[0]! }))!;
    expect(b.failed).toEqual([]);
    expect(b.done).toEqual([U[0]]);
    const before = b.updatedAt;
    b = (await s.batches.step(L, U[0]!, { error: '又超时' }))!;
    expect(b.failed).toEqual([]);
    expect(b.done).toEqual([U[0]]);
    expect(b.updatedAt > before).toBe(true);
    expect(await s.batches.get(L)).toEqual(b);
    // a page that is no report is counted done with its verdict, and not stored as a visited page
    b = (await s.batches.step(L, U[1]!, { result: NOT_REPORT }))!;
    expect(b.done).toEqual([U[0], U[1]]);
    expect(b.verdicts[U[1]!]).toEqual({ verdict: NOT_REPORT.verdict, error: NOT_REPORT.counts.error, warning: NOT_REPORT.counts.warning });
    expect(await s.get(U[1]!)).toBeNull();
    expect(await s.get(U[0]!)).not.toBeNull();
    // taken up again: the pages asked for added once, the work kept
    const again = await s.batches.start(L, '年报', U);
    expect(again.urls).toEqual(U);
    expect(again.done).toEqual([U[0], U[1]]);
    expect(again.status).toBe('running');
  });

  it('steps, a status and a start made at once on one batch each see the others’ work', async () => {
    const area = new MemoryArea();
    const s = clockStore(area);
    const many = Array.from({ length: 6 }, (_, i) => `https://x.gov.cn/p${i}.html`);
    await s.batches.start(L, '年报', many.slice(0, 3));
    // a write that waits: every step reads the batch before any is written, unless each waits for the one before
    let open!: () => void;
    area.gate = new Promise<void>((r) => (open = r));
    const all = Promise.all([
      ...many.slice(0, 3).map((u, i) => s.batches.step(L, u, i === 1 ? { error: '超时' } : { result: NOT_REPORT })),
      s.batches.start(L, '年报', many.slice(3)),
      s.batches.setStatus(L, 'cancelled'),
    ]);
    await new Promise((r) => setTimeout(r, 5));
    area.gate = null;
    open();
    await all;
    const b = (await s.batches.get(L))!;
    expect(b.done).toEqual([many[0], many[2]]);
    expect(b.failed.map((f) => f.url)).toEqual([many[1]]);
    expect(b.urls).toEqual(many);
    expect(b.status).toBe('cancelled');
  });

  it('every batch, read by its key alone; one that does not read is left out', async () => {
    const area = new MemoryArea();
    const s = clockStore(area);
    expect(await s.batches.list()).toEqual([]);
    await s.batches.start(L, '年报', U);
    await s.batches.start('https://y.gov.cn/list.html', '另一个', U.slice(0, 1));
    area.data.set('batch:z.gov.cn/broken', { v: 1 });
    await s.saveAudit(href(0), R[0]!);
    area.reads = [];
    expect((await s.batches.list()).map((b) => b.title).sort()).toEqual(['另一个', '年报'].sort());
    expect(area.reads.every((k) => k.startsWith('batch:'))).toBe(true);
  });
});
