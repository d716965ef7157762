/**
 * A scanned report's pages as an OCR engine read them — words, each with its box on the page image and its
 * confidence — laid out as a PDF page's text items, so that the PDF reader (./pdf.ts) rebuilds lines, prose
 * and tables from where the words stand, exactly as for a text PDF. The engine itself runs outside the
 * engine's pure core (the CLI's lib/cli/ocr.ts); this module only turns its words into what the reader reads.
 *
 * Words read with low confidence that hold a digit are kept apart, with their box in the PDF's units and,
 * when the engine cut it, the word's image: a template cell they fall in is doubtful, and every finding that
 * rests on it goes to needs review with that image (lib/pipeline/findings.ts) — a digit is never guessed.
 */
import { append } from '../arrays';
import type { Block, OcrDoubt, Row, TableBlock } from '../model';
import { joinText, pageLines, paragraphs, type PdfPage, type PdfTextItem } from './pdf-lines';

export type { OcrDoubt };

/** A word as the engine read it: its box on the page image (pixels, origin top left) and its confidence, 0–100. */
export interface OcrWord {
  text: string;
  box: [number, number, number, number];
  conf: number;
  /** The word's image (a PNG data URL), for words the engine was unsure of. */
  image?: string;
}

/** One page image as read. */
export interface OcrPage {
  /** The image's size in pixels, and the resolution it was made at. */
  width: number;
  height: number;
  dpi: number;
  words: OcrWord[];
  /** Table cells with ink from which nothing could be read: each a doubt, with its image. */
  unread?: OcrWord[];
  /** The ruled tables' cells as found on the image (pixels), each with the band (table row) it stands in and its words. */
  cells?: { box: [number, number, number, number]; band: number; words: OcrWord[] }[];
}

/** A digit read with less confidence than this is doubtful. */
export const LOW_CONFIDENCE = 80;

/** Text that reads as (part of) a number: what a wrong digit would change. */
const HOLDS_DIGIT = /[0-9０-９]/;

/** OCR's usual slips inside a number, put right where the word is otherwise digits (O → 0, l → 1): said as doubt, not hidden. */
const SLIPS: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', '!': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', g: '9' };

/**
 * A word that is digits but for OCR's usual slips, with them put right; null when it is not such a word. A sign read
 * as 十 before the digits (本年增/减 printed +5174, read 十5174 on a real print's scan) is the sign: 十 before a digit
 * is no Chinese numeral.
 */
export function slipsMended(text: string): string | null {
  const sign = /^十(?=[0-9０-９])/.test(text) ? '+' : '';
  const body = sign ? text.slice(1) : text;
  if (!HOLDS_DIGIT.test(body) || !/^[0-9０-９OoDQlI|!SsBZzg,.]+$/.test(body)) return null;
  const mended = sign + body.replace(/[OoDQlI|!SsBZzg]/g, (c) => SLIPS[c]!);
  return mended === text ? null : mended;
}

/**
 * The pages as PDF text items (points, origin bottom left, as pdf.js gives them), and the doubtful digits.
 * A word's font size is its box's height; its baseline the box's foot.
 */
export function ocrPdfPages(pages: OcrPage[]): { pages: PdfPage[]; doubts: OcrDoubt[]; words: number } {
  const doubts: OcrDoubt[] = [];
  let words = 0;
  const out = pages.map((p, i) => {
    const k = 72 / (p.dpi || 72);
    const height = p.height * k;
    const items: PdfTextItem[] = [];
    for (const w of p.words) {
      const raw = w.text.trim();
      if (!raw) continue;
      const mended = slipsMended(raw);
      const text = mended ?? raw;
      const [x0, y0, x1, y1] = w.box;
      const size = Math.max(1, (y1 - y0) * k);
      const x = x0 * k;
      const y = height - y1 * k;
      items.push({ str: text, transform: [size, 0, 0, size, x, y], width: Math.max(0, (x1 - x0) * k), height: size });
      words++;
      if (HOLDS_DIGIT.test(text) && (w.conf < LOW_CONFIDENCE || mended !== null)) {
        doubts.push({ page: i + 1, box: [x, y, x1 * k, height - y0 * k], text: raw, conf: Math.round(w.conf), ...(w.image ? { image: w.image } : {}) });
      }
    }
    for (const u of p.unread ?? []) {
      const [x0, y0, x1, y1] = u.box;
      doubts.push({ page: i + 1, box: [x0 * k, height - y1 * k, x1 * k, height - y0 * k], text: '（未能识别）', conf: 0, ...(u.image ? { image: u.image } : {}) });
    }
    return { items, width: p.width * k, height };
  });
  return { pages: out, doubts, words };
}

/** Whether a cell's box (PDF units) and a doubtful word's overlap, on the same page. */
export function overlaps(cell: { page?: number; box?: [number, number, number, number] }, d: OcrDoubt): boolean {
  if (!cell.box || cell.page !== d.page) return false;
  const [a0, b0, a1, b1] = cell.box;
  const [c0, e0, c1, e1] = d.box;
  return Math.min(a1, c1) - Math.max(a0, c0) > 0 && Math.min(b1, e1) - Math.max(b0, e0) > -1;
}

/**
 * A cell's words in reading order: its lines top to bottom (a line: words whose feet are near), each left to right;
 * and whether a slip was mended across its words (a sign read as 十 apart from its digits: 十 / 5174).
 */
function cellText(words: OcrWord[]): { text: string; mended: boolean } {
  const sorted = [...words].sort((a, b) => a.box[3] - b.box[3]);
  const lines: OcrWord[][] = [];
  for (const w of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.box[3] - w.box[3]) <= 0.5 * (w.box[3] - w.box[1])) last.push(w);
    else lines.push([w]);
  }
  let mended = false;
  const text = lines
    .map((l) => {
      const joined = joinText(l.sort((a, b) => a.box[0] - b.box[0]).map((w) => slipsMended(w.text.trim()) ?? w.text.trim()));
      const whole = l.length > 1 ? slipsMended(joined) : null;
      if (whole !== null) mended = true;
      return whole ?? joined;
    })
    .join('');
  return { text, mended };
}

/**
 * A scan's pages as blocks, its ruled tables rebuilt from the cells found on the image — each band a row, each cell
 * its words — and the rest of its words laid out as a PDF's prose; in the order they stand on the page. The digits
 * read with low confidence and the cells nothing could be read from are doubts, with the cell's box.
 */
export function ocrBlocks(pages: OcrPage[]): { blocks: Block[]; doubts: OcrDoubt[]; words: number } {
  const { pages: laid, doubts, words } = ocrPdfPages(pages.map((p) => ({ ...p, words: p.cells ? p.words.filter((w) => !p.cells!.some((c) => inBox(w, c.box))) : p.words })));
  const blocks: Block[] = [];
  let read = words;
  for (const [i, p] of pages.entries()) {
    const n = i + 1;
    const k = 72 / (p.dpi || 72);
    const height = p.height * k;
    const toPdf = (b: [number, number, number, number]): [number, number, number, number] => [b[0] * k, height - b[3] * k, b[2] * k, height - b[1] * k];
    const placed: { top: number; block: Block }[] = [];
    // prose: the PDF reader's lines and paragraphs, each placed by its line
    const lines = pageLines(laid[i]!);
    for (const para of paragraphs(lines, n)) placed.push({ top: height - (lines.find((l) => l.n === para.src.line)?.y ?? 0), block: para });
    // tables: bands that share a rule are one table
    const bands = new Map<number, NonNullable<OcrPage['cells']>>();
    for (const c of p.cells ?? []) bands.set(c.band, [...(bands.get(c.band) ?? []), c]);
    let table: TableBlock | null = null;
    let lastFoot = -Infinity;
    for (const [band, cells] of [...bands].sort((a, b) => a[0] - b[0])) {
      const top = cells[0]!.box[1];
      if (!table || top - lastFoot > 6) {
        table = { kind: 'table', layout: 'pdf', rows: [], size: { rows: 0, cols: 0 }, src: { page: n, line: band + 1, box: toPdf(cells[0]!.box) } };
        placed.push({ top: top * k, block: table });
      }
      const texts = new Map(cells.map((c) => [c, cellText(c.words)]));
      const row: Row = { cells: cells.sort((a, b) => a.box[0] - b.box[0]).map((c) => ({ text: texts.get(c)!.text, src: { page: n, line: band + 1, box: toPdf(c.box) } })) };
      table.rows.push(row);
      table.size = { rows: table.rows.length, cols: Math.max(table.size.cols, row.cells.length) };
      lastFoot = cells[0]!.box[3];
      for (const c of cells) {
        read += c.words.length;
        const mended = texts.get(c)!.mended;
        const unsure = c.words.filter((w) => HOLDS_DIGIT.test(w.text) && (mended || w.conf < LOW_CONFIDENCE || slipsMended(w.text.trim()) !== null));
        if (unsure.length) {
          const least = unsure.reduce((a, b) => (b.conf < a.conf ? b : a));
          doubts.push({ page: n, box: toPdf(c.box), text: least.text.trim(), conf: Math.round(least.conf), ...(least.image ? { image: least.image } : {}) });
        }
      }
    }
    append(blocks, placed.sort((a, b) => a.top - b.top).map((x) => x.block));
  }
  return { blocks, doubts, words: read };
}

/** A word's middle inside a box. */
function inBox(w: OcrWord, b: [number, number, number, number]): boolean {
  const x = (w.box[0] + w.box[2]) / 2;
  const y = (w.box[1] + w.box[3]) / 2;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}
