/**
 * Tables drawn with box-drawing characters, as a text browser dumps a page (`w3m -dump`, elinks): each cell a rectangle of
 * the text grid between │ and ─ lines, its words wrapped inside it a few characters a line, a cell spanning rows or
 * columns one rectangle (its words may stand on a border line the span crosses: │  开  ├──────┼). The rectangles are
 * found on the grid of display columns (a Chinese character two wide), and read as a page's table: a row for each row of
 * the finest column, each row holding the cells that start in it, left to right, a blank cell kept blank.
 */
import type { Block, Cell, Row, TableBlock, TextBlock } from '../model';
import { cleanText } from '../text/normalize';
import { isTemplateLabel } from '../template/labels';
import { mapTextRuns } from './text-runs';

const VERTICAL = new Set([...'│┃║├┤┼┬┴┌┐└┘┠┨┿╂┣┫╋┳┻┏┓┗┛╟╢╫╠╣╬╦╩╔╗╚╝╞╡╪╤╧╒╕╘╛╓╖╙╜']);
const HORIZONTAL = new Set([...'─━═']);
/** A line of a box table: it opens with one of the box's left edges or corners. */
const BOX_LINE = /^\s*[┌├│└┏┣┃┗╔╠║╚╒╞╘╓╟╙┠]/;
/** Lines a box table needs at least, and columns of its grid at most (a runaway line is no table). */
const MIN_LINES = 3;
const MAX_WIDTH = 400;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The blocks with their text lines' box tables as table blocks (those holding the template's labels). */
export function withBoxTables(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.kind === 'text' && BOX_LINE.test(b.text))) return blocks;
  return mapTextRuns(blocks, boxTablesIn);
}

/** A run of lines' box tables as table blocks, the other lines as they were. */
function boxTablesIn(lines: TextBlock[]): (TextBlock | TableBlock)[] {
  const out: (TextBlock | TableBlock)[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && BOX_LINE.test(lines[j]!.text)) j++;
    if (j - i >= MIN_LINES) {
      const table = boxTable(lines.slice(i, j));
      if (table) {
        out.push(table);
        i = j;
        continue;
      }
    }
    for (const l of lines.slice(i, Math.max(j, i + 1))) out.push(l);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A line as display columns: each character at its column, a wide one's second column held by null. */
function columns(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const ch of text.replace(/\s+$/, '')) {
    if (out.length >= MAX_WIDTH) break;
    out.push(ch);
    if (WIDE.test(ch)) out.push(null);
  }
  return out;
}

function boxTable(lines: TextBlock[]): TableBlock | null {
  const grid = lines.map((l) => columns(l.text));
  const width = grid.reduce((m, g) => Math.max(m, g.length), 0);
  // a wide character's second column is null (no text of its own); past a line's end, a space
  const at = (y: number, x: number): string | null => (x < grid[y]!.length ? grid[y]![x]! : ' ');
  // the columns where a vertical line stands on some line
  const edges: number[] = [];
  for (let x = 0; x < width; x++) if (grid.some((g) => VERTICAL.has(g[x] ?? ''))) edges.push(x);
  if (edges.length < 2) return null;
  const cols = edges.length - 1;
  // a slot (line y, leaf column c) is a border where its whole span is ─
  const border = (y: number, c: number) => {
    for (let x = edges[c]! + 1; x < edges[c + 1]!; x++) if (!HORIZONTAL.has(at(y, x) ?? '')) return false;
    return edges[c + 1]! - edges[c]! > 1;
  };
  // slots joined into cells: down a column while no border, across an edge that holds no vertical line there
  const id: number[][] = lines.map(() => Array<number>(cols).fill(-1));
  const cells: { top: number; left: number; slots: [number, number][] }[] = [];
  for (let y = 0; y < lines.length; y++) {
    for (let c = 0; c < cols; c++) {
      if (id[y]![c] !== -1 || border(y, c)) continue;
      const cell = { top: y, left: c, slots: [] as [number, number][] };
      const stack: [number, number][] = [[y, c]];
      id[y]![c] = cells.length;
      while (stack.length) {
        const [sy, sc] = stack.pop()!;
        cell.slots.push([sy, sc]);
        cell.top = Math.min(cell.top, sy);
        cell.left = Math.min(cell.left, sc);
        const next: [number, number][] = [];
        if (sy > 0) next.push([sy - 1, sc]);
        if (sy + 1 < lines.length) next.push([sy + 1, sc]);
        if (sc > 0 && !VERTICAL.has(at(sy, edges[sc]!) ?? '')) next.push([sy, sc - 1]);
        if (sc + 1 < cols && !VERTICAL.has(at(sy, edges[sc + 1]!) ?? '')) next.push([sy, sc + 1]);
        for (const [ny, nc] of next) {
          if (id[ny]![nc] !== -1 || border(ny, nc)) continue;
          id[ny]![nc] = cells.length;
          stack.push([ny, nc]);
        }
      }
      cells.push(cell);
    }
  }
  // each cell's words: line by line, its slots left to right (an edge it spans read with them)
  const text = cells.map((cell) => {
    const byLine = new Map<number, number[]>();
    for (const [y, c] of cell.slots) byLine.set(y, [...(byLine.get(y) ?? []), c]);
    return [...byLine.keys()]
      .sort((a, b) => a - b)
      .map((y) => {
        const cs = byLine.get(y)!.sort((a, b) => a - b);
        let s = '';
        for (let x = edges[cs[0]!]! + 1; x < edges[cs[cs.length - 1]! + 1]!; x++) {
          const ch = at(y, x);
          if (ch !== null && !VERTICAL.has(ch) && !HORIZONTAL.has(ch)) s += ch;
        }
        return s.trim();
      })
      .join('');
  });
  // rows: the finest column's runs of lines between its borders; each holds the cells that start in it
  const starts = new Map<number, number>();
  let row = -1;
  let inside = false;
  for (let y = 0; y < lines.length; y++) {
    const b = border(y, cols - 1) || lines[y]!.text.trim() === '' || ![...lines[y]!.text].some((ch) => !VERTICAL.has(ch) && !HORIZONTAL.has(ch) && ch.trim());
    if (b) inside = false;
    else if (!inside) {
      row++;
      inside = true;
    }
    starts.set(y, b ? row + 1 : row);
  }
  const rows: Row[] = [];
  cells
    .map((cell, k) => ({ cell, k, r: Math.max(0, starts.get(cell.top)!) }))
    .sort((a, b) => a.r - b.r || a.cell.left - b.cell.left)
    .forEach(({ cell, k, r }) => {
      while (rows.length <= r) rows.push({ cells: [] });
      rows[r]!.cells.push({ text: cleanText(text[k]!), src: lines[cell.top]!.src } satisfies Cell);
    });
  const kept = rows.filter((r) => r.cells.length);
  const table: TableBlock = { kind: 'table', layout: 'html', rows: kept, size: { rows: kept.length, cols }, src: lines[0]!.src };
  return kept.some((r) => r.cells.some((c) => isTemplateLabel(c.text))) ? table : null;
}

