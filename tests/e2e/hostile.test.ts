/** Hostile pages: markup-like text stays text, page styles cannot break our UI, the page cannot reach us. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopup, serve, settledStorage, waitForMarks, type Browser } from './harness';
import { hostileRoute, restyleRoute } from './routes';
import { PageRecord } from '../../lib/store/schema';
import { readFileSync } from 'node:fs';

let b: Browser;
let s: Awaited<ReturnType<typeof serve>>;
const dialogs: string[] = [];

beforeAll(async () => {
  s = await serve([hostileRoute, restyleRoute]);
  b = await launch();
  b.context.on('page', (p) => p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  }));
});
afterAll(async () => {
  await b?.close();
  await s?.close();
});

const EVIL = '<img src=x onerror="window.__xss=1;alert(1)">';

/** No element our markup-like text could have become, in a root (page, shadow root, extension page). */
async function noInjected(p: Page, scope: 'page' | 'shadow') {
  const found = await p.evaluate((sc) => {
    const root = sc === 'shadow' ? document.querySelector('nianbao-audit-ui')!.shadowRoot! : document;
    return { imgs: root.querySelectorAll('img').length, scripts: root.querySelectorAll('script:not([src])').length, bold: Array.from(root.querySelectorAll('b')).filter((e) => e.textContent === '主动公开').length };
  }, scope);
  expect(found).toEqual({ imgs: 0, scripts: 0, bold: 0 });
}

describe('text that looks like markup stays text', () => {
  it('in the tooltip, the panel, the popup, the dashboard and the Markdown export', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/hostile.html'));
    await waitForMarks(page);
    const stock = page.locator('[data-nianbao-finding~="stock:active:extra.1:total_published"]');
    await stock.hover();
    const tip = page.locator('[data-testid=tooltip]');
    await expect.poll(() => tip.textContent()).toContain('<img src=x onerror="win…：对外公开总数量 1 小于本年新公开数量 5');
    expect(await tip.textContent()).toContain('参与计算的单元格：<img src=x onerror="win…：本年新公开数量');
    await page.hover('[data-nianbao-finding^="section:numbering"]');
    await expect.poll(() => tip.textContent()).toContain('二、<b>主动公开</b>政府信息情况<script>alert(2)</script>');
    await page.click('[data-testid=panel-pill]');
    // the panel steps to the extra row's finding: its label shows as text
    for (let i = 0; i < 10 && !(await page.locator('[data-testid=panel] .nb-current').textContent())!.includes('<img'); i++) await page.click('[data-testid=panel-next]');
    expect(await page.locator('[data-testid=panel] .nb-current').textContent()).toContain('<img src=x onerror="win…：对外公开总数量 1 小于本年新公开数量 5');
    await noInjected(page, 'shadow');

    const popup = await openPopup(b, await b.tabId(page));
    await popup.waitForSelector('[data-testid=title]');
    expect(await popup.locator('[data-testid=title]').textContent()).toContain(EVIL);
    expect(await popup.locator('[data-finding="stock:active:extra.1:total_published"] .nb-msg').textContent()).toContain('<img src=x');
    await noInjected(popup, 'page');
    const [md] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid=export-md]')]);
    const text = readFileSync((await md.path())!, 'utf8');
    expect(text).toContain('&lt;img src=x onerror=');
    expect(text).not.toContain('<img');

    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await dash.waitForSelector('[data-testid=record]');
    await dash.click('[data-testid=toggle-findings]');
    expect(await dash.locator('[data-testid=record]').first().textContent()).toContain(EVIL);
    await noInjected(dash, 'page');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    for (const p of [page, popup, dash]) await p.close();
  });
});

describe('the page cannot restyle our UI', () => {
  it('a style sheet that hides, enlarges and unsets everything leaves the panel as it is', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/restyled.html'));
    await waitForMarks(page);
    const pill = page.locator('[data-testid=panel-pill]');
    const box = (await pill.boundingBox())!;
    expect(box.width).toBeGreaterThan(80);
    expect(box.width).toBeLessThan(600);
    expect(box.height).toBeLessThan(80);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await pill.evaluate((e) => getComputedStyle(e).fontSize)).toBe('13px');
    await pill.click();
    expect(((await page.locator('[data-testid=panel]').boundingBox())!.width)).toBeGreaterThan(300);
    await page.close();
  });
});

describe('the page cannot reach the extension', () => {
  it('exposes nothing on window, has no runtime to message us, and its window messages change nothing', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/hostile.html'));
    await waitForMarks(page);
    const before = Object.keys(await b.storage()).sort();
    const seen = await page.evaluate(() => {
      window.postMessage({ type: 'records:delete', hrefs: [location.href] }, '*');
      window.postMessage({ type: 'finding:review', href: location.href, id: 'x', status: 'dismissed', note: '' }, '*');
      const w = window as unknown as { chrome?: { runtime?: unknown } };
      return { globals: Object.keys(window).filter((k) => /nianbao|wxt|preact|zod/i.test(k)), runtime: typeof w.chrome?.runtime };
    });
    expect(seen).toEqual({ globals: [], runtime: 'undefined' });
    await page.waitForTimeout(500);
    expect(Object.keys(await b.storage()).sort()).toEqual(before);
    // attributes a page forges on its own elements do not become our findings
    await page.evaluate(() => document.querySelector('h1, p')!.setAttribute('data-nianbao-finding', 'row-total:requests:new:total'));
    await page.hover('h1, p');
    expect(await page.locator('[data-testid=tooltip]').count()).toBe(0);
    await page.close();
  });
});

describe('nothing lost', () => {
  it('twenty tabs audited at once leave twenty records', async () => {
    const pages = await Promise.all(Array.from({ length: 20 }, () => b.context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(s.url(`/sample-report.html?tab=${i}`))));
    // twenty records, each with its summary beside it (sum:page:…)
    await expect.poll(async () => Object.keys(await b.storage()).filter((k) => /^page:.*sample-report\.html\?tab=\d+$/.test(k)).length, { timeout: 30_000 }).toBe(20);
    await expect.poll(async () => Object.keys(await b.storage()).filter((k) => /^sum:page:.*sample-report\.html\?tab=\d+$/.test(k)).length, { timeout: 10_000 }).toBe(20);
    for (const [k, v] of Object.entries(await b.storage())) if (k.startsWith('page:')) PageRecord.parse(v);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('a corrupt record is quarantined and reported, a future one left alone, and the rest still load', async () => {
    await b.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({
        'page:corrupt.example/a.html': { v: 2, url: 12 },
        'page:future.example/b.html': { v: 9, whatever: true },
      }),
    );
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await expect.poll(() => dash.locator('[data-testid=problem]').count()).toBe(2);
    expect(await dash.locator('[data-testid=problem]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('已移至隔离区'), expect.stringContaining('版本 9 高于本扩展支持的版本，已原样保留')]),
    );
    expect(await dash.locator('[data-testid=record]').count()).toBeGreaterThan(20);
    const all = await b.storage();
    expect(all['page:corrupt.example/a.html']).toBeUndefined();
    expect(all['quarantine:page:corrupt.example/a.html']).toBeTruthy();
    expect(all['page:future.example/b.html']).toEqual({ v: 9, whatever: true });
    await dash.close();
  });

  it('when storage is full the auditor is told, and what is stored stays', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/report-2019-split.html'));
    await waitForMarks(page);
    const before = await settledStorage(b);
    await b.worker.evaluate(() => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome.storage.local;
      local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    await page.goto(s.url('/report-late.html'));
    await waitForMarks(page);
    await page.click('[data-testid=panel-pill]');
    await expect.poll(() => page.locator('[role=alert]').textContent()).toBe('存储空间已满，本次审计结果未能保存；已保存的记录不受影响。');
    expect(JSON.stringify(await b.storage())).toBe(before);
    await page.close();
  });
});

describe('a page pressing our buttons', () => {
  it('its synthetic clicks do nothing, even where it can reach them (the tests’ open shadow root)', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/listing.html'));
    await page.waitForFunction(() => document.querySelector('nianbao-audit-ui')?.shadowRoot?.querySelector('[data-testid=panel-pill]'));
    const before = b.context.pages().length;
    const pressed = await page.evaluate(async () => {
      const root = document.querySelector('nianbao-audit-ui')!.shadowRoot!;
      const click = (sel: string) => (root.querySelector(sel) as HTMLElement | null)?.click();
      click('[data-testid=panel-pill]');
      await new Promise((r) => setTimeout(r, 300));
      const opened = !!root.querySelector('[data-testid=batch-panel]');
      click('[data-testid=batch-start]');
      click('[data-testid=batch-dashboard]');
      root.querySelector('[data-testid=panel-pill]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 300));
      return { opened, stillPill: !!root.querySelector('[data-testid=panel-pill]') };
    });
    expect(pressed).toEqual({ opened: false, stillPill: true });
    await page.waitForTimeout(800);
    expect(Object.keys(await b.storage()).filter((k) => k.startsWith('batch:'))).toEqual([]);
    expect(b.context.pages().length).toBe(before);
    // the auditor's own click still works
    await page.click('[data-testid=panel-pill]');
    await page.locator('[data-testid=batch-panel]').waitFor();
    await page.close();
  });
});
