/**
 * How the printed tables depart from the template's shape, worked out from what
 * the mapping placed: rows with more or fewer values than the template has
 * columns (a table whose every row is doubled is one departure), rows and tables
 * that are missing, tables whose labels are there but whose rows cannot be read.
 */
import type { Cell, MappedTable, ShapeIssue, Source, TableId, Version } from '../model';
import { minOf } from '../arrays';
import { parseValue } from '../text/numbers';
import { ACTIVE_LAYOUT, REQUEST_COL_ORDER, TABLES, requestGroups, requestRows } from './layout';

/** A row's values as the mapping placed them, and the template's width for it. */
export interface Placement {
  table: TableId;
  row: string;
  width: number;
  values: Cell[];
  src: Source;
}

export interface ShapeInput {
  version: Version;
  tables: Record<TableId, MappedTable>;
  placements: Placement[];
  /** Tables whose labels were seen, with where the first one stands. */
  seen: Map<TableId, Source>;
  /** 表四's labels were seen (it has a header even when no data row was read). */
  appealsOpen: boolean;
  /** 表三's applicant columns its header printed (自然人 aside), in order. */
  requestHeader?: string[];
  /** Tables read from a PDF's table wider than its page (TableBlock.clipped). */
  clipped?: Set<TableId>;
}

export function shapeIssues(s: ShapeInput): ShapeIssue[] {
  const cut = cutColumns(s);
  const out: ShapeIssue[] = [...(cut ? [cut.issue] : []), ...rowWidths(s.placements, cut)];
  const { active, requests, appeals } = s.tables;
  if (active.found) {
    for (const g of ACTIVE_LAYOUT[s.version]) for (const r of g.rows) {
      if (!active.rowSrc.has(`${g.key}.${r}`)) out.push({ kind: 'missing-row', table: 'active', row: `${g.key}.${r}` });
    }
  }
  if (requests.found) {
    // a group printed as one line where the template splits it (（六）其他处理 of 2021 in the 2019 form): one departure, not a missing row per item
    const merged = new Set<string>();
    for (const g of requestGroups(s.version)) {
      const items = g.items.map((_, i) => `result.${g.key}.${i + 1}`);
      if (items.length && requests.rowSrc.has(`result.${g.key}`) && items.every((r) => !requests.rowSrc.has(r))) {
        items.forEach((r) => merged.add(r));
        out.push({ kind: 'merged-group', table: 'requests', row: `result.${g.key}`, items: items.length, src: requests.rowSrc.get(`result.${g.key}`)! });
      }
    }
    for (const r of requestRows(s.version)) if (!requests.rowSrc.has(r) && !merged.has(r)) out.push({ kind: 'missing-row', table: 'requests', row: r });
  }
  if (!appeals.found && s.appealsOpen) out.push({ kind: 'no-data-row', table: 'appeals', src: null });
  for (const t of TABLES) {
    if (s.tables[t].found || (t === 'appeals' && s.appealsOpen)) continue;
    const at = s.seen.get(t);
    out.push(at ? { kind: 'unmapped-table', table: t, src: at } : { kind: 'missing-table', table: t });
  }
  return out;
}

/** 表三's cut columns, and the row lengths the cut explains (those rows are not each said short). */
interface Cut {
  issue: Extract<ShapeIssue, { kind: 'cut-columns' }>;
  lengths: number[];
}

/**
 * 表三 whose last columns the page cut off (a wide Word table exported to PDF): the header lacks
 * their labels, and nearly every row has as many values fewer. One departure, not a row each. A table whose text
 * stood past the page's edge (clipped) is cut however much of its header was read (the edge cut its words too), and
 * each of its short rows is cut where the edge fell on it: a table continued on the next page, laid out apart, loses
 * other columns there (LibreOffice's 续表 with narrower labels keeps one column more).
 */
function cutColumns(s: ShapeInput): Cut | null {
  const header = s.requestHeader ?? [];
  const clipped = !!s.clipped?.has('requests');
  if ((!header.length && !clipped) || header.includes('org_subtotal')) return null;
  const width = REQUEST_COL_ORDER.length;
  const rows = s.placements.filter((p) => p.table === 'requests' && p.width === width);
  const cut = (kept: number, lengths: number[], n: number): Cut => ({
    issue: { kind: 'cut-columns', table: 'requests', cols: REQUEST_COL_ORDER.slice(kept), rows: n, src: rows.find((p) => p.values.length === kept)!.src },
    lengths,
  });
  if (clipped) {
    const short = rows.filter((p) => p.values.length < width);
    if (!short.length) return null;
    const lengths = [...new Set(short.map((p) => p.values.length))];
    return cut(minOf(lengths), lengths, short.length);
  }
  // the values most rows have
  const counts = new Map<number, number>();
  for (const p of rows) counts.set(p.values.length, (counts.get(p.values.length) ?? 0) + 1);
  const [kept, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  if (kept < 2 || kept >= width || n < 3 || n < 0.8 * rows.length) return null;
  // the header printed none of the missing columns' labels, and the columns before the cut (the last may be cut in its label)
  const before = REQUEST_COL_ORDER.slice(1, kept);
  if (REQUEST_COL_ORDER.slice(kept).some((c) => header.includes(c))) return null;
  if (before.filter((c) => header.includes(c)).length < before.length - 1) return null;
  return cut(kept, [kept], n);
}

/** Rows with more or fewer values than the template; a table whose rows are mostly doubled is one departure. */
function rowWidths(placements: Placement[], cut: Cut | null): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  for (const table of TABLES) {
    const all = placements.filter((p) => p.table === table);
    const off = all.filter((p) => p.values.length !== p.width);
    const doubled = off.filter((p) => p.values.length === 2 * p.width);
    const isDoubled = doubled.length >= 3 && doubled.length * 2 >= all.length;
    if (isDoubled) {
      const halvesEqual = doubled.every((p) =>
        p.values.slice(0, p.width).every((c, i) => parseValue(c.text).value === parseValue(p.values[p.width + i]!.text).value),
      );
      out.push({ kind: 'doubled-columns', table, rows: doubled.length, expected: doubled[0]!.width, halvesEqual, src: doubled[0]!.src });
    }
    for (const p of off) {
      const len = p.values.length;
      if (isDoubled && len === 2 * p.width) continue;
      if (cut?.issue.table === table && cut.lengths.includes(len)) continue;
      if (len > p.width) out.push({ kind: 'extra-values', table, row: p.row, expected: p.width, actual: len, src: p.src, extra: p.values.slice(p.width) });
      else out.push({ kind: 'missing-values', table, row: p.row, expected: p.width, actual: len, src: p.src });
    }
  }
  return out;
}
