/**
 * One scanned page read (lib/readers/ocr-page.ts readScanPage), asked directly with an OCR engine of our own that
 * answers what each image is read as: the ruled table's cells with ink read one image each, placed back on the
 * page; the unsure ones read again as numbers (nothing read, a few unsure characters, a stray character in a
 * column of numbers, replaced only by a number); smudges dropped; a cell with ink and nothing read said as unread
 * with its image; the prose read from the page without its tables; a doubtful digit's image kept.
 */
import { describe, expect, it } from 'vitest';
import { numberColumnOf, readScanPage, type OcrEngine, type ReadMode, type ReadWord } from '../../lib/readers/ocr-page';
import { gridCells, type Grey } from '../../lib/readers/ocr-grid';
import { readPng } from '../helpers/png';

const DPI = 200;
const ys = [100, 160, 220, 280, 340];
const xs = [100, 500, 650, 800, 950];

function page(): Grey {
  const g: Grey = { width: 1100, height: 700, px: new Uint8Array(1100 * 700).fill(250) };
  const dot = (x: number, y: number) => (g.px[y * g.width + x] = 20);
  for (const y of ys) for (let x = xs[0]!; x <= xs[4]!; x++) dot(x, y);
  for (const x of xs) for (let y = ys[0]!; y <= ys[4]!; y++) dot(x, y);
  // a blot in every cell but the last; one in the prose below the table
  const blot = (cx: number, cy: number) => {
    for (let dy = -8; dy <= 8; dy++) for (let dx = -5; dx <= 5; dx++) if (Math.abs(dx) > 3 || Math.abs(dy) > 6) dot(cx + dx, cy + dy);
  };
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) if (r < 3 || c < 3) blot((xs[c]! + xs[c + 1]!) / 2, (ys[r]! + ys[r + 1]!) / 2);
  blot(200, 500);
  // ink just outside the table: above, below, left and right of its rules
  dot(300, ys[0]! - 2);
  dot(300, ys[4]! + 2);
  dot(xs[0]! - 2, 130);
  dot(xs[4]! + 2, 130);
  // and one pixel further out: the page's, kept in the prose
  dot(300, ys[0]! - 3);
  dot(300, ys[4]! + 3);
  dot(xs[0]! - 3, 130);
  dot(xs[4]! + 3, 130);
  return g;
}

/** A word in its image's pixels (the image's white frame is 10 pixels: its ink starts about there). */
const word = (text: string, conf: number, img: number): ReadWord => ({ text, conf, img, box: [10, 10, 30, 30] });

/** The engine: by mode, what each image reads as (cells: by cell; digits: by the cell of the image retried). */
function engine(cells: Record<number, [string, number][]>, digits: Record<number, [string, number][]>) {
  const calls: { mode: ReadMode; images: Grey[] }[] = [];
  let retried: number[] = [];
  const e: OcrEngine = {
    async read(images, mode) {
      calls.push({ mode, images });
      if (mode === 'cells') return images.flatMap((_, i) => (cells[i] ?? []).map(([t, c]) => word(t, c, i)));
      if (mode === 'digits') return retried.flatMap((cell, i) => (digits[cell] ?? []).map(([t, c]) => word(t, c, i)));
      // the prose: a word, a smudge, and a word of an image that was not given
      return [{ text: '说明', conf: 90, img: 0, box: [180, 490, 220, 510] }, { text: '·', conf: 10, img: 0, box: [0, 0, 5, 5] }, word('无', 90, 3)];
    },
  };
  return { e, calls, retry: (cells: number[]) => (retried = cells) };
}

describe('readScanPage', () => {
  const g = page();
  const grid = gridCells(g, DPI);

  it('the page’s table has 16 cells, of which 15 have ink (the images read, in the grid’s order)', () => {
    expect(grid).toHaveLength(16);
  });

  const labels: Record<number, [string, number][]> = { 0: [['一', 95]], 4: [['二', 95]], 8: [['三', 95]], 12: [['四', 95]] };
  const first: Record<number, [string, number][]> = {
    ...labels,
    1: [['12', 95]],
    2: [['3', 95]],
    3: [['15', 95]],
    5: [['7', 60]], // few characters, all unsure
    // 6: nothing read
    7: [['6', 74], ['0', 74]], // two unsure digits: read again
    9: [['了子', 90]], // two sure characters in a column of numbers (cells 1, 5, 13): a stray
    10: [['人', 90]], // a character in a column of two numbers: kept
    11: [['~', 20]], // a smudge: dropped, so nothing read
    13: [['5', 95]],
    14: [['8', 95]],
  };

  it('reads each cell, again as a number where unsure, places the words on the page, and says what it could not read', async () => {
    const { e, calls, retry } = engine(first, { 5: [['7', 85]], 6: [['0', 70]], 7: [['60', 78]], 9: [['4', 90]], 11: [] });
    retry([5, 6, 7, 9, 11]);
    const out = await readScanPage(g, DPI, e);
    expect(calls.map((c) => [c.mode, c.images.length])).toEqual([['cells', 15], ['digits', 5], ['prose', 1]]);
    // each cell's image: inside its rules by 4 pixels, in a white frame of 10
    const [x0, y0, x1, y1] = grid[0]!.box;
    expect([calls[0]!.images[0]!.width, calls[0]!.images[0]!.height]).toEqual([x1 - x0 - 8 + 1 + 20, y1 - y0 - 8 + 1 + 20]);
    expect(calls[0]!.images[0]!.px[0]).toBe(255);
    // and the page's pixels in it, where the page has them: the blot's ring about the cell's middle (300, 130), levelled to black and white
    const im = calls[0]!.images[0]!;
    const [ox, oy] = [x0 + 4 - 10, y0 + 4 - 10];
    const inCell = (x: number, y: number) => im.px[(y - oy) * im.width + (x - ox)];
    expect([inCell(305, 130), inCell(300, 130), inCell(300, 123), inCell(300, 137), inCell(296, 130)]).toEqual([0, 255, 0, 0, 0]);
    // the prose's image: the table lifted to white, the blot below it kept
    const prose = calls[2]!.images[0]!;
    expect(prose.px[ys[0]! * prose.width + xs[0]!]).toBe(255);
    expect(prose.px[130 * prose.width + 300]).toBe(255);
    // two pixels about the table lifted too
    const at = (x: number, y: number) => prose.px[y * prose.width + x];
    expect([at(300, ys[0]! - 2), at(300, ys[4]! + 2), at(xs[0]! - 2, 130), at(xs[4]! + 2, 130)]).toEqual([255, 255, 255, 255]);
    // and no more: a pixel further out on each side is the page's
    expect([at(300, ys[0]! - 3), at(300, ys[4]! + 3), at(xs[0]! - 3, 130), at(xs[4]! + 3, 130)]).toEqual([20, 20, 20, 20]);
    expect(prose.px[(500 - 8) * prose.width + 200]).toBeLessThan(140);

    const texts = out.cells!.map((c) => c.words.map((w) => w.text).join(''));
    expect(texts).toEqual(['一', '12', '3', '15', '二', '7', '0', '60', '三', '4', '人', '', '四', '5', '8', '']);
    expect(out.cells!.map((c) => c.band)).toEqual(grid.map((c) => c.band));
    // a word placed back on the page: its image's origin is its cell's box, 4 in and 10 out
    const c1 = grid[1]!.box;
    expect(out.cells![1]!.words[0]!.box).toEqual([c1[0] + 4, c1[1] + 4, c1[0] + 24, c1[1] + 24]);
    expect(out.cells![1]!.words[0]).not.toHaveProperty('img');
    // a digit read with less than 80 confidence keeps its image; a sure one does not
    expect(out.cells![6]!.words[0]!.image).toMatch(/^data:image\/png;base64,/);
    expect(out.cells![7]!.words.every((w) => w.image)).toBe(true);
    expect(out.cells![5]!.words[0]!.image).toBeUndefined();
    expect(out.cells![10]!.words[0]!.image).toBeUndefined();
    // a cell with ink and nothing read: unread, with its image; the empty cell is neither
    expect(out.unread!.map((u) => [u.text, u.box, u.conf, !!u.image])).toEqual([['', grid[11]!.box, 0, true]]);
    // the prose: its word, not the smudge nor the word of no image
    expect(out.words).toEqual([{ text: '说明', conf: 90, box: [180, 490, 220, 510] }]);
    expect([out.width, out.height, out.dpi]).toEqual([1100, 700, DPI]);
  });

  it('a stray character is replaced only by a number read in its place; what is read again and what is not, at each edge', async () => {
    const again = { 1: [['99', 95]], 3: [['1284', 95]], 6: [['0', 90]], 7: [['60', 90]], 9: [['子', 95]], 13: [['6', 95]] } as Record<number, [string, number][]>;
    const { e, calls, retry } = engine(
      {
        ...first,
        1: [['1', 95], ['2', 60]], // one sure word: not read again
        3: [['1234', 60]], // four unsure characters: read again
        5: [['12345', 60]], // five: not
        9: [['了', 90]],
        11: [['~', 29]], // a smudge: under 30 and no digit
        13: [['5', 75]], // sure enough at 75
        14: [['8', 25]], // unsure, but a digit: no smudge
      },
      again,
    );
    retry([3, 6, 7, 9, 11, 14]);
    const out = await readScanPage(g, DPI, e);
    expect(calls[1]!.images).toHaveLength(6);
    expect(out.cells!.map((c) => c.words.map((w) => w.text).join(''))).toEqual(['一', '12', '3', '1284', '二', '12345', '0', '60', '三', '了', '人', '', '四', '5', '8', '']);
    expect(out.cells![5]!.words[0]!.image).toMatch(/^data:image\/png;base64,/);
    // the unread cell's image: its box and 2 pixels around it
    const [x0, y0, x1, y1] = grid[11]!.box;
    const png = readPng(out.unread![0]!.image!);
    expect([png.width, png.height]).toEqual([x1 - x0 + 4, y1 - y0 + 4]);
  });
});

describe('numberColumnOf', () => {
  /** Cell 0 from x 1000 to 1100, and others at these spans, each a number or not. */
  const column = (others: [number, number, boolean][], self = true) =>
    numberColumnOf([[1000, 0, 1100, 10], ...others.map(([a, b]) => [a, 0, b, 10] as [number, number, number, number])], [self, ...others.map(([, , n]) => n)])(0);
  const same = (n: number, isNumber = true): [number, number, boolean][] => Array.from({ length: n }, () => [1000, 1100, isNumber]);

  it('three numbers among the others across its width: the cell itself not counted', () => {
    expect(column(same(3))).toBe(true);
    expect(column(same(2))).toBe(false);
  });

  it('60% of the others or more are numbers', () => {
    expect(column([...same(3), ...same(2, false)])).toBe(true);
    expect(column([...same(3), ...same(3, false)])).toBe(false);
  });

  it('another cell is across its width when it overlaps 60% of the narrower, no more than half as wide again', () => {
    // overlapping 60 of 100, then 59
    expect(column([[1040, 1140, true], [1040, 1140, true], [1040, 1140, true]])).toBe(true);
    expect(column([[1041, 1141, true], [1041, 1141, true], [1041, 1141, true]])).toBe(false);
    // 150 wide, then 151
    expect(column([[980, 1130, true], [980, 1130, true], [980, 1130, true]])).toBe(true);
    expect(column([[980, 1131, true], [980, 1131, true], [980, 1131, true]])).toBe(false);
    // narrower than the cell inside it: 70 wide (the cell no more than half as wide again), then 66
    expect(column([[1015, 1085, true], [1015, 1085, true], [1015, 1085, true]])).toBe(true);
    expect(column([[1017, 1083, true], [1017, 1083, true], [1017, 1083, true]])).toBe(false);
    // the peers that are not across it do not count against it either
    expect(column([...same(3), [2000, 2100, false], [2000, 2100, false], [2000, 2100, false]])).toBe(true);
  });
});
