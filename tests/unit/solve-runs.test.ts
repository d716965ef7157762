/**
 * Choosing the readings of rows that lost their cell boundaries, asked directly: which relations take part
 * (a cell never read, a column the row lacks, a relation among read cells only), balances that print alike,
 * the bound on the states kept, readings no relation can close.
 */
import { describe, expect, it } from 'vitest';
import { solveRuns, type OpenRow } from '../../lib/template/solve-runs';
import type { Relation } from '../../lib/template/relations';

const rel = (target: string, plus: string[], minus: string[] = []): Relation => ({ family: 'column-total', table: 'requests', target, plus, minus });
const row = (name: string, cols: string[], readings: string[][]): OpenRow => ({ table: 'requests', row: name, cols, readings });
const knownOf = (m: Record<string, number>) => (_: unknown, k: string) => m[k];

describe('solveRuns', () => {
  /** a.x + b.x = t.x, with t.x read as 6: a is 1 or 2, b 5 or 0, so only a = 1, b = 5 closes. */
  const open = [row('a', ['x'], [['1'], ['2']]), row('b', ['x'], [['5'], ['0']])];
  const sum = rel('t/x', ['a/x', 'b/x']);

  it('picks the reading a relation with read cells closes', () => {
    expect(solveRuns(open, [sum], knownOf({ 't/x': 6 }))).toEqual([0, 0]);
    expect(solveRuns(open, [sum], knownOf({ 't/x': 2 }))).toEqual([1, 1]);
  });

  it('a minus-term counts against the target', () => {
    // t.x = a.x − b.x = −3: a = 2, b = 5
    expect(solveRuns(open, [rel('t/x', ['a/x'], ['b/x'])], knownOf({ 't/x': -3 }))).toEqual([1, 0]);
  });

  it('decides nothing without a relation that names an open row', () => {
    const one = [row('a', ['x'], [['1']])];
    expect(solveRuns(one, [], knownOf({}))).toEqual([null]);
    expect(solveRuns(one, [rel('t/x', ['k/x'])], knownOf({ 't/x': 1, 'k/x': 1 }))).toEqual([null]);
  });

  it('leaves out a relation among read cells only, even a broken one', () => {
    // k.x ≠ t.y: that relation is the rules’ to report, not a reason to read a and b as nothing
    expect(solveRuns(open, [sum, rel('t/y', ['k/y'])], knownOf({ 't/x': 6, 't/y': 9, 'k/y': 1 }))).toEqual([0, 0]);
  });

  it('leaves out a relation with a cell never read, whatever the other cells add to', () => {
    const other = rel('t/y', ['a/x', 'u/y']);
    expect(solveRuns(open, [sum, other], knownOf({ 't/x': 6, 't/y': 100 }))).toEqual([0, 0]);
    // the unread cell first, then an open one
    expect(solveRuns(open, [sum, rel('u/y', ['a/x'])], knownOf({ 't/x': 6 }))).toEqual([0, 0]);
  });

  it('leaves out a relation naming a column the open row does not have, and takes its first column', () => {
    const rows = [row('a', ['x', 'y'], [['1', '7'], ['2', '7']]), row('b', ['x', 'y'], [['5', '7'], ['0', '7']])];
    expect(solveRuns(rows, [sum, rel('t/z', ['a/z'])], knownOf({ 't/x': 6, 't/z': 50 }))).toEqual([0, 0]);
    expect(solveRuns(rows, [rel('t/x', ['a/x', 'b/x'])], knownOf({ 't/x': 2 }))).toEqual([1, 1]);
    // beside a cell of a column it does have: the relation is not read without the missing one
    expect(solveRuns(open, [sum, rel('t/x', ['a/x', 'b/z'])], knownOf({ 't/x': 6 }))).toEqual([0, 0]);
  });

  it('leaves every row undecided when no reading closes the relations', () => {
    expect(solveRuns(open, [sum], knownOf({ 't/x': 100 }))).toEqual([null, null]);
  });

  it('keeps apart balances whose digits run alike ([1, 0, 10] and [10, 1, 0])', () => {
    // three relations a.c − b.c = 0; a reads [1 0 10] or [10 1 0], b reads [10 1 0] or [5 5 5]: only a = b = 10 1 0 closes
    const cols = ['x', 'y', 'z'];
    const rows = [row('a', cols, [['1', '0', '10'], ['10', '1', '0']]), row('b', cols, [['10', '1', '0'], ['5', '5', '5']])];
    const rels = cols.map((c) => rel(`a/${c}`, [`b/${c}`]));
    expect(solveRuns(rows, rels, knownOf({}))).toEqual([1, 0]);
  });

  it('keeps 50,000 balances, and not one more', () => {
    // one row of 50,000 readings (0 … 49,999), read against t.x = 7: the 50,000 balances are kept
    const many = [row('a', ['x'], Array.from({ length: 50_000 }, (_, i) => [String(i)]))];
    expect(solveRuns(many, [rel('t/x', ['a/x'])], knownOf({ 't/x': 7 }))).toEqual([7]);
    // seventeen rows of 0 or 2^i: 131,072 sums, past the bound, though t.x = 5 has one reading
    const bits = Array.from({ length: 17 }, (_, i) => row(`r${i}`, ['x'], [['0'], [String(2 ** i)]]));
    expect(solveRuns(bits, [rel('t/x', bits.map((b) => `${b.row}/x`))], knownOf({ 't/x': 5 }))).toEqual(bits.map(() => null));
    // fifteen rows, 32,768 sums: under it, and read
    expect(solveRuns(bits.slice(0, 15), [rel('t/x', bits.slice(0, 15).map((b) => `${b.row}/x`))], knownOf({ 't/x': 5 }))).toEqual([1, 0, 1, ...Array(12).fill(0)]);
  });
});
