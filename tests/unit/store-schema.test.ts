/**
 * What a stored record is, at its edges: the key a page is stored under, migration of the
 * versions before this one (v1's dismissals, v2's packed repairs), the review cap, and a summary
 * snapshot that does not read. store.test.ts tells the main story of migration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { repairFromArgs, resultFromV2 } from '../../lib/store/legacy';
import { attachmentOnly, MAX_REVIEWS, migrate, recordFromResult, STORE_VERSION, type Review } from '../../lib/store/schema';
import { newGen, readSnapshot, snapshotOf as snapshotOfList } from '../../lib/store/summary-snapshot';
import { normaliseUrl } from '../../lib/store/url';

const R = ['000_dccf7277737237a5.txt'].map((n) => auditText(readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'), n).result);
const href = (i: number) => `https://www.example.gov.cn/art/${i}.html`;
const rv = (status: Review['status'], at: string, note = ''): Review => ({ status, note, at });

describe('a page’s key', () => {
  it('host, port, path and the query that names the document; other schemes kept with their path; what is no URL trimmed', () => {
    expect(normaliseUrl('  https://A.gov.cn/x  ')).toBe('a.gov.cn/x');
    expect(normaliseUrl('  tests/a b.txt ')).toBe('tests/a b.txt');
    expect(normaliseUrl('http://a.gov.cn:8080/x?b=1&utm_source=q')).toBe('a.gov.cn:8080/x?b=1');
    expect(normaliseUrl('file:///tmp/a.pdf?x=1#f')).toBe('file:///tmp/a.pdf');
    expect(normaliseUrl('git+https://h.example/p?q=1')).toBe('git+https://h.example/p');
    for (const doc of ['index.htm', 'index.html', 'default.aspx', 'index.asp', 'INDEX.SHTML', 'index.php', 'default.jsp']) expect(normaliseUrl(`https://a.gov.cn/d/${doc}`), doc).toBe('a.gov.cn/d/');
    for (const other of ['myindex.html', 'index.html.bak', 'index.pdf']) expect(normaliseUrl(`https://a.gov.cn/d/${other}`), other).toBe(`a.gov.cn/d/${other}`);
  });
});

describe('migrate, at its edges', () => {
  it('what is no record object, or has no version, says so; a bad field is named by its path', () => {
    expect(migrate(null)).toEqual({ kind: 'corrupt', error: '不是记录对象' });
    expect(migrate('page')).toEqual({ kind: 'corrupt', error: '不是记录对象' });
    expect(migrate({ url: 'x' })).toEqual({ kind: 'corrupt', error: '缺少版本号' });
    expect(migrate({ version: 99 })).toEqual({ kind: 'future', version: 99 });
    expect(migrate({ v: STORE_VERSION + 1, version: 1 })).toEqual({ kind: 'future', version: STORE_VERSION + 1 });
    const v3 = migrate({ v: 3, url: 7 });
    expect(v3.kind === 'corrupt' && v3.error).toMatch(/^url: /);
    const v1 = migrate({ version: 1, url: 'https://a.gov.cn/', savedAt: 'yesterday', result: {}, dismissed: [] });
    expect(v1.kind === 'corrupt' && v1.error).toMatch(/^savedAt: /);
    const v2 = migrate({ v: 2 });
    expect(v2.kind === 'corrupt' && v2.error).toMatch(/^[a-zA-Z.]+: /);
  });

  it('a v1 record is brought forward (upgraded), a v3 one read as it is; reviews up to the cap are kept, one more is corrupt', () => {
    const at = Date.UTC(2025, 0, 2);
    const v1 = migrate({ version: 1, url: 'https://a.gov.cn/', savedAt: at, result: R[0], dismissed: ['x'] });
    expect(v1.kind === 'ok' && [v1.upgraded, v1.record.reviews]).toEqual([true, { x: { status: 'dismissed', note: '', at: new Date(at).toISOString() } }]);
    const rec = recordFromResult(href(0), 'u', R[0]!, {}, new Date(at));
    const same = migrate(JSON.parse(JSON.stringify(rec)));
    expect(same.kind === 'ok' && same.upgraded).toBe(false);
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, rv('dismissed', '')]));
    expect(migrate({ ...rec, reviews: many(MAX_REVIEWS) }).kind).toBe('ok');
    expect(migrate({ ...rec, reviews: many(MAX_REVIEWS + 1) }).kind).toBe('corrupt');
  });

  it('a page holds only its file when one of its findings says so, not when all must', () => {
    const att = { ...R[0]!.findings[0]!, rule: 'shape:attachment' };
    expect(attachmentOnly({ ...R[0]!, findings: [R[0]!.findings[1]!, att] })).toBe(true);
    expect(attachmentOnly({ ...R[0]!, findings: R[0]!.findings })).toBe(false);
    expect(attachmentOnly({ ...R[0]!, isReport: false, findings: [att] })).toBe(false);
  });
});

describe('the summary snapshot, when it does not read', () => {
  it('another token’s type, a list that is no list or no JSON: passed over', () => {
    const good = snapshotOfList('g', []);
    expect(readSnapshot(good, 'g')).toEqual(new Map());
    expect(readSnapshot(good, 7)).toBeNull();
    expect(readSnapshot({ ...good, list: '{}' }, 'g')).toBeNull();
    expect(readSnapshot({ ...good, list: '[' }, 'g')).toBeNull();
    expect(newGen()).toMatch(/^[0-9a-z]+\.[0-9a-z]{1,8}$/);
    expect(newGen()).not.toBe(newGen());
  });
});

describe('a v2 finding’s packed repair', () => {
  const cell = { row: 'new', col: 'total' };
  const v2 = (extra: object) => ({ ...R[0]!.findings[0]!, culprit: cell, suggested: 2, args: { expected: 2 }, ...extra }) as never;
  const printed = new Map([['new/total', 1]]);

  it('unpacked: every change with what was printed where known, the fixes listed, the packed arguments dropped', () => {
    expect(repairFromArgs(v2({ args: { expected: 2, fixes: 'row-total,balance', changes: 'new/total=2; result.disclosed/total=3' } }), printed)).toEqual({
      repair: { kind: 'unique', cell, to: 2, fixes: ['row-total', 'balance'], changes: [{ ...cell, from: 1, to: 2 }, { row: 'result.disclosed', col: 'total', from: 3, to: 3 }] },
      args: { expected: 2 },
    });
    expect(repairFromArgs(v2({}), printed).repair).toEqual({ kind: 'unique', cell, to: 2, fixes: [], changes: [{ ...cell, from: 1, to: 2 }] });
    expect(repairFromArgs(v2({ suggested: null }), printed).repair).toBeNull();
    expect(repairFromArgs(v2({ culprit: null }), printed).repair).toBeNull();
    expect(repairFromArgs(v2({ culprit: null, suggested: null, args: { options: 'new/total=2 | new/natural=0; new/business=1' } }), printed).repair).toEqual({
      kind: 'ambiguous',
      options: [[{ ...cell, from: 1, to: 2 }], [{ row: 'new', col: 'natural', from: 0, to: 0 }, { row: 'new', col: 'business', from: 1, to: 1 }]],
    });
  });

  it('a v2 result: the printed values read from its findings’ own cells, blank findings flagged, no covers', () => {
    const fs = [
      { ...R[0]!.findings[0]!, cell, actual: 7, culprit: null, suggested: null, args: {} },
      { ...R[0]!.findings[0]!, id: 'b', rule: 'blank-cell', cell: { row: 'x', col: 'y' }, actual: null, culprit: { row: 'x', col: 'y' }, suggested: 4, args: {} },
      { ...R[0]!.findings[0]!, id: 'c', culprit: cell, suggested: 9, cell: null, actual: 3, args: {} },
    ];
    const r = resultFromV2({ ...R[0]!, findings: fs } as never);
    expect(r.findings.map((f) => [f.blank, f.covers])).toEqual([[false, []], [true, []], [false, []]]);
    expect(r.findings[1]!.repair).toMatchObject({ changes: [{ row: 'x', col: 'y', from: 4, to: 4 }] });
    expect(r.findings[2]!.repair).toMatchObject({ changes: [{ ...cell, from: 7, to: 9 }] });
  });
});
