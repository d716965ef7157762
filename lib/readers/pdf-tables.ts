/** A table region of a PDF page as rows of cells: label cells a wrap or a vertical setting spread over lines, values under the header's columns, blanks where a column has none (./pdf.ts). */
import { append, maxOf, minOf } from '../arrays';
import type { Cell, Row, TableBlock } from '../model';
import { classifyLabel, type LabelInfo } from '../template/labels';
import { requestGroups } from '../template/layout';
import { isValue, numberPieces, overlap, type Chunk, type Line } from './pdf-lines';
import { REQUEST_WIDTH, blankRowColumns, isRowLabel, tableParts, type Placed } from './pdf-blank-rows';

/** A label cell: chunks of one column stacked on consecutive lines (a label the cell wrapped). */
export interface LabelCell {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  line: number;
  size: number;
}

/** A chunk that is a cell's value (not a label's character that reads like one). */
export const cellValue = (c: Chunk) => !c.label && isValue(c.text);

/**
 * Words that read as values (无 for nought, — for a blank) left of every number of the table are
 * characters of a label set vertically (（四）无法提供 a character a line), not values.
 */
export function markLabelWords(lines: Line[]): void {
  const numbers = lines.flatMap((l) => l.chunks.filter((c) => /\d/.test(c.text) && isValue(c.text)));
  if (!numbers.length) return;
  const left = minOf(numbers.map((c) => c.x0));
  for (const l of lines) for (const c of l.chunks) if (!/\d/.test(c.text) && isValue(c.text) && c.x1 < left - 0.5 * c.size) c.label = true;
}
/**
 * A label's text with a value run onto its end (行政规范性文件0, 行政事业性收费4.47, a label cut at its comma by its cell's
 * wrap: （二）部分公开（区分处理的，9): the two parts.
 */
const LABEL_THEN_VALUE = /^(.*[\u4e00-\u9fff)）”，])\s*([-+]?\d[\d,.]*)$/;
/** Labels of rows that hold values: 表二's and 表三's rows, 表三's items, 总计. */
const ROW_KINDS = new Set(['row', 'item', 'total']);
/**
 * 表三's groups that are one row, without items, in both templates (予以公开, 部分公开); a group with items is followed by
 * its first item's number.
 */
const ROW_GROUPS = new Set(requestGroups('2021').filter((g) => !g.items.length).map((g) => g.key));

/**
 * A row's label and its first value set without a gap between them (a table squeezed into the page's width: the
 * label fills its column and the value starts where it ends) are two chunks again: the label a row label of the
 * template, the rest a value. Where the value starts is estimated from the characters' widths (a digit half a
 * Chinese character).
 */
export function splitLabelValues(lines: Line[]): void {
  for (const l of lines) {
    if (!l.chunks.some((c) => LABEL_THEN_VALUE.test(c.text))) continue;
    l.chunks = l.chunks.flatMap((c) => {
      const m = LABEL_THEN_VALUE.exec(c.text);
      if (!m || !isValue(m[2]!)) return [c];
      const info = classifyLabel(m[1]!);
      if (!info || !(ROW_KINDS.has(info.kind) || (info.kind === 'group' && ROW_GROUPS.has(info.group)))) return [c];
      const wide = m[1]!.length;
      const narrow = m[2]!.length;
      const unit = (c.x1 - c.x0) / (wide + 0.5 * narrow);
      const cut = c.x1 - 0.5 * narrow * unit;
      return [
        { ...c, text: m[1]!, x1: cut },
        { ...c, text: m[2]!, x0: cut },
      ];
    });
  }
}

/** A label that starts with an item's number (5.属于… （三）… 四、…, or （二 where a column a character or two wide broke it): a cell of its own, never the end of the label above. */
export const ORDINAL_START = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}(?:[)）]|$)|[一二三四五六七八九十]{1,3}、)/;

/**
 * Label chunks of one column on consecutive lines, as one cell each: a label the
 * cell wrapped (its lines beside no value, or the middle line beside the values, or its two lines either side of them),
 * or a tall merged cell written a few characters a line (三、/本年/度办/理结/果).
 */
export function labelCells(lines: Line[]): LabelCell[] {
  // `pitch`: how far below its first line a label's line on its values stood (a label set at double spacing)
  const cells: (LabelCell & { data: boolean; short: boolean; head: boolean; pitch?: number })[] = [];
  // a line of values with no label in the cell's column, between two lines of the cell: the row's values, set at the
  // middle of a label wrapped over lines set wider apart (a line height of 1.75, a paragraph's spacing; up to three
  // lines); the lower line no label of its own, only the rest of the one above
  const valuesBetween = (x: { x0: number; x1: number; bottom: number }, y: number) =>
    lines.some((l) => l.y > y && l.y < x.bottom && l.chunks.some(cellValue) && !l.chunks.some((c) => !cellValue(c) && overlap(x, c)));
  // a line of values right under a chunk (within a line and a half): the chunk starts a label wrapped around them
  const valuesUnder = (c: Chunk) => lines.some((l) => l.y < c.y && c.y - l.y <= 1.6 * c.size && l.chunks.some(cellValue));
  // a label wrapped over three lines set at double spacing (a pitch up to 2.1 of the type's size), its values on the
  // middle line (1、申请人无正当理由逾期不补 / 正、行政机关不再处理其政府信 67 3 0 0 1 0 71 / 息公开申请; real: 淮安市人民政府
  // 2024, a WPS PDF): the line of values goes on the label above it, with no values between, and the line after goes on
  // them at the same pitch (`pitch` is set only where a line of values joined a label)
  const doubleSpaced = (x: (typeof cells)[number], c: Chunk, data: boolean) => {
    const gap = x.bottom - c.y;
    if (gap > 2.1 * c.size || !restOfLabel(x.text, c.text)) return false;
    if (data) return !x.data && !lines.some((l) => l.y < x.bottom && l.y > c.y && l.chunks.some(cellValue));
    return x.pitch !== undefined && Math.abs(gap - x.pitch) <= 0.2 * c.size && !valuesUnder(c);
  };
  for (const l of lines) {
    const data = l.chunks.some(cellValue);
    // a line of the header (its column labels on it): its label-column cell (信息内容) is the header's, not the start of
    // the label of the row below
    const head = !data && l.chunks.some((c) => isColumnLabel(c.text) || isLabelColumnHead(c.text));
    for (const c of l.chunks) {
      if (cellValue(c)) continue;
      const short = c.text.length <= 3;
      // the nearest cell above that the chunk can go on (a cell further up, reached across a row's values, never
      // takes the rest of the label right above); a label that starts with its ordinal, or the label column's head
      // (信息内容 under 第二十条第（一）项), starts a cell; so does a row's label whose start the page's left edge cut
      // (6.属于四类过程性信息 printed 属于四类过程性信息 in a table wider than the page)
      const above = ORDINAL_START.test(c.text) || isLabelColumnHead(c.text) || (c.x0 < -1 && cutRowLabel(c.text))
        ? undefined
        : nearestAbove(
            cells.filter(
              (x) =>
                x.bottom - c.y > 0.5 * c.size &&
                (x.bottom - c.y <= 1.6 * c.size ||
                  // the rest of a row's label under its line of values, the first line set taller (its digits in a Latin
                  // face: a pitch up to 1.8 of the type's size); never the first line of a label set around values below
                  (x.bottom - c.y <= 1.8 * c.size && x.data && !data && restOfLabel(x.text, c.text) && !valuesUnder(c)) ||
                  (x.bottom - c.y <= 3 * c.size && !data && !x.data && !classifyLabel(c.text) && valuesBetween(x, c.y)) ||
                  doubleSpaced(x, c, data)) &&
                overlap(x, c) &&
                !(x.head && data) &&
                (!data || !x.data || (short && x.short)),
            ),
          );
      if (above) {
        if (data && !above.data) above.pitch = above.bottom - c.y;
        above.text += c.text;
        above.bottom = c.y;
        above.x0 = Math.min(above.x0, c.x0);
        above.x1 = Math.max(above.x1, c.x1);
        above.data ||= data;
        above.short &&= short;
      } else cells.push({ text: c.text, x0: c.x0, x1: c.x1, top: c.y, bottom: c.y, line: c.line, size: c.size, data, short, head });
    }
  }
  return cells;
}

/** What is left of a label the page's left edge cut names a row of the template (an item's words without its number). */
function cutRowLabel(text: string): boolean {
  const info = classifyLabel(text);
  return !!info && (ROW_KINDS.has(info.kind) || info.kind === 'group');
}

/**
 * Whether a chunk can be the rest of the label above it: no label of its own, or an item's words without its number
 * under an item's number cut before its words (1.申请人无正当理由逾 / 期不补正、行政机关不…) or under the start of an
 * item of the same group.
 */
function restOfLabel(above: string, text: string): boolean {
  const mine = classifyLabel(text);
  if (!mine) return true;
  if (mine.table !== 'requests' || mine.kind !== 'item' || mine.n !== null) return false;
  const theirs = classifyLabel(above);
  // (or under the start of an item of its own group: 2、申请人逾期未按收费通知要 / 求缴纳费用、行政机关不再处理)
  return theirs?.table === 'requests' && theirs.kind === 'item' && (theirs.group === null || theirs.group === mine.group);
}

/** Of the cells a chunk can go on, the one whose last line is lowest (nearest above it); the first of equals. */
function nearestAbove<T extends { bottom: number }>(cells: T[]): T | undefined {
  return cells.reduce<T | undefined>((a, b) => (!a || b.bottom < a.bottom ? b : a), undefined);
}

/** 表二's label column's own header (信息内容): its line is the header's, whatever its column labels ran into. */
function isLabelColumnHead(text: string): boolean {
  const info = classifyLabel(text);
  return info?.table === 'active' && info.kind === 'header';
}

/** A label that names a column of the template (a leaf of the header), and where its centre is. */
export function isColumnLabel(text: string): boolean {
  const info = classifyLabel(text);
  if (!info) return false;
  // 其他, 总计 — not a row's group cut after its first word (（六）其他 / 处理: real, 沭阳县发展和改革局 2023 through Writer)
  if (info.table === null) return !/^\s*[(（][一二三四五六七八九十]+[)）]/.test(text);
  if (info.table === 'active') return info.kind === 'col';
  if (info.table === 'requests') return info.kind === 'header' && !!info.col;
  if (info.table === 'appeals') return info.kind === 'header' && !!info.part;
  return false;
}

/** 表三's column labels of organisations, which a narrow header breaks over lines (商业 / 企业, 社会公 / 益组织). */
const ORG_LABELS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构'];

/**
 * Where a header cell's column labels stand: a label's middle; or, for the first line of labels a narrow header broke
 * (商业, 科研, 社会公, 法律服务 — two characters at least of an organisation's label, from its start), each piece's middle,
 * pieces run together into one chunk (社会公法律服务) set apart by their characters' share of its width (real:
 * 沭阳县发展和改革局 2023 through Writer, whose rows print only 自然人 and 总计: no row of values gives the columns).
 * The rest of such a label on the next line (企业, 益组织, 机构) is no column of its own.
 */
function columnCentres(h: LabelCell): number[] {
  if (isColumnLabel(h.text)) return [(h.x0 + h.x1) / 2];
  const text = h.text.replace(/\s+/g, '');
  const pieces: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    let len = 0;
    for (const l of ORG_LABELS) for (let n = l.length; n >= 2; n--) if (n > len && text.startsWith(l.slice(0, n), at)) len = n;
    if (!len) return [];
    pieces.push([at, len]);
    at += len;
  }
  const w = (h.x1 - h.x0) / text.length;
  return pieces.map(([from, n]) => h.x0 + (from + n / 2) * w);
}

export interface Region {
  lines: Line[];
  page: number;
}

/**
 * A row's values printed at two heights — beside a label the cell wrapped, some cells set at the row's top and the
 * others at its middle — read as one line again: two lines of values less than a line and a fifth apart whose values
 * stand in different columns. Rows of their own stand further apart, and print their values in the same columns.
 */
function oneRowAgain(data: Line[]): Line[] {
  const out: Line[] = [];
  for (const d of data) {
    const prev = out[out.length - 1];
    const mine = d.chunks.filter(cellValue);
    if (prev && prev.y - d.y < 1.2 * Math.min(prev.size, d.size)) {
      const theirs = prev.chunks.filter(cellValue);
      if (!mine.some((a) => theirs.some((b) => overlap(a, b)))) {
        // the line with more values keeps its height (a label whose lines do not reach it leaves the row undecided:
        // said as needs review, never read with the wrong row's label)
        const [main, other] = mine.length >= theirs.length ? [d, prev] : [prev, d];
        out[out.length - 1] = { ...main, chunks: [...main.chunks, ...other.chunks.filter(cellValue)].sort((a, b) => a.x0 - b.x0) };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * Numbers their cells wrapped: a column too narrow for five digits prints 2695 / 4 on two lines a line apart, the
 * row's other cells set on one line between them, in the row's middle (real: 上海市 2020 through Writer's HTML
 * import, 26954, 10544 and 26312). Both pieces are digits in one column (the same start or the same middle), the
 * row's line of values between them holds none in that column: the number is put on that line, its pieces taken
 * off theirs (what else they hold — the row's label wrapped the same way — stays, and lines left empty go).
 * Not two rows of a tight table: their values stand on their rows' lines, not half a line off every other value.
 */
export function numbersWrappedAround(lines: Line[]): Line[] {
  const out = lines.map((l) => ({ ...l, chunks: [...l.chunks] }));
  for (const [i, row] of out.entries()) {
    const above = out[i - 1];
    const below = out[i + 1];
    if (!above || !below || !row.chunks.some(cellValue)) continue;
    const size = Math.min(above.size, row.size, below.size);
    if (above.y - row.y < 0.25 * size || row.y - below.y < 0.25 * size || above.y - below.y > 1.4 * size) continue;
    for (const first of above.chunks.filter((c) => cellValue(c) && /^\d+$/.test(c.text))) {
      const rest = below.chunks.find((c) => cellValue(c) && /^\d+$/.test(c.text) && overlap(c, first));
      const aligned = rest && (Math.abs(first.x0 - rest.x0) < 0.5 * size || Math.abs(first.x0 + first.x1 - rest.x0 - rest.x1) < size);
      if (!rest || !aligned || row.chunks.some((c) => cellValue(c) && (overlap(c, first) || overlap(c, rest)))) continue;
      above.chunks.splice(above.chunks.indexOf(first), 1);
      below.chunks.splice(below.chunks.indexOf(rest), 1);
      row.chunks.push({ ...first, text: first.text + rest.text, y: row.y, x0: Math.min(first.x0, rest.x0), x1: Math.max(first.x1, rest.x1) });
      row.chunks.sort((a, b) => a.x0 - b.x0);
    }
  }
  return out.filter((l) => l.chunks.length);
}

/** A label that starts a row of the template (not the rest of one, nor a header's words). */
const startsRow = (c: Chunk) => !cellValue(c) && isRowLabel(c.text);

/**
 * A row whose cells are set at two heights further apart than a line, beside a label wrapped over several lines:
 * some cells at the row's top, the others lower (real: 平潭综合实验区交通与建设局 2024 through Writer — 部分公开's 总计
 * 3 on its label's first line, its six other cells two lines and a half lower; 其他处理·1's six cells on the label's
 * first line, its 总计 a line and a half lower beside the label's rest). The upper line starts a row of the
 * template; the lower one, within two lines and a half, starts none, nor does a line between them hold a value or
 * start a row; their values stand in different columns. The lower line's values go up onto the row's first line;
 * its words (the label's rest) stay where they are.
 */
export function cellsAtTwoHeights(lines: Line[]): Line[] {
  const out = lines.map((l) => ({ ...l, chunks: [...l.chunks] }));
  for (const [i, upper] of out.entries()) {
    const ups = upper.chunks.filter(cellValue);
    if (!ups.length || !upper.chunks.some(startsRow)) continue;
    const size = upper.size;
    const j = out.findIndex((l, k) => k > i && l.chunks.some(cellValue));
    const lower = out[j];
    if (!lower || upper.y - lower.y < 1.2 * size || upper.y - lower.y >= 2.5 * size || lower.chunks.some(startsRow)) continue;
    if (out.slice(i + 1, j).some((l) => l.chunks.some(startsRow))) continue;
    const downs = lower.chunks.filter(cellValue);
    if (ups.some((a) => downs.some((b) => overlap(a, b)))) continue;
    lower.chunks = lower.chunks.filter((c) => !cellValue(c));
    upper.chunks = [...upper.chunks, ...downs.map((c) => ({ ...c, y: upper.y }))].sort((a, b) => a.x0 - b.x0);
  }
  return out.filter((l) => l.chunks.length);
}

/** A table region's rows: a row per line of values with its labels; header rows in between; blanks where a column has no text. */
export function regionRows(
  region: Region,
  grid0: number[] | null,
  left0?: number,
): { rows: Row[]; grid: number[] | null; headerKeys: string[]; left?: number } {
  const { page } = region;
  splitLabelValues(region.lines);
  const lines = cellsAtTwoHeights(numbersWrappedAround(region.lines));
  markLabelWords(lines);
  const cells = labelCells(lines);
  const dataLines = oneRowAgain(lines.filter((l) => l.chunks.some(cellValue)));
  const size = lines[0]?.size ?? 10;
  // each label cell goes with the line of values nearest its middle, when one lies within it
  const attached = new Map<Line, LabelCell[]>();
  const headers: LabelCell[] = [];
  for (const cell of cells) {
    const mid = (cell.top + cell.bottom) / 2;
    const near = dataLines.filter((d) => d.y <= cell.top + 0.6 * d.size && d.y >= cell.bottom - 0.6 * d.size);
    if (!near.length) {
      headers.push(cell);
      continue;
    }
    const d = near.reduce((a, b) => (Math.abs(b.y - mid) < Math.abs(a.y - mid) ? b : a));
    attached.set(d, [...(attached.get(d) ?? []), cell]);
  }
  const items: Placed[] = [];
  // header rows: cells with the same top line
  const byTop = new Map<number, LabelCell[]>();
  for (const h of headers) {
    const key = [...byTop.keys()].find((k) => Math.abs(k - h.top) <= 0.35 * size) ?? h.top;
    byTop.set(key, [...(byTop.get(key) ?? []), h]);
  }
  for (const [top, hs] of byTop) {
    hs.sort((a, b) => a.x0 - b.x0);
    items.push({
      y: top,
      header: true,
      row: { cells: hs.map((h) => labelCell(h, page)) },
      cols: hs.filter((h) => isColumnLabel(h.text)).map((h) => (h.x0 + h.x1) / 2),
      pieces: hs.flatMap(columnCentres),
      span: [minOf(hs.map((h) => h.bottom)), top],
    });
  }
  for (const d of dataLines) {
    const labels = (attached.get(d) ?? []).sort((a, b) => a.x0 - b.x0);
    const values = d.chunks.filter(cellValue);
    // the row stands where its own label (the rightmost) starts: a group's label beside several rows does not lift it
    const own = labels[labels.length - 1];
    items.push({ y: Math.max(own?.top ?? d.y, d.y), header: false, row: { cells: [...labels.map((l) => labelCell(l, page)), ...placed(values, page)] }, values });
  }
  items.sort((a, b) => b.y - a.y);
  const parts = tableParts(items, left0);
  const blanks = blankRowColumns(items, parts, grid0);
  // the columns: the column labels of the header rows since the last line of values
  let grid = grid0;
  let pending: number[] = [];
  // the header's columns with the first lines of labels it broke (商业, 科研机…): where they stand is a fragment's
  // middle, not the column's, so they are the columns only where they are all of 表三's seven and neither the
  // labels read whole nor a row of values gives as many (a header missing one would set a row's values askew)
  let pendingPieces: number[] = [];
  let pieces: number[] | null = null;
  const rows: Row[] = [];
  const headerKeys: string[] = [];
  for (const [i, it] of items.entries()) {
    const columns = blanks.get(it);
    if (columns) {
      // a row of blank cells: its label, and a blank where each of its columns stands
      const at = it.row.cells[it.row.cells.length - 1]!.src;
      rows.push({ cells: [...it.row.cells, ...columns.map((x) => cell('', page, at.line ?? 0, boxOf(x - size, x + size, it.y, it.y, size)))] });
      continue;
    }
    if (it.header) {
      append(pending, it.cols ?? []);
      append(pendingPieces, it.pieces ?? []);
      rows.push(it.row);
      headerKeys.push(it.row.cells.map((c) => c.text).join('|'));
      continue;
    }
    if (pending.length) {
      grid = [...pending].sort((a, b) => a - b);
      pending = [];
    }
    if (pendingPieces.length) {
      pieces = [...pendingPieces].sort((a, b) => a - b);
      pendingPieces = [];
    }
    // a header whose column labels were not all read (broken over lines a few characters each): the columns are
    // where the widest row of values of this part has its values
    const wide = parts.widest.get(parts.of[i]!);
    if (grid && wide && wide.length > grid.length) grid = wide;
    if (grid && pieces?.length === REQUEST_WIDTH && pieces.length > grid.length) grid = pieces;
    const values = it.values ?? [];
    const labels = it.row.cells.slice(0, it.row.cells.length - values.length);
    rows.push({ cells: [...labels, ...(grid ? onGrid(values, grid, page) : placed(beforeCut(values), page))] });
  }
  if (pending.length) grid = [...pending].sort((a, b) => a - b);
  return { rows, grid, headerKeys, ...(parts.left === undefined ? {} : { left: parts.left }) };
}

/** Where a run of text stands on its page, in the PDF's own units (origin bottom left): x0, y0, x1, y1. */
export function boxOf(x0: number, x1: number, top: number, bottom: number, size: number): [number, number, number, number] {
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(x0), r(bottom - 0.25 * size), r(x1), r(top + 0.9 * size)];
}

export function cell(text: string, page: number, line: number, box?: [number, number, number, number]): Cell {
  return { text, src: box ? { page, line, box } : { page, line } };
}

export const labelCell = (l: LabelCell, page: number) => cell(l.text, page, l.line, boxOf(l.x0, l.x1, l.top, l.bottom, l.size));
export const valueCell = (v: Chunk, page: number) => cell(v.text, page, v.line, boxOf(v.x0, v.x1, v.y, v.y, v.size));

export function placed(values: Chunk[], page: number): Cell[] {
  return values.map((v) => valueCell(v, page));
}

/** A row's values before the first the page's edge cut (markCut): it and those after it were not printed whole. */
function beforeCut(values: Chunk[]): Chunk[] {
  const cut = values.findIndex((v) => v.cut);
  return cut < 0 ? values : values.slice(0, cut);
}

/**
 * Values in the grid's columns: each to the nearest column; a column with none is a blank cell. A value the page's
 * edge cut ends the row: it and the columns after it were not printed (neither values nor blanks).
 */
export function onGrid(values: Chunk[], grid: number[], page: number): Cell[] {
  const column = (v: Chunk) => {
    const mid = (v.x0 + v.x1) / 2;
    let best = 0;
    for (let i = 1; i < grid.length; i++) if (Math.abs(grid[i]! - mid) < Math.abs(grid[best]! - mid)) best = i;
    return best;
  };
  const slots: Chunk[][] = grid.map(() => []);
  for (const v of values) {
    // numbers a space apart (17 246) standing over as many columns are that many cells, not one number's groups
    const pieces = numberPieces(v);
    const apart = pieces && new Set(pieces.map(column)).size === pieces.length ? pieces : [v];
    for (const p of apart) slots[column(p)]!.push(p);
  }
  const cut = slots.findIndex((s) => s.some((v) => v.cut));
  const head = cut < 0 ? [] : beforeCut(slots[cut]!);
  const kept = cut < 0 ? slots : [...slots.slice(0, cut), ...(head.length ? [head] : [])];
  // values left of the first column or beyond the last (a wider row) keep their order
  const line = values[0]?.line ?? 0;
  // a blank stands where its column is, on the row's line
  const y = values[0]?.y ?? 0;
  const size = values[0]?.size ?? 10;
  return kept.flatMap((s, i) => (s.length ? s.map((v) => valueCell(v, page)) : [cell('', page, line, boxOf(grid[i]! - size, grid[i]! + size, y, y, size))]));
}

/**
 * Text of a table region standing past its page's left or right edge (by more than a point): a table wider than the
 * page, whose cells beyond the edge were not printed (LibreOffice lays out a page's table whose cells may not wrap at
 * its full width, centred on the page).
 */
export function pastEdge(lines: Line[], width: number): boolean {
  return lines.some((l) => l.chunks.some((c) => c.x0 < -1 || c.x1 > width + 1));
}

/**
 * In a table wider than its page: the values whose end reaches within a point of the right edge. The PDF keeps the
 * glyphs the page shows, a glyph past the edge dropped, so such a value may have lost its last digits (10 printed as
 * 1): it is marked cut.
 */
export function markCut(lines: Line[], width: number): void {
  for (const l of lines) for (const c of l.chunks) if (c.x1 > width - 1 && isValue(c.text)) c.cut = true;
}

/** A line of no value with no value right under it: no row's values stand beside it. */
function bareLine(lines: Line[], m: number): boolean {
  const l = lines[m]!;
  const next = lines[m + 1];
  if (l.chunks.some((c) => isValue(c.text))) return false;
  return !(next && l.y - next.y <= 1.6 * l.size && next.chunks.some((c) => isValue(c.text)));
}

/**
 * A row broken by the page between its cells (WeasyPrint): its values the last line of one page, with no label of the
 * template beside them, its label the first lines of the next, no value beside them. The label is put before the
 * values; how many lines it was (up to three), 0 when none.
 */
export function labelUnderPage(table: TableBlock, lines: Line[]): number {
  const last = table.rows[table.rows.length - 1];
  const at = last?.cells.findIndex((c) => isValue(c.text)) ?? -1;
  if (!last || at < 0 || last.cells.some((c) => c.text && !isValue(c.text) && classifyLabel(c.text))) return 0;
  let m = 0;
  while (m < Math.min(3, lines.length) && lines[m]!.chunks.length === 1 && bareLine(lines, m)) m++;
  const label = lines.slice(0, m).map((l) => l.chunks[0]!);
  const text = label.map((c) => c.text).join('');
  const info = m ? classifyLabel(text) : null;
  if (!info || info.kind === 'header' || info.kind === 'phase' || info.kind === 'ambiguous') return 0;
  const first = label[0]!;
  last.cells.splice(at, 0, { text, src: { page: last.cells[at]!.src.page, line: first.line, box: boxOf(minOf(label.map((c) => c.x0)), maxOf(label.map((c) => c.x1)), first.y, label[m - 1]!.y, first.size) } });
  return m;
}

/**
 * A row's label broken by the page (行政事业性收 / 费): the page's first lines in the column of the label of the table's
 * last row, no value on them or right under them, that make that label one of the template's where it was none, or a
 * fuller one (1.本机 / 关不 / 掌握 / … in a column two characters wide: an item of no group made 无法提供's). They are added
 * to it; how many lines they were (up to eight), 0 when none.
 */
export function labelRestOnTop(table: TableBlock, lines: Line[]): number {
  const last = table.rows[table.rows.length - 1];
  const labels = last?.cells.filter((c) => c.src.box && c.text && !isValue(c.text)) ?? [];
  if (!labels.length) return 0;
  const rest = new Map<Cell, string>();
  let m = 0;
  for (; m < Math.min(8, lines.length); m++) {
    const l = lines[m]!;
    if (!bareLine(lines, m)) break;
    // within the label's column: a chunk wider than it (a heading, prose) is not its rest
    const to = l.chunks.map((c) => labels.find((x) => c.x0 >= x.src.box![0] - c.size && c.x1 <= x.src.box![2] + c.size));
    if (to.some((x, i) => !x || classifyLabel(l.chunks[i]!.text))) break;
    to.forEach((x, i) => rest.set(x!, (rest.get(x!) ?? '') + l.chunks[i]!.text));
  }
  const fuller = (before: LabelInfo | null, after: LabelInfo | null) => !!after && JSON.stringify(after) !== JSON.stringify(before);
  if (!m || ![...rest].every(([x, more]) => fuller(classifyLabel(x.text), classifyLabel(x.text + more)))) return 0;
  for (const [x, more] of rest) x.text += more;
  return m;
}
