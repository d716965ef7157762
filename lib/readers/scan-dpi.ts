/**
 * The resolution a scan is read at. A scan drawn smaller than it was scanned loses its small print: a city's report
 * printed on A4 with 8-point figures, scanned at 200 dpi and drawn at 150, read 60 as 5 and 1327 as 327 (a probe on
 * 上海市 2020's print); drawn at the scan's own resolution its figures read. So a page is drawn at the resolution of the
 * images it is made of, between OCR_DPI and MAX_SCAN_DPI (a 300-dpi scan gains little past that, at twice the time).
 *
 * Read from the file's image dictionaries (`/Subtype /Image … /Width n`): a scan's page is one image the page wide.
 * The bytes are untrusted: bounded in what is looked at, and a resolution no scanner makes is no answer.
 */
import { OCR_DPI } from './ocr-page';

/** The most a scan is drawn at. */
export const MAX_SCAN_DPI = 220;
/** Bytes of the file looked at; images taken (and four times as many looked at). */
const MAX_BYTES = 64 << 20;
const MAX_IMAGES = 500;
/** How far around an image's /Subtype its dictionary's ends are looked for. */
const DICT = 600;
const IMAGE = /\/Subtype\s*\/Image\b/g;
const WIDTH = /\/Width\s+(\d{2,6})\b/;

/** The widths (pixels) of the file's images, as their dictionaries give them. */
export function imageWidths(bytes: Uint8Array): number[] {
  // a byte a character: the dictionaries are ASCII
  const text = new TextDecoder('windows-1252').decode(bytes.subarray(0, MAX_BYTES));
  const out: number[] = [];
  IMAGE.lastIndex = 0;
  let seen = 0;
  for (let m = IMAGE.exec(text); m && out.length < MAX_IMAGES && seen++ < 4 * MAX_IMAGES; m = IMAGE.exec(text)) {
    // the dictionary around it: from its last << before to its first >> after, each looked for within 600 characters
    // (never the whole file again for each match)
    const start = Math.max(0, m.index - DICT);
    const before = text.slice(start, m.index).lastIndexOf('<<');
    const after = text.slice(m.index, m.index + DICT).indexOf('>>');
    if (before < 0 || after < 0) continue;
    const w = WIDTH.exec(text.slice(start + before, m.index + after));
    if (w) out.push(Number(w[1]));
  }
  return out;
}

/** The resolution to draw a scan's pages at: its images' own, from OCR_DPI to MAX_SCAN_DPI; OCR_DPI where unknown. */
export function scanDpi(bytes: Uint8Array, pageWidthPt: number): number {
  const widths = imageWidths(bytes).sort((a, b) => a - b);
  if (!widths.length || !(pageWidthPt > 0)) return OCR_DPI;
  const ppi = widths[widths.length >> 1]! / (pageWidthPt / 72);
  // a resolution no scanner makes (a thumbnail, a logo the width of the page): no answer
  if (ppi < 72 || ppi > 1200) return OCR_DPI;
  return Math.max(OCR_DPI, Math.min(MAX_SCAN_DPI, Math.round(ppi / 10) * 10));
}
