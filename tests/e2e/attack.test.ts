/**
 * What an attack on the extension found, as an auditor's browser has it (the UI's
 * shadow root closed): a page cannot reach or press our buttons, its own URL hash
 * starts no batch, and faking WXT's "a newer script started" event does not
 * switch the audit off.
 */
import { describe, expect, it } from 'vitest';
import { openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)), [], { closedUi: true });

const tabsOpen = () => b.context.pages().length;

describe('a page against our UI', () => {
  it('cannot see into our shadow root, nor press what it finds there', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/listing.html'));
    await page.waitForFunction(() => document.querySelector('nianbao-audit-ui'));
    const seen = await page.evaluate(() => {
      const host = document.querySelector('nianbao-audit-ui')!;
      return { root: host.shadowRoot === null, buttons: host.querySelectorAll('button').length };
    });
    expect(seen).toEqual({ root: true, buttons: 0 });
    await page.close();
  });

  it('its own #nianbao-batch-resume starts nothing: there is no batch it may resume', async () => {
    const before = tabsOpen();
    const page = await b.context.newPage();
    await page.goto(s.url('/listing.html#nianbao-batch-resume'));
    await page.waitForFunction(() => document.querySelector('nianbao-audit-ui'));
    await page.waitForTimeout(1500);
    const stored = Object.keys(await b.storage()).filter((k) => k.startsWith('batch:'));
    expect(stored).toEqual([]);
    expect(tabsOpen()).toBe(before + 1);
    await page.close();
  });

  it('faking WXT’s "newer script started" event does not switch the audit off', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      }
    }, b.extensionId);
    await page.waitForTimeout(500);
    // the session still answers and audits: the popup shows the page's result, a re-audit marks it again
    const popup = await openPopup(b, await b.tabId(page));
    await popup.locator('[data-testid=verdict]').waitFor();
    expect(await popup.locator('[data-testid=verdict]').getAttribute('data-verdict')).toBe('fail');
    await popup.click('[data-testid=reaudit]');
    await expect.poll(() => page.locator('[data-nianbao-finding]').count()).toBeGreaterThan(100);
    await popup.close();
    await page.close();
  });
});
