/**
 * The auditor's workspace at the window sizes auditors use: nothing we draw hides
 * the cell discussed (panel, pill, tooltip), tooltips stay inside the window, the
 * keyboard reaches every finding, the panel docks either side, the toolbar says the
 * counts, and a finding opened from the dashboard opens on its cell.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';

type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w && a.y + a.height <= h;

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

async function open(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.goto(s.url(path));
  await waitForMarks(page);
  return page;
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 800, height: 600 },
];

describe.each(SIZES)('at $width×$height', (size) => {
  it('stepping through every finding: the current cell clear of the panel and of its tooltip, the tooltip inside the window', async () => {
    const page = await open('/sample-report.html', size);
    await page.click('[data-testid=panel-pill]');
    const n = Number((await page.locator('[data-testid=panel-position]').textContent())!.split('/')[1]);
    expect(n).toBe(4);
    for (let i = 0; i < n; i++) {
      await page.click('[data-testid=panel-next]');
      const cell = (await page.locator('.nianbao-current').boundingBox())!;
      const panel = (await page.locator('[data-testid=panel]').boundingBox())!;
      const tip = (await page.locator('[data-testid=tooltip]').boundingBox())!;
      expect(inside(cell, size.width, size.height), `step ${i + 1}: the cell is on screen`).toBe(true);
      expect(meets(cell, panel), `step ${i + 1}: the panel leaves the cell clear`).toBe(false);
      expect(meets(cell, tip), `step ${i + 1}: the tooltip leaves the cell clear`).toBe(false);
      expect(inside(tip, size.width, size.height), `step ${i + 1}: the tooltip is inside the window`).toBe(true);
    }
    await page.close();
  });

  it('hovering each flagged cell: its tooltip beside it, inside the window; the folded pill never over it', async () => {
    const page = await open('/report-2019-split.html', size);
    const cells = page.locator('[data-nianbao-sev=error], [data-nianbao-sev=warning]');
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const c = cells.nth(i);
      await c.scrollIntoViewIfNeeded();
      await c.hover();
      const cell = (await c.boundingBox())!;
      const tip = (await page.locator('[data-testid=tooltip]').boundingBox())!;
      const pill = (await page.locator('[data-testid=panel-pill]').boundingBox())!;
      expect(meets(cell, tip)).toBe(false);
      expect(inside(tip, size.width, size.height)).toBe(true);
      expect(meets(cell, pill)).toBe(false);
    }
    await page.close();
  });

  it('the keyboard alone reaches every flagged cell, each showing its tooltip, with a visible focus', async () => {
    const page = await open('/sample-report.html', size);
    const wanted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-nianbao-sev=error], [data-nianbao-sev=warning]')).map((e) => e.getAttribute('data-nianbao-finding')),
    );
    const reached = new Set<string>();
    for (let i = 0; i < 200 && reached.size < wanted.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        return e?.getAttribute('data-nianbao-finding') ? { ids: e.getAttribute('data-nianbao-finding')!, outline: getComputedStyle(e).outlineWidth } : null;
      });
      if (!focused) continue;
      reached.add(focused.ids);
      expect(await page.locator('[data-testid=tooltip]').isVisible()).toBe(true);
      expect(focused.outline).toBe('3px');
    }
    expect([...reached].sort()).toEqual([...wanted].sort());
    await page.close();
  });
});

describe('the panel', () => {
  it('docks on the left at the auditor’s click, and stays there on the next page', async () => {
    const page = await open('/sample-report.html', { width: 1280, height: 720 });
    await page.click('[data-testid=panel-pill]');
    expect((await page.locator('[data-testid=panel]').boundingBox())!.x).toBeGreaterThan(800);
    await page.click('[data-testid=panel-dock]');
    expect((await page.locator('[data-testid=panel]').boundingBox())!.x).toBeLessThan(40);
    await page.reload();
    await waitForMarks(page);
    expect((await page.locator('[data-testid=panel-pill]').boundingBox())!.x).toBeLessThan(40);
    await page.click('[data-testid=panel-pill]');
    await page.click('[data-testid=panel-dock]');
    await page.close();
  });

  it('a finding opened from the dashboard (#nianbao-finding=…) opens the panel on its cell', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(s.url('/sample-report.html#nianbao-finding=row-total%3Arequests%3Aresult.disclosed%3Atotal'));
    await page.locator('[data-testid=panel]').waitFor();
    expect(await page.locator('[data-testid=panel-position]').textContent()).toBe('2 / 4');
    expect(await page.locator('.nianbao-current').getAttribute('data-nianbao-finding')).toContain('row-total:requests:result.disclosed:total');
    await page.close();
  });

  it('the toolbar button says the counts; the shortcuts are declared', async () => {
    const page = await open('/sample-report.html', { width: 1280, height: 720 });
    const tab = await b.tabId(page);
    type Chrome = {
      action: { getTitle(o: { tabId: number }): Promise<string> };
      runtime: { getManifest(): { commands: Record<string, { suggested_key: { default: string } }> } };
      tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
    };
    // the background sets the title when the page's audit reaches it, after the marks are drawn
    await expect
      .poll(() => b.worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle({ tabId: id }), tab), { timeout: 10_000 })
      .toBe('年报审计：错误 3，警告 1，提示 1');
    const commands = await b.worker.evaluate(() => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest().commands;
      return Object.entries(c).map(([name, v]) => [name, v.suggested_key.default]);
    });
    expect(commands.sort()).toEqual([['next-finding', 'Alt+Shift+N'], ['open-panel', 'Alt+Shift+A']]);
    // the command as the background passes it on: the panel opens on the first finding, not past it
    await b.worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'page:command', command: 'next-finding' }), tab);
    await page.locator('[data-testid=panel]').waitFor();
    expect(await page.locator('[data-testid=panel-position]').textContent()).toBe('1 / 4');
    await page.close();
  });
});

describe('findings without a cell are anchored', () => {
  it('a late report’s finding marks the date printed on the page; an attachment-only report links its file', async () => {
    const page = await open('/report-late.html', { width: 1280, height: 720 });
    const date = page.locator('[data-nianbao-finding~="deadline:late"]');
    expect(await date.count()).toBe(1);
    expect(await date.textContent()).toContain('2021年2月4日');
    await page.goto(s.url('/attachment.html'));
    // the page holds only its file: the panel opens by itself to audit it
    await page.locator('[data-testid=panel]').waitFor();
    const link = page.locator('[data-testid=attachment-link] [data-testid=file]');
    await link.waitFor();
    expect(await link.textContent()).toContain('某某区应急管理局2021年政府信息公开工作年度报告.pdf');
    await page.close();
  });
});

describe('the popup on a listing', () => {
  it('says what the page is, and auditing its reports is the one primary action', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/listing.html'));
    await page.locator('[data-testid=panel-pill]').waitFor();
    const popup = await openPopup(b, await b.tabId(page));
    await popup.locator('[data-testid=page-kind]').waitFor();
    expect(await popup.locator('[data-testid=page-kind]').textContent()).toMatch(/^这是年报列表页：本页链接了 \d+ 篇年报。$/);
    expect(await popup.locator('.nb-primary').evaluateAll((bs) => bs.map((x) => x.getAttribute('data-testid')))).toEqual(['batch-start']);
    expect(await popup.locator('[data-testid=not-report]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
