// @vitest-environment happy-dom
/**
 * The on-page tooltip's life (components/page/tip-control.ts): it waits for the
 * pointer to reach it, stays while the pointer is in it, closes after, and on Esc;
 * scrolling asks for it to be placed again. And the panel's groups by rule
 * (components/page/steps.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/result/schema';
import { CLOSE_DELAY, TipControl } from '../../components/page/tip-control';
import { familyOf, ruleGroups, stepOrder } from '../../components/page/steps';

afterEach(() => {
  vi.useRealTimers();
});

function control() {
  const seen: string[] = [];
  const c = new TipControl(document, { close: () => seen.push('close'), escape: () => seen.push('escape'), moved: () => seen.push('moved') });
  return { c, seen };
}

describe('TipControl', () => {
  it('closes a while after the pointer left its cell, not at once', async () => {
    vi.useFakeTimers();
    const { c, seen } = control();
    c.opened();
    c.cellLeft();
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY - 50);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(seen).toEqual(['close']);
  });

  it('stays open while the pointer is in the tooltip, and closes after it leaves', async () => {
    vi.useFakeTimers();
    const { c, seen } = control();
    c.opened();
    c.cellLeft();
    await vi.advanceTimersByTimeAsync(100);
    c.pointerInTip(true);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY * 5);
    expect(seen).toEqual([]);
    c.pointerInTip(false);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY + 10);
    expect(seen).toEqual(['close']);
  });

  it('another cell entered in time keeps it open (opened again)', async () => {
    vi.useFakeTimers();
    const { c, seen } = control();
    c.opened();
    c.cellLeft();
    c.opened();
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY * 2);
    expect(seen).toEqual([]);
  });

  it('Esc closes it; keys and scrolls are heard only while one is open', async () => {
    const { c, seen } = control();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(seen).toEqual([]);
    c.opened();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(seen).toEqual(['escape']);
    document.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['escape', 'moved']);
    c.closed();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['escape', 'moved']);
  });
});

describe('the panel’s groups by rule', () => {
  const f = (id: string, rule: string, severity: Finding['severity']) => ({ id, rule, severity }) as Finding;
  const fs = [f('n1', 'narrative:requests-received', 'warning'), f('b1', 'blank-cell', 'notice'), f('r1', 'row-total', 'error'), f('r2', 'row-total:blank', 'error'), f('s1', 'shape:attachment', 'warning')];

  it('one group per rule family, the family of `row-total:blank` being row-total', () => {
    expect(familyOf(fs[3]!)).toBe('row-total');
    expect(ruleGroups(fs).map((g) => [g.family, g.findings.map((x) => x.id)])).toEqual([
      ['row-total', ['r1', 'r2']],
      ['narrative', ['n1']],
      ['shape', ['s1']],
      ['blank-cell', ['b1']],
    ]);
  });

  it('every finding in exactly one group', () => {
    expect(ruleGroups(fs).flatMap((g) => g.findings).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...fs].sort((a, b) => a.id.localeCompare(b.id)));
    expect(ruleGroups([])).toEqual([]);
  });

  it('steps go through located errors then warnings, whatever their group', () => {
    expect(stepOrder(fs, (id) => id !== 's1').map((x) => x.id)).toEqual(['r1', 'r2', 'n1']);
  });
});
