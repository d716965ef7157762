/** Storage records: versions, migrations, quarantine, concurrency, reviews, backups. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditText } from '../../lib/pipeline/audit';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { StoreFullError } from '../../lib/store/area';
import { testBackground } from '../helpers/background';
import { migrate, PageRecord, STORE_VERSION } from '../../lib/store/schema';
import { normaliseUrl, recordKey } from '../../lib/store/url';
import { filterRecords } from '../../lib/store/filter';

const seed = (n: string) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n).result;
const R0 = seed('000_dccf7277737237a5.txt');
const R1 = seed('001_d0214403203dae15.txt');
const R2 = seed('002_d2562da69713e31b.txt');
const URL0 = 'https://www.example.gov.cn/art/2021/1/28/art_1_1.html';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1) + clock++ * 1000);

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

describe('normaliseUrl', () => {
  it('one page, one key: no scheme, fragment, tracking or default document', () => {
    expect(normaliseUrl('https://WWW.Example.gov.cn/a/index.html?b=2&utm_source=x&a=1#top')).toBe('www.example.gov.cn/a/?a=1&b=2');
    expect(normaliseUrl('http://www.example.gov.cn/a/?a=1&b=2')).toBe('www.example.gov.cn/a/?a=1&b=2');
    expect(recordKey('tests/fixtures/a.txt')).toBe('page:tests/fixtures/a.txt');
  });
});

describe('migrate', () => {
  it('brings a v1 record forward, dismissed ids becoming reviews', () => {
    const m = migrate({ version: 1, url: URL0, savedAt: Date.UTC(2025, 0, 2), result: R0, dismissed: ['row-total:requests:new:total'] });
    expect(m.kind).toBe('ok');
    if (m.kind !== 'ok') return;
    expect(m.upgraded).toBe(true);
    expect(m.record.v).toBe(STORE_VERSION);
    expect(m.record.reviews['row-total:requests:new:total']).toMatchObject({ status: 'dismissed' });
    expect(m.record.organ).toBe('上塘街道');
  });
  it('brings a v2 record forward: the repair packed into message arguments becomes a typed repair, marks become reviews', () => {
    const f = R0.findings.find((x) => x.id === 'row-total:requests:new:total')!;
    const amb = R0.findings.find((x) => x.rule === 'blank-cell')!;
    const { repair: _r, ...packed } = f;
    const v2finding = { ...packed, args: { ...f.args, fixes: 'row-total,balance', changes: 'new/total=2; result.disclosed/total=3' } };
    const v2amb = { ...amb, repair: undefined, culprit: null, suggested: null, args: { ...amb.args, options: 'counts/x.total=1 | counts/x.corrected=0' } };
    const v2 = {
      v: 2, url: 'www.example.gov.cn/a', href: URL0, auditedAt: '2025-01-02T00:00:00.000Z', title: R0.title, organ: R0.organ, year: R0.year,
      template: R0.template, verdict: R0.verdict, score: R0.score, counts: R0.counts,
      result: { ...R0, findings: [v2finding, v2amb] },
      marks: { [f.id]: { status: 'confirmed', note: '已核实', at: '2025-01-03T00:00:00.000Z' } },
    };
    const m = migrate(JSON.parse(JSON.stringify(v2)));
    expect(m.kind).toBe('ok');
    if (m.kind !== 'ok') return;
    expect(m.upgraded).toBe(true);
    expect(m.record.v).toBe(3);
    expect(m.record.auditedAt).toBe('2025-01-02T00:00:00.000Z');
    expect(m.record.reviews[f.id]).toEqual({ status: 'confirmed', note: '已核实', at: '2025-01-03T00:00:00.000Z' });
    const [a, b] = m.record.result.findings;
    expect(a!.args.fixes).toBeUndefined();
    expect(a!.args.changes).toBeUndefined();
    expect(a!.repair).toEqual({
      kind: 'unique', cell: f.culprit, to: f.suggested, fixes: ['row-total', 'balance'],
      changes: [{ row: 'new', col: 'total', from: 1, to: 2 }, { row: 'result.disclosed', col: 'total', from: 3, to: 3 }],
    });
    expect(b!.args.options).toBeUndefined();
    expect(b!.repair).toEqual({ kind: 'ambiguous', options: [[{ row: 'counts', col: 'x.total', from: 1, to: 1 }], [{ row: 'counts', col: 'x.corrected', from: 0, to: 0 }]] });
  });
  it('leaves a future version alone and says so', () => {
    expect(migrate({ v: 99, anything: true })).toEqual({ kind: 'future', version: 99 });
  });
  it('reports what is corrupt', () => {
    expect(migrate({ v: 2, url: 3 }).kind).toBe('corrupt');
    expect(migrate('junk').kind).toBe('corrupt');
    expect(migrate({ hello: 1 }).kind).toBe('corrupt');
  });
});

describe('RecordStore', () => {
  it('stores an audit under the page key, in the versioned schema', async () => {
    const s = new RecordStore(storage, now);
    await s.saveAudit(URL0, R0);
    const raw = await fakeBrowser.storage.local.get(null);
    // the record, its summary beside it (what the dashboard lists), and the write token that puts the index's snapshot out of date
    expect(Object.keys(raw).sort()).toEqual(['page:www.example.gov.cn/art/2021/1/28/art_1_1.html', 'sum:page:www.example.gov.cn/art/2021/1/28/art_1_1.html', 'sumgen']);
    const rec = PageRecord.parse(raw['page:www.example.gov.cn/art/2021/1/28/art_1_1.html']);
    expect(rec).toMatchObject({ v: 3, href: URL0, organ: '上塘街道', year: 2020, template: '2019', verdict: 'fail' });
  });

  it('reviews survive a re-audit and a new store (a restart)', async () => {
    const s = new RecordStore(storage, now);
    await s.saveAudit(URL0, R0);
    await s.review(URL0, 'row-total:requests:new:total', 'dismissed', '申请人统计口径不同');
    await s.saveAudit(URL0 + '#again', R0);
    const again = await new RecordStore(storage, now).get(URL0);
    expect(again!.reviews['row-total:requests:new:total']).toMatchObject({ status: 'dismissed', note: '申请人统计口径不同' });
    await s.review(URL0, 'row-total:requests:new:total', null, '');
    expect((await s.get(URL0))!.reviews).toEqual({});
  });

  it('concurrent audits of twenty pages keep twenty records; a review racing a re-audit is kept', async () => {
    const s = new RecordStore(storage, now);
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.saveAudit(`https://x.gov.cn/p${i}.html`, i % 2 ? R0 : R2)));
    expect((await s.list()).records).toHaveLength(20);
    await Promise.all([s.saveAudit(URL0, R0), s.review(URL0, 'balance:requests:result.total:total', 'confirmed', ''), s.saveAudit(URL0, R0)]);
    expect(Object.keys((await s.get(URL0))!.reviews)).toEqual(['balance:requests:result.total:total']);
  });

  it('an upgraded record is written back; a corrupt one is quarantined and the rest still load; a future one is untouched', async () => {
    await fakeBrowser.storage.local.set({
      'page:a': { version: 1, url: 'https://x.gov.cn/a.html', savedAt: 1, result: R0, dismissed: [] },
      'page:b': { v: 2, url: 'b', broken: true },
      'page:c': { v: 7, url: 'c' },
      other: 1,
    });
    const s = new RecordStore(storage, now);
    const { records, problems } = await s.list();
    expect(records.map((r) => r.url)).toEqual(['https://x.gov.cn/a.html']);
    expect(problems.map((p) => [p.key, p.kind])).toEqual([['page:b', 'corrupt'], ['page:c', 'future']]);
    const raw = await fakeBrowser.storage.local.get(null);
    expect((raw['page:a'] as { v: number }).v).toBe(STORE_VERSION);
    expect(raw['page:b']).toBeUndefined();
    expect(raw['quarantine:page:b']).toMatchObject({ key: 'page:b', raw: { v: 2, url: 'b', broken: true } });
    expect(raw['page:c']).toEqual({ v: 7, url: 'c' });
    expect(raw.other).toBe(1);
  });

  it('a full storage is reported and nothing already stored is lost', async () => {
    const s0 = new RecordStore(storage, now);
    await s0.saveAudit(URL0, R0);
    const full = { ...storage, set: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } };
    const s = new RecordStore(full, now);
    await expect(s.saveAudit(URL0, R2)).rejects.toBeInstanceOf(StoreFullError);
    expect((await s0.get(URL0))!.organ).toBe('上塘街道');
  });

  it('export → wipe → import gives back the same records; importing twice adds nothing', async () => {
    const s = new RecordStore(storage, now);
    await s.saveAudit(URL0, R0);
    await s.saveAudit('https://x.gov.cn/b.html', R2);
    await s.review(URL0, 'row-total:requests:new:total', 'confirmed', '已核实');
    const before = (await s.list()).records;
    const backup = JSON.parse(JSON.stringify(await s.exportBackup(null)));
    await fakeBrowser.storage.local.clear();
    expect(await s.importBackup(backup)).toEqual({ added: 2, updated: 0, skipped: 0, problems: [] });
    expect((await s.list()).records).toEqual(before);
    expect(await s.importBackup(backup)).toEqual({ added: 0, updated: 0, skipped: 2, problems: [] });
    expect((await s.importBackup({ hello: 'world' })).problems).toEqual(['不是年报审计导出的 JSON 备份文件']);
    // a record whose address is not a web page's (javascript:, data:) is refused, never stored to become a link
    const hostile = JSON.parse(JSON.stringify(backup));
    hostile.records[0].href = 'javascript:alert(1)';
    await fakeBrowser.storage.local.clear();
    const r = await s.importBackup(hostile);
    expect(r.added).toBe(1);
    expect(r.problems).toHaveLength(1);
    expect((await s.list()).records.map((x) => x.href).filter((h) => !/^https?:/.test(h))).toEqual([]);
  });
});

describe('background messages', () => {
  const setup = () => {
    return testBackground(new RecordStore(storage, now), { readFile: async (url: string) => ({ result: R0 ? { ...R0, source: url } : R0, snapshot: null }) });
  };

  it('ignores messages that are not ours; validates the ones that are', async () => {
    const { handle } = setup();
    expect(handle({ type: 'nope' }, {})).toBeUndefined();
    expect(handle({ type: 'audit:done', href: URL0, result: { bogus: true } }, {})).toBeUndefined();
    expect(handle('<img src=x onerror=alert(1)>', {})).toBeUndefined();
  });

  it('stores an audit, sets the badge, and tells tabs about reviews', async () => {
    const { badges, sent, handle } = setup();
    // the reviews (none yet), and no history: nothing else is stored to compare with
    expect(await handle({ type: 'audit:done', href: URL0, result: R0 }, { tabId: 7 })).toEqual({ ok: true, data: { reviews: {}, history: null } });
    expect(badges[7]).toEqual(['3', '#d93025']);
    await handle({ type: 'audit:done', href: 'https://x.gov.cn/warn.html', result: R1 }, { tabId: 8 });
    // seed 001's warnings: its two, and 六 silent on the 信息处理费 (section-content:no-fees, 2021 template)
    expect(R1.counts.warning).toBe(3);
    expect(badges[8]).toEqual(['3', '#e37400']);
    await handle({ type: 'audit:done', href: 'https://x.gov.cn/clean.html', result: R2 }, { tabId: 8 });
    expect(badges[8]).toEqual(['✓', '#188038']);
    await handle({ type: 'audit:none', href: 'https://x.gov.cn/news.html' }, { tabId: 8 });
    expect(badges[8]).toEqual(['', null]);
    const r = (await handle({ type: 'finding:review', href: URL0, id: 'row-total:requests:new:total', status: 'dismissed', note: '' }, {})) as { ok: true; data: { reviews: object } };
    expect(Object.keys(r.data.reviews)).toEqual(['row-total:requests:new:total']);
    expect(sent.map(([id, m]) => [id, (m as { type: string }).type])).toEqual([[7, 'page:reviews']]);
  });

  it('a full storage comes back as storage-full', async () => {
    const full = new RecordStore({ ...storage, set: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } }, now);
    const { handle } = testBackground(full);
    expect(await handle({ type: 'audit:done', href: URL0, result: R0 }, { tabId: 1 })).toEqual({ ok: false, error: 'storage-full' });
  });
});

describe('filterRecords', () => {
  it('filters by organ, year, severity, status and text', async () => {
    const s = new RecordStore(storage, now);
    await s.saveAudit(URL0, R0);
    await s.saveAudit('https://x.gov.cn/b.html', R2);
    await s.review(URL0, 'row-total:requests:new:total', 'dismissed', '');
    const { records } = await s.list();
    const urls = (f: Parameters<typeof filterRecords>[1]) => filterRecords(records, f).map((r) => r.organ);
    expect(urls({ organ: '上塘' })).toEqual(['上塘街道']);
    expect(urls({ year: 2020 }).sort()).toEqual(['上塘街道', '东通化街道']);
    expect(urls({ severity: 'error' })).toEqual(['上塘街道']);
    expect(urls({ status: 'dismissed' })).toEqual(['上塘街道']);
    expect(urls({ text: '报告没有标题' })).toEqual(['东通化街道']);
  });
});

describe('settings', () => {
  it('v1 settings come forward with the new fields at their defaults; junk falls back to the defaults', async () => {
    const { readSettings, DEFAULT_SETTINGS } = await import('../../lib/store/settings');
    expect(readSettings({ v: 1, townshipDeadline: '03-31' })).toEqual({ ...DEFAULT_SETTINGS, townshipDeadline: '03-31' });
    // v2 stored before the copy threshold was: the threshold at its default
    expect(readSettings({ v: 2, townshipDeadline: '02-15', batchConcurrency: 2, batchDelayMs: 100, batchTimeoutSec: 5 })).toEqual({ ...DEFAULT_SETTINGS, townshipDeadline: '02-15', batchConcurrency: 2, batchDelayMs: 100, batchTimeoutSec: 5 });
    expect(readSettings({ v: 2, townshipDeadline: '13-45', batchConcurrency: 9 })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored through the background, checked', async () => {
    const { DEFAULT_SETTINGS } = await import('../../lib/store/settings');
    const s = new RecordStore(storage, now);
    expect(await s.getSettings()).toMatchObject({ townshipDeadline: '01-31' });
    await s.setSettings({ ...DEFAULT_SETTINGS, townshipDeadline: '03-31', batchConcurrency: 2, batchDelayMs: 0, batchTimeoutSec: 10 });
    expect((await s.getSettings()).townshipDeadline).toBe('03-31');
    await expect(s.setSettings({ ...DEFAULT_SETTINGS, townshipDeadline: 'never' })).rejects.toThrow();
  });
});

describe('batches in storage', () => {
  it('start, steps, status; a restart is seen as an interruption; a new start takes up the remaining pages', async () => {
    const { remaining, interrupted } = await import('../../lib/store/batch');
    const s = new RecordStore(storage, now);
    const L = 'https://x.gov.cn/zfxxgknb/index.html';
    const urls = ['https://x.gov.cn/a.html', 'https://x.gov.cn/b.html', 'https://x.gov.cn/c.html'];
    await s.batches.start(L, '年报', urls);
    await s.batches.step(L, urls[0]!, { result: R0 });
    const b = (await s.batches.step(L, urls[1]!, { error: '请求超时' }))!;
    expect(remaining(b)).toEqual([urls[2]]);
    expect((await s.get(urls[0]!))!.organ).toBe('上塘街道');
    expect(interrupted(b, new Date(Date.parse(b.updatedAt) + 60_000))).toBe(false);
    expect(interrupted(b, new Date(Date.parse(b.updatedAt) + 10 * 60_000))).toBe(true);
    const again = await s.batches.start(L, '年报', urls);
    expect(again.done).toEqual([urls[0]]);
    expect((await s.batches.step(L, urls[1]!, { result: R2 }))!.failed).toEqual([]);
    expect((await s.batches.setStatus(L, 'finished'))!.status).toBe('finished');
    expect((await s.batches.start(L, '年报', urls)).done).toEqual([]);
    expect(await s.batches.list()).toHaveLength(1);
  });
});
