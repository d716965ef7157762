/**
 * How printed tables depart from the template's shape (lib/template/shape.ts), from placements made by hand: each
 * limit at its edge (a table's rows doubled, 表三's last columns cut off), one departure said once rather than a row
 * each, a group printed whole, and tables missing, unread or without their data row.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, MappedTable, TableId } from '../../lib/model';
import { REQUEST_COL_ORDER } from '../../lib/template/layout';
import { newTable } from '../../lib/template/reading';
import { shapeIssues, type Placement, type ShapeInput } from '../../lib/template/shape';

const cells = (texts: string[]): Cell[] => texts.map((text, i) => ({ text, src: { line: 100 + i } }));
const at = (row: string, width: number, texts: string[], table: TableId = 'requests'): Placement => ({ table, row, width, values: cells(texts), src: { line: row.length } });
const digits = (n: number, d = '1') => Array<string>(n).fill(d);

function input(placements: Placement[], o: Partial<ShapeInput> = {}): ShapeInput {
  const tables: Record<TableId, MappedTable> = { active: newTable('active', []), requests: newTable('requests', REQUEST_COL_ORDER.slice()), appeals: newTable('appeals', []) };
  for (const t of Object.values(tables)) t.found = true;
  return { version: '2019', tables, placements, seen: new Map(), appealsOpen: true, ...o };
}
/** The issues of row widths and cut columns only (the tables here print none of their rows). */
const widths = (s: ShapeInput) => shapeIssues(s).filter((i) => i.kind !== 'missing-row' && i.kind !== 'merged-group');

describe('a table whose rows are doubled', () => {
  const W = 7;
  it('three doubled rows, half the table or more: one departure, saying whether the halves agree', () => {
    const rows = [at('a', W, digits(14)), at('b', W, digits(14)), at('c', W, digits(14)), at('d', W, digits(7)), at('e', W, digits(7)), at('f', W, digits(7))];
    expect(widths(input(rows))).toEqual([{ kind: 'doubled-columns', table: 'requests', rows: 3, expected: 7, halvesEqual: true, src: { line: 1 } }]);
    rows[1] = at('b', W, [...digits(7), ...digits(6), '2']);
    expect(widths(input(rows))).toEqual([{ kind: 'doubled-columns', table: 'requests', rows: 3, expected: 7, halvesEqual: false, src: { line: 1 } }]);
  });

  it('two doubled rows, or three in a table of seven: each row said with its extra values', () => {
    const two = [at('a', W, digits(14)), at('b', W, digits(14)), at('c', W, digits(7))];
    expect(widths(input(two)).map((i) => [i.kind, 'row' in i ? i.row : null])).toEqual([['extra-values', 'a'], ['extra-values', 'b']]);
    const seven = [at('a', W, digits(14)), at('b', W, digits(14)), at('c', W, digits(14)), ...['d', 'e', 'f', 'g'].map((r) => at(r, W, digits(7)))];
    expect(widths(input(seven)).map((i) => i.kind)).toEqual(['extra-values', 'extra-values', 'extra-values']);
  });

  it('a row too long beside a doubled table is still said; too short, with what it lacks', () => {
    const rows = [at('a', W, digits(14)), at('b', W, digits(14)), at('c', W, digits(14)), at('d', W, digits(8)), at('e', W, digits(5)), at('f', W, digits(7))];
    expect(widths(input(rows)).slice(1)).toEqual([
      { kind: 'extra-values', table: 'requests', row: 'd', expected: 7, actual: 8, src: { line: 1 }, extra: cells(digits(8)).slice(7) },
      { kind: 'missing-values', table: 'requests', row: 'e', expected: 7, actual: 5, src: { line: 1 } },
    ]);
  });
});

describe('表三’s last columns cut off', () => {
  const W = REQUEST_COL_ORDER.length;
  /** The header as printed up to column `kept`, less `drop` of its labels. */
  const header = (kept: number, drop = 0) => REQUEST_COL_ORDER.slice(1, kept).slice(drop);
  /** `full` rows of full width first (their place is line 5), then `n` rows of `kept` values (line 2). */
  const short = (n: number, kept: number, full = 0) => [...Array.from({ length: full }, (_, i) => at(`full${i}`, W, digits(W))), ...Array.from({ length: n }, (_, i) => at(`r${i}`, W, digits(kept)))];
  const cut = (kept: number, rows: number) => ({ kind: 'cut-columns', table: 'requests', cols: REQUEST_COL_ORDER.slice(kept), rows, src: { line: 2 } });

  it('most rows short by the same columns, whose labels the header lacks: one departure', () => {
    expect(widths(input(short(3, 5), { requestHeader: header(5) }))).toEqual([cut(5, 3)]);
    expect(widths(input(short(4, 5, 1), { requestHeader: header(5) }))).toEqual([cut(5, 4)]);
    // the last label before the cut may itself be cut
    expect(widths(input(short(3, 5), { requestHeader: header(5, 1) }))).toEqual([cut(5, 3)]);
    expect(widths(input(short(3, 2), { requestHeader: header(2) }))).toEqual([cut(2, 3)]);
  });

  it('not when fewer than three rows, fewer than four in five, one value kept, a missing column’s label printed, or two labels before it lacking', () => {
    const each = (s: ShapeInput) => widths(s).map((i) => i.kind);
    expect(each(input(short(2, 5), { requestHeader: header(5) }))).toEqual(['missing-values', 'missing-values']);
    expect(each(input(short(4, 5, 2), { requestHeader: header(5) }))).toEqual(['missing-values', 'missing-values', 'missing-values', 'missing-values']);
    expect(each(input(short(3, 1), { requestHeader: header(1) }))).toEqual(['missing-values', 'missing-values', 'missing-values']);
    expect(each(input(short(3, 5), { requestHeader: [...header(5), 'total'] }))).toEqual(['missing-values', 'missing-values', 'missing-values']);
    expect(each(input(short(3, 5), { requestHeader: header(5, 2) }))).toEqual(['missing-values', 'missing-values', 'missing-values']);
    expect(each(input(short(3, 5), { requestHeader: [...header(5), 'org_subtotal'] }))).toEqual(['missing-values', 'missing-values', 'missing-values']);
    expect(each(input(short(3, 5)))).toEqual(['missing-values', 'missing-values', 'missing-values']);
    // rows of full width are no cut at all
    expect(each(input(short(3, 7), { requestHeader: header(7) }))).toEqual([]);
  });

  it('only 表三’s rows of its full width are counted', () => {
    const active = [0, 1, 2].map((i) => at(`a${i}`, 3, digits(3), 'active'));
    expect(widths(input([...short(3, 5), ...active], { requestHeader: header(5) }))).toEqual([cut(5, 3)]);
    const narrow = [0, 1, 2].map((i) => at(`n${i}`, 4, digits(4)));
    expect(widths(input([...short(3, 5), ...narrow], { requestHeader: header(5) }))).toEqual([cut(5, 3)]);
  });

  it('a row short by other columns is still said', () => {
    const rows = [...short(4, 5), at('x', W, digits(3))];
    expect(widths(input(rows, { requestHeader: header(5) }))).toEqual([cut(5, 4), { kind: 'missing-values', table: 'requests', row: 'x', expected: 7, actual: 3, src: { line: 1 } }]);
  });
});

describe('rows and tables not there', () => {
  it('a 2021 group printed as one line where the template splits it: one departure, its items not missing', () => {
    const s = input([], { version: '2021' });
    s.tables.requests.rowSrc.set('result.other', { line: 9 });
    const issues = shapeIssues(s);
    expect(issues.filter((i) => i.kind === 'merged-group')).toEqual([{ kind: 'merged-group', table: 'requests', row: 'result.other', items: 3, src: { line: 9 } }]);
    expect(issues.filter((i) => i.kind === 'missing-row' && i.row.startsWith('result.other'))).toEqual([]);
    // one of its items printed: no merged group, the others missing
    s.tables.requests.rowSrc.set('result.other.1', { line: 10 });
    const again = shapeIssues(s);
    expect(again.filter((i) => i.kind === 'merged-group')).toEqual([]);
    expect(again.filter((i) => i.kind === 'missing-row' && i.row.startsWith('result.other')).map((i) => i.kind === 'missing-row' && i.row)).toEqual(['result.other.2', 'result.other.3']);
  });

  it('a table not found: unread where its labels were seen, missing where not; 表四 open without a data row says so', () => {
    const s = input([], { appealsOpen: false, seen: new Map([['requests', { line: 5 }]]) });
    for (const t of Object.values(s.tables)) t.found = false;
    expect(shapeIssues(s)).toEqual([
      { kind: 'missing-table', table: 'active' },
      { kind: 'unmapped-table', table: 'requests', src: { line: 5 } },
      { kind: 'missing-table', table: 'appeals' },
    ]);
    expect(shapeIssues({ ...s, appealsOpen: true })).toEqual([
      { kind: 'no-data-row', table: 'appeals', src: null },
      { kind: 'missing-table', table: 'active' },
      { kind: 'unmapped-table', table: 'requests', src: { line: 5 } },
    ]);
  });

  it('表二’s rows each said missing when the table is found without them, by its version', () => {
    const s = input([]);
    s.tables.requests.found = false;
    s.tables.active.rowSrc.set('art20_1.rules', { line: 1 });
    const missing = shapeIssues(s).filter((i) => i.kind === 'missing-row').map((i) => i.kind === 'missing-row' && i.row);
    expect(missing).toEqual(['art20_1.normative', 'art20_5.license', 'art20_5.other_services', 'art20_6.penalty', 'art20_6.coercion', 'art20_8.fees', 'art20_9.procurement']);
  });
});
