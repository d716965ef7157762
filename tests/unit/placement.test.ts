/** Where the tooltip and the panel go: never over the cell discussed, inside the window. */
import { describe, expect, it } from 'vitest';
import { dockFor, overlap, panelBox, placeTip, scrollClear, type Box } from '../../components/page/placement';

const view = { width: 800, height: 600 };
const inside = (b: Box) => b.left >= 0 && b.top >= 0 && b.left + b.width <= view.width && b.top + b.height <= view.height;

describe('placeTip', () => {
  it('below the cell when it fits, else above, else beside; never over the cell, always inside the window', () => {
    const tip = { width: 360, height: 200 };
    for (const cell of [{ left: 100, top: 50, width: 60, height: 24 }, { left: 100, top: 500, width: 60, height: 24 }, { left: 700, top: 300, width: 90, height: 30 }, { left: 10, top: 250, width: 40, height: 100 }]) {
      const p = placeTip(cell, tip, view);
      expect(overlap(p, cell)).toBe(0);
      expect(inside(p)).toBe(true);
    }
    expect(placeTip({ left: 100, top: 50, width: 60, height: 24 }, tip, view).top).toBe(82);
    expect(placeTip({ left: 100, top: 500, width: 60, height: 24 }, tip, view).top).toBe(292);
  });

  it('clear of the panel when a side allows it', () => {
    const panel = { left: 400, top: 320, width: 380, height: 270 };
    const cell = { left: 500, top: 200, width: 60, height: 24 };
    const p = placeTip(cell, { width: 300, height: 150 }, view, [panel]);
    expect(overlap(p, panel)).toBe(0);
    expect(overlap(p, cell)).toBe(0);
  });

  it('taller than any room: cut to the larger room clear of the panel, to scroll', () => {
    const panel = { left: 400, top: 320, width: 380, height: 270 };
    const cell = { left: 500, top: 280, width: 60, height: 30 };
    const p = placeTip(cell, { width: 350, height: 520 }, view, [panel]);
    expect(overlap(p, panel)).toBe(0);
    expect(overlap(p, cell)).toBe(0);
    expect(p.maxHeight).toBe(p.height);
    expect(p.height).toBeLessThan(520);
  });
});

describe('the panel', () => {
  it('moves to the other side when it would cover the cell', () => {
    const size = { width: 380, height: 270 };
    expect(dockFor({ left: 600, top: 450, width: 60, height: 24 }, 'right', size, view)).toBe('left');
    expect(dockFor({ left: 100, top: 450, width: 60, height: 24 }, 'right', size, view)).toBe('right');
    expect(dockFor(null, 'left', size, view)).toBe('left');
    expect(panelBox('left', size, view).left).toBe(16);
  });

  it('a cell under the panel on both sides is scrolled above it', () => {
    const panel = { left: 16, top: 314, width: 768, height: 270 };
    const cell = { left: 380, top: 400, width: 60, height: 24 };
    const dy = scrollClear(cell, panel, view);
    expect(cell.top - dy + cell.height).toBeLessThanOrEqual(panel.top);
    expect(scrollClear({ left: 380, top: 100, width: 60, height: 24 }, panel, view)).toBe(0);
  });
});
