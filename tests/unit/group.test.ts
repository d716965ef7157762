/**
 * One cause, one finding, step by step (lib/analysis/group.ts): what a sentence or last year's report says of a
 * cell weighed against the arithmetic, blank totals along a line absorbing the total whose parts they are, a
 * culprit's grouped finding carrying the other cells' places and not its own, and the order kept.
 */
import { describe, expect, it } from 'vitest';
import { groupFindings, type Item } from '../../lib/analysis/group';
import type { Draft, Family, Mapping, Source } from '../../lib/model';
import { generatedMapping } from '../helpers/mapping';

const mapping: Mapping = generatedMapping(11);

const cell = (k: string) => ({ row: k.split('/')[0]!, col: k.split('/')[1]! });
let n = 0;
function item(family: Family, code: string, draft: Partial<Draft> & Pick<Draft, 'table'>, id = `${code}#${n}`): Item {
  return { id, code, family, severity: 'error', n: n++, draft: { cell: null, msg: 'x', ...draft } };
}
const said = (family: 'narrative' | 'cross-year', table: Draft['table'], k: string, value: number, msg = 'f_narrative_cell') =>
  item(family, family, { table, cell: cell(k), msg, args: { said: value } });
const agreement = (out: Item[], it: Item) => out.find((x) => x.id === it.id)!.draft.args?.agreement;

describe('what a sentence says of a cell, against the arithmetic', () => {
  it('agrees or disagrees with the value the data decides; the repair is what the cell should hold', () => {
    const repair = { kind: 'unique' as const, cell: cell('new/natural'), to: 7, fixes: [], changes: [] };
    const arith = item('row-total', 'row-total', { table: 'requests', cell: cell('new/natural'), related: [cell('new/total')], repair, expected: 7, actual: 9 });
    const right = said('narrative', 'requests', 'new/natural', 7);
    const wrong = said('narrative', 'requests', 'new/natural', 9);
    const out = groupFindings(mapping, [arith, right, wrong]);
    expect(agreement(out, right)).toBe('@agree_agree');
    expect(agreement(out, wrong)).toBe('@agree_disagree');
    expect(out.find((x) => x.id === wrong.id)!.draft.expected).toBe(7);
  });

  it('undecided when the cell is in a broken relation the data cannot settle; consistent or silent when nothing is broken', () => {
    const arith = item('row-total', 'row-total', { table: 'requests', cell: cell('new/total'), related: [cell('new/natural'), cell('new/business')], expected: 5, actual: 6 });
    const inIt = said('narrative', 'requests', 'new/natural', 3);
    const onIt = said('narrative', 'requests', 'new/total', 3);
    const checked = said('narrative', 'requests', 'carried_in/natural', 3);
    const unchecked = said('narrative', 'active', 'art20_1.rules/new_made', 3);
    const year = said('cross-year', 'requests', 'carried_in/natural', 3, 'f_year_cell');
    const out = groupFindings(mapping, [arith, inIt, onIt, checked, unchecked, year]);
    expect([inIt, onIt, checked, unchecked, year].map((x) => agreement(out, x))).toEqual([
      '@agree_undecided',
      '@agree_undecided',
      '@agree_consistent',
      '@agree_none',
      '@agree_year_consistent',
    ]);
    for (const x of [inIt, checked]) expect(out.find((y) => y.id === x.id)!.draft.expected).toBeNull();
  });

  it('the other table’s arithmetic says nothing of this cell; a sentence without a number or of another kind is left as made', () => {
    const otherTable = item('appeal-total', 'appeal-total', { table: 'appeals', cell: cell('new/natural'), related: [], expected: 1, actual: 2 });
    const s = said('narrative', 'requests', 'new/natural', 3);
    const noNumber = item('narrative', 'narrative', { table: 'requests', cell: cell('new/natural'), msg: 'f_narrative_cell', args: {} });
    const otherKind = said('narrative', 'requests', 'new/natural', 3, 'f_narrative_total');
    const out = groupFindings(mapping, [otherTable, s, noNumber, otherKind]);
    expect(agreement(out, s)).toBe('@agree_consistent');
    expect(out.find((x) => x.id === noNumber.id)!.draft).toBe(noNumber.draft);
    expect(out.find((x) => x.id === otherKind.id)!.draft).toBe(otherKind.draft);
  });
});

describe('blank totals along a line', () => {
  const blankTotal = (k: string, expected: number | null) =>
    item('row-total', 'row-total:blank', { table: 'requests', cell: cell(k), blank: true, expected, actual: null, src: { line: 1 } as Source });

  it('become one finding that fills each, absorbing a printed total whose parts are exactly those blanks, not one with other parts', () => {
    const b1 = blankTotal('new/total', 4);
    const b2 = blankTotal('carried_in/total', null);
    const absorbed = item('column-total', 'column-total:parts-blank', { table: 'requests', cell: cell('x/total'), related: [cell('x/total'), cell('new/total'), cell('carried_in/total')] });
    const kept = item('column-total', 'column-total:parts-blank', { table: 'requests', cell: cell('y/total'), related: [cell('new/total'), cell('z/total')] });
    const elsewhere = item('column-total', 'column-total:parts-blank', { table: 'appeals', cell: cell('x/total'), related: [cell('new/total')] });
    const out = groupFindings(mapping, [b1, b2, absorbed, kept, elsewhere]);
    const line = out.find((x) => x.draft.msg === 'f_blank_col')!;
    expect(line.draft.cell).toEqual({ row: '*', col: 'total' });
    expect(line.draft.covers).toEqual([b1.id, b2.id, absorbed.id]);
    expect(line.draft.repair).toEqual({ kind: 'fill', changes: [{ row: 'new', col: 'total', from: 0, to: 4 }] });
    expect(line.draft.parts).toEqual([{ cell: cell('new/total'), src: { line: 1 } }, { cell: cell('carried_in/total'), src: { line: 1 } }]);
    // the line stands where its first blank stood; the absorbed total is gone
    expect(out.map((x) => x.id)).toEqual([line.id, kept.id, elsewhere.id]);
  });

  it('absorb a printed total whose relation the fills give, its other parts blank rows; not one they do not give', () => {
    // 总计 blank in 本年新收 (10) and 结转 (3), 上年结转's row all blank: （七）总计 printed 7 is what the balance gives
    // (10 + 0 − 3), printed 13 is not (what adding 结转 would give)
    const b1 = blankTotal('new/total', 10);
    const b2 = blankTotal('carried_out/total', 3);
    const balance = (actual: number) =>
      item('balance', 'balance:parts-blank', {
        table: 'requests', cell: cell('result.total/total'), actual,
        related: ['new/total', 'carried_in/total', 'result.total/total', 'carried_out/total'].map(cell),
      });
    const holds = balance(7);
    const fails = balance(13);
    const out = groupFindings(mapping, [b1, b2, holds]);
    expect(out.find((x) => x.draft.msg === 'f_blank_col')!.draft.covers).toEqual([b1.id, b2.id, holds.id]);
    const kept = groupFindings(mapping, [b1, b2, fails]);
    expect(kept.find((x) => x.draft.msg === 'f_blank_col')!.draft.covers).toEqual([b1.id, b2.id]);
    expect(kept.map((x) => x.id)).toContain(fails.id);
  });
});

describe('a culprit’s grouped finding', () => {
  it('carries the places of the other cells, not its own, nor a missing one; findings stay in the order the rules made them', () => {
    const own = mapping.tables.requests.cells.get('new/natural')!.src;
    const other = { line: 99 } as Source;
    const repair = { kind: 'unique' as const, cell: cell('new/natural'), to: 1, fixes: [], changes: [] };
    const notice = item('blank-cell', 'blank-cell', { table: 'active', cell: cell('art20_1.rules/new_made'), blank: true });
    const row = item('row-total', 'row-total', { table: 'requests', cell: cell('new/total'), related: [cell('new/natural')], repair, expected: 1, src: other, relatedSrc: [own] });
    const bal = item('balance', 'balance', { table: 'requests', cell: cell('result.total/natural'), related: [cell('new/natural')], repair, expected: 1, src: null });
    const out = groupFindings(mapping, [notice, row, bal]);
    expect(out.map((x) => x.n)).toEqual([...out.map((x) => x.n)].sort((x, y) => x - y));
    const g = out.find((x) => x.draft.msg === 'f_cell_group')!;
    expect(g.draft.src).toBe(own);
    expect(g.draft.relatedSrc).toEqual([other]);
    expect(g.draft.related).toEqual([cell('new/total'), cell('result.total/natural')]);
    expect(g.draft.covers).toEqual([row.id, bal.id]);
  });
});

describe('several findings on one cell the data cannot repair', () => {
  const natural = mapping.tables.requests.cells.get('new/natural')!;
  const on = (family: Family, expected: number | null) =>
    item(family, family, { table: 'requests', cell: cell('new/natural'), related: [cell(family === 'row-total' ? 'new/total' : 'result.total/natural')], expected, actual: natural.value });

  it('agreeing on what the cell needs: one finding saying it, with the printed value and every family named', () => {
    const [a, b] = [on('row-total', 4), on('column-total', 4)];
    const g = groupFindings(mapping, [a, b]);
    expect(g).toHaveLength(1);
    expect(g[0]!.draft).toMatchObject({ msg: 'f_cell_group', expected: 4, actual: natural.value, blank: false, args: { expected: 4, fams: '@fam_row_total @fam_column_total' } });
    expect(g[0]!.draft.related).toEqual([cell('new/total'), cell('result.total/natural')]);
  });

  it('disagreeing: one finding that says the data cannot decide, with no value to put', () => {
    const g = groupFindings(mapping, [on('row-total', 4), on('column-total', 6)]);
    expect(g.map((x) => x.draft)).toMatchObject([{ msg: 'f_cell_undecided', expected: null, args: { expected: '' } }]);
  });

  it('one finding alone on its cell, with no repair elsewhere, is left as the rule made it', () => {
    const a = on('row-total', 4);
    expect(groupFindings(mapping, [a])).toEqual([a]);
  });
});

describe('figures of requests against a 表三 with nothing in it', () => {
  /** The mapping with every 表三 cell 0 (printed 0, or blank where `blank` says so). */
  const emptied = (blank: (i: number) => boolean) => {
    const m = generatedMapping(11);
    [...m.tables.requests.cells.entries()].forEach(([k, c], i) => m.tables.requests.cells.set(k, { ...c, value: 0, blank: blank(i) }));
    return m;
  };
  const claim = (k: string, value: number, what: string, src: Source) =>
    item('narrative', `narrative:${what}`, { table: 'requests', cell: cell(k), msg: 'f_narrative_cell', args: { whatClaim: `@claim_${what}`, said: value, printed: 0, quote: `q${value}` }, src, relatedSrc: [{ line: value * 10 }] });

  it('are one finding on the first figure’s cell, covering the others, their cells related and their places kept', () => {
    const received = claim('new/total', 4, 'requests_received', { line: 1 });
    const answered = claim('result.total/total', 3, 'requests_answered', { line: 2 });
    // (the worse of their severities)
    received.severity = 'warning';
    answered.severity = 'error';
    const other = item('section', 'section:missing', { table: null });
    const out = groupFindings(emptied(() => false), [received, other, answered]);
    expect(out.map((x) => x.id)).toEqual([received.id, other.id]);
    const f = out[0]!;
    expect(f.draft).toMatchObject({
      table: 'requests', cell: cell('new/total'), related: [cell('result.total/total')], expected: null, msg: 'f_narrative_empty_table',
      args: { whatClaim: '@claim_requests_received', said: 4, others: 1, empty: '@empty_zero', quote: 'q4' },
      covers: [answered.id], src: { line: 1 }, relatedSrc: [{ line: 40 }, { line: 2 }, { line: 30 }],
    });
    expect([f.severity, f.family, f.code]).toEqual(['error', 'narrative', 'narrative:requests_received']);
    // how the table prints its nothing: all blank, or blanks and zeros
    expect(groupFindings(emptied(() => true), [received, answered])[0]!.draft.args!.empty).toBe('@empty_blank');
    expect(groupFindings(emptied((i) => i === 0), [received, answered])[0]!.draft.args!.empty).toBe('@empty_mixed');
  });

  it('stand apart where the table holds a request, where one figure alone is said, or for another table', () => {
    const received = claim('new/total', 4, 'requests_received', { line: 1 });
    const answered = claim('result.total/total', 3, 'requests_answered', { line: 2 });
    const some = emptied(() => false);
    some.tables.requests.cells.set('carried_in/natural', { ...some.tables.requests.cells.get('carried_in/natural')!, value: 1 });
    expect(groupFindings(some, [received, answered]).map((x) => x.draft.msg)).toEqual(['f_narrative_cell', 'f_narrative_cell']);
    expect(groupFindings(emptied(() => false), [received]).map((x) => x.draft.msg)).toEqual(['f_narrative_cell']);
    // a sum of cells the text states (f_narrative_sum_cells) is a claim of its own kind, left as made
    const sum = { ...answered, id: 'sum', draft: { ...answered.draft, msg: 'f_narrative_sum_cells' } };
    expect(groupFindings(emptied(() => false), [received, sum]).map((x) => x.draft.msg)).toEqual(['f_narrative_cell', 'f_narrative_sum_cells']);
    const active = { ...claim('art20_1.rules/new_made', 2, 'rules_issued', { line: 3 }), draft: { ...received.draft, table: 'active' as const } };
    expect(groupFindings(emptied(() => false), [received, active]).map((x) => x.draft.msg)).toEqual(['f_narrative_cell', 'f_narrative_cell']);
  });
});
