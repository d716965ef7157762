/**
 * A scanned page's raster as the OCR handles it, asked directly on rasters made by hand: grey from PPM and RGBA
 * with a seal's red lifted, a table's rules lifted at their length, a PGM for Tesseract, a box as a PNG, a cell cut
 * out in black and white (a seal's grey lifted only where a cell is under one), each threshold at its edge.
 */
import { describe, expect, it } from 'vitest';
import { cropPng, cut, greyFromRgba, greyWithoutSeal, pgm, withoutRules } from '../../lib/readers/raster';
import type { Grey } from '../../lib/readers/ocr-grid';
import { readPng } from '../helpers/png';

const grey = (width: number, height: number, fill = 255): Grey => ({ width, height, px: new Uint8Array(width * height).fill(fill) });
const at = (g: Grey, x: number, y: number) => g.px[y * g.width + x];

describe('grey, a seal’s red lifted', () => {
  it('from RGBA: grey by weight, red far above green and blue to white, transparent as paper', () => {
    const rgba = new Uint8Array([
      200, 150, 150, 255, // red 50 above: grey
      210, 150, 140, 255, // 60 above: grey
      211, 150, 140, 255, // 61 above: a seal's, white
      255, 0, 0, 255,
      0, 0, 0, 0, // transparent
      10, 20, 30, 255,
    ]);
    const g = greyFromRgba(rgba, 3, 2);
    expect([g.width, g.height]).toEqual([3, 2]);
    expect([...g.px]).toEqual([(200 * 77 + 150 * 150 + 150 * 29) >> 8, (210 * 77 + 150 * 150 + 140 * 29) >> 8, 255, 255, 255, (10 * 77 + 20 * 150 + 30 * 29) >> 8]);
  });

  it('from a binary PPM, its header’s spaces and comments read', () => {
    const head = new TextEncoder().encode('P6\n# made by pdftoppm\n2  1\n255\n');
    const ppm = new Uint8Array([...head, 0, 0, 0, 255, 10, 10]);
    expect(greyWithoutSeal(ppm)).toEqual({ width: 2, height: 1, px: new Uint8Array([0, 255]) });
    const plain = new Uint8Array([...new TextEncoder().encode('P6 1 2 255\n'), 100, 100, 100, 50, 60, 70]);
    expect(greyWithoutSeal(plain)).toEqual({ width: 1, height: 2, px: new Uint8Array([(100 * 256) >> 8, (50 * 77 + 60 * 150 + 70 * 29) >> 8]) });
  });

  it('reads the header’s numbers digit by digit, 0 and 9 included', () => {
    const ppm = new Uint8Array([...new TextEncoder().encode('P6\n10 9\n255\n'), ...new Uint8Array(10 * 9 * 3).fill(200)]);
    const g = greyWithoutSeal(ppm);
    expect([g.width, g.height, g.px.length]).toEqual([10, 9, 90]);
    expect(g.px.every((v) => v === 200)).toBe(true);
  });
});

describe('withoutRules', () => {
  // at 100 dpi a rule is 30 pixels or longer
  it('lifts a dark run along a row as long as a rule, not one a pixel shorter', () => {
    const g = grey(40, 3);
    g.px.fill(0, 0, 30); // row 0: x 0-29
    g.px.fill(139, 40 + 5, 40 + 34); // row 1: 29 pixels
    g.px.fill(0, 80 + 10, 80 + 40); // row 2: 30 pixels to the row's end
    const out = withoutRules(g, 100);
    expect([at(out, 0, 0), at(out, 29, 0), at(out, 5, 1), at(out, 33, 1), at(out, 10, 2), at(out, 39, 2)]).toEqual([255, 255, 139, 139, 255, 255]);
    // the input is left as it was
    expect(at(g, 0, 0)).toBe(0);
  });

  it('lifts a dark run down a column likewise', () => {
    const g = grey(3, 40);
    for (let y = 0; y < 30; y++) g.px[y * 3] = 0;
    for (let y = 5; y < 34; y++) g.px[y * 3 + 1] = 0;
    for (let y = 10; y < 40; y++) g.px[y * 3 + 2] = 0;
    const out = withoutRules(g, 100);
    expect([at(out, 0, 0), at(out, 0, 29), at(out, 1, 5), at(out, 1, 33), at(out, 2, 10), at(out, 2, 39)]).toEqual([255, 255, 0, 0, 255, 255]);
  });

  it('ends a run at its row’s or column’s end, whatever the next row begins with, and lifts nothing past it', () => {
    const g = grey(40, 2);
    g.px.fill(0, 10, 40); // row 0: x 10-39, to the edge
    g.px[40] = 0; // row 1 begins dark
    const out = withoutRules(g, 100);
    expect([at(out, 10, 0), at(out, 39, 0), at(out, 0, 1)]).toEqual([255, 255, 0]);
    // down a column: the light pixel under a rule keeps its grey
    const c = grey(2, 32);
    for (let y = 0; y < 30; y++) c.px[y * 2] = 0;
    c.px[30 * 2] = 150;
    const col = withoutRules(c, 100);
    expect([at(col, 0, 0), at(col, 0, 29), at(col, 0, 30), at(col, 0, 31)]).toEqual([255, 255, 150, 255]);
  });

  it('counts as dark what is under 140', () => {
    const g = grey(40, 1, 140);
    expect([...withoutRules(g, 100).px].every((v) => v === 140)).toBe(true);
    const h = grey(40, 1, 139);
    expect([...withoutRules(h, 100).px].every((v) => v === 255)).toBe(true);
    // the rule's length follows the resolution: 0.3 inch
    expect([...withoutRules(h, 200).px].every((v) => v === 139)).toBe(true);
  });
});

describe('pgm', () => {
  it('is a P5 header and the pixels', () => {
    const g: Grey = { width: 2, height: 1, px: new Uint8Array([7, 9]) };
    const out = pgm(g);
    expect(new TextDecoder().decode(out.subarray(0, out.length - 2))).toBe('P5\n2 1\n255\n');
    expect([...out.subarray(out.length - 2)]).toEqual([7, 9]);
  });
});

describe('cropPng', () => {
  const ramp = () => {
    const g = grey(20, 10);
    g.px.forEach((_, i) => (g.px[i] = i % 256));
    return g;
  };

  it('cuts the box with its padding, rounded outwards', async () => {
    const d = readPng(await cropPng(ramp(), [5.5, 3.2, 7.1, 4.2], 1));
    // x 4.5 → 4 … 8.1 → 9, y 2.2 → 2 … 5.2 → 6
    expect([d.width, d.height]).toEqual([5, 4]);
    expect(d.rows[0]).toEqual([44, 45, 46, 47, 48]);
    expect(d.rows[3]![0]).toBe(104);
  });

  it('keeps the padding inside the raster, 8 pixels by default', async () => {
    const d = readPng(await cropPng(ramp(), [2, 2, 18, 8]));
    expect([d.width, d.height]).toEqual([20, 10]);
    expect(d.rows[9]![19]).toBe(199);
    expect(readPng(await cropPng(ramp(), [9, 4, 10, 5])).width).toBe(17);
    const e = readPng(await cropPng(ramp(), [10, 5, 10, 5], 0));
    expect([e.width, e.height]).toEqual([1, 1]);
  });
});

describe('cut', () => {
  /** A 10×10 cell of paper with `mid` pixels of a seal's grey (150) and a stroke of `ink`. */
  const cell = (mid: number, ink: number) => {
    const g = grey(12, 12);
    for (let i = 0; i < mid; i++) g.px[(1 + Math.floor(i / 10)) * 12 + 1 + (i % 10)] = 150;
    g.px[11 * 12 + 11] = ink; // outside the box: never read
    g.px[10 * 12 + 10] = ink;
    return g;
  };

  it('copies the box and makes it black and white', () => {
    const g = cell(0, 0);
    const out = cut(g, [1, 1, 11, 11]);
    expect([out.width, out.height]).toEqual([10, 10]);
    expect(out.px[99]).toBe(0);
    expect(out.px.filter((v) => v === 0).length).toBe(1);
  });

  it('on paper, a light stroke is ink up to 175', () => {
    // (the stroke's own grey counts as a seal's: eleven more pixels of it keep the cell at twelve)
    expect(cut(cell(11, 174), [1, 1, 11, 11]).px[99]).toBe(0);
    expect(cut(cell(11, 175), [1, 1, 11, 11]).px[99]).toBe(255);
    // twelve pixels of mid grey in a hundred: not a seal, so they are strokes
    expect(cut(cell(12, 0), [1, 1, 11, 11]).px[0]).toBe(0);
  });

  it('under a seal (more than 12% of mid grey), the seal is lifted and ink is what is under 120', () => {
    const sealed = cut(cell(13, 119), [1, 1, 11, 11]);
    expect([sealed.px[0], sealed.px[99]]).toEqual([255, 0]);
    expect(cut(cell(13, 120), [1, 1, 11, 11]).px[99]).toBe(255);
  });

  it('counts the seal’s grey inside the box only, not in the row under it nor the column beside it', () => {
    const g = cell(12, 0);
    for (let i = 0; i < 12; i++) {
      g.px[11 * 12 + i] = 150;
      g.px[i * 12 + 11] = 150;
    }
    expect(cut(g, [1, 1, 11, 11]).px[0]).toBe(0);
  });

  it('counts as a seal’s grey 130 to 215', () => {
    const band = (v: number) => {
      const g = grey(12, 12);
      for (let i = 0; i < 13; i++) g.px[(1 + Math.floor(i / 10)) * 12 + 1 + (i % 10)] = v;
      g.px[10 * 12 + 10] = 150;
      return cut(g, [1, 1, 11, 11]).px[99];
    };
    // with the seal counted, 150 is paper; without, a stroke
    expect([band(129), band(130), band(215), band(216)]).toEqual([0, 255, 255, 0]);
  });
});
