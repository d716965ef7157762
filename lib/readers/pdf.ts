/**
 * A PDF's text, laid out again as the blocks the rest of the engine reads: prose
 * paragraphs, and tables whose rows and columns come from where the text stands.
 *
 *   text items (pdf.js) → lines (same baseline) → chunks (text runs without a gap)
 *   → regions: prose, or a table (template labels and numbers in columns)
 *   → table rows: one per line holding values, with the labels beside it (a label
 *     wrapped over several lines is one cell); the header's column labels give the
 *     columns' positions, so a column with no text in a row is a blank cell, not a
 *     missing value
 *   → a table that runs over a page break is one table; its header repeated on
 *     the next page is dropped; page numbers are dropped.
 * Every block keeps its page and line, so a finding can say where it is in the file.
 */
import { append, maxOf, minOf } from '../arrays';
import type { Block, Cell, Row, TableBlock, TextBlock } from '../model';
import { parseValue } from '../text/numbers';
import { cleanText } from '../text/normalize';
import { classifyLabel, isTemplateLabel } from '../template/labels';
import { isSectionHeading } from '../template/sections';

/** A text item as pdf.js gives it (page coordinates: y grows upwards). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPage {
  items: PdfTextItem[];
  width: number;
  height: number;
}

/** A run of text on one line. */
interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  line: number;
  /** A word that reads as a value (无, —) standing among the labels, left of every number: a label's character. */
  label?: boolean;
}

interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
  /** 1-based line number on its page. */
  n: number;
}

/** A label cell: chunks of one column stacked on consecutive lines (a label the cell wrapped). */
interface LabelCell {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  line: number;
  size: number;
}

const isValue = (s: string) => parseValue(s).kind !== 'text';
/** A chunk that is a cell's value (not a label's character that reads like one). */
const cellValue = (c: Chunk) => !c.label && isValue(c.text);

/**
 * Words that read as values (无 for nought, — for a blank) left of every number of the table are
 * characters of a label set vertically (（四）无法提供 a character a line), not values.
 */
function markLabelWords(lines: Line[]): void {
  const numbers = lines.flatMap((l) => l.chunks.filter((c) => /\d/.test(c.text) && isValue(c.text)));
  if (!numbers.length) return;
  const left = minOf(numbers.map((c) => c.x0));
  for (const l of lines) for (const c of l.chunks) if (!/\d/.test(c.text) && isValue(c.text) && c.x1 < left - 0.5 * c.size) c.label = true;
}
/** Chinese text has no spaces: a space the PDF leaves next to a Chinese character or mark is layout, not text. */
const CJK_SPACE = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;
const tidy = (s: string) => cleanText(s).replace(CJK_SPACE, '');
/** Pieces of one line of text, joined as a reader reads them. */
const joinText = (parts: string[]) => tidy(parts.join(' '));
const UNIT = /^(?:万元|亿元|元|件|个|条|项|次|%)$/;
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const SENTENCE_END = /[。；！？]$/;
/** A label that starts with an item's number (5.属于… （三）… 四、…): a cell of its own, never the end of the label above. */
const ORDINAL_START = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;

/** Lines of a page, top to bottom; chunks left to right. */
export function pageLines(page: PdfPage): Line[] {
  const frags = page.items
    .filter((it) => it.str && it.str.trim() && it.transform?.length === 6)
    .map((it) => {
      const size = Math.abs(it.transform[3]!) || Math.abs(it.transform[0]!) || it.height || 10;
      return { text: it.str, x: it.transform[4]!, y: it.transform[5]!, w: it.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; frags: typeof frags }[] = [];
  for (const f of frags) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - f.y) <= 0.35 * Math.min(last.size, f.size)) last.frags.push(f);
    else lines.push({ y: f.y, size: f.size, frags: [f] });
  }
  return lines.map((l, i) => {
    const fs = l.frags.sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    for (const f of fs) {
      const prev = chunks[chunks.length - 1];
      const gap = prev ? f.x - prev.x1 : Infinity;
      // a unit printed apart from its number (2413593 元) stays with it; so does text split inside a word
      const joins = prev && (gap <= 0.3 * f.size || (UNIT.test(f.text.trim()) && isValue(prev.text) && gap <= 1.5 * f.size));
      if (joins) {
        prev.text += (gap > 0.15 * f.size && /[\dA-Za-z]$/.test(prev.text) && /^[\dA-Za-z]/.test(f.text) ? ' ' : '') + f.text;
        prev.x1 = Math.max(prev.x1, f.x + f.w);
      } else chunks.push({ text: f.text, x0: f.x, x1: f.x + f.w, y: l.y, size: f.size, line: i + 1 });
    }
    for (const c of chunks) c.text = tidy(c.text);
    return { y: l.y, size: l.size, chunks: chunks.filter((c) => c.text), n: i + 1 };
  });
}

/** A line that belongs to a table: several chunks apart, a value, or a short label of the template. */
function tabular(l: Line): boolean {
  const cs = l.chunks;
  if (cs.some((c) => isValue(c.text))) return true;
  if (cs.length >= 2) return !cs.some((c) => c.text.length > 30 && SENTENCE_END.test(c.text));
  const t = cs[0]?.text ?? '';
  return t.length <= 30 && !SENTENCE_END.test(t) && !isSectionHeading(t);
}

/** What a printing browser or office suite puts in a running head or foot: an address, a date with its time, a page count. */
const PRINT_MARK = /^(?:(?:https?|file):\/\/\S+|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|am|pm)?|(?:第\s*)?\d{1,4}\s*(?:\/|页\s*[,，]?\s*共)\s*\d{1,4}\s*页?)$/;

/** A line within the top or bottom tenth of its page. */
const atEdge = (l: Line, page: PdfPage) => l.y < page.height * 0.1 || l.y > page.height * 0.9;

/** Page numbers at the page's edges, or alone on their line. */
function isPageNoise(l: Line, page: PdfPage): boolean {
  const t = l.chunks.map((c) => c.text).join(' ');
  const edge = l.y < page.height * 0.08 || l.y > page.height * 0.94;
  return PAGE_NUMBER.test(t) && (edge || l.chunks.length === 1);
}

/** A line's text with its numbers as one sign: the same running head on every page (第 1 页 / 第 2 页). */
const runningKey = (l: Line) => l.chunks.map((c) => c.text).join('|').replace(/\d+/g, '#');

/**
 * Running heads and feet: lines at a page's edge that come back on other pages (the title, the
 * organ, 第 N 页), or that hold only what a printer adds (the address, the date and time, N/M).
 * Dropped, so that the title in a running head is not read into the text it stands above.
 */
function runningLines(pages: { lines: Line[]; page: PdfPage }[]): (l: Line, page: PdfPage) => boolean {
  const seen = new Map<string, number>();
  for (const { lines, page } of pages) {
    for (const key of new Set(lines.filter((l) => atEdge(l, page)).map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeats = (l: Line) => pages.length >= 2 && (seen.get(runningKey(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const printed = (l: Line) => l.chunks.some((c) => PRINT_MARK.test(c.text)) && l.chunks.every((c) => c.text.length <= 60);
  return (l, page) => atEdge(l, page) && (repeats(l) || printed(l));
}

/** Where a line of prose starts a new paragraph: after a short line, or when indented. */
function paragraphs(lines: Line[], page: number): TextBlock[] {
  const out: TextBlock[] = [];
  if (!lines.length) return out;
  const left = minOf(lines.map((l) => l.chunks[0]!.x0));
  const right = maxOf(lines.map((l) => l.chunks[l.chunks.length - 1]!.x1));
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  let cur: { text: string; line: number } | null = null;
  let prev: Line | null = null;
  for (const l of lines) {
    const text = joinText(l.chunks.map((c) => c.text));
    const x0 = l.chunks[0]!.x0;
    const prevText = prev ? prev.chunks.map((c) => c.text).join('') : '';
    // a title in large type wraps onto a second line of the same size
    const title = prev && l.size > 1.2 * body && Math.abs(prev.size - l.size) < 0.5 && !SENTENCE_END.test(prevText);
    const continues =
      cur && prev && prev.y - l.y < 2.2 * l.size && !isSectionHeading(text) &&
      (title || (x0 <= left + 0.6 * l.size && prev.chunks[prev.chunks.length - 1]!.x1 >= right - 2 * l.size));
    if (continues) cur!.text += text;
    else {
      if (cur) out.push({ kind: 'text', text: cur.text, src: { page, line: cur.line } });
      cur = { text, line: l.n };
    }
    prev = l;
  }
  if (cur) out.push({ kind: 'text', text: cur.text, src: { page, line: cur.line } });
  return out;
}

/** Two chunks stand in one column: they overlap by half the narrower one (centred labels start at different places). */
function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) >= 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}

/**
 * Label chunks of one column on consecutive lines, as one cell each: a label the
 * cell wrapped (its lines beside no value, or the middle line beside the values),
 * or a tall merged cell written a few characters a line (三、/本年/度办/理结/果).
 */
function labelCells(lines: Line[]): LabelCell[] {
  const cells: (LabelCell & { data: boolean; short: boolean })[] = [];
  for (const l of lines) {
    const data = l.chunks.some(cellValue);
    for (const c of l.chunks) {
      if (cellValue(c)) continue;
      const short = c.text.length <= 3;
      const above = !ORDINAL_START.test(c.text) && cells.find(
        (x) =>
          x.bottom - c.y > 0.5 * c.size &&
          x.bottom - c.y <= 1.6 * c.size &&
          overlap(x, c) &&
          (!data || !x.data || (short && x.short)),
      );
      if (above) {
        above.text += c.text;
        above.bottom = c.y;
        above.x0 = Math.min(above.x0, c.x0);
        above.x1 = Math.max(above.x1, c.x1);
        above.data ||= data;
        above.short &&= short;
      } else cells.push({ text: c.text, x0: c.x0, x1: c.x1, top: c.y, bottom: c.y, line: c.line, size: c.size, data, short });
    }
  }
  return cells;
}

/** A label that names a column of the template (a leaf of the header), and where its centre is. */
function isColumnLabel(text: string): boolean {
  const info = classifyLabel(text);
  if (!info) return false;
  if (info.table === null) return true; // 其他, 总计
  if (info.table === 'active') return info.kind === 'col';
  if (info.table === 'requests') return info.kind === 'header' && !!info.col;
  if (info.table === 'appeals') return info.kind === 'header' && !!info.part;
  return false;
}

interface Region {
  lines: Line[];
  page: number;
}

/** A table region's rows: a row per line of values with its labels; header rows in between; blanks where a column has no text. */
function tableRows(region: Region, grid0: number[] | null): { rows: Row[]; grid: number[] | null; headerKeys: string[] } {
  const { lines, page } = region;
  markLabelWords(lines);
  const cells = labelCells(lines);
  const dataLines = lines.filter((l) => l.chunks.some(cellValue));
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
  type Item = { y: number; row: Row; header: boolean; cols?: number[] };
  const items: Item[] = [];
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
    });
  }
  for (const d of dataLines) {
    const labels = (attached.get(d) ?? []).sort((a, b) => a.x0 - b.x0);
    const values = d.chunks.filter(cellValue);
    // the row stands where its own label (the rightmost) starts: a group's label beside several rows does not lift it
    const own = labels[labels.length - 1];
    items.push({ y: Math.max(own?.top ?? d.y, d.y), header: false, row: { cells: [...labels.map((l) => labelCell(l, page)), ...placed(values, page)] } });
    (items[items.length - 1] as Item & { values?: Chunk[] }).values = values;
  }
  items.sort((a, b) => b.y - a.y);
  // the columns: the column labels of the header rows since the last line of values
  let grid = grid0;
  let pending: number[] = [];
  const rows: Row[] = [];
  const headerKeys: string[] = [];
  for (const it of items) {
    if (it.header) {
      append(pending, it.cols ?? []);
      rows.push(it.row);
      headerKeys.push(it.row.cells.map((c) => c.text).join('|'));
      continue;
    }
    if (pending.length) {
      grid = [...pending].sort((a, b) => a - b);
      pending = [];
    }
    const values = (it as Item & { values: Chunk[] }).values;
    const labels = it.row.cells.slice(0, it.row.cells.length - values.length);
    rows.push({ cells: [...labels, ...(grid ? onGrid(values, grid, page) : placed(values, page))] });
  }
  if (pending.length) grid = [...pending].sort((a, b) => a - b);
  return { rows, grid, headerKeys };
}

/** Where a run of text stands on its page, in the PDF's own units (origin bottom left): x0, y0, x1, y1. */
function boxOf(x0: number, x1: number, top: number, bottom: number, size: number): [number, number, number, number] {
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(x0), r(bottom - 0.25 * size), r(x1), r(top + 0.9 * size)];
}

function cell(text: string, page: number, line: number, box?: [number, number, number, number]): Cell {
  return { text, src: box ? { page, line, box } : { page, line } };
}

const labelCell = (l: LabelCell, page: number) => cell(l.text, page, l.line, boxOf(l.x0, l.x1, l.top, l.bottom, l.size));
const valueCell = (v: Chunk, page: number) => cell(v.text, page, v.line, boxOf(v.x0, v.x1, v.y, v.y, v.size));

function placed(values: Chunk[], page: number): Cell[] {
  return values.map((v) => valueCell(v, page));
}

/** Values in the grid's columns: each to the nearest column; a column with none is a blank cell. */
function onGrid(values: Chunk[], grid: number[], page: number): Cell[] {
  const slots: Chunk[][] = grid.map(() => []);
  for (const v of values) {
    const mid = (v.x0 + v.x1) / 2;
    let best = 0;
    for (let i = 1; i < grid.length; i++) if (Math.abs(grid[i]! - mid) < Math.abs(grid[best]! - mid)) best = i;
    slots[best]!.push(v);
  }
  // values left of the first column or beyond the last (a wider row) keep their order
  const line = values[0]?.line ?? 0;
  // a blank stands where its column is, on the row's line
  const y = values[0]?.y ?? 0;
  const size = values[0]?.size ?? 10;
  return slots.flatMap((s, i) => (s.length ? s.map((v) => valueCell(v, page)) : [cell('', page, line, boxOf(grid[i]! - size, grid[i]! + size, y, y, size))]));
}

/** The blocks of a PDF's pages; and how much text it had (a scan has none). */
export function pdfBlocks(pages: PdfPage[]): { blocks: Block[]; textChars: number } {
  const blocks: Block[] = [];
  let textChars = 0;
  let open: { table: TableBlock; grid: number[] | null; headers: Set<string> } | null = null;
  const all = pages.map((page) => ({ page, lines: pageLines(page) }));
  const running = runningLines(all);
  for (const [i, { page, lines: read }] of all.entries()) {
    const n = i + 1;
    const lines = read.filter((l) => !isPageNoise(l, page) && !running(l, page));
    for (const l of lines) for (const c of l.chunks) textChars += c.text.length;
    // regions: runs of table lines that hold a template label, and the prose between them
    let k = 0;
    let prose: Line[] = [];
    const flushProse = () => {
      if (prose.length) {
        append(blocks, paragraphs(prose, n));
        open = null;
      }
      prose = [];
    };
    while (k < lines.length) {
      let j = k;
      while (j < lines.length && tabular(lines[j]!)) j++;
      const run = lines.slice(k, j);
      const isTable = run.length >= 2 && run.some((l) => l.chunks.some((c) => isTemplateLabel(c.text))) && run.some((l) => l.chunks.some((c) => isValue(c.text)));
      const continues = run.length >= 1 && open && !prose.length && k === 0 && run.some((l) => l.chunks.some((c) => isValue(c.text)));
      if (isTable || continues) {
        flushProse();
        const region = { lines: run, page: n };
        if (continues && open) {
          // the table goes on from the page before: its header repeated here is dropped
          const { rows, grid, headerKeys } = tableRows(region, open.grid);
          const keep = rows.filter((r, idx) => !(idx < headerKeys.length && open!.headers.has(r.cells.map((c) => c.text).join('|'))));
          append(open.table.rows, keep);
          open.grid = grid;
          open.table.size = { rows: open.table.rows.length, cols: maxOf(keep.map((r) => r.cells.length), open.table.size.cols) };
        } else {
          const { rows, grid, headerKeys } = tableRows(region, null);
          const table: TableBlock = {
            kind: 'table',
            layout: 'pdf',
            rows,
            size: { rows: rows.length, cols: rows.reduce((m, r) => Math.max(m, r.cells.length), 0) },
            src: { page: n, line: run[0]!.n },
          };
          blocks.push(table);
          open = { table, grid, headers: new Set(headerKeys) };
        }
        k = j;
        continue;
      }
      // not a table: the lines are prose (a lone tabular line among prose too)
      append(prose, j > k ? run : [lines[k]!]);
      k = j > k ? j : k + 1;
    }
    flushProse();
  }
  return { blocks, textChars };
}

/** The part of pdf.js this reader uses. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number };
        getTextContent(): Promise<{ items: unknown[] }>;
        streamTextContent?(): ReadableStream<{ items: unknown[] }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Pages read at most (a report has a few dozen). */
export const MAX_PDF_PAGES = 300;

/** Report-sized bounds of a PDF's text: items on one page and in all, characters in all, and time per page. */
export const PDF_LIMITS = { pageItems: 40_000, items: 400_000, chars: 8_000_000, pageMs: 20_000 };

/** A PDF past the reader's bounds: the reason, in words. */
export class PdfLimitError extends Error {
  override name = 'DocReadError';
}

/** A page's text items, read as pdf.js streams them and stopped at the page's budget of items and time. */
async function pageItems(p: Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>, n: number, left: number): Promise<PdfTextItem[]> {
  const keep = (items: unknown[]) => items.filter((it): it is PdfTextItem => !!it && typeof (it as PdfTextItem).str === 'string');
  const limit = Math.min(PDF_LIMITS.pageItems, left);
  const tooMany = () => new PdfLimitError(`PDF 第 ${n} 页的文字对象超过 ${limit} 个（一页年报不过几千个），不像一份年报，未读取`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfLimitError(`PDF 第 ${n} 页读取超过 ${PDF_LIMITS.pageMs / 1000} 秒，未读取`)), PDF_LIMITS.pageMs);
  });
  try {
    if (!p.streamTextContent) {
      const items = keep((await Promise.race([p.getTextContent(), late])).items);
      if (items.length > limit) throw tooMany();
      return items;
    }
    // read as pdf.js streams it; past the budget the document is destroyed by the caller, which ends the stream
    const reader = p.streamTextContent().getReader();
    const out: PdfTextItem[] = [];
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) return out;
      for (const it of keep(value.items)) out.push(it);
      if (out.length > limit) throw tooMany();
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A PDF's pages as text items, through pdf.js (the Node or the browser build, passed in). */
export async function readPdfPages(bytes: Uint8Array, pdfjs: PdfJs): Promise<{ pages: PdfPage[]; total: number }> {
  // pdf.js hands its data to the worker and detaches the buffer: give it a copy, the caller's bytes stay readable
  // verbosity 0: pdf.js says nothing on the terminal (its warnings are no concern of the auditor)
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    let items = 0;
    let chars = 0;
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const p = await doc.getPage(n);
      const vp = p.getViewport({ scale: 1 });
      const read = await pageItems(p, n, PDF_LIMITS.items - items);
      items += read.length;
      for (const it of read) chars += it.str.length;
      if (chars > PDF_LIMITS.chars) throw new PdfLimitError(`PDF 的文字超过 ${PDF_LIMITS.chars / 1_000_000} 百万字符（到第 ${n} 页），远超一份年报，未读取`);
      pages.push({ items: read, width: vp.width, height: vp.height });
    }
    return { pages, total: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
