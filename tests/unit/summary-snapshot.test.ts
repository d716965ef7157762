/**
 * The summary index's snapshot (lib/store/summary-snapshot.ts): after a restart the listing reads
 * one stored value instead of one summary per record, and only while no write has been made since
 * it was written: a write through the store, a removal, or a record written past the store each
 * put it out of date, and the listing then reads the summaries one by one, as before.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { RecordStore } from '../../lib/store/record-store';
import { GEN_KEY, SNAPSHOT_KEY, summaryKey } from '../../lib/store/area';
import { SNAPSHOT_DELAY, SNAPSHOT_MAX_WAIT } from '../../lib/store/summary-index';
import { readSnapshot, snapshotOf } from '../../lib/store/summary-snapshot';
import { recordFromResult } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { MemoryArea } from '../helpers/memory-area';

const seed = (n: string) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n).result;
const R = ['000_dccf7277737237a5.txt', '001_d0214403203dae15.txt', '002_d2562da69713e31b.txt'].map(seed);
const href = (i: number) => `https://www.example.gov.cn/art/${i}.html`;
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A store with these records saved, its snapshot written. */
async function stored(n = 3) {
  const area = new MemoryArea();
  const store = new RecordStore(area);
  for (let i = 0; i < n; i++) await store.saveAudit(href(i), R[i % R.length]!);
  await store.summaries();
  await settle();
  await store.flushIndex();
  return { area, store };
}

/** What a new store (a restarted background) lists, and what it read to list it. */
async function restart(area: MemoryArea) {
  area.reads = [];
  area.keyLists = 0;
  const store = new RecordStore(area);
  const { list } = await store.summaries();
  return { hrefs: list.map((s) => s.href), list, reads: area.reads, keyLists: area.keyLists, store };
}

afterEach(() => vi.useRealTimers());

describe('the summary index’s snapshot', () => {
  it('is what a restart lists from: one read, no summary or record read, no key listing', async () => {
    const { area, store } = await stored();
    const before = (await store.summaries()).list;
    const after = await restart(area);
    expect(after.reads.sort()).toEqual([GEN_KEY, SNAPSHOT_KEY].sort());
    expect(after.keyLists).toBe(0);
    expect(after.list).toEqual(before);
  });

  it('a write through the store after it puts it out of date: the restart reads the summaries and has the write', async () => {
    const { area, store } = await stored();
    // the background stops right after the write: nothing hears of it, the token went with the write itself
    area.listeners = [];
    await store.saveAudit(href(5), R[1]!);
    const after = await restart(area);
    expect(after.hrefs).toContain(href(5));
    expect(after.reads).toContain(summaryKey(recordKey(href(5))));
  });

  it('a review changes the record in place: the restart lists the review', async () => {
    const { area, store } = await stored();
    area.listeners = [];
    const f = R[0]!.findings[0]!;
    await store.review(href(0), f.id, 'dismissed', '');
    const after = await restart(area);
    expect(after.list.find((s) => s.href === href(0))!.findings[f.severity].dismissed).toBe(1);
  });

  it('a removal through the store puts it out of date: the record is not listed after a restart', async () => {
    const { area, store } = await stored();
    area.listeners = [];
    await store.remove([href(1)]);
    const after = await restart(area);
    expect(after.hrefs.sort()).toEqual([href(0), href(2)].sort());
  });

  it('a record written past the store (another version, a test) puts it out of date', async () => {
    const { area } = await stored();
    const rec = recordFromResult(href(9), 'www.example.gov.cn/art/9.html', R[2]!, {}, new Date(Date.UTC(2026, 0, 1)));
    await area.set({ [recordKey(href(9))]: rec });
    await settle();
    await settle();
    const after = await restart(area);
    expect(after.hrefs).toContain(href(9));
  });

  it('one that does not read (another format, a summary that is none, another token) is passed over, never half used', async () => {
    const { area, store } = await stored();
    const good = (await store.summaries()).list;
    const gen = area.data.get(GEN_KEY) as string;
    expect(readSnapshot(area.data.get(SNAPSHOT_KEY), gen)?.size).toBe(3);
    for (const bad of [{ ...snapshotOf(gen, good), format: 2 }, snapshotOf(gen, [good[0]!, { sv: 0 } as never]), snapshotOf('other', good), 'x']) {
      area.data.set(SNAPSHOT_KEY, bad);
      const after = await restart(area);
      expect(after.list).toEqual(good);
      expect(after.keyLists).toBe(1);
    }
    expect(readSnapshot(snapshotOf(gen, good), undefined)).toBeNull();
  });

  it('is written once changes have settled for SNAPSHOT_DELAY, and at the latest SNAPSHOT_MAX_WAIT after the first while they keep coming', async () => {
    vi.useFakeTimers();
    const area = new MemoryArea();
    const store = new RecordStore(area);
    await store.saveAudit(href(0), R[0]!);
    await store.summaries();
    await vi.advanceTimersByTimeAsync(SNAPSHOT_DELAY - 100);
    expect(area.data.has(SNAPSHOT_KEY)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(readSnapshot(area.data.get(SNAPSHOT_KEY), area.data.get(GEN_KEY))?.size).toBe(1);
    // a write every second: put off until the longest wait
    area.data.delete(SNAPSHOT_KEY);
    let t = 0;
    for (let i = 1; t < SNAPSHOT_MAX_WAIT - 2_000; i++, t += 1_000) {
      await store.saveAudit(href(i % 3), R[i % 3]!);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(area.data.has(SNAPSHOT_KEY)).toBe(false);
    await store.saveAudit(href(1), R[1]!);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(readSnapshot(area.data.get(SNAPSHOT_KEY), area.data.get(GEN_KEY))?.size).toBe(3);
  });

  it('is not written while a write is under way: a listing taken before it would miss it', async () => {
    const { area, store } = await stored();
    // a change the snapshot has not written yet, then a write that is under way when the snapshot falls due
    await store.saveAudit(href(6), R[1]!);
    let open!: () => void;
    area.gate = new Promise<void>((r) => (open = r));
    const saving = store.saveAudit(href(7), R[0]!);
    await settle();
    const flushing = store.flushIndex();
    area.gate = null;
    open();
    await saving;
    await flushing;
    await settle();
    // stopped before the next snapshot: the restart still lists the write
    expect((await restart(area)).hrefs).toContain(href(7));
    await store.flushIndex();
    const after = await restart(area);
    expect(after.reads.sort()).toEqual([GEN_KEY, SNAPSHOT_KEY].sort());
    expect(after.hrefs).toContain(href(7));
  });
});
