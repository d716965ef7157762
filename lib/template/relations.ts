/**
 * The arithmetic of the template as data: every relation that must hold, as
 * `target = Σ plus − Σ minus` over canonical cells. The arithmetic rules check
 * these, and the culprit analysis solves them.
 */
import type { ReportModel } from '../page/model';
import type { MappedCell } from './map';
import { APPEAL_GROUPS, APPLICANT_COLS, requestGroups, type TableId } from './layout';

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

const ORG_COLS = ['business', 'research', 'public_interest', 'legal_service', 'other_org'];

/** Row keys that add up to （七）总计: each group's printed subtotal, else its items. */
function resultParts(m: ReportModel): string[] {
  const rows = m.mapping.tables.requests.rowSrc;
  const out: string[] = [];
  for (const g of requestGroups(m.version ?? '2019')) {
    if (!g.items.length || rows.has(`result.${g.key}`)) out.push(`result.${g.key}`);
    else g.items.forEach((_, i) => out.push(`result.${g.key}.${i + 1}`));
  }
  return out;
}

export function relations(m: ReportModel): Relation[] {
  const out: Relation[] = [];
  const req = m.mapping.tables.requests;
  const k = (row: string, col: string) => `${row}/${col}`;
  for (const row of req.rows) {
    out.push({ family: 'row-total', table: 'requests', target: k(row, 'total'), plus: APPLICANT_COLS.map((c) => k(row, c)), minus: [] });
  }
  const parts = resultParts(m);
  for (const col of req.cols) {
    out.push({ family: 'column-total', table: 'requests', target: k('result.total', col), plus: parts.map((r) => k(r, col)), minus: [] });
  }
  for (const g of requestGroups(m.version ?? '2019')) {
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

export function cellAt(m: ReportModel, table: TableId, key: string): MappedCell | undefined {
  return m.mapping.tables[table].cells.get(key);
}

/** Σ plus − Σ minus, or null when a cell of the relation is not on the page. */
export function expectedValue(m: ReportModel, r: Relation): number | null {
  let s = 0;
  for (const key of r.plus) {
    const c = cellAt(m, r.table, key);
    if (!c) return null;
    s += c.value;
  }
  for (const key of r.minus) {
    const c = cellAt(m, r.table, key);
    if (!c) return null;
    s -= c.value;
  }
  return Math.round(s * 1e6) / 1e6;
}

export function splitKey(key: string): { row: string; col: string } {
  const i = key.indexOf('/');
  return { row: key.slice(0, i), col: key.slice(i + 1) };
}
