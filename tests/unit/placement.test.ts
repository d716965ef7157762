/** Where the tooltip and the panel go: never over the cell discussed, inside the window. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_ROOM, dockFor, overlap, panelBox, placeTip, scrollClear, type Box } from '../../components/page/placement';

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
    const p = placeTip(cell, { width: 600, height: 520 }, view, [panel]);
    expect(overlap(p, panel)).toBe(0);
    expect(overlap(p, cell)).toBe(0);
    expect(inside(p)).toBe(true);
    expect(p.whole).toBe(false);
    expect(p.maxHeight).toBe(p.height);
    expect(p.height).toBeLessThan(520);
    expect(p.height).toBeGreaterThanOrEqual(MIN_ROOM);
  });

  it('whole wherever it fits, not only on the cell’s four sides: beside the panel rather than cut', () => {
    const panel = { left: 400, top: 320, width: 380, height: 270 };
    const cell = { left: 500, top: 280, width: 60, height: 30 };
    const p = placeTip(cell, { width: 350, height: 520 }, view, [panel]);
    expect(p.whole).toBe(true);
    expect(p.height).toBe(520);
    expect(overlap(p, panel) + overlap(p, cell)).toBe(0);
    expect(inside(p)).toBe(true);
  });
});

/** A table row as the sample report prints it at 1280×720 with the panel open: six applicant cells, then the flagged total. */
const wide = { width: 1280, height: 720 };
const insideWide = (b: Box) => b.left >= 0 && b.top >= 0 && b.left + b.width <= wide.width && b.top + b.height <= wide.height;
const row = (top: number) => [210, 270, 330, 390, 450, 510].map((left) => ({ left, top, width: 58, height: 41 }));

describe('placeTip keeps the cited cells in sight', () => {
  const panel = { left: 869, top: 272, width: 380, height: 432 };
  const cell = { left: 568, top: 340, width: 60, height: 41 };

  it('never over the six applicant cells behind 「各类申请人合计为 3」, the flagged cell or the panel', () => {
    const cited = row(340);
    for (const height of [120, 264, 352]) {
      const p = placeTip(cell, { width: 360, height }, wide, [panel], cited);
      for (const c of [cell, panel, ...cited]) expect(overlap(p, c)).toBe(0);
      expect(insideWide(p)).toBe(true);
    }
  });

  it('the nearest place that fits whole: under the row when there is room', () => {
    const p = placeTip(cell, { width: 360, height: 200 }, wide, [panel], row(340));
    expect(p.whole).toBe(true);
    expect(p.top).toBe(340 + 41 + 8);
  });

  it('cited cells give way only when they leave no room worth reading; the cell and the panel never do', () => {
    // cited cells everywhere but a sliver: the tooltip may cover them, never the cell nor the panel
    const cited = Array.from({ length: 12 }, (_, i) => ({ left: 0, top: i * 60, width: 1280, height: 56 })).filter((c) => overlap(c, cell) === 0);
    const p = placeTip(cell, { width: 360, height: 300 }, wide, [panel], cited);
    expect(overlap(p, cell)).toBe(0);
    expect(overlap(p, panel)).toBe(0);
    expect(p.height).toBeGreaterThanOrEqual(MIN_ROOM);
    expect(insideWide(p)).toBe(true);
  });

  it('at random: never over the cell or the panel, always inside the window; over a cited cell only when there is no room among them', () => {
    const box = (w: number, h: number) =>
      fc.record({ left: fc.integer({ min: 0, max: w - 40 }), top: fc.integer({ min: 0, max: h - 20 }), width: fc.integer({ min: 20, max: 200 }), height: fc.integer({ min: 16, max: 60 }) });
    fc.assert(
      fc.property(
        fc.constantFrom({ width: 1280, height: 720 }, { width: 800, height: 600 }),
        fc.boolean(),
        fc.integer({ min: 40, max: 600 }),
        fc.integer({ min: 200, max: 600 }),
        fc.array(box(800, 600), { maxLength: 8 }),
        box(800, 600),
        (v, left, tipH, tipW, cited, c) => {
          const cellBox = { ...c, left: Math.min(c.left, v.width - c.width), top: Math.min(c.top, v.height - c.height) };
          const pw = Math.min(380, v.width - 32);
          const panelB = { left: left ? 16 : v.width - 16 - pw, top: v.height * 0.55, width: pw, height: v.height * 0.45 - 16 };
          if (overlap(panelB, cellBox) > 0) return;
          const near = cited.filter((x) => overlap(x, cellBox) === 0);
          const p = placeTip(cellBox, { width: tipW, height: tipH }, v, [panelB], near);
          expect(overlap(p, cellBox)).toBe(0);
          expect(overlap(p, panelB)).toBe(0);
          expect(p.left >= 0 && p.top >= 0 && p.left + p.width <= v.width && p.top + p.height <= v.height).toBe(true);
          // over a cited cell only when no place the least worth reading stands clear of them all (looked for on a grid)
          if (near.some((x) => overlap(p, x) > 0)) {
            const least = Math.min(tipH, MIN_ROOM);
            const w = Math.min(tipW, v.width - 16);
            const blocks = [cellBox, panelB, ...near].map((b) => ({ left: b.left - 8, top: b.top - 8, width: b.width + 16, height: b.height + 16 }));
            let room = false;
            for (let x = 8; x + w <= v.width - 8 && !room; x += 8) {
              for (let y = 8; y + least <= v.height - 8 && !room; y += 8) room = blocks.every((b) => overlap(b, { left: x, top: y, width: w, height: least }) === 0);
            }
            expect(room).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
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
