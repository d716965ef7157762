/**
 * The likely-culprit search, step by step: the equations drawn from the printed cells, the exact solver, the
 * pruning of sets that cannot work, the bounds on the search, and which drafts receive a repair. The property test
 * (tests/corpus/culprit.property.test.ts) holds the whole to the oracle; here each step's answer is exact.
 */
import { describe, expect, it } from 'vitest';
import { annotateRepairs, cannotWork, equations, findCulprits, MAX_FAILING, repairs, solve, type Eq } from '../../lib/analysis/culprit';
import type { Draft, Family, MappedCell, Mapping } from '../../lib/model';
import { checkable, relations } from '../../lib/template/relations';
import { generatedMapping } from '../helpers/mapping';

/** A table of cells by `row/col` key, as the search reads it (only values). */
function cellsOnly(values: Record<string, number>): Mapping {
  const cells = new Map(Object.entries(values).map(([k, v]) => [k, { value: v } as MappedCell]));
  return { tables: { requests: { cells } } } as unknown as Mapping;
}

/** An equation Σ coef·cell = res (res given: the search reads it, not the values). */
function eq(coef: Record<string, number>, res: number, family: Eq['rel']['family'] = 'row-total'): Eq {
  const keys = Object.keys(coef);
  return { rel: { family, table: 'requests', target: keys[0]!, plus: keys.slice(1), minus: [] }, coef: new Map(Object.entries(coef)), res };
}

describe('solve: Gauss–Jordan on the cells of a set', () => {
  it('solves with a pivot taken from a lower row and coefficients other than ±1', () => {
    // 2y = 4, 3x + y = 5: the first column's pivot is in the second row
    expect(solve([[0, 2], [3, 1]], [4, 5], 2)).toEqual([1, 2]);
    expect(solve([[2]], [3], 1)).toEqual([1.5]);
  });

  it('an overdetermined system: its answer when the rows agree, none when they do not', () => {
    expect(solve([[1], [1], [2]], [3, 3, 6], 1)).toEqual([3]);
    expect(solve([[1], [1], [2]], [3, 4, 6], 1)).toBeNull();
  });

  it('an unknown no row determines: no answer, not a guess', () => {
    expect(solve([[1, 1]], [2], 2)).toBeNull();
    expect(solve([[1, 0], [2, 0]], [1, 2], 2)).toBeNull();
    expect(solve([[1, 1], [2, 2]], [1, 2], 2)).toBeNull();
  });
});

describe('cannotWork: a set with a cell alone in a relation that holds', () => {
  const holds = eq({ a: 1, b: -1 }, 0);
  const candidates = ['a', 'b', 'c'];
  it('is passed over when some member is the only one of a holding relation, kept when the relation has two members', () => {
    // a is in `holds` without b: a would have to stay as it is
    expect(cannotWork([0, 2], candidates, [[holds], [holds], []])).toBe(true);
    // c has no holding relation, a is alone in one: one such member is enough
    expect(cannotWork([2, 0], candidates, [[holds], [holds], []])).toBe(true);
    expect(cannotWork([0, 1], candidates, [[holds], [holds], []])).toBe(false);
    expect(cannotWork([2], candidates, [[holds], [holds], []])).toBe(false);
  });
});

describe('findCulprits', () => {
  it('nothing broken: none', () => {
    expect(findCulprits(cellsOnly({ t: 3, a: 1, b: 2 }), 'requests', [eq({ t: 1, a: -1, b: -1 }, 0)])).toEqual({ kind: 'none' });
  });

  it('one cell that repairs the broken relation and keeps the others holding: unique, with its value', () => {
    const m = cellsOnly({ t: 4, a: 1, b: 2, c: 1, d: 2 });
    const eqs = [eq({ t: 1, a: -1, b: -1 }, 1), eq({ a: 1, c: -1 }, 0), eq({ b: 1, d: -1 }, 0)];
    expect(findCulprits(m, 'requests', eqs)).toEqual({ kind: 'unique', changes: [{ key: 't', from: 4, to: 3 }] });
  });

  it('several equally small corrections: ambiguous, each listed, at most four', () => {
    const m = cellsOnly({ t: 4, a: 1, b: 2 });
    expect(findCulprits(m, 'requests', [eq({ t: 1, a: -1, b: -1 }, 1)])).toEqual({
      kind: 'ambiguous',
      options: [[{ key: 't', from: 4, to: 3 }], [{ key: 'a', from: 1, to: 2 }], [{ key: 'b', from: 2, to: 3 }]],
    });
    const six = cellsOnly({ t: 9, a: 1, b: 1, c: 1, d: 1, e: 1 });
    const r = findCulprits(six, 'requests', [eq({ t: 1, a: -1, b: -1, c: -1, d: -1, e: -1 }, 4)]);
    expect(r.kind === 'ambiguous' && r.options.map((o) => o[0]!.key)).toEqual(['t', 'a', 'b', 'c']);
  });

  it('a correction to a negative or fractional count is no correction', () => {
    // t = a: fixing a would need 5; t = x − b: fixing b would need −2, fixing t 2, fixing x 6
    const m = cellsOnly({ t1: 5, a: 3, t2: 5, x: 3, b: 1 });
    const eqs = [eq({ t1: 1, a: -1 }, 2), eq({ t2: 1, x: -1, b: 1 }, 3)];
    expect(findCulprits(m, 'requests', eqs)).toEqual({
      kind: 'ambiguous',
      options: [
        [{ key: 't1', from: 5, to: 3 }, { key: 't2', from: 5, to: 2 }],
        [{ key: 't1', from: 5, to: 3 }, { key: 'x', from: 3, to: 6 }],
        [{ key: 'a', from: 3, to: 5 }, { key: 't2', from: 5, to: 2 }],
        [{ key: 'a', from: 3, to: 5 }, { key: 'x', from: 3, to: 6 }],
      ],
    });
    // 2a = 3: a fractional count
    expect(findCulprits(cellsOnly({ a: 0 }), 'requests', [eq({ a: 2 }, -3)])).toEqual({ kind: 'unknown' });
  });

  it(`more than ${MAX_FAILING} broken relations are not solved`, () => {
    const broken = (n: number) => {
      const values: Record<string, number> = { a: 3 };
      const eqs: Eq[] = [];
      for (let i = 0; i < n; i++) {
        values[`t${i}`] = 5;
        eqs.push(eq({ [`t${i}`]: 1, a: -1 }, 2));
      }
      return findCulprits(cellsOnly(values), 'requests', eqs);
    };
    expect(broken(MAX_FAILING)).toEqual({ kind: 'unique', changes: [{ key: 'a', from: 3, to: 5 }] });
    expect(broken(MAX_FAILING + 1)).toEqual({ kind: 'unknown' });
  });

  it('the search stops after its bound of sets tried: a correction only the last of 317,750 sets would find is not found', () => {
    // a + b + c + 2·(each filler) = 3 broken; a = b and b = c hold: only {a, b, c}, each 0 → 1, repairs it
    const search = (fillers: number, abcFirst = false) => {
      const coef: Record<string, number> = abcFirst ? { a: 1, b: 1, c: 1 } : {};
      const values: Record<string, number> = { a: 0, b: 0, c: 0 };
      for (let i = 0; i < fillers; i++) {
        coef[`f${i}`] = 2;
        values[`f${i}`] = 0;
      }
      Object.assign(coef, { a: 1, b: 1, c: 1 });
      return findCulprits(cellsOnly(values), 'requests', [eq(coef, -3), eq({ a: 1, b: -1 }, 0), eq({ b: 1, c: -1 }, 0)]);
    };
    const found = { kind: 'unique', changes: ['a', 'b', 'c'].map((key) => ({ key, from: 0, to: 1 })) };
    expect(search(10)).toEqual(found);
    expect(search(122)).toEqual({ kind: 'unknown' });
    // found among the first sets, but the search stopped before it could tell no other set works: not claimed unique
    expect(search(10, true)).toEqual(found);
    expect(search(122, true)).toEqual({ kind: 'unknown' });
  });
});

describe('repairs', () => {
  it('the families of the broken relations a cell is in, once each; not those that hold', () => {
    const eqs = [eq({ t: 1, a: -1 }, 1, 'row-total'), eq({ u: 1, a: -1 }, 2, 'row-total'), eq({ v: 1, a: 1 }, 1, 'balance'), eq({ w: 1, a: -1 }, 0, 'subtotal')];
    expect(repairs(eqs, 'a')).toEqual(['row-total', 'balance']);
    expect(repairs(eqs, 'w')).toEqual([]);
  });
});

function setCell(m: Mapping, table: 'requests' | 'appeals', key: string, change: Partial<MappedCell>) {
  const cells = m.tables[table].cells;
  cells.set(key, { ...cells.get(key)!, ...change });
}

describe('equations', () => {
  it('one per relation of the table checkable from printed cells, with +1 on the total and −1 on each part', () => {
    const m = generatedMapping(11);
    for (const table of ['requests', 'appeals'] as const) {
      const eqs = equations(m, table);
      expect(eqs.map((e) => e.rel)).toEqual(relations(m).filter((r) => r.table === table && checkable(m, r) === 'yes'));
      expect(eqs.every((e) => e.res === 0)).toBe(true);
    }
    const balance = equations(m, 'requests').find((e) => e.rel.family === 'balance' && e.rel.target === 'result.total/total')!;
    expect(balance.coef).toEqual(new Map([['result.total/total', 1], ['new/total', -1], ['carried_in/total', -1], ['carried_out/total', 1]]));
  });

  it('a wrong cell leaves its relations with what they are off by; a total whose parts are all blank is not an equation', () => {
    const m = generatedMapping(11);
    const natural = m.tables.requests.cells.get('new/natural')!.value;
    setCell(m, 'requests', 'new/natural', { value: natural + 2 });
    const row = equations(m, 'requests').find((e) => e.rel.family === 'row-total' && e.rel.target === 'new/total')!;
    expect(row.res).toBe(-2);
    const parts = relations(m).find((r) => r.family === 'row-total' && r.target === 'carried_out/total')!;
    for (const k of parts.plus) setCell(m, 'requests', k, { value: 0, blank: true });
    setCell(m, 'requests', 'carried_out/total', { value: 4, blank: false });
    expect(checkable(m, parts)).toBe('parts-blank');
    expect(equations(m, 'requests').map((e) => e.rel)).not.toContain(parts);
  });
});

describe('annotateRepairs', () => {
  const draft = (table: Draft['table'], row: string | null, col: string, related: string[] = []): Draft => ({
    table,
    cell: row === null ? null : { row, col },
    related: related.map((k) => ({ row: k.split('/')[0]!, col: k.split('/')[1]! })),
    msg: 'x',
  });

  it('a unique culprit repairs the arithmetic drafts of its table that involve it, and no other draft', () => {
    const m = generatedMapping(11);
    const before = m.tables.requests.cells.get('new/natural')!.value;
    setCell(m, 'requests', 'new/natural', { value: before + 2 });
    const onTotal = draft('requests', 'new', 'total', ['new/natural', 'new/business']);
    const onCell = draft('requests', 'new', 'natural');
    const elsewhere = draft('requests', 'carried_in', 'total', ['carried_in/natural']);
    const notArithmetic = draft('requests', 'new', 'natural');
    const alreadyRepaired = { ...draft('requests', 'new', 'natural'), repair: { kind: 'fill' as const, changes: [] } };
    const noCell = draft('requests', null, 'total');
    const otherTable = draft('appeals', 'counts', 'review.total');
    const drafts: { draft: Draft; family: Family }[] = [
      { draft: onTotal, family: 'row-total' },
      { draft: onCell, family: 'column-total' },
      { draft: elsewhere, family: 'row-total' },
      { draft: notArithmetic, family: 'narrative' },
      { draft: alreadyRepaired, family: 'row-total' },
      { draft: noCell, family: 'row-total' },
      { draft: otherTable, family: 'appeal-total' },
    ];
    const out = annotateRepairs(m, drafts);
    const repair = {
      kind: 'unique',
      cell: { row: 'new', col: 'natural' },
      to: before,
      // 新收 is in its row's total and its column's balance, not in a column total (of 办理结果 rows)
      fixes: ['row-total', 'balance'],
      changes: [{ row: 'new', col: 'natural', from: before + 2, to: before }],
    };
    expect([...out.keys()]).toEqual([onTotal, onCell]);
    expect(out.get(onTotal)).toEqual(repair);
    expect(out.get(onCell)).toEqual(repair);
  });

  it('when the data cannot decide, every arithmetic draft of that table is told the options; the other table’s are not', () => {
    const m = generatedMapping(11);
    const total = m.tables.appeals.cells.get('counts/review.total')!.value;
    setCell(m, 'appeals', 'counts/review.total', { value: total + 1 });
    const onAppeal = draft('appeals', 'counts', 'review.total');
    const onRequest = draft('requests', 'new', 'total');
    const out = annotateRepairs(m, [
      { draft: onAppeal, family: 'appeal-total' },
      { draft: onRequest, family: 'row-total' },
    ]);
    expect([...out.keys()]).toEqual([onAppeal]);
    const r = out.get(onAppeal)!;
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.options[0]).toEqual([{ row: 'counts', col: 'review.total', from: total + 1, to: total }]);
  });
});
