/**
 * The dashboard at 5,000 records of about 60 KB each (issue 15: it broke at about
 * a thousand, one message of every record exceeding Chrome's 64 MiB): the list
 * shows the total and its first page, sorts, opens a record; every record exports
 * to one valid backup; the backup imports again into an empty storage, said in
 * Chinese; no uncaught error anywhere.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './harness';
import { seedBigRecords } from '../../scripts/big-records';
import { Backup, BACKUP_FORMAT, type PageRecord } from '../../lib/store/schema';

const N = 5_000;
/** The service worker's API, reached by worker.evaluate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let b: Browser;
let dir: string;
const errors: string[] = [];

/** The dashboard, its uncaught errors and console errors collected. */
async function dashboard(): Promise<Page> {
  const dash = await b.context.newPage();
  dash.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  dash.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  return dash;
}

const count = (dash: Page) => dash.locator('[data-testid=record-count]').textContent();
const scores = (dash: Page) => dash.locator('[data-testid=record] td.nb-num:nth-of-type(6)').allTextContents();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-scale-'));
  b = await launch();
  b.worker.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`));
  const t = Date.now();
  await seedBigRecords(b.worker, N);
  console.info(`seeded ${N} records in ${Date.now() - t} ms`);
}, 600_000);

afterAll(async () => {
  await b?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`${N} records`, () => {
  let file = '';

  it('the list shows the total and its first page of rows; sorting and paging work; a record opens with its findings', { timeout: 300_000 }, async () => {
    const t = Date.now();
    const dash = await dashboard();
    await expect.poll(() => count(dash), { timeout: 240_000 }).toBe(`${N} 个页面`);
    console.info(`dashboard showed ${N} records in ${Date.now() - t} ms`);
    expect(await dash.locator('[data-testid=record]').count()).toBe(100);
    expect(await dash.locator('[data-testid=page-rows]').textContent()).toBe(`第 1–100 条，共 ${N} 条`);
    // newest first: the last one seeded (audited N−1 seconds after the first)
    expect(await dash.locator('[data-testid=record-organ]').first().textContent()).toBe(`第${(N - 1) % 700}街道办事处`);

    await dash.click('[data-testid=sort-score]');
    await expect.poll(async () => (await scores(dash)).slice(0, 3)).toEqual(['100', '100', '100']);
    await dash.click('[data-testid=sort-score]');
    await expect.poll(async () => (await scores(dash)).slice(0, 3)).toEqual(['0', '0', '0']);
    await dash.click('[data-testid=page-next]');
    await expect.poll(() => dash.locator('[data-testid=page-rows]').textContent()).toBe(`第 101–200 条，共 ${N} 条`);
    expect(await dash.locator('[data-testid=record]').count()).toBe(100);

    await dash.fill('[data-testid=filter-organ]', '第7街道办事处');
    await expect.poll(() => count(dash)).toBe(`${N} 个页面，筛选出 ${Math.ceil((N - 7) / 700)} 个`);
    await dash.locator('[data-testid=toggle-findings]').first().click();
    await expect.poll(() => dash.locator('.nb-detail [data-finding]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await dash.fill('[data-testid=filter-organ]', '');
    await expect.poll(() => count(dash)).toBe(`${N} 个页面`);

    // every record exported: a valid backup, from chunks
    const t2 = Date.now();
    const [download] = await Promise.all([dash.waitForEvent('download', { timeout: 240_000 }), dash.click('[data-testid=export-json]')]);
    file = join(dir, 'all.json');
    await download.saveAs(file);
    console.info(`exported ${N} records in ${Date.now() - t2} ms: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    const backup = Backup.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.records).toHaveLength(N);
    expect(new Set((backup.records as PageRecord[]).map((r) => r.url)).size).toBe(N);
    expect(errors).toEqual([]);
    await dash.close();
  });

  it('the backup of them all imports into an empty storage, said in Chinese, every record listed again', { timeout: 400_000 }, async () => {
    expect(file).not.toBe('');
    await b.worker.evaluate(() => chrome.storage.local.clear());
    const dash = await dashboard();
    await expect.poll(() => dash.locator('[data-testid=empty]').count(), { timeout: 30_000 }).toBe(1);
    const t = Date.now();
    await dash.setInputFiles('[data-testid=import]', file);
    await expect.poll(() => dash.locator('[data-testid=progress]').textContent(), { timeout: 120_000 }).toMatch(/^正在导入：\d+ \/ 5000 页$/);
    await expect.poll(() => dash.locator('[data-testid=notice]').textContent(), { timeout: 360_000 }).toBe(`导入完成：新增 ${N}，更新 0，跳过 0`);
    console.info(`imported ${N} records in ${Date.now() - t} ms`);
    expect(await dash.locator('[data-testid=notice]').getAttribute('class')).toBe('nb-notice');
    await expect.poll(() => count(dash), { timeout: 60_000 }).toBe(`${N} 个页面`);
    expect(await dash.locator('[data-testid=record]').count()).toBe(100);
    expect(errors).toEqual([]);
    await dash.close();
  });
});
