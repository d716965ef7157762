/** The letter (问题清单) from the popup and the dashboard, in the real browser: a .docx per organ, several organs in one zip. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

async function download(page: Page, testid: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}

/** A .docx's text, from its own XML. */
const docxText = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, '');

describe('the letter', () => {
  it('the popup saves the page\'s 问题清单 as a Word file; the dashboard saves one per organ, in one zip', async () => {
    for (const p of ['/sample-report.html', '/report-late.html']) {
      const page = await b.context.newPage();
      await page.goto(s.url(p));
      await waitForMarks(page);
      if (p !== '/sample-report.html') {
        await page.close();
        continue;
      }
      const popup = await openPopup(b, await b.tabId(page));
      await popup.waitForSelector('[data-testid=export-letter]');
      expect(await popup.locator('[data-testid=export-letter]').textContent()).toBe('问题清单（Word）');
      const letter = await download(popup, 'export-letter');
      expect(letter.name).toMatch(/^nianbao-audit-上塘街道问题清单-\d{8}\.docx$/);
      const text = docxText(letter.bytes);
      expect(text).toContain('关于上塘街道2020年政府信息公开工作年度报告问题的清单');
      expect(text).toContain('本年新收申请：总计填报 1，各类申请人合计为 2');
      await popup.close();
      await page.close();
    }
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(2);
    const zip = await download(dash, 'export-letter');
    expect(zip.name).toMatch(/^nianbao-audit-records-\d{8}\.zip$/);
    const letters = unzipSync(zip.bytes);
    const names = Object.keys(letters).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain('上塘街道问题清单.docx');
    for (const n of names) expect(docxText(letters[n]!)).toMatch(/^关于.+政府信息公开工作年度报告问题的清单/);
    await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toContain('已生成 2 个机关的问题清单');
    await dash.close();
  });
});
