/**
 * Where what we draw goes, so that it never hides the cell being discussed: the
 * tooltip beside its cell, inside the window, clear of the cell, of the panel and of
 * the cells its findings cite; the panel on the side of the window away from the
 * cell. Pure geometry, in viewport pixels.
 */
import { maxOf, minOf } from '@/lib/arrays';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 8;

export const right = (b: Box) => b.left + b.width;
export const bottom = (b: Box) => b.top + b.height;

/** The area two boxes share (0 when they do not meet). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The shortest a cut tooltip is worth showing at; with less room than this, the cited cells give way first. */
export const MIN_ROOM = 96;
/** At most this many cited cells are kept clear, the nearest to the cell (a blank-cell notice cites a hundred). */
const MAX_CITED = 24;

/** Where the tooltip goes: its box, its height (`maxHeight`, below its natural height when cut: it scrolls), and whether it is whole. */
export interface TipPlace extends Box {
  maxHeight: number;
  whole: boolean;
}

const grow = (b: Box, d: number): Box => ({ left: b.left - d, top: b.top - d, width: b.width + 2 * d, height: b.height + 2 * d });

/** How far apart two boxes are (0 when they meet). */
export function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - right(b), b.left - right(a));
  const dy = Math.max(0, a.top - bottom(b), b.top - bottom(a));
  return Math.hypot(dx, dy);
}

/**
 * The tooltip's place, nearest `cell`, clear (by a gap) of everything in `blocks`, inside the window: the nearest
 * place where it fits whole, else the one with the most room (null when there is none). Every place tried stands
 * beside a block or an edge of the window: under or over it, right or left of it.
 */
function search(cell: Box, w: number, h: number, view: Size, blocks: Box[]): TipPlace | null {
  const bs = blocks.map((b) => grow(b, GAP)).filter((b) => right(b) > 0 && b.left < view.width && bottom(b) > 0 && b.top < view.height);
  const xMax = view.width - MARGIN - w;
  const yMax = view.height - MARGIN;
  const xs = [cell.left, right(cell) - w, right(cell) + GAP, cell.left - GAP - w, MARGIN, xMax, ...bs.flatMap((b) => [right(b), b.left - w])].map((x) => clamp(x, MARGIN, xMax));
  let best: TipPlace | null = null;
  let bestDist = Infinity;
  const consider = (left: number, top: number, height: number) => {
    if (height <= 0 || top < MARGIN - 0.5 || top + height > yMax + 0.5) return;
    const box = { left, top, width: w, height };
    if (bs.some((b) => overlap(b, box) > 0)) return;
    const whole = height >= h;
    const d = distance(box, cell);
    const better = !best || (whole && !best.whole) || (whole === best.whole && (whole ? d < bestDist : height > best.height || (height === best.height && d < bestDist)));
    if (better) {
      best = { ...box, maxHeight: height, whole };
      bestDist = d;
    }
  };
  for (const x of new Set(xs)) {
    const col = bs.filter((b) => b.left < x + w && x < right(b));
    const inBlock = (y: number) => col.some((b) => b.top < y && y < bottom(b));
    // hanging down from a block's bottom (or the window's top, or level with the cell)
    for (const t of [MARGIN, cell.top, ...col.map(bottom)]) {
      if (t < MARGIN || t >= yMax || inBlock(t)) continue;
      const limit = minOf(col.filter((b) => b.top >= t).map((b) => b.top), yMax);
      consider(x, t, Math.min(h, limit - t));
    }
    // standing on a block's top (or the window's bottom, or level with the cell's bottom)
    for (const end of [yMax, bottom(cell), ...col.map((b) => b.top)]) {
      if (end > yMax || end <= MARGIN || inBlock(end)) continue;
      const limit = maxOf(col.filter((b) => bottom(b) <= end).map(bottom), MARGIN);
      const height = Math.min(h, end - limit);
      consider(x, end - height, height);
    }
  }
  return best;
}

/**
 * The tooltip's place next to `cell`, never over it nor over anything in `avoid` (the panel), and clear of the
 * cells its findings cite (`cited`), inside the window: the nearest place where it fits whole (below, above or
 * beside the cell, or beside the cited cells); else the place with the most room, its height cut to it (the
 * tooltip then scrolls, and can be entered to be read). Only when the cited cells leave no room worth the name
 * do they give way; the cell and the panel never do.
 */
export function placeTip(cell: Box, tip: Size, view: Size, avoid: Box[] = [], cited: Box[] = []): TipPlace {
  const w = Math.min(tip.width, view.width - 2 * MARGIN);
  const least = Math.min(tip.height, MIN_ROOM);
  const near = cited
    .filter((c) => overlap(c, { left: 0, top: 0, ...view }) > 0)
    .sort((a, b) => distance(a, cell) - distance(b, cell))
    .slice(0, MAX_CITED);
  const full = search(cell, w, tip.height, view, [cell, ...avoid, ...near]);
  if (full && full.height >= least) return full;
  const hard = search(cell, w, tip.height, view, [cell, ...avoid]);
  const best = [full, hard].filter((p): p is TipPlace => !!p).sort((a, b) => b.height - a.height)[0];
  if (best) return best;
  // no room clear of the panel at all (a tiny window): below or above the cell, whichever is larger, cut to it
  const x = clamp(cell.left, MARGIN, view.width - MARGIN - w);
  const below = view.height - MARGIN - (bottom(cell) + GAP);
  const above = cell.top - GAP - MARGIN;
  const h = Math.max(48, Math.min(tip.height, Math.max(below, above)));
  return { left: x, top: below >= above ? bottom(cell) + GAP : cell.top - GAP - h, width: w, height: h, maxHeight: h, whole: h >= tip.height };
}

export type Dock = 'right' | 'left';

/** The panel's box when docked on a side of the window. */
export function panelBox(dock: Dock, size: Size, view: Size): Box {
  const w = Math.min(size.width, view.width - 2 * 16);
  return { left: dock === 'right' ? view.width - 16 - w : 16, top: view.height - 16 - size.height, width: w, height: size.height };
}

/**
 * The side the panel docks on while `cell` is discussed: the auditor's side,
 * unless the panel would cover the cell there and not on the other side.
 */
export function dockFor(cell: Box | null, preferred: Dock, size: Size, view: Size): Dock {
  if (!cell) return preferred;
  const other: Dock = preferred === 'right' ? 'left' : 'right';
  if (overlap(panelBox(preferred, size, view), cell) === 0) return preferred;
  return overlap(panelBox(other, size, view), cell) === 0 ? other : preferred;
}

/**
 * How far to scroll (down, positive) so that `cell` stands clear of the panel:
 * above it when the panel covers it on both sides (a narrow window). 0 when clear.
 */
export function scrollClear(cell: Box, panel: Box, view: Size): number {
  if (overlap(cell, panel) === 0) return 0;
  // the cell's bottom above the panel's top, the cell's top inside the window
  const want = bottom(cell) - (panel.top - GAP);
  return Math.min(want, cell.top - MARGIN);
}
