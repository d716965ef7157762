/**
 * Choosing the readings of rows that lost their cell boundaries, all at once: the
 * template's relations are linear (a column's sum, 一+二 = 三+四), so each reading
 * of a row adds a fixed amount to each relation's balance. Rows are walked in order
 * keeping every distinct set of balances reached (not every combination of readings),
 * then walked back keeping those from which all balances can still end at zero. A
 * reading is possible when some such path uses it; a row is told apart when exactly
 * one of its readings is possible. Where the balances grow past a bound, nothing is
 * decided (the rows are said to be undecidable rather than guessed).
 */
import type { TableId } from '../model';
import type { Relation } from './relations';

export interface OpenRow {
  table: TableId;
  row: string;
  cols: string[];
  readings: string[][];
}

/** Distinct balance vectors kept per step before giving up. */
const MAX_STATES = 50_000;

const key = (v: number[]) => v.map((x) => Math.round(x * 1e6)).join(',');

/**
 * For each open row, the index of the one reading every consistent choice of the
 * table uses, or null. `known` gives a cell's value, or undefined where the cell was
 * not read (a relation with such a cell stands open and decides nothing).
 */
export function solveRuns(open: OpenRow[], rels: readonly Relation[], known: (table: TableId, key: string) => number | undefined): (number | null)[] {
  const undecided = open.map(() => null);
  const index = new Map(open.map((o, i) => [`${o.table}/${o.row}`, i]));
  // each relation as: constant + Σ coefficient × cell of an open row = 0
  const eqs: { constant: number; terms: { row: number; col: number; coef: number }[] }[] = [];
  for (const x of rels) {
    let constant = 0;
    let usable = true;
    const terms: { row: number; col: number; coef: number }[] = [];
    const add = (k: string, coef: number) => {
      const cut = k.lastIndexOf('/');
      const i = index.get(`${x.table}/${k.slice(0, cut)}`);
      if (i !== undefined) {
        const col = open[i]!.cols.indexOf(k.slice(cut + 1));
        if (col < 0) usable = false;
        else terms.push({ row: i, col, coef });
        return;
      }
      const v = known(x.table, k);
      if (v === undefined) usable = false;
      else constant += coef * v;
    };
    add(x.target, 1);
    for (const k of x.plus) add(k, -1);
    for (const k of x.minus) add(k, 1);
    if (usable && terms.length) eqs.push({ constant, terms });
  }
  if (!eqs.length) return undecided;

  // what each reading of each row adds to each relation's balance
  const adds = open.map((o, i) =>
    o.readings.map((rd) => eqs.map((e) => e.terms.reduce((s, t) => (t.row === i ? s + t.coef * Number(rd[t.col]) : s), 0))),
  );
  const plus = (a: number[], b: number[]) => a.map((x, j) => x + b[j]!);

  // forward: the balances reachable after each row
  const forward: Map<string, number[]>[] = [new Map([[key(eqs.map((e) => e.constant)), eqs.map((e) => e.constant)]])];
  for (let i = 0; i < open.length; i++) {
    const next = new Map<string, number[]>();
    for (const s of forward[i]!.values()) {
      for (const a of adds[i]!) {
        const t = plus(s, a);
        next.set(key(t), t);
      }
      if (next.size > MAX_STATES) return undecided;
    }
    forward.push(next);
  }
  // backward: keep the balances from which every relation can still close at zero
  const zero = key(eqs.map(() => 0));
  let alive = new Set(forward[open.length]!.has(zero) ? [zero] : []);
  if (!alive.size) return undecided;
  const possible: Set<number>[] = open.map(() => new Set());
  for (let i = open.length - 1; i >= 0; i--) {
    const before = new Set<string>();
    for (const [k, s] of forward[i]!) {
      adds[i]!.forEach((a, r) => {
        if (alive.has(key(plus(s, a)))) {
          possible[i]!.add(r);
          before.add(k);
        }
      });
    }
    alive = before;
  }
  return possible.map((p) => (p.size === 1 ? [...p][0]! : null));
}
