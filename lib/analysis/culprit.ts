/**
 * The likely culprit: the smallest set of cells whose correction makes every
 * broken relation hold again, with the values that would. When two different
 * sets of the same size both do, the data cannot tell, and we say so.
 */
import type { CellChange, Draft, Family, Mapping, Repair, TableId } from '../model';
import { cellAt, checkable, relations, splitKey, type Relation, type RelationFamily } from '../template/relations';
import { ARITHMETIC } from '../rules/types';

/** A change of one cell, named by its `row/col` key while solving. */
export interface Change {
  key: string;
  from: number;
  to: number;
}

export type Culprits =
  | { kind: 'none' }
  | { kind: 'unique'; changes: Change[] }
  | { kind: 'ambiguous'; options: Change[][] }
  | { kind: 'unknown' };

export interface Eq {
  rel: Relation;
  coef: Map<string, number>;
  res: number;
}

const EPS = 1e-6;
/** Corrections of more cells than this are not searched (a table that wrong needs an auditor, not a guess). */
export const MAX_CULPRITS = 3;
export const MAX_FAILING = 12;
const MAX_TRIES = 300_000;
/** Equally small corrections shown when the data cannot decide. */
const MAX_OPTIONS = 4;

/** The broken-or-holding equations of a table: `target − Σ plus + Σ minus = res` over the relations checkable from printed cells. */
export function equations(mapping: Mapping, table: TableId): Eq[] {
  const out: Eq[] = [];
  for (const rel of relations(mapping)) {
    // what cannot be checked from printed cells is not solved either (a checkable relation has every cell)
    if (rel.table === table && checkable(mapping, rel) === 'yes') out.push(equationOf(mapping, rel));
  }
  return out;
}

function equationOf(mapping: Mapping, rel: Relation): Eq {
  const coef = new Map<string, number>();
  const add = (k: string, c: number) => coef.set(k, (coef.get(k) ?? 0) + c);
  add(rel.target, 1);
  rel.plus.forEach((k) => add(k, -1));
  rel.minus.forEach((k) => add(k, 1));
  let res = 0;
  for (const [k, c] of coef) res += c * cellAt(mapping, rel.table, k)!.value;
  return { rel, coef, res: Math.round(res * 1e6) / 1e6 };
}

/** Solve A·δ = b exactly for k unknowns (Gauss–Jordan, largest pivot first); null when inconsistent or not determined. */
export function solve(rows: number[][], b: number[], k: number): number[] | null {
  const a = rows.map((r, i) => [...r, b[i]!]);
  let rank = 0;
  for (let col = 0; col < k && rank < a.length; col++) {
    let p = rank;
    for (let i = rank + 1; i < a.length; i++) if (Math.abs(a[i]![col]!) > Math.abs(a[p]![col]!)) p = i;
    // a column no remaining row determines: its unknown stays free, and the answer undetermined
    if (Math.abs(a[p]![col]!) < EPS) return null;
    [a[rank], a[p]] = [a[p]!, a[rank]!];
    const pr = a[rank]!;
    for (let i = 0; i < a.length; i++) {
      if (i === rank) continue;
      const f = a[i]![col]! / pr[col]!;
      for (let j = col; j <= k; j++) a[i]![j]! -= f * pr[j]!;
    }
    rank++;
  }
  if (rank < k) return null;
  for (let i = rank; i < a.length; i++) if (Math.abs(a[i]![k]!) > EPS) return null;
  // every column a pivot, in order: row i solves unknown i
  return a.slice(0, k).map((row, i) => row[k]! / row[i]!);
}

/**
 * A set of candidates (`idx` into `candidates`; `holding[i]`: the relations that hold and candidate i is in) in
 * which some cell is the only one of a relation that holds cannot be a correction: that relation would need the
 * cell unchanged, and every cell of a correction changes. Told without solving (exactly what solving would find).
 */
export function cannotWork(idx: number[], candidates: string[], holding: Eq[][]): boolean {
  return idx.some((i) => holding[i]!.some((e) => !idx.some((j) => j !== i && e.coef.has(candidates[j]!))));
}

export function findCulprits(mapping: Mapping, table: TableId, eqs: Eq[] = equations(mapping, table)): Culprits {
  const failing = eqs.filter((e) => Math.abs(e.res) > EPS);
  if (!failing.length) return { kind: 'none' };
  if (failing.length > MAX_FAILING) return { kind: 'unknown' };
  // each candidate cell: which broken relations it is in (a bit mask) and which relations at all
  const candidates = [...new Set(failing.flatMap((e) => [...e.coef.keys()]))];
  const full = (1 << failing.length) - 1;
  const mask = candidates.map((c) => failing.reduce((m, e, i) => (e.coef.has(c) ? m | (1 << i) : m), 0));
  const touches = candidates.map((c) => eqs.filter((e) => e.coef.has(c)));
  // the relations that hold and that a candidate is in: a change must keep them holding
  const holding = touches.map((es) => es.filter((e) => Math.abs(e.res) <= EPS));
  let tries = 0;
  const attempt = (idx: number[]): Change[] | null => {
    const set = idx.map((i) => candidates[i]!);
    const touched = [...new Set(idx.flatMap((i) => touches[i]!))];
    const delta = solve(
      touched.map((e) => set.map((c) => e.coef.get(c) ?? 0)),
      touched.map((e) => -e.res),
      set.length,
    );
    if (!delta) return null;
    const changes = set.map((key, i) => {
      const from = cellAt(mapping, table, key)!.value;
      return { key, from, to: Math.round((from + delta[i]!) * 1e6) / 1e6 };
    });
    // every changed cell really changes, and to a count a report could print
    if (changes.some((c, i) => Math.abs(delta[i]!) < EPS || c.to < 0 || !Number.isInteger(c.to))) return null;
    return changes;
  };
  const n = candidates.length;
  for (let k = 1; k <= MAX_CULPRITS; k++) {
    const found: Change[][] = [];
    const idx: number[] = [];
    const walk = (start: number, covered: number): boolean => {
      if (idx.length === k) {
        if (covered !== full) return true;
        if (++tries > MAX_TRIES) return false;
        // most sets tried are told apart here, without solving
        if (cannotWork(idx, candidates, holding)) return true;
        const c = attempt(idx);
        if (c) found.push(c);
        return true;
      }
      for (let i = start; i <= n - (k - idx.length); i++) {
        idx.push(i);
        const ok = walk(i + 1, covered | mask[i]!);
        idx.pop();
        if (!ok) return false;
      }
      return true;
    };
    if (!walk(0, 0)) return { kind: 'unknown' };
    if (found.length) return found.length === 1 ? { kind: 'unique', changes: found[0]! } : { kind: 'ambiguous', options: found.slice(0, MAX_OPTIONS) };
  }
  return { kind: 'unknown' };
}

/** Families of the broken relations a change of `key` repairs. */
export function repairs(eqs: Eq[], key: string): RelationFamily[] {
  return [...new Set(eqs.filter((e) => Math.abs(e.res) > EPS && e.coef.has(key)).map((e) => e.rel.family))];
}



const toCellChange = (c: Change): CellChange => ({ ...splitKey(c.key), from: c.from, to: c.to });

/**
 * The repair of every arithmetic draft of a table (the drafts are left as the rules made them): the cell the smallest
 * correction changes (the draft's own cell, else one it involves), its value, what
 * it repairs and what must change with it — or the equally small corrections
 * between which the data cannot decide.
 */
export function annotateRepairs(mapping: Mapping, drafts: { draft: Draft; family: Family }[]): Map<Draft, Repair> {
  const out = new Map<Draft, Repair>();
  for (const table of ['requests', 'appeals'] as TableId[]) {
    // a finding on a cell that was not read (a row wrong however its run-together digits are read) has nothing to repair
    const mine = drafts
      .filter((d) => d.draft.table === table && d.draft.cell && !d.draft.repair && ARITHMETIC.has(d.family) && cellAt(mapping, table, `${d.draft.cell.row}/${d.draft.cell.col}`))
      .map((d) => d.draft);
    if (!mine.length) continue;
    const eqs = equations(mapping, table);
    const c = findCulprits(mapping, table, eqs);
    if (c.kind === 'unique') {
      const changes = c.changes.map(toCellChange);
      for (const d of mine) {
        const keys = [`${d.cell!.row}/${d.cell!.col}`, ...(d.related ?? []).map((r) => `${r.row}/${r.col}`)];
        const change = c.changes.find((x) => x.key === keys[0]) ?? c.changes.find((x) => keys.includes(x.key));
        if (!change) continue;
        out.set(d, { kind: 'unique', cell: splitKey(change.key), to: change.to, fixes: repairs(eqs, change.key), changes });
      }
    } else if (c.kind === 'ambiguous') {
      const options = c.options.map((o) => o.map(toCellChange));
      for (const d of mine) out.set(d, { kind: 'ambiguous', options });
    }
  }
  return out;
}
