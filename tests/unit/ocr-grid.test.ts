/**
 * A scanned page's tables found from their ruling (lib/readers/ocr-grid.ts), on rasters drawn here: the cells of a
 * ruled table band by band; a seal's ring (grey once scanned) taken for no rule; a tilt measured and levelled.
 */
import { describe, expect, it } from 'vitest';
import { gridCells, inkIn, rotated, skewOf, type Grey } from '../../lib/readers/ocr-grid';
import { numberColumnOf } from '../../lib/readers/ocr-page';

const DPI = 200;

function page(w = 1200, h = 900): Grey {
  return { width: w, height: h, px: new Uint8Array(w * h).fill(250) };
}
const dot = (g: Grey, x: number, y: number, v = 20) => {
  const xi = Math.round(x);
  const yi = Math.round(y);
  if (xi >= 0 && yi >= 0 && xi < g.width && yi < g.height) g.px[yi * g.width + xi] = v;
};
const hline = (g: Grey, y: number, x0: number, x1: number) => {
  for (let x = x0; x <= x1; x++) dot(g, x, y);
};
const vline = (g: Grey, x: number, y0: number, y1: number) => {
  for (let y = y0; y <= y1; y++) dot(g, x, y);
};

/** A table: rows at these ys, columns at these xs; a digit-like blot in each data cell. */
function table(g: Grey, ys: number[], xs: number[]) {
  for (const y of ys) hline(g, y, xs[0]!, xs[xs.length - 1]!);
  for (const x of xs) vline(g, x, ys[0]!, ys[ys.length - 1]!);
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) {
      const cx = (xs[c]! + xs[c + 1]!) / 2;
      const cy = (ys[r]! + ys[r + 1]!) / 2;
      for (let dy = -8; dy <= 8; dy++) for (let dx = -5; dx <= 5; dx++) if (Math.abs(dx) > 3 || Math.abs(dy) > 6) dot(g, cx + dx, cy + dy);
    }
  }
}

describe('the cells of a ruled table', () => {
  const ys = [100, 160, 220, 280, 340];
  const xs = [100, 500, 650, 800, 950, 1100];

  it('band by band, left to right, each between its rules', () => {
    const g = page();
    table(g, ys, xs);
    const cells = gridCells(g, DPI);
    expect(cells).toHaveLength(4 * 5);
    expect(cells.slice(0, 5).map((c) => c.box)).toEqual(xs.slice(0, -1).map((x, i) => [x, 100, xs[i + 1], 160]));
    expect(new Set(cells.map((c) => c.band)).size).toBe(4);
    for (const c of cells) expect(inkIn(g, c.box)).toBeGreaterThan(0.002);
  });

  it('a seal over the table (its ring grey once scanned) adds no column, even where it runs upright across a band', () => {
    const g = page();
    table(g, ys, xs);
    const cx = 720;
    const cy = 230;
    for (let a = 0; a < 2 * Math.PI; a += 0.0005) for (let t = 0; t < 4; t++) dot(g, cx + (150 + t) * Math.cos(a), cy + (150 + t) * Math.sin(a), 165);
    expect(gridCells(g, DPI).map((c) => c.box)).toEqual(gridCells((() => { const h = page(); table(h, ys, xs); return h; })(), DPI).map((c) => c.box));
  });

  it('a seal\'s grey, straight across two bands (its star, its lettering), is paper: no column', () => {
    const g = page();
    table(g, ys, xs);
    for (let y = 160; y <= 280; y++) for (let x = 299; x <= 301; x++) dot(g, x, y, 165);
    expect(gridCells(g, DPI)).toHaveLength(20);
  });

  it('a rule met in one band only (a mark, a ring drawn black) is not a column', () => {
    const g = page();
    table(g, ys, xs);
    vline(g, 300, 220, 280);
    expect(gridCells(g, DPI)).toHaveLength(20);
  });
});

describe('a tilted page', () => {
  it('its tilt measured (to a tenth of a degree) and levelled: the rules run straight again', () => {
    const g = page();
    const deg = 0.7;
    const t = Math.tan((deg * Math.PI) / 180);
    // rules and text lines drawn rising to the right by 0.7° (y grows downward: y − x·tan)
    for (let y = 120; y < 800; y += 40) for (let x = 100; x < 1100; x++) if (y % 80 === 0 || x % 14 < 9) dot(g, x, y + (x - 600) * t);
    const measured = skewOf(g);
    expect(Math.abs(measured - deg)).toBeLessThanOrEqual(0.1);
    const level = rotated(g, measured);
    expect(gridCells(level, DPI).length).toBe(0);
    // a rule of the levelled page: dark along one pixel row for most of its length
    const row = (y: number) => { let n = 0; for (let x = 150; x < 1050; x++) if (level.px[y * level.width + x]! < 120) n++; return n; };
    const best = Math.max(...Array.from({ length: 60 }, (_, i) => row(150 + i)));
    expect(best).toBeGreaterThan(800);
  });

  it('a level page is left as it is', () => {
    const g = page();
    table(g, [100, 160, 220], [100, 500, 900]);
    expect(skewOf(g)).toBe(0);
    expect(rotated(g, 0)).toBe(g);
  });
});

describe('a column of numbers (lib/readers/ocr-page.ts numberColumnOf)', () => {
  // a table: a wide label column, two number columns, and a header cell across both
  const boxes: [number, number, number, number][] = [];
  const isNumber: boolean[] = [];
  const add = (box: [number, number, number, number], n: boolean) => (boxes.push(box), isNumber.push(n), boxes.length - 1);
  const header = add([200, 0, 400, 30], false);
  const labels: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  for (let r = 0; r < 5; r++) {
    labels.push(add([0, 40 + 30 * r, 200, 70 + 30 * r], false));
    left.push(add([200, 40 + 30 * r, 300, 70 + 30 * r], r !== 2));
    right.push(add([300, 40 + 30 * r, 400, 70 + 30 * r], r < 2));
  }
  // made in each test, not where the block is collected: a mutation run switches its mutant on per test
  const inColumn = (i: number) => numberColumnOf(boxes, isNumber)(i);

  it('a cell among numbers is in one, even read as a character; a label among labels, or a header across columns, is not', () => {
    expect(inColumn(left[2]!)).toBe(true);
    expect(labels.map(inColumn)).toEqual([false, false, false, false, false]);
    expect(inColumn(header)).toBe(false);
  });

  it('it takes three numbers and three in five of the column: two numbers above three that are not is no column of numbers', () => {
    expect(inColumn(right[4]!)).toBe(false);
    const three = numberColumnOf(boxes, isNumber.map((n, i) => n || i === right[2]));
    expect(three(right[4]!)).toBe(true);
  });
});
