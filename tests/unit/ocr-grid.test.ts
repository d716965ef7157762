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

/** A page of rules and text lines (every other line a rule) rising to the right by `deg` (y grows downward: y − x·tan). */
function tilted(deg: number): Grey {
  const g = page();
  const t = Math.tan((deg * Math.PI) / 180);
  for (let y = 120; y < 800; y += 40) for (let x = 100; x < 1100; x++) if (y % 80 === 0 || x % 14 < 9) dot(g, x, y + (x - 600) * t);
  return g;
}

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

  it('a table run off the page’s right edge: its last column closed by the edge, where the rules run on to it', () => {
    // a city's 表三 printed on A4 (real: 上海市 2020): 总计 cut by the edge, no rule after it
    const g = page();
    const wide = [100, 500, 650, 800, 950, 1100, 1199];
    table(g, ys, wide);
    // the edge's own column of ink gone, as a page's edge has none
    for (let y = 0; y < g.height; y++) g.px[y * g.width + 1199] = 250;
    const cells = gridCells(g, DPI);
    expect(cells).toHaveLength(4 * 6);
    expect(cells.slice(0, 6).map((c) => c.box)).toEqual([...xs.map((x, i) => [x, 100, wide[i + 1], 160]).slice(0, 5), [1100, 100, 1199, 160]]);
    // the rules stopping short of the edge (a table ending at its last rule, or one whose side is open but ends inside
    // the page): no column added
    const short = page();
    table(short, ys, xs);
    for (const y of ys) hline(short, y, 1100, 1130);
    expect(gridCells(short, DPI)).toHaveLength(4 * 5);
  });

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
    const deg = 0.7;
    const g = tilted(deg);
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

describe('what the first mutation run left: each bound at its edge', () => {
  it('the tilt to a hundredth of a degree or so, from 100 sampled pixels and not 99', () => {
    const deg = 0.56;
    const g = tilted(deg);
    expect(Math.abs(skewOf(g) - deg)).toBeLessThanOrEqual(0.021);
    // dark pixels only where every third row and column is sampled: a staircase rising 3 pixels every 60
    const stairs = (n: number) => {
      const s = page();
      for (let i = 0; i < n; i++) dot(s, 3 * i, 300 + 3 * Math.floor(i / 20));
      return skewOf(s);
    };
    expect(stairs(99)).toBe(0);
    expect(stairs(100)).toBeGreaterThan(2);
  });

  it('turns the page about its centre, the right way: a rule through the centre’s column levelled on its own row', () => {
    const g = page();
    const deg = 1;
    const t = Math.tan((deg * Math.PI) / 180);
    // a rule at y 200 where it crosses the page's middle column, rising to the right
    for (let x = 100; x < 1100; x++) dot(g, x, 200 + (x - 600) * t);
    const level = rotated(g, deg);
    const dark = (y: number) => { let n = 0; for (let x = 150; x < 1050; x++) if (level.px[y * level.width + x]! < 120) n++; return n; };
    const rows = [198, 199, 200, 201, 202].map(dark);
    expect(Math.max(...rows)).toBeGreaterThan(850);
    expect(rows.reduce((a, b) => a + b, 0)).toBeLessThan(1000);
    // below 0.05° the page is left as it is
    expect(rotated(g, 0.049)).toBe(g);
    expect(rotated(g, 0.05)).not.toBe(g);
  });

  it('what comes in from outside the page is paper, at each edge', () => {
    for (const x0 of [0, 1199]) {
      const g = page();
      for (let y = 0; y < g.height; y++) dot(g, x0, y);
      const r = rotated(g, 2);
      // the column of ink at one edge never reaches the other, nor the corners
      const other = x0 ? 0 : 1199;
      let n = 0;
      for (let y = 0; y < r.height; y++) if (r.px[y * r.width + other]! < 150) n++;
      expect(n, `ink at x ${x0}`).toBe(0);
    }
    const blank = rotated(page(), 2);
    expect([blank.px[0], blank.px[1199], blank.px[899 * 1200], blank.px[899 * 1200 + 1199]]).toEqual([255, 255, 255, 255]);
  });

  it('a rule printed twice a few pixels apart is one: 4 pixels of paper between them joined, 5 not', () => {
    const xs = [100, 500, 900];
    const twice = (gap: number) => {
      const g = page();
      table(g, [100, 160, 220], xs);
      hline(g, 100 + gap, xs[0]!, xs[2]!);
      return gridCells(g, DPI).map((c) => c.box[1]);
    };
    // dark rows 99–101 and the second rule's three: 4 rows of paper between them are one rule, its middle
    expect(twice(6)).toEqual([103, 103, 160, 160]);
    expect(twice(7)).toEqual([107, 107, 160, 160]);
  });

  it('a table at the page’s top left corner: its first rule and column at 0', () => {
    const g = page();
    table(g, [0, 60, 120], [0, 400, 800]);
    expect(gridCells(g, DPI).map((c) => c.box)).toEqual([[0, 1, 400, 60], [400, 1, 800, 60], [0, 60, 400, 120], [400, 60, 800, 120]].map(([x0, y0, x1, y1]) => [x0 === 0 ? 1 : x0, y0, x1, y1]));
  });

  it('a rule is 0.8 inch long at least; a band from 0.08 to 2 inches tall; a column in two bands is one', () => {
    const cellsOf = (ys: number[], xs: number[]) => {
      const g = page();
      table(g, ys, xs);
      return gridCells(g, DPI).length;
    };
    // 160 pixels at 200 dpi: a table of rules 160 long (two columns of 80) and one a pixel shorter
    expect(cellsOf([100, 160, 220], [100, 180, 259])).toBe(4);
    expect(cellsOf([100, 160, 220], [100, 180, 258])).toBe(0);
    // bands of 16 and 400 pixels are kept; of 15 and 401 not
    expect(cellsOf([100, 116, 516], [100, 500, 900])).toBe(4);
    expect(cellsOf([100, 116, 200, 285], [100, 500, 900])).toBe(6);
    expect(cellsOf([100, 115, 200, 285], [100, 500, 900])).toBe(4);
    expect(cellsOf([100, 160, 561], [100, 500, 900])).toBe(0);
  });

  it('a column’s rule may stand 5 pixels off in the next band, not 6; cells narrower than 0.08 inch are none', () => {
    const shifted = (dx: number) => {
      const g = page();
      hline(g, 100, 100, 900);
      hline(g, 160, 100, 900);
      hline(g, 220, 100, 900);
      for (const [x, y0, y1] of [[100, 100, 220], [900, 100, 220], [500, 100, 160], [500 + dx, 160, 220]] as const) vline(g, x, y0, y1);
      return gridCells(g, DPI).length;
    };
    expect(shifted(5)).toBe(4);
    expect(shifted(6)).toBe(2);
    const narrow = (w: number) => {
      const g = page();
      table(g, [100, 160, 220], [100, 500, 500 + w, 900]);
      return gridCells(g, DPI).length;
    };
    expect(narrow(16)).toBe(6);
    expect(narrow(15)).toBe(4);
  });

  it('inkIn: the share of dark pixels 4 inside the box’s edges, not on them', () => {
    const g = page(40, 40);
    expect(inkIn(g, [0, 0, 20, 20])).toBe(0);
    dot(g, 16, 10);
    dot(g, 10, 16);
    expect(inkIn(g, [0, 0, 20, 20])).toBe(0);
    dot(g, 15, 15);
    expect(inkIn(g, [0, 0, 20, 20])).toBe(1 / 144);
    expect(inkIn(g, [0, 0, 8, 8])).toBe(0);
  });
});
