/**
 * The ranking's rows (lib/ranking): one per organ and year, exactly as expected — on results made
 * by hand (every field, the choice between two reports of one organ and year, reviews, the order
 * and ranks, the filters, the totals) and on a generated region audited as one run (late, copied,
 * cross-year, a section missing, a duplicate, a page that is no report, an unreadable one).
 */
import { describe, expect, it } from 'vitest';
import { emptyResult } from '../../lib/result/empty';
import type { Finding, ReportResult } from '../../lib/result/schema';
import { commonFindings, copyingRows, inputOf, lateRows, rank, totalsOf, type RankInput, type RankRow } from '../../lib/ranking';
import { summaryOf } from '../../lib/store/summary';
import { recordFromResult } from '../../lib/store/schema';
import { rankInputOf } from '../../lib/store/ranking-input';
import { DUPLICATE, NO_REPORT, ORGANS, UNREADABLE, YEARS, regionResults, sourceOf } from '../helpers/ranking-region';

const TABLES = (n: number) => (['active', 'requests', 'appeals'] as const).map((table, i) => ({ table, found: i < n, rows: i < n ? 10 : 0, cols: i < n ? 7 : 0 }));

function finding(rule: string, severity: Finding['severity'], args: Finding['args'] = {}, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${rule}:${JSON.stringify(args)}`, rule, severity, table: null, cell: null, related: [], covers: [], expected: null, actual: null, blank: false,
    message: rule, where: null, msg: 'x', args, repair: null, culprit: null, suggested: null, ...extra,
  };
}

function report(source: string, over: Partial<ReportResult>): ReportResult {
  return { ...emptyResult(source, null), isReport: true, verdict: 'pass', score: 100, tables: TABLES(3), ...over };
}

/** A row as expected: what every row shares, and what this one says. */
const row = (r: Partial<RankRow>): RankRow => ({
  rank: 1, organ: null, level: null, year: null, source: '', title: null, verdict: 'pass', score: 100, errors: 0, warnings: 0, review: 0,
  date: null, due: null, daysLate: null, copied: null, copiesFrom: null, copiesSource: null, crossYear: 0, sectionsMissing: [], others: [], codes: {}, ...r,
});

const copy = (share: number, other: string, otherSource: string) => finding('copied-text:other-organ', 'warning', { share, other, otherSource, shared: 9, own: 10, otherYear: 2021 });

const HAND: ReportResult[] = [
  report('a/2021', {
    organ: '甲街道办事处', organLevel: 'township', year: 2021, publishedOn: '2022-02-10', datedOn: '2022-01-30', score: 87, verdict: 'warn', counts: { error: 1, warning: 1, notice: 0 },
    findings: [finding('row-total', 'error'), copy(62, '乙街道2021年报告', 'b/2021'), copy(55, '丙', 'c/2021'), finding('section:missing', 'warning', { n: 5, section: 5 }), finding('section:missing', 'notice', { n: 6, section: 6 })],
  }),
  // the same organ and year twice more: fewer tables read, and an earlier date
  report('a/2021-old', { organ: '甲街道办事处', organLevel: 'township', year: 2021, tables: TABLES(2), publishedOn: '2022-03-01' }),
  report('a/2021-first', { organ: '甲街道（办事处）', organLevel: 'township', year: 2021, publishedOn: '2022-01-05' }),
  report('b/2021', {
    organ: '乙区人民政府', organLevel: 'county', government: true, year: 2021, datedOn: '2022-03-20', score: 94, verdict: 'warn', counts: { error: 0, warning: 2, notice: 3, review: 1 },
    findings: [
      finding('cross-year:carried-over', 'warning'), finding('cross-year:stock', 'warning'), finding('cross-year:ambiguous', 'notice'),
      // needs review, unconfirmed; and one the auditor dismissed: neither counts
      finding('cross-year:carried-over', 'warning', { col: 'legal' }, { needsReview: true, reason: '另一网站' }),
      finding('section:missing', 'warning', { n: 4 }, { review: { status: 'dismissed', note: '有' } }),
    ],
  }),
  report('c/2021', { organ: '丙局', organLevel: null, year: 2021, score: 94, verdict: 'warn', counts: { error: 0, warning: 2, notice: 0 }, findings: [finding('row-total', 'warning'), finding('row-total', 'warning')] }),
  report('d/2020', { organ: '甲街道办事处', organLevel: 'township', year: 2020, publishedOn: '2021-01-31', score: 100 }),
  report('e/none', { organ: null, year: null, score: null, verdict: 'warn', counts: { error: 0, warning: 1, notice: 0 }, tables: TABLES(0) }),
  { ...emptyResult('f/news', null) },
  emptyResult('g/broken', '无法读取'),
];

describe('rows from results made by hand', () => {
  const ranking = rank(HAND.map((r) => inputOf(r)));

  it('one row per organ and year, chosen, numbered and ordered as said', () => {
    expect(ranking.rows).toEqual([
      // a tie: by the organ's name as Chinese sorts (丙 bǐng before 乙 yǐ), both first
      row({ rank: 1, organ: '丙局', year: 2021, source: 'c/2021', verdict: 'warn', score: 94, warnings: 2, due: '2022-01-31', codes: { 'row-total': 2 } }),
      row({
        organ: '乙区人民政府', level: 'county', year: 2021, source: 'b/2021', verdict: 'warn', score: 94, warnings: 2, review: 1,
        date: '2022-03-20', due: '2022-03-31', daysLate: -11, crossYear: 2, codes: { 'cross-year:carried-over': 1, 'cross-year:stock': 1 },
      }),
      row({
        rank: 3, organ: '甲街道办事处', level: 'township', year: 2021, source: 'a/2021', verdict: 'warn', score: 87, errors: 1, warnings: 1,
        date: '2022-02-10', due: '2022-01-31', daysLate: 10, copied: 62, copiesFrom: '乙街道2021年报告', copiesSource: 'b/2021', sectionsMissing: [5, 6],
        others: ['a/2021-first', 'a/2021-old'], codes: { 'row-total': 1, 'copied-text:other-organ': 2, 'section:missing': 1 },
      }),
      row({ organ: '甲街道办事处', level: 'township', year: 2020, source: 'd/2020', date: '2021-01-31', due: '2021-01-31', daysLate: 0 }),
      row({ rank: null, source: 'e/none', verdict: 'warn', score: null, warnings: 1 }),
    ]);
    expect([ranking.duplicates, ranking.notReports, ranking.failed]).toEqual([2, 1, 1]);
  });

  it('the report ranked does not depend on the order the reports came in; then the later audit, then the smaller address', () => {
    const inputs = HAND.map((r) => inputOf(r));
    expect(rank(inputs.slice().reverse()).rows).toEqual(ranking.rows);
    const twins = (a: string, b: string, at: [string, string]): RankInput[] => [
      { ...inputOf(report(a, { organ: '丁', year: 2022 })), auditedAt: at[0] },
      { ...inputOf(report(b, { organ: '丁', year: 2022 })), auditedAt: at[1] },
    ];
    expect(rank(twins('x', 'y', ['2026-01-01', '2026-02-01'])).rows.map((r) => [r.source, r.others])).toEqual([['y', ['x']]]);
    expect(rank(twins('y', 'x', ['2026-01-01', '2026-01-01'])).rows.map((r) => [r.source, r.others])).toEqual([['x', ['y']]]);
  });

  it('filters by level and year; worst first; the township deadline a setting', () => {
    expect(rank(HAND.map((r) => inputOf(r)), { level: 'township' }).rows.map((r) => [r.source, r.rank])).toEqual([['a/2021', 1], ['d/2020', 1]]);
    expect(rank(HAND.map((r) => inputOf(r)), { level: 'none' }).rows.map((r) => r.source)).toEqual(['c/2021', 'e/none']);
    expect(rank(HAND.map((r) => inputOf(r)), { year: 2021, dir: 'asc' }).rows.map((r) => [r.source, r.rank])).toEqual([['a/2021', 3], ['c/2021', 1], ['b/2021', 1]]);
    const late = rank(HAND.map((r) => inputOf(r)), { deadlines: { township: '03-31' }, level: 'township' }).rows;
    expect(late.map((r) => [r.due, r.daysLate])).toEqual([['2022-03-31', -49], ['2021-03-31', -59]]);
  });

  it('the totals: per level, the score bands, the most common findings, the organs late or copying', () => {
    expect(totalsOf(ranking)).toEqual({
      reports: 5, duplicates: 2, notReports: 1, failed: 1, meanScore: 93.8, errors: 1, warnings: 6, review: 1, withErrors: 1,
      late: 1, onTime: 2, noDate: 2, copying: 1, crossYear: 1, sectionsMissing: 1, years: [2021, 2020],
      byLevel: [
        { level: 'county', reports: 1, meanScore: 94, errors: 0, warnings: 2, late: 0, copying: 0, bands: [0, 0, 0, 0, 1, 0] },
        { level: 'township', reports: 2, meanScore: 93.5, errors: 1, warnings: 1, late: 1, copying: 1, bands: [0, 0, 0, 1, 0, 1] },
        { level: null, reports: 2, meanScore: 94, errors: 0, warnings: 3, late: 0, copying: 0, bands: [0, 0, 0, 0, 1, 0] },
      ],
    });
    expect(commonFindings(ranking.rows)).toEqual([
      { code: 'row-total', reports: 2, findings: 3 },
      { code: 'copied-text:other-organ', reports: 1, findings: 2 },
      { code: 'cross-year:carried-over', reports: 1, findings: 1 },
      { code: 'cross-year:stock', reports: 1, findings: 1 },
      { code: 'section:missing', reports: 1, findings: 1 },
    ]);
    expect(lateRows(ranking.rows).map((r) => r.source)).toEqual(['a/2021']);
    expect(copyingRows(ranking.rows).map((r) => r.source)).toEqual(['a/2021']);
  });

  it('a stored record’s summary ranks as its result does, the record’s reviews applied', () => {
    const rec = recordFromResult('https://x.gov.cn/b', 'x.gov.cn/b', HAND[3]!, { [HAND[3]!.findings[1]!.id]: { status: 'dismissed', note: '', at: '' } }, new Date(0));
    const s = summaryOf(rec);
    // the stock break dismissed in the record's reviews; the section the exported result's own review dismissed is the record's to judge (not dismissed there)
    expect(s.rank).toEqual({
      level: 'county', government: true, datedOn: '2022-03-20', publishedOn: null, tablesRead: 3, sectionsMissing: [4], crossYear: 1, copy: null,
      codes: { 'cross-year:carried-over': 1, 'section:missing': 1 },
    });
    const ranked = rank([rankInputOf(s)]).rows[0]!;
    expect([ranked.crossYear, ranked.sectionsMissing, ranked.daysLate, ranked.due]).toEqual([1, [4], -11, '2022-03-31']);
  });
});

describe('rows of a generated region audited as one run', () => {
  const results = regionResults();
  const bySource = new Map(results.map((r) => [r.source, r]));
  const ranking = rank(results.map((r) => inputOf(r)));

  it('one row per organ and year, each as expected', () => {
    const due = (o: (typeof ORGANS)[number], y: number) => `${y + 1}-${o.government && o.level !== 'township' ? '03-31' : '01-31'}`;
    const expected = ORGANS.flatMap((o) =>
      YEARS.map((y) => {
        const source = sourceOf(o.slug, y);
        const r = bySource.get(source)!;
        const late = o.slug === 'jyj' && y === 2021;
        const date = late ? '2022-03-15' : `${y + 1}-01-20`;
        const days = Math.round((Date.parse(date) - Date.parse(due(o, y))) / 86_400_000);
        const other = o.slug === 'st' && y === 2022 ? 'lm' : o.slug === 'lm' && y === 2022 ? 'st' : null;
        const otherOrgan = ORGANS.find((x) => x.slug === other)?.organ;
        return {
          organ: o.organ, level: o.level, year: y, source, date, due: due(o, y), daysLate: days,
          copied: other ? 100 : null, copiesFrom: other ? `${otherOrgan}2022年政府信息公开工作年度报告` : null, copiesSource: other ? sourceOf(other, 2022) : null,
          crossYear: o.slug === 'mzj' && y === 2021 ? 1 : 0, sectionsMissing: o.slug === 'jtt' && y === 2020 ? [5] : [],
          others: o.slug === 'szf' && y === 2022 ? [DUPLICATE] : [],
          // what the audit said of the report, as it said it
          verdict: r.verdict, score: r.score, errors: r.counts.error, warnings: r.counts.warning, review: r.counts.review ?? 0,
        };
      }),
    );
    const pick = (r: RankRow) => {
      const { rank: _r, title: _t, codes: _c, ...rest } = r;
      return rest;
    };
    expect(ranking.rows.map(pick).sort((a, b) => a.source.localeCompare(b.source))).toEqual(expected.sort((a, b) => a.source.localeCompare(b.source)));
    expect([ranking.duplicates, ranking.notReports, ranking.failed]).toEqual([1, 1, 1]);
    expect(results.find((r) => r.source === NO_REPORT)!.isReport).toBe(false);
    expect(results.find((r) => r.source === UNREADABLE)!.error).not.toBeNull();
    // the defects cost their reports; the reports without one score full marks
    const defective = new Set(['jtt/2020', 'mzj/2021', 'jyj/2021', 'st/2022', 'lm/2022'].map((x) => `https://www.jz.gov.cn/${x}.txt`));
    for (const r of ranking.rows) {
      if (defective.has(r.source)) expect(r.warnings, r.source).toBeGreaterThan(0);
      else expect([r.source, r.score, r.errors, r.warnings]).toEqual([r.source, 100, 0, 0]);
    }
  });

  it('ordered newest year first, best score first, then by organ; ranks within the year', () => {
    const order = ranking.rows.map((r) => [r.year, r.score, r.organ]);
    const sorted = order.slice().sort((a, b) => (b[0] as number) - (a[0] as number) || (b[1] as number) - (a[1] as number) || new Intl.Collator('zh-Hans-CN').compare(a[2] as string, b[2] as string));
    expect(order).toEqual(sorted);
    for (const r of ranking.rows) expect(r.rank).toBe(1 + ranking.rows.filter((x) => x.year === r.year && x.score! > r.score!).length);
    const totals = totalsOf(ranking);
    expect([totals.reports, totals.late, totals.copying, totals.crossYear, totals.sectionsMissing, totals.byLevel.map((l) => [l.level, l.reports])]).toEqual([
      21, 1, 2, 1, 1, [['provincial', 3], ['municipal', 6], ['county', 6], ['township', 6]],
    ]);
  });
});
