/** A `<table>` element → grid with rowspan/colspan expanded → rows of cells. */
import { cleanText } from '../text/normalize';
import { parseValue } from '../text/numbers';
import type { Cell, PageElement, Row, TableBlock } from '../model';

/** Spans beyond these are markup errors; clamp them so a hostile page cannot blow up the grid. */
const MAX_COLSPAN = 1000;
const MAX_COLS = 200;
/** A report's table has tens of rows: past this, the rest is not read (and the audit says so). */
export const MAX_TABLE_ROWS = 5000;
const MAX_ROWS = MAX_TABLE_ROWS;
/** Grid slots filled by spans, at most: bounds the work on absurd rowspan × colspan. */
const MAX_SLOTS = 2_000_000;

/** `prop`: the browser's own reading of the attribute (el.colSpan, el.rowSpan), clamped as HTML says; undefined in a DOM without it. */
function span(el: PageElement, prop: number | undefined, name: 'colspan' | 'rowspan', max: number): number {
  const n = typeof prop === 'number' ? prop : parseInt(el.getAttribute(name) ?? '1', 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return name === 'rowspan' ? max : 1;
  return Math.min(n, max);
}

/** The `<tr>` elements that belong to this table (not to nested tables), in order. */
export function tableRows(table: PageElement): PageElement[] {
  return tableRowsCounted(table).rows;
}

/** The table's rows, the first MAX_TABLE_ROWS of them, and how many it has. */
function tableRowsCounted(table: PageElement): { rows: PageElement[]; total: number } {
  // browsers keep these as live collections (fast); a DOM in Node may not
  const native = table.rows;
  if (native && typeof native.length === 'number') {
    const rows: PageElement[] = [];
    for (let i = 0; i < Math.min(native.length, MAX_ROWS); i++) rows.push(native[i]!);
    return { rows, total: native.length };
  }
  const out: PageElement[] = [];
  let total = 0;
  const visit = (parent: PageElement) => {
    for (const child of Array.from(parent.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'tr') {
        if (total++ < MAX_ROWS) out.push(child);
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return { rows: out, total };
}

/**
 * The row's cells (its td and th children, as `tr.cells` has them), walked by sibling: in a page each
 * index into a live collection is a call into the page that costs more than the walk.
 */
export function rowCells(tr: PageElement): PageElement[] {
  const out: PageElement[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.localName ?? c.tagName.toLowerCase();
    if (t === 'td' || t === 'th') out.push(c);
  }
  return out;
}

/**
 * Expand a table into a grid. Each slot points at the cell that covers it; the
 * rows handed to the mapper keep, per grid row, the cells that start in that row
 * in column order — the order a reader sees them in.
 */
export function readHtmlTable(table: PageElement): TableBlock {
  const { rows: trs, total } = tableRowsCounted(table);
  const grid: (Cell | null)[][] = [];
  const starts: Cell[][] = [];
  /** Each started cell's first grid column and its span, as starts has them. */
  const at: [number, number][][] = [];
  let width = 0;
  let budget = MAX_SLOTS;
  for (let r = 0; r < trs.length; r++) {
    grid[r] ??= [];
    starts[r] = [];
    at[r] = [];
    let c = 0;
    const tds = rowCells(trs[r]!);
    for (let i = 0; i < tds.length; i++) {
      const td = tds[i]!;
      while (grid[r]![c]) c++;
      if (c >= MAX_COLS) break;
      let cs = span(td, td.colSpan, 'colspan', MAX_COLSPAN);
      let rs = span(td, td.rowSpan, 'rowspan', trs.length - r);
      if (cs * rs > budget) cs = rs = 1;
      budget -= cs * rs;
      // textContent is native and fast; labels split by <br> or spans join up, which label matching wants anyway
      const cell: Cell = { text: cleanText(td.textContent ?? ''), src: { el: td } };
      starts[r]!.push(cell);
      at[r]!.push([c, Math.min(cs, MAX_COLS - c)]);
      for (let dr = 0; dr < Math.min(rs, trs.length - r); dr++) {
        const row = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs && c + dc < MAX_COLS; dc++) row[c + dc] = cell;
      }
      c += cs;
      width = Math.max(width, Math.min(c, MAX_COLS));
    }
  }
  dropLabelSpacers(grid, starts, at, width);
  const rows: Row[] = starts.map((cells) => ({ cells }));
  return { kind: 'table', layout: 'html', rows, size: { rows: trs.length, cols: width }, src: { el: table }, ...(total > trs.length ? { cut: total } : {}) };
}

/**
 * A row longer than the table's other rows by a blank before its values, where the table's labels stand: a label cell
 * split in two (（一）予以公开 | (empty) | 258 …), as a Word table with a stray vertical line exports it, would put a
 * blank before the row's values and each value one column late. Such a blank is dropped from the row the mapper reads
 * when it lies in a label column: one that holds, in the rows of values, no number and mostly labels (the items of
 * 不予公开, 无法提供…). Rows as long as the others (a table whose rows are ragged, or blank throughout) keep every cell.
 */
function dropLabelSpacers(grid: (Cell | null)[][], starts: Cell[][], at: [number, number][][], width: number) {
  // each row's values: the cells after its last label
  const runStart = starts.map((cells) => {
    let i = cells.length;
    while (i > 0 && parseValue(cells[i - 1]!.text).kind !== 'text') i--;
    return i;
  });
  const lengths = new Map<number, number>();
  starts.forEach((cells, r) => {
    const n = cells.length - runStart[r]!;
    if (n >= 3) lengths.set(n, (lengths.get(n) ?? 0) + 1);
  });
  // the rows' usual length (the longer one of two as usual)
  let usual = 0;
  for (const [n, k] of lengths) if (k > (lengths.get(usual) ?? 0) || (k === lengths.get(usual) && n > usual)) usual = n;
  const longer = starts.map((cells, r) => (usual ? cells.length - runStart[r]! - usual : 0));
  if (!longer.some((n) => n > 0)) return;

  const numbers = new Array<number>(width).fill(0);
  const labels = new Array<number>(width).fill(0);
  const blanks = new Array<number>(width).fill(0);
  for (const row of grid) {
    // a row of values (three cells at least that are numbers or blanks), whatever they hold: a header holds labels
    if (!row || row.filter((cell, c) => cell && row[c - 1] !== cell && parseValue(cell.text).kind !== 'text').length < 3) continue;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (!cell) continue;
      const kind = parseValue(cell.text).kind;
      if (kind === 'number') numbers[c]!++;
      else if (kind === 'text') labels[c]!++;
      else blanks[c]!++;
    }
  }
  const labelColumn = (c: number) => numbers[c] === 0 && labels[c]! >= 3 && labels[c]! >= 2 * blanks[c]!;
  for (let r = 0; r < starts.length; r++) {
    let extra = longer[r]!;
    let i = runStart[r]!;
    const drop = new Set<number>();
    while (extra > 0 && i < starts[r]!.length) {
      const [c, cs] = at[r]![i]!;
      let spacer = cs > 0;
      for (let k = c; spacer && k < c + cs; k++) spacer = labelColumn(k);
      if (!spacer) break;
      drop.add(i++);
      extra--;
    }
    if (drop.size) {
      starts[r] = starts[r]!.filter((_, k) => !drop.has(k));
      at[r] = at[r]!.filter((_, k) => !drop.has(k));
    }
  }
}
