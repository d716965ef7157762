/**
 * A PDF table region's rows as placed (./pdf-tables.ts), read for what a print leaves out: the parts of the table
 * (each header with column labels starts one) and the columns of their widest rows, and rows of the template printed
 * as their label alone because their cells were left blank.
 */
import type { Row } from '../model';
import { classifyLabel, headerRun } from '../template/labels';
import { REQUEST_COL_ORDER } from '../template/layout';
import type { Chunk } from './pdf-lines';

/** 表三's columns: 自然人, five kinds of organisation, 总计. */
export const REQUEST_WIDTH = REQUEST_COL_ORDER.length;

/** A label of a row of the template that holds values (not a group's label with items under it). */
export function leafLabel(text: string, next: string | undefined): boolean {
  const info = classifyLabel(text);
  if (!info) return false;
  if (info.kind === 'row' || info.kind === 'total') return true;
  // an item by its number (1.属于国家秘密): the rest of a label a page break set apart (要另行制作) reads as an item too
  if (info.kind === 'item' && info.table === 'requests') return info.n !== null;
  if (info.table !== 'requests' || info.kind !== 'group') return false;
  // 予以公开 and 部分公开 have no items; 其他处理 has none in the 2019 template (the next row is no item of it then)
  if (info.group === 'disclosed' || info.group === 'partial') return true;
  const after = next === undefined ? null : classifyLabel(next);
  // (only 表三 has items)
  return info.group === 'other' && after?.kind !== 'item';
}

/** A row of a region as placed: its height, cells, values; a header row's column labels and the height its labels span. */
export type Placed = { y: number; row: Row; header: boolean; cols?: number[]; pieces?: number[]; values?: Chunk[]; span?: [number, number] };

/**
 * Rows printed with their label alone in a table: a PDF prints a blank cell as nothing, so a row of the template
 * whose cells were all left blank is its label only. Such a row — a row label of the template; no value on its
 * lines; next to it no values that could be its own (beside no label, the rest of a label, or its group's label
 * alone) — has a blank cell in each column where the widest row of values of its part of the table (since the last
 * header with column labels) has one, else where that header's column labels stand, else (a table going on from
 * the page before) the columns it had there. The rows are read as blanks then, as a page's empty cells are, not as
 * rows missing. Returned by row, its columns' centres.
 */
export function blankRowColumns(items: Placed[], parts: Parts, grid0: number[] | null): Map<Placed, number[]> {
  const out = new Map<Placed, number[]>();
  const own = (it: Placed | undefined) => {
    if (!it) return undefined;
    const labels = it.row.cells.length - (it.values?.length ?? 0);
    return labels > 0 ? it.row.cells[labels - 1]!.text : undefined;
  };
  // values next to it beside no label, or beside only the rest of a label (行政机关不再处理…): they may be its own
  const bare = (it: Placed | undefined) => !!it && !it.header && (own(it) === undefined || !classifyLabel(own(it)!));
  // values next to an item beside only its group's label ((六)其他处理 under 2.申请人逾期未…): they may be the item's
  const groupOf = (text: string | undefined) => {
    const info = text === undefined ? null : classifyLabel(text);
    return info?.table === 'requests' && (info.kind === 'item' || info.kind === 'group') ? `${info.kind}:${info.group}` : null;
  };
  const underGroup = (it: Placed, next: Placed | undefined) => {
    const mine = groupOf(own(it));
    return !!next && !next.header && !!mine && mine.startsWith('item:') && groupOf(own(next)) === mine.replace('item:', 'group:');
  };
  const values = items.flatMap((it) => it.values ?? []);
  // a value beside the label (a row whose values were read with the row below it) says its cells are not blank
  const beside = (it: Placed) => !!it.span && values.some((v) => v.y >= it.span![0] - 0.5 * v.size && v.y <= it.span![1] + 0.5 * v.size);
  for (const [i, it] of items.entries()) {
    if (!it.header || it.cols?.length || bare(items[i - 1]) || bare(items[i + 1]) || beside(it) || underGroup(it, items[i + 1])) continue;
    if (!leafLabel(own(it) ?? '', own(items[i + 1]))) continue;
    const part = parts.of[i]!;
    // the widest row's columns, unless the header (or the page before's) prints more: rows that fill only 自然人 and
    // 总计 are no table two columns wide
    const columns = widestOf([parts.widest.get(part), headerColumns(items, parts, part), part === 0 ? grid0 : null]);
    if (columns?.length) out.set(it, columns);
  }
  return out;
}

/** The first of the column sets with the most columns, null where there is none. */
function widestOf(sets: (number[] | null | undefined)[]): number[] | null {
  let best: number[] | null = null;
  for (const xs of sets) if (xs?.length && xs.length > (best?.length ?? 0)) best = xs;
  return best;
}

/**
 * Where a part's header rows print column labels, all its header lines together: 表三's header prints 自然人 and 总计
 * (each spanning two rows, set in their middle) on a line of their own above 商业企业…其他 (real: 上海市人民政府办公厅 2019
 * printed by Chromium, its blank rows at a page's foot). Null where none does.
 */
function headerColumns(items: Placed[], parts: Parts, part: number): number[] | null {
  const of = (key: 'cols' | 'pieces') => items.flatMap((x, j) => (parts.of[j] === part && x.header ? (x[key] ?? []) : [])).sort((a, b) => a - b);
  // with the first lines of labels a narrow header broke, where they make all of 表三's seven columns
  const pieces = of('pieces');
  const xs = pieces.length === REQUEST_WIDTH ? pieces : of('cols');
  return xs.length ? xs : null;
}

/**
 * The parts of a table region (a header row with column labels starts one; the header lines right after it are
 * the same header): each item's, and where the values of
 * each part's widest row stand (when two rows at least are that wide). Of those, none stands left of 表三's first
 * column (自然人) as its header printed it: that is the label columns' ground, where the rows of a table broken in two
 * set their values when the second part lacks the first's group cells (a rowspan cut by 续表: a row one or two
 * cells short, its cells from the left), not a column of values.
 */
export interface Parts {
  of: number[];
  widest: Map<number, number[]>;
  /** Where 自然人 starts in the last part's header (a table going on from the page before: in its header there). */
  left?: number;
}

export function tableParts(items: Placed[], left0?: number): Parts {
  const of: number[] = [];
  const widest = new Map<number, number[]>();
  const first = new Map<number, number>();
  let part = 0;
  let left = left0;
  // the lines just before are a header that printed column labels (and lines of its own words after them)
  let inHeader = false;
  for (const [i, it] of items.entries()) {
    if (it.header) {
      // a header after rows of values starts the header of a new table (or part)
      if (i > 0 && !items[i - 1]!.header) left = undefined;
      left = naturalLeft(it) ?? left;
    }
    if (it.header && it.cols?.length && !inHeader) part++;
    // a row's label alone (行政许可, 第二十条第（六）项) ends the header: a header after it starts a part of its own
    inHeader = it.header && (!!it.cols?.length || (inHeader && !rowLabel(it)));
    of.push(part);
    if (left !== undefined && !first.has(part)) first.set(part, left);
    if (!it.header && it.values && it.values.length > (widest.get(part)?.length ?? 0)) widest.set(part, it.values.map((v) => (v.x0 + v.x1) / 2));
  }
  // a width one row alone has (a value broken in two) is no column layout
  for (const [part, xs] of widest) {
    if (items.filter((it, i) => of[i] === part && !it.header && it.values?.length === xs.length).length < 2) widest.delete(part);
    else if (first.has(part)) {
      const size = items.find((it, i) => of[i] === part && it.values?.length)!.values![0]!.size;
      const kept = xs.filter((x) => x >= first.get(part)! - size);
      if (kept.length < xs.length) widest.set(part, kept);
    }
  }
  return { of, widest, ...(left === undefined ? {} : { left }) };
}

/** The kinds of label that name a row of the template or a group of rows, not a column. */
const ROW_KINDS = new Set(['row', 'group', 'item', 'total']);
/** A text that names a row of the template or a group of rows (not the rest of one, nor a header's words). */
export const isRowLabel = (text: string) => ROW_KINDS.has(classifyLabel(text)?.kind ?? '');
const rowLabel = (it: Placed) => it.row.cells.some((c) => isRowLabel(c.text));

/** Where 表三's first column label (自然人, alone or first of its header's words run together) starts in a header row. */
function naturalLeft(it: Placed): number | undefined {
  for (const c of it.row.cells) {
    const info = classifyLabel(c.text);
    const natural = (info?.table === 'requests' && info.kind === 'header' && info.col === 'natural') || headerRun(c.text)?.[0] === '自然人';
    if (natural && c.src.box) return c.src.box[0];
  }
  return undefined;
}
