/**
 * The dashboard workspace's fixtures, shared by its browser tests (dashboard-workspace, dashboard-records): seven
 * audited fixture pages stored at known times, one with a dismissed finding and its note, and one batch cut off by a
 * restart. `useWorkspace()` serves the pages, launches the extension in Shanghai's zone and seeds storage afresh
 * before each test; the bindings below are live once it has run.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, PAGES, serve, type Browser } from './harness';
import { auditHtml } from '../../lib/node';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { PageRecord, recordFromResult, type Review } from '../../lib/store/schema';
import { normaliseUrl, recordKey } from '../../lib/store/url';

export const SIZES = [
  { width: 1280, height: 720 },
  { width: 800, height: 600 },
];

/** The first audit's time; the others are hours later. Shanghai sees it at 20:30. */
export const T0 = Date.parse('2026-01-01T12:30:00Z');
export const NOTE = '该行合计已在政府网站附件中更正（见附表二第 3 行），经电话向街道办公室核实，原表“自然人”一栏多计 1 件，此处不作为问题上报。';
export const NOTED = 'row-total:requests:result.disclosed:natural';

/** Fixture pages stored as audited `hours` after T0 (newest first in the default order). */
export const SEEDS = [
  { path: '/report-city-bureau.html', hours: 6, organ: '江州市住房和城乡建设局' },
  { path: '/report-2021-cms.html', hours: 5, organ: '八泉街道' },
  { path: '/report-late.html', hours: 4, organ: '澄月街道' },
  { path: '/report-blank-total-column.html', hours: 3, organ: '江州省人民政府办公厅' },
  { path: '/report-2019-split.html', hours: 2, organ: '龙门街道' },
  { path: '/attachment.html', hours: 1, organ: '某某区应急管理局', file: '/files/2021nb.pdf' },
  { path: '/sample-report.html', hours: 0, organ: '上塘街道' },
] as const;
export const DEFAULT_ORDER = SEEDS.map((x) => x.organ);

export let b: Browser;
export let s: Awaited<ReturnType<typeof serve>>;
export let records: Record<string, PageRecord>;
export let batch: Record<string, unknown>;

function seedRecords(url: (p: string) => string): Record<string, PageRecord> {
  const out: Record<string, PageRecord> = {};
  for (const seed of SEEDS) {
    const href = url('file' in seed ? seed.file : seed.path);
    const audit = auditHtml(readFileSync(PAGES + seed.path, 'utf8'), href, href);
    const result = 'file' in seed ? { ...audit.result, file: { kind: 'pdf' as const, pages: 2 } } : audit.result;
    const reviews: Record<string, Review> = seed.organ === '龙门街道' ? { [NOTED]: { status: 'dismissed', note: NOTE, at: '2026-01-02T08:00:00.000Z' } } : {};
    let r = recordFromResult(href, normaliseUrl(href), result, reviews, new Date(T0 + seed.hours * 3_600_000));
    r = { ...r, snapshot: audit.input ? snapshotOf(audit.input.blocks, audit.input.meta) : null };
    if (seed.organ === '龙门街道') r = { ...r, identity: { level: 'township', government: false } };
    out[recordKey(href)] = PageRecord.parse(JSON.parse(JSON.stringify(r)));
  }
  return out;
}

/** Storage holds exactly the seeded records and one batch cut off by a restart (two of its four pages left). */
export async function seed(br: Browser) {
  await br.worker.evaluate(async (items) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(x: object): Promise<void> } } } }).chrome.storage.local;
    await local.clear();
    await local.set(items);
  }, { ...records, ...batch });
}

export async function dashboard(br: Browser, size = SIZES[0]!): Promise<Page> {
  const dash = await br.context.newPage();
  await dash.setViewportSize(size);
  await dash.goto(`chrome-extension://${br.extensionId}/dashboard.html`);
  await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(SEEDS.length);
  return dash;
}

export const row = (dash: Page, organ: string) => dash.locator('[data-testid=record]', { has: dash.locator(`[data-testid=record-organ]:text-is("${organ}")`) });
export const organs = (dash: Page) => dash.locator('[data-testid=record-organ]').allTextContents();
export const isOpen = (dash: Page, testid: string) => dash.locator(`[data-testid=${testid}]`).evaluate((e) => (e as HTMLDetailsElement).open);

/** The served pages, the browser and the seeded storage of a workspace test file. */
export function useWorkspace() {
  beforeAll(async () => {
    s = await serve();
    records = seedRecords(s.url);
    const listing = s.url('/listing.html');
    const [late, blank, split] = ['/report-late.html', '/report-blank-total-column.html', '/report-2019-split.html'].map(s.url);
    batch = {
      [`batch:${normaliseUrl(listing)}`]: {
        v: 1, listing, title: '政府信息公开年报', urls: [late, blank, split, s.url('/missing.html')], done: [late, blank], failed: [],
        status: 'running', startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:10:00.000Z',
      },
    };
    b = await launch({ timezoneId: 'Asia/Shanghai' });
  });
  afterAll(async () => {
    await b?.close();
    await s?.close();
  });
  beforeEach(async () => {
    await seed(b);
  });
}
