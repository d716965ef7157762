/**
 * A scanned page's image made ready for OCR, and its tables' cells found from their ruling lines — pure
 * computation on a grey raster (one byte a pixel), no I/O: the CLI's OCR (lib/cli/ocr.ts) reads each cell
 * apart, so that a number is read in its own box and never run into its neighbour or a rule.
 *
 *   the page's tilt, from its dark pixels' rows (the angle that stacks them into the fewest rows) → levelled
 *   → horizontal rules: pixel rows dark over a long run → row bands between two rules
 *   → in each band, vertical rules: pixel columns dark over most of the band → cells between them.
 */

/** A grey raster: one byte a pixel, 0 black. */
export interface Grey {
  width: number;
  height: number;
  px: Uint8Array;
}

/** A cell found: its box in pixels (x0, y0, x1, y1), and the band (table row) it stands in. */
export interface GridCell {
  box: [number, number, number, number];
  band: number;
}

// a rule is printed black (a thin one greys on a scan); a seal, red, is lighter than this once scanned grey
const DARK = 150;

/** The page's tilt in degrees (−3…3, the way a scanner's tilts go): the angle that stacks the ink into the fewest rows. */
export function skewOf(g: Grey): number {
  // every third dark pixel of every third row: enough to tell rows apart, quick on a 200-dpi page
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < g.height; y += 3) {
    for (let x = 0; x < g.width; x += 3) {
      if (g.px[y * g.width + x]! < DARK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const rows = new Float64Array(g.height + g.width);
    for (let i = 0; i < xs.length; i++) {
      const r = Math.round(ys[i]! - xs[i]! * t + g.width * 0.06);
      if (r >= 0 && r < rows.length) rows[r]!++;
    }
    let s = 0;
    for (const v of rows) s += v * v;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -3; d <= 3.0001; d += 0.1) {
    const s = score(d);
    if (s > bestScore * 1.0001) {
      best = d;
      bestScore = s;
    }
  }
  // finer, about the best
  for (let d = best - 0.1; d <= best + 0.1; d += 0.02) {
    const s = score(d);
    if (s > bestScore * 1.0001) {
      best = d;
      bestScore = s;
    }
  }
  return Math.round(best * 100) / 100;
}

/** The page turned by `deg` degrees about its centre (nearest pixel; what comes in from outside is paper). */
export function rotated(g: Grey, deg: number): Grey {
  if (Math.abs(deg) < 0.05) return g;
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = g.width / 2;
  const cy = g.height / 2;
  const px = new Uint8Array(g.px.length).fill(255);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      // where this pixel of the levelled page was on the tilted one
      const sx = Math.round(cos * (x - cx) - sin * (y - cy) + cx);
      const sy = Math.round(sin * (x - cx) + cos * (y - cy) + cy);
      if (sx >= 0 && sx < g.width && sy >= 0 && sy < g.height) px[y * g.width + x] = g.px[sy * g.width + sx]!;
    }
  }
  return { width: g.width, height: g.height, px };
}

/** Positions (pixels) where `dark(i)` holds, merged into lines of a few pixels: their middles. */
function lines(n: number, dark: (i: number) => boolean, gap = 4): number[] {
  const out: number[] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!dark(i)) continue;
    if (start >= 0 && i - last <= gap) last = i;
    else {
      if (start >= 0) out.push(Math.round((start + last) / 2));
      start = last = i;
    }
  }
  if (start >= 0) out.push(Math.round((start + last) / 2));
  return out;
}

/** The longest run of dark pixels along a pixel row, between x0 and x1. */
function rowRun(g: Grey, y: number, x0 = 0, x1 = g.width): number {
  let best = 0;
  let run = 0;
  for (let x = x0; x < x1; x++) {
    const v = rowDark(g, x, y);
    run = v ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** Whether a row's pixel is dark: a rule a pixel thin on a grey scan, the row above or below counts too. */
function rowDark(g: Grey, x: number, y: number): boolean {
  return Math.min(g.px[y * g.width + x]!, y > 0 ? g.px[(y - 1) * g.width + x]! : 255, y + 1 < g.height ? g.px[(y + 1) * g.width + x]! : 255) < DARK;
}

/**
 * The share of the pixel columns between x0 and x1 dark on a rule at `y`, a few rows either side: a cell's border is
 * drawn on its own and may stand a pixel or two off its row's, a rule left a little tilted drifts.
 */
function rowShare(g: Grey, y: number, x0: number, x1: number, near: number): number {
  let n = 0;
  for (let x = x0; x < x1; x++) {
    for (let d = -near; d <= near; d++) {
      const yy = y + d;
      if (yy >= 0 && yy < g.height && g.px[yy * g.width + x]! < DARK) {
        n++;
        break;
      }
    }
  }
  return n / Math.max(1, x1 - x0);
}

/** The share of a pixel column's pixels that are dark between y0 and y1 (the column beside counts too). */
function colShare(g: Grey, x: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    const i = y * g.width + x;
    if (Math.min(g.px[i]!, x > 0 ? g.px[i - 1]! : 255, x + 1 < g.width ? g.px[i + 1]! : 255) < DARK) n++;
  }
  return n / Math.max(1, y1 - y0);
}

/**
 * The cells of the page's ruled tables, band by band, top to bottom and left to right. A vertical rule is one
 * that comes back at the same place in at least two bands (a seal's ring, near vertical over a band, does not),
 * at a place no column has.
 */
export function gridCells(g: Grey, dpi: number): GridCell[] {
  // a rule runs across several cells: longer than an inch; a character's stroke is a tenth of that
  const long = Math.round(dpi * 0.8);
  const rules = lines(g.height, (y) => rowRun(g, y) >= long);
  const minBand = Math.round(dpi * 0.08);
  const bands: { y0: number; y1: number; xs: number[] }[] = [];
  for (let i = 0; i + 1 < rules.length; i++) {
    const y0 = rules[i]!;
    const y1 = rules[i + 1]!;
    if (y1 - y0 < minBand || y1 - y0 > dpi * 2) continue;
    // the band's vertical rules: dark over most of its height (a stroke of a character is a fraction of it)
    const xs = lines(g.width, (x) => colShare(g, x, y0 + 3, y1 - 2) > 0.85);
    // a table wider than the page runs off its edge, its last column without the rule that would close it (a
    // city's 表三 printed on A4: 总计 cut by the edge, real: 上海市 2020): where both rules of the band run on past
    // its last vertical rule towards the page's edge (a tenth of an inch from it), the edge closes the column
    const last = xs[xs.length - 1];
    const edge = Math.round(g.width - dpi * 0.1);
    const drift = Math.round(dpi * 0.05);
    // (the first 60% of the way: a scan's tilt turns the page's corners out of its image, taking the rules' ends along)
    const way = last === undefined ? 0 : Math.round(last + 3 + 0.6 * (edge - last - 3));
    if (last !== undefined && edge - last >= minBand && rowShare(g, y0, last + 3, way, drift) > 0.8 && rowShare(g, y1, last + 3, way, drift) > 0.8) xs.push(g.width - 1);
    bands.push({ y0, y1, xs });
  }
  const near = (a: number, b: number) => Math.abs(a - b) <= 5;
  const cells: GridCell[] = [];
  for (const [i, b] of bands.entries()) {
    const xs = b.xs.filter((x) => bands.filter((o) => o.xs.some((y) => near(x, y))).length >= 2);
    for (let k = 0; k + 1 < xs.length; k++) {
      if (xs[k + 1]! - xs[k]! < minBand) continue;
      cells.push({ box: [xs[k]!, b.y0, xs[k + 1]!, b.y1], band: i });
    }
  }
  return cells;
}

/** The share of dark pixels inside a box, kept a few pixels off its edges (a cell's rules are not its ink). */
export function inkIn(g: Grey, box: [number, number, number, number], inset = 4): number {
  let n = 0;
  let all = 0;
  for (let y = box[1] + inset; y < box[3] - inset; y++) {
    for (let x = box[0] + inset; x < box[2] - inset; x++) {
      all++;
      if (g.px[y * g.width + x]! < DARK) n++;
    }
  }
  return all ? n / all : 0;
}
