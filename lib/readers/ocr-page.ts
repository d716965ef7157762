/**
 * One scanned page read by an OCR engine, whichever it is (the CLI's Tesseract, lib/cli/ocr.ts; the extension's
 * tesseract.js, lib/ext/ocr.ts): levelled; its tables' cells found from their ruling (./ocr-grid.ts); each cell
 * read on its own (a number in its box, never run into its neighbour or a rule), the unsure ones again as
 * numbers; the prose read apart. Digits read with low confidence take their image along, so that the auditor sees
 * what the engine saw (./ocr.ts rebuilds the tables, lib/pipeline/findings.ts sends what rests on them to review).
 */
import { LOW_CONFIDENCE, slipsMended, type OcrPage, type OcrWord } from './ocr';
import { gridCells, inkIn, rotated, skewOf, type Grey } from './ocr-grid';
import { cropPng, cut, withoutRules } from './raster';

/**
 * The least resolution pages are read at: a table's 10.5-pt digits are about 22 pixels high, enough for Tesseract (300 dpi
 * read no better, at twice the time). A scan made finer is drawn at its own, up to ./scan-dpi.ts MAX_SCAN_DPI.
 */
export const OCR_DPI = 150;

/** What an image is read as: a table's cell (a block of text), a number alone on its line, or a page's prose. */
export type ReadMode = 'cells' | 'digits' | 'prose';
/** How Tesseract reads each kind of image, whichever build runs it: its page segmentation, the characters allowed. */
export const READ_MODES: Record<ReadMode, { psm: string; whitelist: string }> = {
  cells: { psm: '6', whitelist: '' },
  digits: { psm: '7', whitelist: '0123456789.-' },
  prose: { psm: '4', whitelist: '' },
};
/** A word read, with the index of the image it was read from. */
export type ReadWord = OcrWord & { img: number };
/** An OCR engine: these images read, each as `mode` says; its words, boxed in their own image's pixels. */
export interface OcrEngine {
  read(images: Grey[], mode: ReadMode): Promise<ReadWord[]>;
}

/**
 * Tesseract's TSV → words, each on its text line: its foot the line's median word foot, its height the line's
 * median word height (a glyph's own box is no size — 一 is a few pixels high — and a line's box in a table spans a
 * label wrapped over several lines), with its confidence.
 */
export function tsvWords(tsv: string): ReadWord[] {
  const byLine = new Map<string, { text: string; box: [number, number, number, number]; conf: number; img: number }[]>();
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f[11]!.trim();
    // what is left of a rule (丨, |) is no word
    if (!text || /^[|｜丨¦!]+$/.test(text)) continue;
    const [left, top, width, height] = f.slice(6, 10).map(Number) as [number, number, number, number];
    const key = f.slice(1, 5).join('.');
    const list = byLine.get(key) ?? [];
    list.push({ text, box: [left, top, left + width, top + height], conf: Number(f[10]), img: Number(f[1]) });
    byLine.set(key, list);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const out: ReadWord[] = [];
  for (const words of byLine.values()) {
    const foot = median(words.map((w) => w.box[3]));
    const height = median(words.map((w) => w.box[3] - w.box[1]));
    for (const w of words) out.push({ text: w.text, box: [w.box[0], foot - height, w.box[2], foot], conf: w.conf, img: w.img });
  }
  return out;
}

/** A word that is no reading at all: the engine's guess at a smudge, a seal's ring, what is left of a rule. */
const noReading = (w: OcrWord) => w.conf < 30 && !/\d/.test(w.text);

/**
 * One page: levelled; each ruled table's cell read on its own (a number in its box, never run into its neighbour
 * or a rule), the rest of the page — the prose, what no rule encloses — read as a column of text.
 */
/** White around a cell's image, pixels: Tesseract reads a glyph that touches the image's edge badly, or not at all. */
const FRAME = 10;

/** A raster inside a white frame `n` pixels wide. */
function framed(g: Grey, n: number): Grey {
  const width = g.width + 2 * n;
  const px = new Uint8Array(width * (g.height + 2 * n)).fill(255);
  for (let y = 0; y < g.height; y++) px.set(g.px.subarray(y * g.width, (y + 1) * g.width), (y + n) * width + n);
  return { width, height: g.height + 2 * n, px };
}

/** What a cell of numbers reads as: a number alone (a sign, a decimal point, a thousands comma). */
const NUMBER = /^-?\d[\d.,]*$/;

/**
 * Whether a cell stands in a column of numbers: of the other cells across the same width (overlapping it over
 * 60% of the narrower, no more than half as wide again), at least three read as numbers and they are 60% or more.
 */
export function numberColumnOf(boxes: [number, number, number, number][], isNumber: boolean[]): (i: number) => boolean {
  return (i) => {
    const [a0, , a1] = boxes[i]!;
    let peers = 0;
    let numbers = 0;
    for (const [j, [b0, , b1]] of boxes.entries()) {
      if (j === i) continue;
      const overlap = Math.min(a1, b1) - Math.max(a0, b0);
      const narrow = Math.min(a1 - a0, b1 - b0);
      if (overlap < 0.6 * narrow || Math.max(a1 - a0, b1 - b0) > 1.5 * narrow) continue;
      peers++;
      if (isNumber[j]) numbers++;
    }
    return numbers >= 3 && numbers >= 0.6 * peers;
  };
}

export async function readScanPage(grey: Grey, dpi: number, engine: OcrEngine): Promise<OcrPage> {
  const page = rotated(grey, skewOf(grey));
  const grid = gridCells(page, dpi);
  // the cells with ink are read; an empty one stays in its row, blank
  const inset = 4;
  const images = grid.flatMap((c, cell) => {
    if (inkIn(page, c.box) <= 0.002) return [];
    const box: [number, number, number, number] = [c.box[0] + inset, c.box[1] + inset, c.box[2] - inset + 1, c.box[3] - inset + 1];
    return [{ cell, grey: framed(cut(page, box), FRAME), at: [box[0] - FRAME, box[1] - FRAME] as [number, number] }];
  });
  // the page without its tables, for the prose
  const rest: Grey = { ...page, px: page.px.slice() };
  for (const c of grid) {
    for (let y = Math.max(0, c.box[1] - 2); y < Math.min(page.height, c.box[3] + 3); y++) rest.px.fill(255, y * page.width + Math.max(0, c.box[0] - 2), y * page.width + Math.min(page.width, c.box[2] + 3));
  }
  // each word's box placed back on the page by its image's origin (a word of no image given is none)
  const read = async (ims: { grey: Grey; at: [number, number] }[], mode: ReadMode) =>
    (await engine.read(ims.map((im) => im.grey), mode)).filter((w) => ims[w.img]).map((w) => {
      const [x, y] = ims[w.img]!.at;
      return { ...w, box: [w.box[0] + x, w.box[1] + y, w.box[2] + x, w.box[3] + y] as [number, number, number, number] };
    });
  const first = (await read(images, 'cells')).filter((w) => !noReading(w));
  // a cell read as nothing, or as a few unsure characters (a digit taken for 了 or 人): read again as a number;
  // so is a cell of a column of numbers read as a character or two and no digit, however sure the engine was
  const firstOf = images.map((): ReadWord[] => []);
  for (const w of first) firstOf[w.img]!.push(w);
  const texts = firstOf.map((ws) => ws.map((w) => w.text).join(''));
  const numberColumn = numberColumnOf(images.map((im) => grid[im.cell]!.box), texts.map((t) => NUMBER.test(t)));
  const stray = new Set<number>();
  const unsure = images.flatMap((_, i) => {
    const ws = firstOf[i]!;
    // (a cell of no words is one: its text is empty and every one of its none is unsure)
    if (texts[i]!.length <= 4 && ws.every((w) => w.conf < 75)) return [i];
    if (texts[i]!.length <= 2 && !/\d/.test(texts[i]!) && numberColumn(i)) return stray.add(i), [i];
    return [];
  });
  const again = await read(unsure.map((i) => images[i]!), 'digits');
  // a stray character is replaced only by a number read in its place
  const retried = new Set(again.filter((w) => !noReading(w) && (!stray.has(unsure[w.img]!) || /\d/.test(w.text))).map((w) => unsure[w.img]!));
  const cellWords = [...first.filter((w) => !retried.has(w.img)), ...again.filter((w) => retried.has(unsure[w.img]!)).map((w) => ({ ...w, img: unsure[w.img]! }))];
  const prose = (await read([{ grey: withoutRules(rest, dpi), at: [0, 0] }], 'prose')).filter((w) => !noReading(w));
  const wordsOf = (cell: number) => cellWords.filter((w) => images[w.img]!.cell === cell);
  const withImage = async ({ img: _, ...w }: ReadWord): Promise<OcrWord> => ((/\d/.test(w.text) && w.conf < LOW_CONFIDENCE) || slipsMended(w.text) !== null ? { ...w, image: await cropPng(page, w.box) } : w);
  return {
    width: grey.width,
    height: grey.height,
    dpi,
    words: await Promise.all(prose.map(withImage)),
    // a cell with ink and nothing read from it: said as unread, with its image (what rests on it needs review)
    unread: await Promise.all(images.filter((im) => !wordsOf(im.cell).length).map(async (im) => ({ text: '', box: grid[im.cell]!.box, conf: 0, image: await cropPng(page, grid[im.cell]!.box, 2) }))),
    cells: await Promise.all(grid.map(async (c, i) => ({ box: c.box, band: c.band, words: await Promise.all(wordsOf(i).map(withImage)) }))),
  };
}

