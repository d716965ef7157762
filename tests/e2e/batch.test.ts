/** "审计本页所有年报" in the browser, against a fake government site on localhost. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Browser } from './harness';
import { fakeSite, type FakeSite } from '../helpers/fake-site';
import { BatchRecord } from '../../lib/store/batch';
import { PageRecord } from '../../lib/store/schema';
import { normaliseUrl } from '../../lib/store/url';

let b: Browser;
let site: FakeSite;

beforeAll(async () => {
  site = await fakeSite();
  b = await launch();
  // a short time limit so that the page that never answers fails fast
  await b.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { v: 2, townshipDeadline: '01-31', batchConcurrency: 3, batchDelayMs: 50, batchTimeoutSec: 2, openUi: true },
    }),
  );
});
afterAll(async () => {
  await b?.close();
  await site?.close();
});

const batchKey = () => `batch:${normaliseUrl(site.listing)}`;

async function records() {
  const all = await b.storage();
  return Object.entries(all).filter(([k]) => k.startsWith('page:')).map(([, v]) => PageRecord.parse(v));
}

describe('batch audit of a listing page', () => {
  it('audits every report the listing links to, politely, and accounts for every page', async () => {
    const page = await b.context.newPage();
    await page.goto(site.listing);
    await expect.poll(() => page.locator('[data-testid=panel-pill]').textContent(), { timeout: 15_000 }).toContain('本页有 30 篇年报');
    await page.click('[data-testid=panel-pill]');
    await page.click('[data-testid=batch-start]');
    const status = page.locator('[data-testid=batch-status]');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 45_000 }).toBe('finished');
    expect(await status.textContent()).toBe('完成：已审计 28 篇（7 篇有错误），失败 2 篇');
    // every report link carries its verdict beside it, the failures said in words
    const verdicts = await page.evaluate(() => Array.from(document.querySelectorAll('a[data-nianbao-verdict]')).map((a) => [a.getAttribute('data-nianbao-verdict'), a.getAttribute('data-nianbao-verdict-text')]));
    expect(verdicts).toHaveLength(30);
    expect(verdicts.filter(([v]) => v === 'fail')).toHaveLength(7);
    expect(verdicts.filter(([v]) => v === 'failed').map(([, t]) => t)).toEqual(['未能审计', '未能审计']);
    expect(verdicts.filter(([v]) => v === 'fail').every(([, t]) => /^✗ \d+$/.test(t!))).toBe(true);
    // drawn after the link, inside the window
    const badge = await page.evaluate(() => {
      const a = document.querySelector('a[data-nianbao-verdict=fail]')!;
      const style = getComputedStyle(a, '::after');
      return { content: style.content, display: style.display };
    });
    expect(badge.content).toMatch(/^"✗ \d+"$/);
    expect(await page.locator('[data-testid=batch-failed] .nb-msg').allTextContents()).toEqual(expect.arrayContaining(['请求超时', '页面不存在（404）']));

    const batch = BatchRecord.parse((await b.storage())[batchKey()]);
    expect(batch).toMatchObject({ status: 'finished' });
    expect(batch.urls).toHaveLength(30);
    expect(batch.done.sort()).toEqual(site.reports.slice().sort());
    expect(batch.failed.map((f) => [f.url, f.error]).sort()).toEqual([[site.slow, '请求超时'], [site.missing, '页面不存在（404）']].sort());
    const recs = await records();
    expect(recs).toHaveLength(28);
    // GBK pages (header and meta) read in their own encoding
    expect(recs.find((r) => r.href === site.url('/art/2022/1/6/art_1_5.html'))!.organ).toBe('西湖街道5');
    expect(recs.find((r) => r.href === site.url('/art/2022/1/8/art_1_7.html'))!.organ).toBe('八泉街道7');
    expect(site.maxInFlight()).toBeLessThanOrEqual(3);
    // the listing page itself is not a report: no badge there
    await page.close();

    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(28);
    const rows = dash.locator('[data-testid=site-row]');
    expect(await rows.count()).toBeGreaterThan(1);
    const pages = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[2]!.textContent)))).reduce((a, n) => a + n, 0);
    expect(pages).toBe(28);
    expect(await dash.locator('[data-testid=chart] [data-rule]').count()).toBeGreaterThan(0);
    expect(await dash.locator('[data-testid=chart] [data-rule="row-total"]').count()).toBe(1);
    expect(await dash.locator('[data-testid=batch]').getAttribute('data-status')).toBe('finished');

    // a report's errors dismissed in the dashboard: after a reload, the listing's marks say what the dashboard says
    const failing = recs.find((r) => r.verdict === 'fail')!;
    for (const f of failing.result.findings.filter((f) => f.severity === 'error')) {
      await dash.evaluate(
        (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
        { type: 'finding:review', href: failing.href, id: f.id, status: 'dismissed', note: '' },
      );
    }
    await dash.close();
    const again = await b.context.newPage();
    await again.goto(site.listing);
    const marks = () => again.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll('a[data-nianbao-verdict]')).map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('data-nianbao-verdict')])));
    await expect.poll(async () => Object.keys(await marks()).length, { timeout: 15_000 }).toBe(30);
    const summaries = Object.entries(await b.storage()).filter(([k]) => k.startsWith('sum:page:')).map(([, v]) => v as { href: string; verdict: string });
    expect(summaries).toHaveLength(28);
    const shown = await marks();
    for (const sum of summaries) expect([sum.href, shown[sum.href]]).toEqual([sum.href, sum.verdict]);
    expect(shown[failing.href]).not.toBe('fail');
    await again.close();
  });

  it('a batch cut off by a restart is reported with what was left, and resumes from the dashboard', async () => {
    const key = batchKey();
    const done = site.reports.slice(0, 10);
    // as a browser restart leaves it: still "running", untouched for long
    await b.worker.evaluate(
      ([k, v]) => (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome.storage.local.set({ [k as string]: v }),
      [key, { v: 1, listing: site.listing, title: '政府信息公开年报', urls: [...site.reports, site.slow, site.missing], done, failed: [], status: 'running', startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:10:00.000Z' }],
    );
    const before = site.hits('/art/2022/1/2/art_1_1.html');
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    const row = dash.locator('[data-testid=batch]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('interrupted');
    expect(await row.locator('[data-testid=batch-text]').textContent()).toBe('中断：已审计 10 篇，剩余 20 篇');
    const [listing] = await Promise.all([b.context.waitForEvent('page'), dash.click('[data-testid=batch-resume]')]);
    await listing.waitForLoadState();
    expect(listing.url()).toContain('#nianbao-batch-resume');
    // the listing opens on the batch; the auditor's click resumes it (nothing starts by itself)
    const resume = listing.locator('[data-testid=batch-start]');
    await resume.waitFor();
    expect(await resume.textContent()).toBe('继续审计（剩余 20 篇）');
    await listing.waitForTimeout(500);
    expect(site.hits('/art/2022/1/2/art_1_1.html')).toBe(before);
    await resume.click();
    await expect.poll(async () => BatchRecord.parse((await b.storage())[key]).status, { timeout: 45_000 }).toBe('finished');
    const batch = BatchRecord.parse((await b.storage())[key]);
    expect(batch.done).toHaveLength(28);
    expect(batch.failed).toHaveLength(2);
    // the pages done before the restart were not fetched again
    expect(site.hits('/art/2022/1/2/art_1_1.html')).toBe(before);
    await listing.close();
    await dash.close();
  });
});
