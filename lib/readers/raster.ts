/**
 * A scanned page's raster as OCR handles it (./ocr-page.ts): a PPM (the CLI's pdftoppm) or a canvas's RGBA (the
 * extension's pdf.js) made grey with a seal's red lifted, a table's rules lifted for the prose, a cell cut out in
 * black and white, a box as a PNG data URL, a PGM for Tesseract. Pure computation on bytes (the grid itself:
 * ./ocr-grid.ts).
 */
import type { Grey } from './ocr-grid';
import { pngDataUrl } from './png';

/** A seal's red (and its pink where it is faint) lifted to paper white; anything else as its grey. */
const greyOf = (r: number, g: number, b: number) => (r - Math.max(g, b) > 60 ? 255 : (r * 77 + g * 150 + b * 29) >> 8);

/** A binary PPM (P6) as grey, a seal's red lifted to white. */
export function greyWithoutSeal(ppm: Uint8Array): Grey {
  // header: P6 <w> <h> <max>\n, comments allowed
  let i = 2;
  const nums: number[] = [];
  while (nums.length < 3) {
    while (/\s/.test(String.fromCharCode(ppm[i]!))) i++;
    if (ppm[i] === 0x23) {
      while (ppm[i] !== 0x0a) i++;
      continue;
    }
    let n = 0;
    while (ppm[i]! >= 0x30 && ppm[i]! <= 0x39) n = n * 10 + ppm[i++]! - 0x30;
    nums.push(n);
  }
  i++;
  const [width, height] = nums as [number, number, number];
  const px = new Uint8Array(width * height);
  for (let p = 0, q = i; p < px.length; p++, q += 3) px[p] = greyOf(ppm[q]!, ppm[q + 1]!, ppm[q + 2]!);
  return { width, height, px };
}

/** A canvas's RGBA pixels as grey, a seal's red lifted to white (transparent: paper). */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Grey {
  const px = new Uint8Array(width * height);
  for (let p = 0, q = 0; p < px.length; p++, q += 4) px[p] = rgba[q + 3] === 0 ? 255 : greyOf(rgba[q]!, rgba[q + 1]!, rgba[q + 2]!);
  return { width, height, px };
}

/**
 * A table's ruling lifted to paper white: dark runs along a pixel row or column far longer than any stroke of a
 * character (Tesseract reads a rule beside a number as 丨 or 1, and a rule under a row as part of it). A scan's
 * slight tilt keeps a rule's runs long enough: at 0.7° a horizontal rule stays on one pixel row for 80 pixels.
 */
export function withoutRules(g: Grey, dpi: number): Grey {
  const min = Math.round(dpi * 0.3);
  const px = g.px.slice();
  const dark = (v: number) => v < 140;
  for (let y = 0; y < g.height; y++) {
    let start = -1;
    for (let x = 0; x <= g.width; x++) {
      const d = x < g.width && dark(g.px[y * g.width + x]!);
      if (d && start < 0) start = x;
      else if (!d && start >= 0) {
        if (x - start >= min) px.fill(255, y * g.width + start, y * g.width + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < g.width; x++) {
    let start = -1;
    for (let y = 0; y <= g.height; y++) {
      const d = y < g.height && dark(g.px[y * g.width + x]!);
      if (d && start < 0) start = y;
      else if (!d && start >= 0) {
        if (y - start >= min) for (let k = start; k < y; k++) px[k * g.width + x] = 255;
        start = -1;
      }
    }
  }
  return { ...g, px };
}

/** A grey raster as a binary PGM (P5), which Tesseract reads. */
export function pgm(g: Grey): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${g.width} ${g.height}\n255\n`);
  const out = new Uint8Array(head.length + g.px.length);
  out.set(head);
  out.set(g.px, head.length);
  return out;
}

/** A box of the raster, with `pad` pixels around it, as a PNG data URL (grey, 8 bits). */
export function cropPng(g: Grey, box: [number, number, number, number], pad = 8): Promise<string> {
  const x0 = Math.max(0, Math.floor(box[0] - pad));
  const y0 = Math.max(0, Math.floor(box[1] - pad));
  const x1 = Math.min(g.width, Math.ceil(box[2] + pad));
  const y1 = Math.min(g.height, Math.ceil(box[3] + pad));
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const px = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) px.set(g.px.subarray((y0 + y) * g.width + x0, (y0 + y) * g.width + x0 + width), y * width);
  return pngDataUrl({ width, height, px });
}

/** Below this a stamped cell's pixel is ink, above it paper: a seal's grey (a red one scanned grey) falls on the paper's side. */
const INK = 120;
/** Elsewhere: a light scan's thin strokes are grey, up to this. */
const PAPER = 175;
/** A cell is under a seal when this share of it is the seal's mid grey (a digit's anti-aliased edge is a few per cent). */
const SEALED = 0.12;

/** A box of the raster as a raster of its own, in black and white (under a seal: the seal lifted, the ink kept). */
export function cut(g: Grey, box: [number, number, number, number]): Grey {
  const [x0, y0, x1, y1] = box;
  const width = x1 - x0;
  const px = new Uint8Array(width * (y1 - y0));
  let mid = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const v = g.px[y * g.width + x]!;
      px[(y - y0) * width + x - x0] = v;
      if (v >= 130 && v <= 215) mid++;
    }
  }
  // black and white: the paper's mottle gone; under a seal, its grey with it
  const ink = mid > SEALED * px.length ? INK : PAPER;
  for (let i = 0; i < px.length; i++) px[i] = px[i]! < ink ? 0 : 255;
  return { width, height: y1 - y0, px };
}
