/**
 * History at scale: built from the entries kept beside the records (no record or snapshot read),
 * kept up to date on deletes and settings without a rebuild, and each slice a page receives
 * bounded however many reports an organ has.
 */
import { describe, expect, it } from 'vitest';
import { RecordStore } from '../../lib/store/record-store';
import type { StorageArea } from '../../lib/store/area';
import { Histories } from '../../lib/ext/history';
import { auditText } from '../../lib/pipeline/audit';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { ReportHistory, MAX_SLICE } from '../../lib/history';
import { DEFAULT_SETTINGS } from '../../lib/store/settings';
import { organYears, reportOf } from '../helpers/history-corpus';
import type { HistoryEntry } from '../../lib/model';

/** An in-memory storage area that counts which keys are read. */
function memoryArea() {
  const data = new Map<string, unknown>();
  const read: string[] = [];
  const area: StorageArea = {
    async get(keys) {
      const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      read.push(...list);
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async getKeys() {
      return [...data.keys()];
    },
  };
  return { area, read, data };
}

async function stored(n: number) {
  const m = memoryArea();
  const store = new RecordStore(m.area);
  const reports = ['东湖街道', '西山镇', '南城区市场监督管理局'].flatMap((o, i) => organYears(o, i + 1));
  for (let i = 0; i < n; i++) {
    const r = reports[i % reports.length]!;
    const href = `https://www.shili${i}.gov.cn/${r.year}.html`;
    const a = auditText(reportOf(r), href);
    await store.saveAudit(href, a.result, snapshotOf(a.input!.blocks, a.input!.meta));
  }
  return { ...m, store };
}

describe('the history of the stored reports', () => {
  it('is built from the entries kept beside the records: no record is read', async () => {
    const { store, read } = await stored(12);
    read.length = 0;
    const h = await new Histories(store).all();
    expect(h.size).toBe(12);
    expect(read.filter((k) => k.startsWith('page:'))).toEqual([]);
  });

  it('a record kept before entries were gets its entry made once, then read as the others', async () => {
    const { store, data, read } = await stored(3);
    const key = [...data.keys()].find((k) => k.startsWith('ent:'))!;
    data.delete(key);
    expect((await store.entries()).length).toBe(3);
    expect(data.has(key)).toBe(true);
    read.length = 0;
    expect((await store.entries()).length).toBe(3);
    expect(read.filter((k) => k.startsWith('page:'))).toEqual([]);
  });

  it('a settings change (the panel moved) or a delete changes it in place, never rebuilding it', async () => {
    const { store } = await stored(6);
    const histories = new Histories(store);
    let builds = 0;
    const entries = store.entries.bind(store);
    store.entries = async () => (builds++, entries());
    const h = await histories.all();
    await histories.setThreshold(70);
    expect(h.copyThreshold).toBe(0.7);
    const first = (await store.list()).records[0]!;
    await store.remove([first.href]);
    await histories.removeMany([first.href]);
    expect(await histories.all()).toBe(h);
    expect(h.size).toBe(5);
    expect(builds).toBe(1);
    expect(DEFAULT_SETTINGS.copyThreshold).toBe(50);
  });
});

describe('a slice for a page', () => {
  it('of an organ with 2,500 reports is bounded: the years the checks read, at most MAX_SLICE, under 2 MB', () => {
    const base: HistoryEntry = { source: 'x', title: 't', organ: '东湖街道', organKey: '东湖街道', year: 2021, template: '2021', figures: {}, sentences: Array.from({ length: 60 }, (_, i) => ({ h: i + 1, t: '某'.repeat(80) })) };
    const many = Array.from({ length: 2_500 }, (_, i) => ({ ...base, source: `https://s${i}.example.com/r.html`, year: 2015 + (i % 9) }));
    const h = new ReportHistory(many);
    const slice = h.slice({ ...base, source: 'https://www.shili.gov.cn/2021.html' });
    expect(slice.entries.length).toBeLessThanOrEqual(MAX_SLICE);
    expect(slice.entries.every((e) => Math.abs(e.year - 2021) <= 1)).toBe(true);
    expect(JSON.stringify(slice).length).toBeLessThan(2 * 1024 * 1024);
  });
});
