/**
 * Where what we draw goes, so that it never hides the cell being discussed: the
 * tooltip beside its cell (below, above, right or left, whichever fits inside the
 * window without covering the cell or the panel), and the panel on the side of the
 * window away from the cell. Pure geometry, in viewport pixels.
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

/**
 * The tooltip's place next to `cell`: the first side (below, above, right, left)
 * where it fits whole inside the window without covering the cell or anything in
 * `avoid` (the panel); else the side with the most room clear of them, its height
 * cut to that room (the tooltip scrolls). Never over the cell.
 */
export function placeTip(cell: Box, tip: Size, view: Size, avoid: Box[] = []): Box & { maxHeight: number } {
  const w = Math.min(tip.width, view.width - 2 * MARGIN);
  const x = clamp(cell.left, MARGIN, view.width - MARGIN - w);
  const columns = (left: number) => avoid.filter((a) => a.left < left + w && left < right(a));
  // below: from under the cell down to the window's edge or the first thing in the way
  const downTo = minOf(columns(x).filter((a) => a.top >= bottom(cell)).map((a) => a.top - GAP), view.height - MARGIN);
  const upTo = maxOf(columns(x).filter((a) => bottom(a) <= cell.top).map((a) => bottom(a) + GAP), MARGIN);
  const below = { box: { left: x, top: bottom(cell) + GAP, width: w, height: tip.height }, room: downTo - (bottom(cell) + GAP) };
  const above = { box: { left: x, top: cell.top - GAP - tip.height, width: w, height: tip.height }, room: cell.top - GAP - upTo };
  const y = clamp(cell.top, MARGIN, view.height - MARGIN - tip.height);
  const tall = view.height - 2 * MARGIN;
  const rightSide = { box: { left: right(cell) + GAP, top: y, width: w, height: Math.min(tip.height, tall) }, room: view.width - MARGIN - (right(cell) + GAP) >= w ? tall : 0 };
  const leftSide = { box: { left: cell.left - GAP - w, top: y, width: w, height: Math.min(tip.height, tall) }, room: cell.left - GAP - MARGIN >= w ? tall : 0 };
  const clear = (b: Box) => avoid.every((a) => overlap(a, b) === 0);
  for (const side of [below, above, rightSide, leftSide]) {
    if (side.room >= tip.height && clear(side.box)) return { ...side.box, maxHeight: tip.height };
  }
  // nothing fits whole: below or above, whichever has more room clear of the panel, cut to it
  if (below.room >= above.room) {
    const h = Math.max(48, below.room);
    return { left: x, top: bottom(cell) + GAP, width: w, height: h, maxHeight: h };
  }
  const h = Math.max(48, above.room);
  return { left: x, top: cell.top - GAP - h, width: w, height: h, maxHeight: h };
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
