/** The dashboard's pure pieces over records: sort orders and the batch filter. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { recordFromResult, type PageRecord } from '../../lib/store/schema';
import { normaliseUrl } from '../../lib/store/url';
import { filterRecords, filterSummaries, nextSort, oneRowPerReport, sortRecords, type RecordFilter } from '../../lib/store/filter';
import { summaryOf } from '../../lib/store/summary';

const R0 = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), '000').result;

function rec(name: string, p: { at: string; organ: string | null; year: number | null; errors: number; score: number | null; href?: string }): PageRecord {
  const href = p.href ?? `https://www.example.gov.cn/${name}.html`;
  const r = recordFromResult(href, normaliseUrl(href), R0, {}, new Date(p.at));
  return { ...r, organ: p.organ, year: p.year, score: p.score, counts: { ...r.counts, error: p.errors } };
}

// a..f: two ties on errors (b, c), one on organ (a, d), blanks (e has no organ, year or score)
const RECORDS = [
  rec('a', { at: '2026-01-03T00:00:00Z', organ: '西湖街道', year: 2021, errors: 1, score: 90 }),
  rec('b', { at: '2026-01-05T00:00:00Z', organ: '北山街道', year: 2020, errors: 3, score: 60 }),
  rec('c', { at: '2026-01-01T00:00:00Z', organ: '灵隐街道', year: 2022, errors: 3, score: 70 }),
  rec('d', { at: '2026-01-04T00:00:00Z', organ: '西湖街道', year: 2019, errors: 0, score: 100 }),
  rec('e', { at: '2026-01-02T00:00:00Z', organ: null, year: null, errors: 2, score: null }),
  rec('f', { at: '2026-01-06T00:00:00Z', organ: '安吉县人民政府', year: 2021, errors: 0, score: 97 }),
];
const names = (rs: PageRecord[]) => rs.map((r) => r.url.replace('www.example.gov.cn/', '').replace('.html', ''));

describe('sortRecords', () => {
  it('by default the newest audit comes first', () => {
    expect(names(sortRecords(RECORDS))).toEqual(['f', 'b', 'd', 'a', 'e', 'c']);
    expect(names(sortRecords(RECORDS, 'auditedAt', 'asc'))).toEqual(['c', 'e', 'a', 'd', 'b', 'f']);
  });

  it('by errors: most first, ties in the default order (newest first) in both directions', () => {
    expect(names(sortRecords(RECORDS, 'errors', 'desc'))).toEqual(['b', 'c', 'e', 'a', 'f', 'd']);
    expect(names(sortRecords(RECORDS, 'errors', 'asc'))).toEqual(['f', 'd', 'a', 'e', 'b', 'c']);
  });

  it('by organ in pinyin order; a record without an organ last either way', () => {
    // 安 an, 北 bei, 灵 ling, 西 xi; the two 西湖街道 newest first
    expect(names(sortRecords(RECORDS, 'organ', 'asc'))).toEqual(['f', 'b', 'c', 'd', 'a', 'e']);
    expect(names(sortRecords(RECORDS, 'organ', 'desc'))).toEqual(['d', 'a', 'c', 'b', 'f', 'e']);
  });

  it('by year and by score, blanks last', () => {
    expect(names(sortRecords(RECORDS, 'year', 'desc'))).toEqual(['c', 'f', 'a', 'b', 'd', 'e']);
    expect(names(sortRecords(RECORDS, 'year', 'asc'))).toEqual(['d', 'b', 'f', 'a', 'c', 'e']);
    expect(names(sortRecords(RECORDS, 'score', 'asc'))).toEqual(['b', 'c', 'a', 'f', 'd', 'e']);
    expect(names(sortRecords(RECORDS, 'score', 'desc'))).toEqual(['d', 'f', 'a', 'c', 'b', 'e']);
  });

  it('leaves its input alone and gives the same order for any input order', () => {
    const before = names(RECORDS);
    const shuffled = [RECORDS[3]!, RECORDS[0]!, RECORDS[5]!, RECORDS[2]!, RECORDS[4]!, RECORDS[1]!];
    expect(names(sortRecords(shuffled, 'errors', 'desc'))).toEqual(names(sortRecords(RECORDS, 'errors', 'desc')));
    expect(names(RECORDS)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('a click on the sorted column reverses it; another column starts at its own first direction', () => {
    expect(nextSort({ key: 'auditedAt', dir: 'desc' }, 'auditedAt')).toEqual({ key: 'auditedAt', dir: 'asc' });
    expect(nextSort({ key: 'auditedAt', dir: 'asc' }, 'auditedAt')).toEqual({ key: 'auditedAt', dir: 'desc' });
    expect(nextSort({ key: 'auditedAt', dir: 'desc' }, 'errors')).toEqual({ key: 'errors', dir: 'desc' });
    expect(nextSort({ key: 'errors', dir: 'asc' }, 'organ')).toEqual({ key: 'organ', dir: 'asc' });
  });
});

describe('filterRecords by pages', () => {
  const batch = [
    rec('p1', { at: '2026-01-01T00:00:00Z', organ: '甲', year: 2021, errors: 0, score: 100, href: 'https://x.gov.cn/art/1.html?utm_source=list' }),
    rec('p2', { at: '2026-01-01T00:00:00Z', organ: '乙', year: 2021, errors: 0, score: 100, href: 'http://x.gov.cn/art/2/index.html' }),
    rec('p3', { at: '2026-01-01T00:00:00Z', organ: '丙', year: 2020, errors: 1, score: 90, href: 'https://x.gov.cn/art/3.html' }),
  ];
  const organsOf = (rs: PageRecord[]) => rs.map((r) => r.organ);

  it('keeps exactly the pages listed, compared by their normalised address', () => {
    // the batch names them with another scheme, a fragment, a default document left out
    expect(organsOf(filterRecords(batch, { hrefs: ['http://x.gov.cn/art/1.html#top', 'https://X.gov.cn/art/2/'] }))).toEqual(['甲', '乙']);
    expect(organsOf(filterRecords(batch, { hrefs: [] }))).toEqual([]);
    expect(organsOf(filterRecords(batch, {}))).toEqual(['甲', '乙', '丙']);
  });

  it('goes with the other filters', () => {
    expect(organsOf(filterRecords(batch, { hrefs: ['https://x.gov.cn/art/1.html', 'https://x.gov.cn/art/3.html'], year: 2020 }))).toEqual(['丙']);
    expect(organsOf(filterRecords(batch, { hrefs: ['https://x.gov.cn/art/1.html', 'https://x.gov.cn/art/3.html'], organ: '甲' }))).toEqual(['甲']);
  });
});

describe('filters across radical code points', () => {
  it('a filter for 南门街道 finds a record stored with 南⻔街道 (a PDF text layer read before radicals were ideographs), and the reverse', () => {
    const recs = [rec('web', { at: '2026-01-01T00:00:00Z', organ: '南门街道', year: 2021, errors: 0, score: 100 }), rec('pdf', { at: '2026-01-02T00:00:00Z', organ: '南⻔街道', year: 2021, errors: 0, score: 100 })];
    expect(names(filterRecords(recs, { organ: '南门街道' })).sort()).toEqual(['pdf', 'web']);
    expect(names(filterRecords(recs, { organ: '南⻔街道' })).sort()).toEqual(['pdf', 'web']);
    expect(names(filterRecords(recs, { text: '南门' })).sort()).toEqual(['pdf', 'web']);
    expect(names(filterRecords(recs, { organ: '北门街道' }))).toEqual([]);
  });
});

describe('each filter alone, over records and their summaries alike', () => {
  const [f0, f1] = [R0.findings[0]!, R0.findings[1]!];
  const only = (name: string, findings: typeof R0.findings, reviews: PageRecord['reviews'] = {}, title = '某报告') => {
    const r = rec(name, { at: '2026-01-07T00:00:00Z', organ: '西湖街道', year: 2023, errors: 0, score: 80 });
    return { ...r, title, reviews, result: { ...r.result, findings } };
  };
  const recs = [
    only('g', [f0], { [f0.id]: { status: 'confirmed', note: '', at: '' } }),
    only('h', []),
    only('i', [f0, f1], { [f1.id]: { status: 'dismissed', note: '', at: '' } }),
    rec('AbC', { at: '2026-01-08T00:00:00Z', organ: '安吉县人民政府', year: 2021, errors: 1, score: 90 }),
  ];
  const sums = recs.map(summaryOf);
  const cases: [RecordFilter, string[]][] = [
    [{}, ['g', 'h', 'i', 'AbC']],
    [{ status: 'open' }, ['i', 'AbC']],
    [{ status: 'confirmed' }, ['g']],
    [{ status: 'dismissed' }, ['i']],
    [{ severity: f0.severity }, ['g', 'i', 'AbC']],
    [{ severity: 'notice', status: 'confirmed' }, []],
    [{ text: ' abc ' }, ['AbC']],
    [{ text: 'ABC' }, ['AbC']],
    [{ text: '报告西湖' }, []],
    [{ text: f0.message.slice(-2) + f1.message.slice(0, 2) }, []],
    [{ text: f1.message }, ['i', 'AbC']],
    [{ organ: '西湖' }, ['g', 'h', 'i']],
    [{ year: 2021 }, ['AbC']],
    [{ year: null }, ['g', 'h', 'i', 'AbC']],
  ];
  it.each(cases)('%j', (f, want) => {
    expect(names(filterRecords(recs, f))).toEqual(want);
    expect(sums.filter((s) => filterSummaries(sums, f).includes(s)).map((s) => s.url.replace('www.example.gov.cn/', '').replace('.html', ''))).toEqual(want);
  });
});

describe('sorting: ties and blanks', () => {
  const at = '2026-02-01T00:00:00Z';
  it('organs the collation cannot tell apart still sort by their code points; two blanks keep the default order', () => {
    const plain = rec('p', { at: '2026-01-01T00:00:00Z', organ: '西湖街道', year: 2021, errors: 0, score: 1 });
    const zws = rec('z', { at: '2026-01-09T00:00:00Z', organ: '西湖街道\u200b', year: 2021, errors: 0, score: 1 });
    expect(names(sortRecords([zws, plain], 'organ', 'asc'))).toEqual(['p', 'z']);
    expect(names(sortRecords([plain, zws], 'organ', 'desc'))).toEqual(['z', 'p']);
    const blank1 = rec('b1', { at: '2026-01-01T00:00:00Z', organ: ' ', year: null, errors: 0, score: null });
    const blank2 = rec('b2', { at: '2026-01-02T00:00:00Z', organ: null, year: null, errors: 0, score: null });
    for (const dir of ['asc', 'desc'] as const) {
      expect(names(sortRecords([blank1, plain, blank2], 'organ', dir))).toEqual(['p', 'b2', 'b1']);
      expect(names(sortRecords([blank2, blank1, plain], 'year', dir))).toEqual(['p', 'b2', 'b1']);
    }
  });

  it('one audit time: by address; each column’s own first direction when none is given', () => {
    const y = rec('y', { at, organ: '北山街道', year: 2020, errors: 0, score: 1 });
    const x = rec('x', { at, organ: '北山街道', year: 2020, errors: 0, score: 1 });
    expect(names(sortRecords([y, x]))).toEqual(['x', 'y']);
    expect(names(sortRecords([x, y]))).toEqual(['x', 'y']);
    expect(names(sortRecords(RECORDS, 'organ'))).toEqual(names(sortRecords(RECORDS, 'organ', 'asc')));
    expect(names(sortRecords(RECORDS, 'year'))).toEqual(names(sortRecords(RECORDS, 'year', 'desc')));
  });
});

describe('oneRowPerReport', () => {
  it('a page that holds only its file is left out while the file is listed, and kept when it is not', () => {
    const rows = [{ href: 'p1', file: 'f1' }, { href: 'f1', file: null }, { href: 'p2', file: 'f2' }, { href: 'p3', file: null }];
    expect(oneRowPerReport(rows).map((r) => r.href)).toEqual(['f1', 'p2', 'p3']);
  });
});
