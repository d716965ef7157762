/**
 * The checks across years (lib/rules/cross-year.ts), asked directly on a model and a history made by hand: which of
 * the organ's records it compares with (not the page's own, another site's only as a doubt, none where two disagree),
 * 上年结转 against last year's 结转下年度 (each applicant column, the total only when they agree), 表二's stock in
 * each version, and what it never computes from: a blank cell, a figure last year did not print.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, MappedCell, ReportModel, TableId, Version } from '../../lib/model';
import { crossYear } from '../../lib/rules/cross-year';

const ORGAN = '示例市示例局';
const PAGE = 'https://www.example.gov.cn/xxgk/2022.html';

/** A mapping's cells from `table/row/col` → value (null: printed blank). */
function cells(values: Record<string, number | null>): Record<TableId, { cells: Map<string, MappedCell> }> {
  const tables = { active: { cells: new Map() }, requests: { cells: new Map() }, appeals: { cells: new Map() } } as Record<TableId, { cells: Map<string, MappedCell> }>;
  for (const [key, v] of Object.entries(values)) {
    const [table, row, col] = key.split('/') as [TableId, string, string];
    tables[table].cells.set(`${row}/${col}`, { table, row, col, value: v ?? 0, blank: v === null, raw: v === null ? '' : String(v), unit: null, src: {} });
  }
  return tables;
}

function model(values: Record<string, number | null>, history: HistoryEntry[], o: { source?: string; version?: Version | null } = {}): ReportModel {
  return {
    source: o.source ?? PAGE,
    organ: ORGAN,
    year: { year: 2022 },
    options: { history: { ofOrgan: (k: string) => history.filter((e) => e.organKey === k), sharing: () => [], isCommon: () => false, copyThreshold: 0.5 } },
    mapping: { version: o.version === undefined ? '2021' : o.version, tables: cells(values), issues: [] },
  } as unknown as ReportModel;
}

const entry = (year: number, figures: Record<string, number | null>, o: Partial<HistoryEntry> = {}): HistoryEntry => ({
  source: `https://www.example.gov.cn/xxgk/${year}.html`,
  title: `${ORGAN}${year}年政府信息公开工作年度报告`,
  organ: ORGAN,
  organKey: ORGAN,
  year,
  template: '2021',
  figures,
  sentences: [],
  ...o,
});

const run = (m: ReportModel) => crossYear.check(m).map((d) => ({ rule: d.rule, cell: d.cell, said: d.args?.said, msg: d.msg, doubt: d.doubt?.key ?? null }));

describe('crossYear: 上年结转 against last year’s 结转下年度', () => {
  it('each applicant column that differs is flagged with last year’s value; the total not then', () => {
    const m = model({ 'requests/carried_in/natural': 3, 'requests/carried_in/business': 1, 'requests/carried_in/total': 4 }, [
      entry(2021, { 'requests/carried_out/natural': 2, 'requests/carried_out/business': 1, 'requests/carried_out/total': 5 }),
    ]);
    expect(run(m)).toEqual([{ rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'natural' }, said: 2, msg: 'f_cross_carried', doubt: null }]);
  });

  it('the total is compared where the columns agree, or last year printed none of them', () => {
    const m = model({ 'requests/carried_in/natural': 2, 'requests/carried_in/total': 4 }, [entry(2021, { 'requests/carried_out/natural': 2, 'requests/carried_out/total': 5 })]);
    expect(run(m)).toEqual([{ rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'total' }, said: 5, msg: 'f_cross_carried', doubt: null }]);
    expect(run(model({ 'requests/carried_in/natural': 9, 'requests/carried_in/total': 4 }, [entry(2021, { 'requests/carried_out/total': 4 })]))).toEqual([]);
  });

  it('nothing from a blank cell, this year’s or last year’s, nor from a figure last year did not print', () => {
    expect(run(model({ 'requests/carried_in/natural': null, 'requests/carried_in/total': 4 }, [entry(2021, { 'requests/carried_out/natural': 2, 'requests/carried_out/total': 4 })]))).toEqual([]);
    expect(run(model({ 'requests/carried_in/natural': 2, 'requests/carried_in/total': 4 }, [entry(2021, { 'requests/carried_out/natural': null, 'requests/carried_out/total': null })]))).toEqual([]);
    expect(run(model({ 'requests/carried_in/natural': 2, 'requests/carried_in/total': 4 }, [entry(2021, {})]))).toEqual([]);
  });
});

describe('crossYear: which records it compares with', () => {
  const carried = { 'requests/carried_in/total': 4 };

  it('no record of last year: nothing; the page’s own record is never its own previous or rival', () => {
    expect(run(model(carried, [entry(2020, { 'requests/carried_out/total': 5 })]))).toEqual([]);
    expect(run(model(carried, [entry(2021, { 'requests/carried_out/total': 5 }, { source: PAGE })]))).toEqual([]);
    expect(run(model(carried, [entry(2022, { 'requests/carried_in/total': 7 }, { source: PAGE })]))).toEqual([]);
  });

  it('two records of last year that disagree: said ambiguous, nothing compared', () => {
    const d = crossYear.check(model(carried, [entry(2021, { 'requests/carried_out/total': 5 }), entry(2021, { 'requests/carried_out/total': 6 }, { source: 'https://www.example.gov.cn/a.html', title: null })]));
    expect(d.map((x) => [x.rule, x.msg, x.args])).toEqual([
      ['cross-year:ambiguous', 'f_cross_ambiguous', { year: 2021, others: `${ORGAN}2021年政府信息公开工作年度报告、https://www.example.gov.cn/a.html` }],
    ]);
  });

  it('another record of this year with other figures is a rival, named; each of them', () => {
    const d = crossYear.check(model(carried, [entry(2022, { 'requests/carried_in/total': 7 }, { source: 'https://www.example.gov.cn/a.html' }), entry(2022, { 'requests/carried_in/total': 8 }, { source: 'https://www.example.gov.cn/b.html', title: 'B' })]));
    expect(d.map((x) => [x.msg, x.args])).toEqual([['f_cross_same_year', { year: 2022, others: `${ORGAN}2022年政府信息公开工作年度报告、B` }]]);
  });

  it('rivals sharing a title are named by address; five at most, then how many more (a crawl holding one report at many addresses)', () => {
    const at = (i: number) => entry(2022, { 'requests/carried_in/total': 10 + i }, { source: `https://www.example.gov.cn/mirror/${'x'.repeat(i === 3 ? 120 : 4)}${i}.html` });
    const two = crossYear.check(model(carried, [at(1), at(2)]));
    expect(two.map((x) => x.args)).toEqual([{ year: 2022, others: 'https://www.example.gov.cn/mirror/xxxx1.html、https://www.example.gov.cn/mirror/xxxx2.html' }]);
    const many = crossYear.check(model(carried, Array.from({ length: 12 }, (_, i) => at(i + 1))));
    const others = String(many[0]!.args!.others);
    expect(others.split('、')).toHaveLength(5);
    expect(others.endsWith(' …(+7)')).toBe(true);
    // an address past 80 characters keeps its end, where addresses differ
    expect(others.split('、')[2]).toBe(`…${'x'.repeat(73)}3.html`);
    expect(others.split('、')[2]).toHaveLength(80);
  });

  it('a report on an unrelated site: a rival it is not; a previous one only when none is nearer, and then for review', () => {
    const far = { source: 'https://other-site.com/2021.html' };
    expect(run(model(carried, [entry(2022, { 'requests/carried_in/total': 7 }, far)]))).toEqual([]);
    expect(run(model(carried, [entry(2021, { 'requests/carried_out/total': 5 }, far)]))).toEqual([
      { rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'total' }, said: 5, msg: 'f_cross_carried', doubt: 'review_other_site' },
    ]);
    // the near one wins over the far one that disagrees with it
    expect(run(model(carried, [entry(2021, { 'requests/carried_out/total': 9 }, far), entry(2021, { 'requests/carried_out/total': 5 })]))).toEqual([
      { rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'total' }, said: 5, msg: 'f_cross_carried', doubt: null },
    ]);
  });

  it('a page or a record with no site (a file) is near whatever it is compared with', () => {
    expect(run(model(carried, [entry(2021, { 'requests/carried_out/total': 5 }, { source: 'https://other-site.com/2021.html' })], { source: '/reports/2022.pdf' }))).toEqual([
      { rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'total' }, said: 5, msg: 'f_cross_carried', doubt: null },
    ]);
    expect(run(model(carried, [entry(2021, { 'requests/carried_out/total': 5 }, { source: '/reports/2021.pdf' })]))).toEqual([
      { rule: 'cross-year:carried-over', cell: { row: 'carried_in', col: 'total' }, said: 5, msg: 'f_cross_carried', doubt: null },
    ]);
  });
});

describe('crossYear: 表二’s stock', () => {
  it('2021: in force = last year’s in force + issued − repealed, as a stock finding', () => {
    const m = model({ 'active/art20_1.rules/issued': 2, 'active/art20_1.rules/repealed': 1, 'active/art20_1.rules/in_force': 10 }, [entry(2021, { 'active/art20_1.rules/in_force': 8 })]);
    expect(run(m)).toEqual([{ rule: 'cross-year:stock', cell: { row: 'art20_1.rules', col: 'in_force' }, said: 9, msg: 'f_cross_stock_2021', doubt: null }]);
  });

  it('2019: previous-year items = last year’s + its change; nothing where last year printed either not', () => {
    const v = { version: '2019' as const };
    expect(run(model({ 'active/art20_5.license/prev_items': 10 }, [entry(2021, { 'active/art20_5.license/prev_items': 8, 'active/art20_5.license/delta': 1 })], v))).toEqual([
      { rule: 'cross-year:stock', cell: { row: 'art20_5.license', col: 'prev_items' }, said: 9, msg: 'f_cross_stock_2019', doubt: null },
    ]);
    expect(run(model({ 'active/art20_5.license/prev_items': 10 }, [entry(2021, { 'active/art20_5.license/prev_items': 8 })], v))).toEqual([]);
    expect(run(model({ 'active/art20_5.license/prev_items': 10 }, [entry(2021, { 'active/art20_5.license/delta': 1 })], v))).toEqual([]);
  });

  it('a mapping of no version: no stock compared', () => {
    expect(run(model({ 'active/art20_5.license/prev_items': 10 }, [entry(2021, { 'active/art20_5.license/prev_items': 8, 'active/art20_5.license/delta': 1 })], { version: null }))).toEqual([]);
  });
});
