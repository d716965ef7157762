/**
 * The viewer's rebuilt tables: each template table the audit mapped is drawn as the template's
 * grid — its headers, its rows in the template's order, each cell under its column — whatever
 * shape the file gave it (a .doc's table arrives as one stream of cells, a PDF's headers as
 * scattered lines). Each drawn cell becomes the element of the source the mapping read it from,
 * so that the audit's marks and tooltips land on it; a table the mapping did not take is drawn
 * as it was read.
 */
import { maxOf } from '@/lib/arrays';
import type { Block, Lang, MappedTable, Mapping, Source, TableId, TableBlock, Version } from '@/lib/model';
import { ACTIVE_LAYOUT, APPEAL_GROUPS, APPEAL_PARTS, colLabel, requestRows, rowLabel, tableLabel } from '@/lib/template/layout';

type Row = { cells: { text: string; span?: number; head?: boolean; src?: Source; key?: string }[]; key?: string; kind?: 'group' | 'head' };

/** A table's rows as the template lays them out. */
export function templateRows(t: MappedTable, version: Version, lang: Lang): Row[] {
  const label = (row: string): Row['cells'][number] => ({ text: t.labels.get(row) ?? rowLabel(t.table, row, lang), head: true, src: t.rowSrc.get(row), key: row });
  const value = (row: string, col: string): Row['cells'][number] => {
    const c = t.cells.get(`${row}/${col}`);
    return { text: c ? (c.blank ? '' : c.raw) : '', src: c?.src, key: `${row}/${col}` };
  };
  const out: Row[] = [];
  if (t.table === 'active') {
    const width = maxOf(ACTIVE_LAYOUT[version].map((g) => g.cols.length));
    for (const g of ACTIVE_LAYOUT[version]) {
      out.push({ kind: 'group', cells: [{ text: g.zh, head: true, span: width + 1 }] });
      out.push({ kind: 'head', cells: [{ text: lang === 'zh' ? '信息内容' : 'Item', head: true }, ...g.cols.map((c, i) => ({ text: colLabel('active', c, lang), head: true, span: i === g.cols.length - 1 ? width - g.cols.length + 1 : 1 }))] });
      const rows = [...g.rows.map((r) => `${g.key}.${r}`), ...t.rows.filter((r) => r.startsWith('extra.') && t.groupOf.get(r) === g.key)];
      for (const row of rows) out.push({ key: row, cells: [label(row), ...g.cols.map((c, i) => ({ ...value(row, c), span: i === g.cols.length - 1 ? width - g.cols.length + 1 : 1 }))] });
    }
    return out;
  }
  if (t.table === 'requests') {
    out.push({ kind: 'head', cells: [{ text: '', head: true }, ...t.cols.map((c) => ({ text: colLabel('requests', c, lang), head: true }))] });
    const template = requestRows(version);
    // the template's rows in its order; rows the report adds (a group's subtotal) after the row before them as printed
    const rows = [...template];
    for (const [i, r] of t.rows.entries()) if (!rows.includes(r)) rows.splice(i > 0 ? rows.indexOf(t.rows[i - 1]!) + 1 : 0, 0, r);
    for (const row of rows) out.push({ key: row, cells: [label(row), ...t.cols.map((c) => value(row, c))] });
    return out;
  }
  const groups = Object.keys(APPEAL_GROUPS);
  const parts = Object.keys(APPEAL_PARTS);
  out.push({ kind: 'head', cells: groups.map((g) => ({ text: APPEAL_GROUPS[g]![lang], head: true, span: parts.length })) });
  out.push({ kind: 'head', cells: groups.flatMap(() => parts.map((p) => ({ text: APPEAL_PARTS[p]![lang], head: true }))) });
  out.push({ key: 'counts', cells: groups.flatMap((g) => parts.map((p) => value('counts', `${g}.${p}`))) });
  return out;
}

/** Which mapped tables each table block fed (by the identity of its cells' sources). */
export function tablesOfBlocks(blocks: Block[], mapping: Mapping): Map<TableBlock, TableId[]> {
  const owner = new Map<Source, TableId>();
  for (const t of Object.values(mapping.tables)) {
    if (!t.found) continue;
    for (const c of t.cells.values()) owner.set(c.src, t.table);
    for (const s of t.rowSrc.values()) owner.set(s, t.table);
  }
  const out = new Map<TableBlock, TableId[]>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const ids = new Set<TableId>();
    for (const r of b.rows) for (const c of r.cells) {
      const t = owner.get(c.src);
      if (t) ids.add(t);
    }
    if (ids.size) out.set(b, (['active', 'requests', 'appeals'] as TableId[]).filter((t) => ids.has(t)));
  }
  return out;
}

/** A template table drawn as its grid; each cell's source gets its element (the audit marks it there). */
export function drawTemplateTable(doc: Document, t: MappedTable, version: Version, lang: Lang): HTMLTableElement {
  const table = doc.createElement('table');
  table.className = 'nb-grid';
  table.dataset.testid = 'viewer-grid';
  table.dataset.table = t.table;
  const caption = doc.createElement('caption');
  caption.textContent = tableLabel(t.table, lang);
  table.append(caption);
  // a row read without a label stands at its first value: that source is the value's, not the label's
  const values = new Set([...t.cells.values()].map((c) => c.src));
  for (const row of templateRows(t, version, lang)) {
    const tr = doc.createElement('tr');
    if (row.kind) tr.className = `nb-grid-${row.kind}`;
    if (row.key) tr.dataset.row = row.key;
    for (const c of row.cells) {
      const td = doc.createElement(c.head ? 'th' : 'td');
      if (c.span && c.span > 1) td.colSpan = c.span;
      td.textContent = c.text;
      if (!c.head && c.key) td.dataset.cell = c.key;
      // cells that ran together share one source: it marks the first of them, not the last
      if (c.src && !c.src.el && !(c.head && values.has(c.src))) c.src.el = td;
      tr.append(td);
    }
    table.append(tr);
  }
  return table;
}
