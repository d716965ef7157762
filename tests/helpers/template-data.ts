/**
 * Filled templates for tests: random numbers that satisfy every relation, and an
 * independent oracle that lists the relations a set of numbers breaks.
 */
import type { Version } from '../../lib/model';
import { ACTIVE_LAYOUT, APPEAL_COLS, APPLICANT_COLS, REQUEST_COL_ORDER, requestGroups, resultLeafRows } from '../../lib/template/layout';

/** `table/row/col` → number. */
export type Values = Map<string, number>;

export interface Filled {
  version: Version;
  year: number;
  organ: string;
  values: Values;
  /** Printed units of money columns. */
  units: Record<string, string>;
  /** Cells printed as this text instead of their number (blanks, dashes). */
  raw?: Map<string, string>;
}

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, max: number) => Math.floor(rng() * (max + 1));
/** Mostly zeros, like real reports. */
const sparse = (rng: Rng, max: number) => (rng() < 0.6 ? 0 : int(rng, max));

export function randomFilled(rng: Rng, version: Version, organ = '示例街道'): Filled {
  const v: Values = new Map();
  const set = (t: string, r: string, c: string, n: number) => v.set(`${t}/${r}/${c}`, n);
  const year = version === '2019' ? 2020 : 2021 + int(rng, 3);

  for (const g of ACTIVE_LAYOUT[version]) {
    for (const r of g.rows) {
      const row = `${g.key}.${r}`;
      if (r === 'rules') {
        // a township (the organ of these reports) makes no 规章
        for (const c of g.cols) set('active', row, c, 0);
      } else if (g.key === 'art20_1' && version === '2019') {
        const made = sparse(rng, 20);
        const pub = sparse(rng, made);
        set('active', row, 'new_made', made);
        set('active', row, 'new_published', pub);
        set('active', row, 'total_published', pub + sparse(rng, 50));
      } else if (g.key === 'art20_9') {
        set('active', row, 'count', sparse(rng, 30));
        set('active', row, 'amount', sparse(rng, 3_000_000));
      } else if (g.key === 'art20_8' && version === '2021') {
        set('active', row, 'amount_wan', Math.round(rng() * 500 * 100) / 100);
      } else {
        for (const c of g.cols) {
          if (c === 'delta') {
            const prev = v.get(`active/${row}/prev_items`) ?? 0;
            set('active', row, c, int(rng, 10) - Math.min(prev, int(rng, 5)));
          } else set('active', row, c, sparse(rng, 40));
        }
      }
    }
  }

  const leaves = resultLeafRows(version);
  for (const row of leaves) for (const c of APPLICANT_COLS) set('requests', row, c, sparse(rng, 9));
  for (const c of APPLICANT_COLS) {
    const total = leaves.reduce((s, r) => s + v.get(`requests/${r}/${c}`)!, 0);
    set('requests', 'result.total', c, total);
    const out = sparse(rng, 5);
    const cin = int(rng, total + out);
    set('requests', 'carried_in', c, cin);
    set('requests', 'carried_out', c, out);
    set('requests', 'new', c, total + out - cin);
  }
  for (const row of ['new', 'carried_in', ...leaves, 'result.total', 'carried_out']) {
    set('requests', row, 'total', APPLICANT_COLS.reduce((s, c) => s + v.get(`requests/${row}/${c}`)!, 0));
  }
  for (const g of ['review', 'suit_direct', 'suit_after_review']) {
    let sum = 0;
    for (const p of ['upheld', 'corrected', 'other', 'pending']) {
      const n = sparse(rng, 6);
      sum += n;
      set('appeals', 'counts', `${g}.${p}`, n);
    }
    set('appeals', 'counts', `${g}.total`, sum);
  }
  return { version, year, organ, values: v, units: { 'active/art20_9.procurement/amount': '元' } };
}

export interface Broken {
  family: string;
  cell: string;
}

/** The relations of report-model.md, written out plainly and independently of lib/rules. */
export function brokenRelations(f: Filled): Broken[] {
  const v = f.values;
  const g = (t: string, r: string, c: string) => v.get(`${t}/${r}/${c}`)!;
  const out: Broken[] = [];
  const rows = ['new', 'carried_in', ...resultLeafRows(f.version), 'result.total', 'carried_out'];
  for (const r of rows) {
    const sum = APPLICANT_COLS.reduce((s, c) => s + g('requests', r, c), 0);
    if (sum !== g('requests', r, 'total')) out.push({ family: 'row-total', cell: `requests/${r}/total` });
  }
  for (const c of REQUEST_COL_ORDER) {
    const sum = resultLeafRows(f.version).reduce((s, r) => s + g('requests', r, c), 0);
    if (sum !== g('requests', 'result.total', c)) out.push({ family: 'column-total', cell: `requests/result.total/${c}` });
    if (g('requests', 'new', c) + g('requests', 'carried_in', c) !== g('requests', 'result.total', c) + g('requests', 'carried_out', c)) {
      out.push({ family: 'balance', cell: `requests/result.total/${c}` });
    }
  }
  for (const grp of ['review', 'suit_direct', 'suit_after_review']) {
    const sum = ['upheld', 'corrected', 'other', 'pending'].reduce((s, p) => s + g('appeals', 'counts', `${grp}.${p}`), 0);
    if (sum !== g('appeals', 'counts', `${grp}.total`)) out.push({ family: 'appeal-total', cell: `appeals/counts/${grp}.total` });
  }
  if (f.version === '2019') {
    for (const r of ['art20_1.rules', 'art20_1.normative']) {
      if (g('active', r, 'total_published') < g('active', r, 'new_published')) out.push({ family: 'stock', cell: `active/${r}/total_published` });
    }
    for (const r of ['art20_5.license', 'art20_5.other_services', 'art20_6.penalty', 'art20_6.coercion', 'art20_8.fees']) {
      if (g('active', r, 'prev_items') + g('active', r, 'delta') < 0) out.push({ family: 'stock', cell: `active/${r}/delta` });
    }
  }
  return out;
}

/** Every cell key of a filled template, for picking one to change. */
export function cellKeys(f: Filled): string[] {
  return [...f.values.keys()];
}

export { requestGroups, APPEAL_COLS };
