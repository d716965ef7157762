/**
 * The tooltip and the keyboard on a report page, at the window sizes auditors use
 * (issue 24, items 1 and 2), measured: the tooltip never covers the cells its
 * findings cite, the panel, nor leaves the window; it can be entered and read; Esc
 * closes it; scrolling never leaves it over other rows; a blank cell opens nothing
 * while blank cells are not shown; the first Alt+Shift+N lands on 1 / N, Alt+Shift+A
 * scrolls to the current finding, whose text shows in the panel.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';

type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h;
/** How far apart two boxes are (0 when they meet). */
const gapBetween = (a: Box, b: Box) => Math.hypot(Math.max(0, a.x - b.x - b.width, b.x - a.x - a.width), Math.max(0, a.y - b.y - b.height, b.y - a.y - a.height));
const SIZES = [
  { width: 1280, height: 720 },
  { width: 800, height: 600 },
];
const NEW_TOTAL = '[data-nianbao-finding~="row-total:requests:new:total"]';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

async function open(size: { width: number; height: number }, panel = false): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.goto(s.url('/sample-report.html'));
  await waitForMarks(page);
  if (panel) await page.click('[data-testid=panel-pill]');
  return page;
}

const tip = (page: Page) => page.locator('[data-testid=tooltip]');
const box = async (l: Locator) => (await l.boundingBox())!;
/** The boxes of every cell lit as cited by the tooltip shown now. */
const citedBoxes = (page: Page) => page.locator('.nianbao-related').evaluateAll((es) => es.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));

async function hoverCentred(page: Page, cell: Locator) {
  await cell.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await cell.hover();
  await tip(page).waitFor();
}

/** Send a shortcut as the background passes it on (the browser's own key handling is not reachable headless). */
async function command(page: Page, name: 'open-panel' | 'next-finding') {
  const tab = await b.tabId(page);
  type Chrome = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
  await b.worker.evaluate(([id, c]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id as number, { type: 'page:command', command: c }), [tab, name] as const);
}

describe.each(SIZES)('at $width×$height', (size) => {
  it('with the panel open, each flagged cell’s tooltip covers neither the cell, nor the cells it cites, nor the panel, and stays in the window', async () => {
    const page = await open(size, true);
    const cells = page.locator('[data-nianbao-sev=error], [data-nianbao-sev=warning]');
    const n = await cells.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Escape');
      await expect.poll(() => tip(page).count()).toBe(0);
      await hoverCentred(page, cells.nth(i));
      const t = await box(tip(page));
      const cited = await citedBoxes(page);
      const panel = await box(page.locator('[data-testid=panel]'));
      expect(meets(t, await box(cells.nth(i))), `cell ${i}: not over its cell`).toBe(false);
      expect(meets(t, panel), `cell ${i}: not over the panel`).toBe(false);
      expect(inside(t, size.width, size.height), `cell ${i}: inside the window`).toBe(true);
      for (const c of cited) expect(meets(t, c), `cell ${i}: not over a cited cell`).toBe(false);
    }
    // 「各类申请人合计为 2」: the six applicant cells of its row are cited, lit and in sight
    await page.keyboard.press('Escape');
    await hoverCentred(page, page.locator(NEW_TOTAL));
    const cited = await citedBoxes(page);
    expect(cited.filter((c) => inside(c, size.width, size.height)).length).toBeGreaterThanOrEqual(6);
    for (const c of cited) expect(meets(await box(tip(page)), c)).toBe(false);
    await page.close();
  });

  it('stays open while the mouse moves into it and rests there; closes when it leaves; Esc closes it', async () => {
    const page = await open(size, true);
    const cell = page.locator(NEW_TOTAL);
    await hoverCentred(page, cell);
    const c = await box(cell);
    const t = await box(tip(page));
    // into the tooltip: first across the gap beside the cell, then to its middle, slowly
    const x = Math.min(Math.max(c.x + c.width / 2, t.x + 10), t.x + t.width - 10);
    const y = t.y > c.y ? t.y + 12 : t.y + t.height - 12;
    await page.mouse.move(x, y, { steps: 8 });
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
    await page.waitForTimeout(900);
    expect(await tip(page).isVisible()).toBe(true);
    expect(await box(tip(page))).toEqual(t);
    // where it is cut to its room it scrolls: the wheel inside it scrolls it and does not close it
    if (await tip(page).evaluate((e) => e.scrollHeight > e.clientHeight + 1)) {
      await page.mouse.wheel(0, 40);
      await expect.poll(() => tip(page).evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
      await page.waitForTimeout(400);
      expect(await tip(page).isVisible()).toBe(true);
    }
    // out to a corner of the page with nothing marked: it closes
    await page.mouse.move(2, 2, { steps: 4 });
    await expect.poll(() => tip(page).count()).toBe(0);
    // Esc closes it while the mouse is still on the cell
    await hoverCentred(page, cell);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip(page).count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });

  it('after Tab to a cell and a scroll, it moves with its cell; after PageDown, with its cell out of view, it is gone', async () => {
    const page = await open(size);
    let focused = false;
    for (let i = 0; i < 200 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => !!document.activeElement?.getAttribute('data-nianbao-sev')?.match(/error|warning/));
    }
    expect(focused).toBe(true);
    await tip(page).waitFor();
    const cell = page.locator(':focus');
    await cell.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(200);
    const before = { cell: await box(cell), tip: await box(tip(page)) };
    await page.mouse.wheel(0, 40);
    await expect.poll(async () => (await box(cell)).y).toBeLessThan(before.cell.y - 20);
    await page.waitForTimeout(200);
    const after = { cell: await box(cell), tip: await box(tip(page)) };
    // placed again beside its cell, as near as before: moved with it, never over it, inside the window
    expect(Math.abs(gapBetween(after.tip, after.cell) - gapBetween(before.tip, before.cell))).toBeLessThan(2);
    expect(gapBetween(after.tip, after.cell)).toBeLessThan(24);
    expect(meets(after.tip, after.cell)).toBe(false);
    expect(inside(after.tip, size.width, size.height)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await box(cell)).y + (await box(cell)).height).toBeLessThan(0);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    await page.close();
  });

  it('with blank cells not shown (the default), hovering a blank cell opens nothing and lights nothing', async () => {
    const page = await open(size);
    const blank = page.locator('[data-nianbao-sev=notice]').nth(20);
    expect((await blank.getAttribute('data-nianbao-finding'))!.split(' ').every((id) => id.startsWith('blank-cell:'))).toBe(true);
    await blank.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await blank.hover();
    await page.waitForTimeout(600);
    expect(await tip(page).count()).toBe(0);
    expect(await page.locator('.nianbao-related').count()).toBe(0);
    // the blank 总计 of （七） holds errors too: its tooltip lists them, not the 131 blank cells
    await hoverCentred(page, page.locator('[data-nianbao-finding~="row-total:requests:result.total:total"]'));
    expect(await tip(page).locator('.nb-item-error').count()).toBeGreaterThan(0);
    expect(await tip(page).locator('.nb-item-notice').count()).toBe(0);
    expect(await tip(page).textContent()).not.toContain('个单元格未填数字');
    expect(await page.locator('.nianbao-related').count()).toBeLessThan(20);
    await page.close();
  });

  it('the first Alt+Shift+N goes to 1 / 4 and scrolls its cell into view, clear of the panel', async () => {
    const page = await open(size);
    await command(page, 'next-finding');
    await page.locator('[data-testid=panel]').waitFor();
    await expect.poll(() => page.locator('[data-testid=panel-position]').textContent()).toBe('1 / 4');
    const current = page.locator('.nianbao-current');
    expect(await current.getAttribute('data-nianbao-finding')).toContain('row-total:requests:new:total');
    const cell = await box(current);
    expect(inside(cell, size.width, size.height)).toBe(true);
    expect(meets(cell, await box(page.locator('[data-testid=panel]')))).toBe(false);
    await command(page, 'next-finding');
    await expect.poll(() => page.locator('[data-testid=panel-position]').textContent()).toBe('2 / 4');
    await page.close();
  });

  it('Alt+Shift+A opens the panel scrolled to the current finding, its text in view in the panel', async () => {
    const page = await open(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await command(page, 'open-panel');
    await page.locator('[data-testid=panel]').waitFor();
    await expect.poll(() => page.locator('.nianbao-current').count()).toBe(1);
    expect(await page.locator('[data-testid=panel-position]').textContent()).toBe('1 / 4');
    const cell = await box(page.locator('.nianbao-current'));
    expect(inside(cell, size.width, size.height)).toBe(true);
    expect(meets(cell, await box(page.locator('[data-testid=panel]')))).toBe(false);
    // the current finding's message is inside the panel's scrolled body, not below its fold
    const body = await box(page.locator('[data-testid=panel-body]'));
    const msg = await box(page.locator('[data-testid=panel] .nb-current .nb-msg'));
    expect(msg.y).toBeGreaterThanOrEqual(body.y);
    expect(msg.y + msg.height).toBeLessThanOrEqual(body.y + body.height);
    expect(inside(msg, size.width, size.height)).toBe(true);
    // stepping keeps the step's text in view too
    for (let i = 0; i < 3; i++) {
      await page.click('[data-testid=panel-next]');
      const m = await box(page.locator('[data-testid=panel] .nb-current .nb-msg'));
      const bd = await box(page.locator('[data-testid=panel-body]'));
      expect(m.y >= bd.y && m.y + m.height <= bd.y + bd.height, `step ${i + 2}: its text in the panel's view`).toBe(true);
    }
    await page.close();
  });
});
