/**
 * The arithmetic of the template as data: every relation that must hold, as
 * `target = Σ plus − Σ minus` over canonical cells. The arithmetic rules check
 * these, and the culprit analysis solves them.
 */
import type { CellRef, MappedCell, Mapping, TableId } from '../model';
import { APPEAL_GROUPS, APPLICANT_COLS, ORG_COLS, requestGroups } from './layout';

export type RelationFamily = 'row-total' | 'column-total' | 'subtotal' | 'balance' | 'appeal-total';

export interface Relation {
  family: RelationFamily;
  table: TableId;
  /** The cell a broken relation flags. */
  target: string;
  plus: string[];
  minus: string[];
  /** Cells shown as involved (defaults to plus). */
  related?: string[];
}

/** Row keys that add up to （七）总计: each group's printed subtotal, else its items. */
function resultParts(mapping: Mapping): string[] {
  const rows = mapping.tables.requests.rowSrc;
  const out: string[] = [];
  for (const g of requestGroups(mapping.version ?? '2019')) {
    if (!g.items.length || rows.has(`result.${g.key}`)) out.push(`result.${g.key}`);
    else g.items.forEach((_, i) => out.push(`result.${g.key}.${i + 1}`));
  }
  return out;
}

/**
 * Relations drawn once per shape: every rule and the grouping ask for them, and the reports of one template have
 * few shapes between them (a run of a thousand reports drew the same few hundred relations two thousand times).
 */
const drawn = new Map<string, Relation[]>();
/** Shapes kept at most (a run meets a handful; past this many the oldest goes). */
const MAX_SHAPES = 256;

/**
 * The shapes drawn so far forgotten: the mutation run does this before each test (tests/helpers/mutation-preload.ts),
 * so that relations drawn under one mutant are not served under another.
 */
export function forgetRelations(): void {
  drawn.clear();
}

/** Everything drawRelations reads of a mapping: the version, 表三's rows and columns and which group rows it printed. */
function shapeOf(m: Mapping): string {
  const req = m.tables.requests;
  let groups = '';
  for (const g of requestGroups(m.version ?? '2019')) groups += req.rowSrc.has(`result.${g.key}`) ? '1' : '0';
  return `${m.version ?? '2019'}|${req.rows.join(',')}|${req.cols.join(',')}|${groups}`;
}

/** Every relation the mapping's cells must satisfy (the same array for the same shape: do not change it). */
export function relations(mapping: Mapping): readonly Relation[] {
  const sig = shapeOf(mapping);
  const known = drawn.get(sig);
  if (known) return known;
  const rels = drawRelations(mapping);
  if (drawn.size >= MAX_SHAPES) drawn.delete(drawn.keys().next().value!);
  drawn.set(sig, rels);
  return rels;
}

function drawRelations(mapping: Mapping): Relation[] {
  const out: Relation[] = [];
  const req = mapping.tables.requests;
  const k = (row: string, col: string) => `${row}/${col}`;
  for (const row of req.rows) {
    out.push({ family: 'row-total', table: 'requests', target: k(row, 'total'), plus: APPLICANT_COLS.map((c) => k(row, c)), minus: [] });
  }
  const parts = resultParts(mapping);
  for (const col of req.cols) {
    out.push({ family: 'column-total', table: 'requests', target: k('result.total', col), plus: parts.map((r) => k(r, col)), minus: [] });
  }
  for (const g of requestGroups(mapping.version ?? '2019')) {
    if (!g.items.length || !req.rowSrc.has(`result.${g.key}`)) continue;
    for (const col of req.cols) {
      out.push({ family: 'subtotal', table: 'requests', target: k(`result.${g.key}`, col), plus: g.items.map((_, i) => k(`result.${g.key}.${i + 1}`, col)), minus: [] });
    }
  }
  if (req.cols.includes('org_subtotal')) {
    for (const row of req.rows) out.push({ family: 'subtotal', table: 'requests', target: k(row, 'org_subtotal'), plus: ORG_COLS.map((c) => k(row, c)), minus: [] });
  }
  for (const col of req.cols) {
    out.push({
      family: 'balance',
      table: 'requests',
      target: k('result.total', col),
      plus: [k('new', col), k('carried_in', col)],
      minus: [k('carried_out', col)],
      related: [k('new', col), k('carried_in', col), k('result.total', col), k('carried_out', col)],
    });
  }
  for (const g of Object.keys(APPEAL_GROUPS)) {
    out.push({ family: 'appeal-total', table: 'appeals', target: k('counts', `${g}.total`), plus: ['upheld', 'corrected', 'other', 'pending'].map((p) => k('counts', `${g}.${p}`)), minus: [] });
  }
  return out;
}

/** A mapped cell by its `row/col` key. */
export function cellAt(mapping: Mapping, table: TableId, key: string): MappedCell | undefined {
  return mapping.tables[table].cells.get(key);
}

/** A mapped cell by its row and column. */
export function cellOf(mapping: Mapping, table: TableId, row: string, col: string): MappedCell | undefined {
  return mapping.tables[table].cells.get(`${row}/${col}`);
}

/** How a relation stands with its blank cells. */
export type Checkable = 'yes' | 'parts-blank' | 'no';

/**
 * Whether a relation can be checked: not when a cell is missing, nor when every one
 * of its cells is blank; a printed total whose parts are all blank is `parts-blank`
 * (nothing is computed from blanks alone). Otherwise blanks count as 0: a blank total
 * whose printed parts hold numbers is checked against them (总计空白，各项合计 10), and a
 * relation whose printed cells disagree fails whatever else is blank.
 */
export function checkable(mapping: Mapping, r: Relation): Checkable {
  const cells = mapping.tables[r.table].cells;
  const target = cells.get(r.target);
  if (!target) return 'no';
  let parts = 0;
  let blanks = 0;
  for (const keys of [r.plus, r.minus]) {
    for (const k of keys) {
      const c = cells.get(k);
      if (!c) return 'no';
      parts++;
      if (c.blank) blanks++;
    }
  }
  if (blanks < parts) return 'yes';
  return target.blank ? 'no' : 'parts-blank';
}

/** Σ plus − Σ minus, or null when a cell of the relation is not on the page. */
export function expectedValue(mapping: Mapping, r: Relation): number | null {
  let s = 0;
  for (const key of r.plus) {
    const c = cellAt(mapping, r.table, key);
    if (!c) return null;
    s += c.value;
  }
  for (const key of r.minus) {
    const c = cellAt(mapping, r.table, key);
    if (!c) return null;
    s -= c.value;
  }
  return Math.round(s * 1e6) / 1e6;
}

export function splitKey(key: string): CellRef {
  const i = key.indexOf('/');
  return { row: key.slice(0, i), col: key.slice(i + 1) };
}
