/**
 * The dashboard as an auditor's workspace, at 1280×720 and at 800×600: the record
 * list first, the rest folded below it; sortable columns; a finding opening its
 * page at its cell; aligned actions and whole notes; deletion that can be undone;
 * local times with the zone; imports that say what is wrong; a batch's pages.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, PAGES, serve, type Browser } from './harness';
import { auditHtml } from '../../lib/node';
import { snapshotOf } from '../../lib/pipeline/snapshot';
import { BACKUP_FORMAT, PageRecord, recordFromResult, type Review } from '../../lib/store/schema';
import { normaliseUrl, recordKey } from '../../lib/store/url';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 800, height: 600 },
];

/** The first audit's time; the others are hours later. Shanghai sees it at 20:30. */
const T0 = Date.parse('2026-01-01T12:30:00Z');
const NOTE = '该行合计已在政府网站附件中更正（见附表二第 3 行），经电话向街道办公室核实，原表“自然人”一栏多计 1 件，此处不作为问题上报。';
const NOTED = 'row-total:requests:result.disclosed:natural';

/** Fixture pages stored as audited `hours` after T0 (newest first in the default order). */
const SEEDS = [
  { path: '/report-city-bureau.html', hours: 6, organ: '江州市住房和城乡建设局' },
  { path: '/report-2021-cms.html', hours: 5, organ: '八泉街道' },
  { path: '/report-late.html', hours: 4, organ: '澄月街道' },
  { path: '/report-blank-total-column.html', hours: 3, organ: '江州省人民政府办公厅' },
  { path: '/report-2019-split.html', hours: 2, organ: '龙门街道' },
  { path: '/attachment.html', hours: 1, organ: '某某区应急管理局', file: '/files/2021nb.pdf' },
  { path: '/sample-report.html', hours: 0, organ: '上塘街道' },
] as const;
const DEFAULT_ORDER = SEEDS.map((x) => x.organ);

let b: Browser;
let s: Awaited<ReturnType<typeof serve>>;
let records: Record<string, PageRecord>;
let batch: Record<string, unknown>;

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
async function seed(br: Browser) {
  await br.worker.evaluate(async (items) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(x: object): Promise<void> } } } }).chrome.storage.local;
    await local.clear();
    await local.set(items);
  }, { ...records, ...batch });
}

async function dashboard(br: Browser, size = SIZES[0]!): Promise<Page> {
  const dash = await br.context.newPage();
  await dash.setViewportSize(size);
  await dash.goto(`chrome-extension://${br.extensionId}/dashboard.html`);
  await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(SEEDS.length);
  return dash;
}

const row = (dash: Page, organ: string) => dash.locator('[data-testid=record]', { has: dash.locator(`[data-testid=record-organ]:text-is("${organ}")`) });
const organs = (dash: Page) => dash.locator('[data-testid=record-organ]').allTextContents();
const isOpen = (dash: Page, testid: string) => dash.locator(`[data-testid=${testid}]`).evaluate((e) => (e as HTMLDetailsElement).open);

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

describe('the record list comes first', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: the first record row is in view on load; batches, summaries and settings are folded below the list`, async () => {
      const dash = await dashboard(b, size);
      expect(await organs(dash)).toEqual(DEFAULT_ORDER);
      const row = (await dash.locator('[data-testid=record]').first().boundingBox())!;
      expect(row.y).toBeGreaterThan(0);
      expect(row.y + row.height).toBeLessThanOrEqual(size.height);
      // a row is two or three lines high (title and address cut with an ellipsis, whole on hover): every seeded row fits in the window
      const rows = await dash.locator('[data-testid=record]').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect()).map((r) => ({ bottom: r.bottom, height: r.height })));
      expect(rows).toHaveLength(SEEDS.length);
      for (const r of rows) expect(r.height).toBeLessThanOrEqual(75);
      expect(rows.filter((r) => r.bottom <= size.height).length).toBe(SEEDS.length);
      // the address is shown decoded, in full in its tooltip
      const open = dash.locator('[data-testid=record-open]').first();
      expect(await open.textContent()).toBe(await open.getAttribute('title'));
      expect(await open.textContent()).not.toMatch(/%[0-9A-F]{2}/);
      // nothing wider than the window
      expect(await dash.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

      const list = (await dash.locator('[data-testid=records]').boundingBox())!;
      for (const fold of ['fold-batches', 'fold-summary', 'settings']) {
        const box = (await dash.locator(`[data-testid=${fold}]`).boundingBox())!;
        expect(box.y, fold).toBeGreaterThanOrEqual(list.y + list.height);
      }
      // folded, except the batches: one was cut off, and its resume button is there to click
      expect(await isOpen(dash, 'fold-summary')).toBe(false);
      expect(await isOpen(dash, 'settings')).toBe(false);
      expect(await isOpen(dash, 'fold-batches')).toBe(true);
      const resume = dash.locator('[data-testid=batch-resume]');
      await resume.scrollIntoViewIfNeeded();
      const r = (await resume.boundingBox())!;
      expect(r.width).toBeGreaterThan(40);
      expect(r.y + r.height).toBeLessThanOrEqual(size.height);
      expect(await dash.locator('[data-testid=site-summary]').isVisible()).toBe(false);

      // the header's button opens the settings and brings them into view
      await dash.evaluate(() => scrollTo(0, 0));
      await dash.click('[data-testid=open-settings]');
      await expect.poll(() => isOpen(dash, 'settings')).toBe(true);
      await expect.poll(async () => {
        const box = await dash.locator('[data-testid=township-deadline]').boundingBox();
        return !!box && box.y >= 0 && box.y + box.height <= size.height;
      }).toBe(true);
      expect(await dash.inputValue('[data-testid=township-deadline]')).toBe('01-31');
      await dash.close();
    });
  }
});

describe('the action columns', () => {
  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: every row's buttons stand at the same x, on one line, inside the window`, async () => {
      const dash = await dashboard(b, size);
      // a row shown open changes its label: the columns stay put
      await dash.locator('[data-testid=record]').nth(2).locator('[data-testid=toggle-findings]').click();
      const boxes = await dash.locator('[data-testid=record]').evaluateAll((rows) =>
        rows.map((row) => ['toggle-findings', 'delete'].map((id) => {
          const r = row.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect();
          return { x: r.x, y: r.y, right: r.right, height: r.height, lines: Math.round(r.height / parseFloat(getComputedStyle(row.querySelector(`[data-testid=${id}]`)!).lineHeight)) };
        })),
      );
      expect(boxes).toHaveLength(SEEDS.length);
      const [toggle0, delete0] = boxes[0]!;
      for (const [toggle, del] of boxes) {
        expect(toggle!.x).toBeCloseTo(toggle0!.x, 0);
        expect(del!.x).toBeCloseTo(delete0!.x, 0);
        // side by side on one line, not wrapped
        expect(del!.y).toBeCloseTo(toggle!.y, 0);
        expect(del!.x).toBeGreaterThanOrEqual(toggle!.right);
        expect(toggle!.height).toBeCloseTo(toggle0!.height, 0);
        expect(del!.height).toBeCloseTo(toggle0!.height, 0);
        expect(toggle!.lines).toBe(1);
        expect(del!.right).toBeLessThanOrEqual(size.width);
      }
      await dash.close();
    });
  }
});

describe('sortable columns', () => {
  const sortOf = (dash: Page) => dash.locator('th[data-sort]').evaluateAll((ths) => Object.fromEntries(ths.map((th) => [th.getAttribute('data-sort'), th.getAttribute('aria-sort')])));

  it('newest audit first by default; a header click sorts by its column, a second reverses it; ties keep the default order', async () => {
    const dash = await dashboard(b, SIZES[1]);
    expect(await sortOf(dash)).toEqual({ organ: 'none', year: 'none', score: 'none', errors: 'none', auditedAt: 'descending' });

    await dash.click('[data-testid=sort-errors]');
    // 3 errors, 1, then the five with none in the default order (newest first); 龙门街道's one error was dismissed: it counts none
    await expect.poll(() => organs(dash)).toEqual(['上塘街道', '江州省人民政府办公厅', '江州市住房和城乡建设局', '八泉街道', '澄月街道', '龙门街道', '某某区应急管理局']);
    expect(await sortOf(dash)).toEqual({ organ: 'none', year: 'none', score: 'none', errors: 'descending', auditedAt: 'none' });
    expect(await dash.locator('[data-testid=record]').evaluateAll((rows) => rows.map((r) => Number(r.children[6]!.textContent)))).toEqual([3, 1, 0, 0, 0, 0, 0]);

    await dash.click('[data-testid=sort-errors]');
    await expect.poll(() => organs(dash)).toEqual(['江州市住房和城乡建设局', '八泉街道', '澄月街道', '龙门街道', '某某区应急管理局', '江州省人民政府办公厅', '上塘街道']);
    expect(await dash.locator('th[data-sort=errors]').getAttribute('aria-sort')).toBe('ascending');

    // organs in pinyin order: ba, cheng, jiang zhou sheng, jiang zhou shi, long, mou, shang
    await dash.click('[data-testid=sort-organ]');
    await expect.poll(() => organs(dash)).toEqual(['八泉街道', '澄月街道', '江州省人民政府办公厅', '江州市住房和城乡建设局', '龙门街道', '某某区应急管理局', '上塘街道']);
    expect(await sortOf(dash)).toEqual({ organ: 'ascending', year: 'none', score: 'none', errors: 'none', auditedAt: 'none' });

    // score: highest first (the three 100s newest first); the record without a score (a report file's attachment notice) last either way
    await dash.click('[data-testid=sort-score]');
    await expect.poll(() => organs(dash)).toEqual(['江州市住房和城乡建设局', '八泉街道', '龙门街道', '澄月街道', '江州省人民政府办公厅', '上塘街道', '某某区应急管理局']);
    await dash.click('[data-testid=sort-score]');
    await expect.poll(() => organs(dash)).toEqual(['上塘街道', '江州省人民政府办公厅', '澄月街道', '江州市住房和城乡建设局', '八泉街道', '龙门街道', '某某区应急管理局']);

    await dash.click('[data-testid=sort-auditedAt]');
    await expect.poll(() => organs(dash)).toEqual(DEFAULT_ORDER);
    await dash.click('[data-testid=sort-auditedAt]');
    await expect.poll(() => organs(dash)).toEqual(DEFAULT_ORDER.slice().reverse());
    expect(await dash.locator('th[data-sort=auditedAt]').getAttribute('aria-sort')).toBe('ascending');
    await dash.close();
  });
});

describe('a finding in the dashboard', () => {
  it('links to its page, scrolled to its cell, in a new tab; a report file’s finding to the viewer', async () => {
    const dash = await dashboard(b);
    await row(dash, '龙门街道').locator('[data-testid=toggle-findings]').click();
    const link = dash.locator(`[data-finding="${NOTED}"] [data-testid=finding-open]`);
    const want = `${s.url('/report-2019-split.html')}#nianbao-finding=${encodeURIComponent(NOTED)}`;
    expect(want).toContain('#nianbao-finding=row-total%3Arequests%3Aresult.disclosed%3Anatural');
    expect(await link.getAttribute('href')).toBe(want);
    expect(await link.textContent()).toBe('在页面中查看');
    expect(await link.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([b.context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(want);
    await tab.close();

    await row(dash, '某某区应急管理局').locator('[data-testid=toggle-findings]').click();
    const pdf = s.url('/files/2021nb.pdf');
    const fileLinks = await dash.locator('[data-testid=record-open], [data-testid=finding-open]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => h.includes('viewer.html')));
    expect(fileLinks).toEqual([
      `chrome-extension://${b.extensionId}/viewer.html?${new URLSearchParams({ url: pdf })}`,
      `chrome-extension://${b.extensionId}/viewer.html?${new URLSearchParams({ url: pdf })}#nianbao-finding=${encodeURIComponent('shape:attachment:attachment')}`,
    ]);
    await dash.close();
  });

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height}: the review note is shown whole, wrapped, multi-line, and saved as it is typed (「已保存」)`, async () => {
      const dash = await dashboard(b, size);
      await row(dash, '龙门街道').locator('[data-testid=toggle-findings]').click();
      const note = dash.locator(`[data-finding="${NOTED}"] [data-testid=review-note]`);
      expect(await note.inputValue()).toBe(NOTE);
      const fit = () =>
        note.evaluate((e) => {
          const t = e as HTMLTextAreaElement;
          const r = t.getBoundingClientRect();
          return { hidden: t.scrollHeight - t.clientHeight, cut: t.scrollWidth - t.clientWidth, lines: Math.round(t.clientHeight / parseFloat(getComputedStyle(t).lineHeight)), right: r.right, width: r.width };
        });
      let f = await fit();
      // nothing of the note is cut off: no hidden overflow either way, wrapped where the window is narrow, inside the window
      expect(f.hidden).toBeLessThanOrEqual(1);
      expect(f.cut).toBeLessThanOrEqual(1);
      if (size.width < 1000) expect(f.lines).toBeGreaterThanOrEqual(2);
      expect(f.right).toBeLessThanOrEqual(size.width);
      expect(f.width).toBeGreaterThan(200);

      const longer = `${NOTE}\n复核人：李明，2026-01-05`;
      await note.fill(NOTE);
      // Enter is a new line in a note, not a save
      await note.press('Enter');
      await note.pressSequentially('复核人：李明，2026-01-05');
      expect(await note.inputValue()).toBe(longer);
      // it grew by the new line
      const grown = await fit();
      expect(grown.hidden).toBeLessThanOrEqual(1);
      expect(grown.lines).toBeGreaterThan(f.lines);
      // saved as typed, with no Enter and no blur: the field says so
      await expect.poll(async () => PageRecord.parse((await b.storage())[recordKey(s.url('/report-2019-split.html'))]).reviews[NOTED]?.note).toBe(longer);
      await expect.poll(() => dash.locator(`[data-finding="${NOTED}"] [data-testid=note-state]`).textContent()).toBe('已保存');
      expect(await note.inputValue()).toBe(longer);
      expect(await note.evaluate((e) => e === document.activeElement)).toBe(true);
      await dash.close();
    });
  }
});

describe('deleting', () => {
  const stored = async () => Object.fromEntries(Object.entries(await b.storage()).filter(([k]) => k.startsWith('page:')).map(([k, v]) => [k, PageRecord.parse(v)]));
  const SPLIT = () => recordKey(s.url('/report-2019-split.html'));

  async function clocked(size = SIZES[1]!) {
    const dash = await b.context.newPage();
    await dash.clock.install();
    await dash.setViewportSize(size);
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(SEEDS.length);
    return dash;
  }

  it('a record: 撤销 is offered for at least 10 s, in view, and brings the record back exactly, its note with it', async () => {
    const before = await stored();
    expect(before[SPLIT()]!.reviews[NOTED]!.note).toBe(NOTE);
    const dash = await clocked();
    // the row near the bottom of the list, out of the first screen at 800×600
    await row(dash, '龙门街道').locator('[data-testid=delete]').click();
    await expect.poll(() => organs(dash)).toEqual(DEFAULT_ORDER.filter((o) => o !== '龙门街道'));
    expect((await b.storage())[SPLIT()]).toBeUndefined();
    const toast = dash.locator('[data-testid=undo-notice]');
    expect(await toast.textContent()).toBe('已删除 1 页撤销删除');
    await dash.clock.runFor(10_000);
    expect(await toast.isVisible()).toBe(true);
    const box = (await toast.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(SIZES[1]!.height);

    await dash.click('[data-testid=undo]');
    await expect.poll(() => organs(dash)).toEqual(DEFAULT_ORDER);
    expect(await toast.count()).toBe(0);
    expect(await dash.locator('[data-testid=notice]').textContent()).toBe('已恢复 1 页，审核结果与备注如前');
    // reviews, notes, the auditor's corrections and the snapshot: as they were
    expect(await stored()).toEqual(before);
    await row(dash, '龙门街道').locator('[data-testid=toggle-findings]').click();
    expect(await dash.locator(`[data-finding="${NOTED}"] [data-testid=review-note]`).inputValue()).toBe(NOTE);
    expect(await dash.locator(`[data-finding="${NOTED}"]`).getAttribute('data-status')).toBe('dismissed');
    await dash.close();
  });

  it('the selection, then another: one 撤销 restores all three; left alone, the notice goes and the deletion stands', async () => {
    const before = await stored();
    const dash = await clocked(SIZES[0]);
    for (const o of ['龙门街道', '上塘街道']) await row(dash, o).locator('input[type=checkbox]').check();
    await dash.click('[data-testid=delete-selected]');
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(SEEDS.length - 2);
    const toast = dash.locator('[data-testid=undo-notice]');
    expect(await toast.textContent()).toBe('已删除 2 页撤销删除');
    await dash.clock.runFor(8_000);
    await row(dash, '八泉街道').locator('[data-testid=delete]').click();
    await expect.poll(() => toast.textContent()).toBe('已删除 3 页撤销删除');
    // the notice counts from the last deletion
    await dash.clock.runFor(10_000);
    await dash.click('[data-testid=undo]');
    await expect.poll(() => organs(dash)).toEqual(DEFAULT_ORDER);
    expect(await dash.locator('[data-testid=notice]').textContent()).toBe('已恢复 3 页，审核结果与备注如前');
    expect(await stored()).toEqual(before);

    await row(dash, '澄月街道').locator('[data-testid=delete]').click();
    await expect.poll(() => toast.count()).toBe(1);
    await dash.clock.runFor(15_500);
    await expect.poll(() => toast.count()).toBe(0);
    expect(await organs(dash)).toEqual(DEFAULT_ORDER.filter((o) => o !== '澄月街道'));
    expect(Object.keys(await stored()).sort()).toEqual(Object.keys(before).filter((k) => !k.endsWith('/report-late.html')).sort());
    await dash.close();
  });
});

describe('times', () => {
  it('are shown in the auditor’s time zone (here Asia/Shanghai), with the zone, across midnight', async () => {
    const dash = await dashboard(b, SIZES[1]);
    expect(await dash.locator('[data-testid=record-time]').allTextContents()).toEqual([
      '2026-01-02 02:30 (UTC+8)',
      '2026-01-02 01:30 (UTC+8)',
      '2026-01-02 00:30 (UTC+8)',
      '2026-01-01 23:30 (UTC+8)',
      '2026-01-01 22:30 (UTC+8)',
      '2026-01-01 21:30 (UTC+8)',
      // stored as 2026-01-01T12:30:00.000Z
      '2026-01-01 20:30 (UTC+8)',
    ]);
    expect(await row(dash, '上塘街道').locator('[data-testid=record-time]').getAttribute('title')).toBe('2026-01-01T12:30:00.000Z');
    await dash.close();
  });
});

describe('importing', () => {
  it('a file that is not a backup is said to be none, in Chinese; nothing changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
    try {
      // over the 400 MB limit: refused before it is read (a sparse file: its size is all there is)
      const huge = join(dir, 'huge.json');
      writeFileSync(huge, '');
      truncateSync(huge, 513 * 1024 * 1024);
      const dash = await dashboard(b, SIZES[1]);
      // once listed (the records' summaries are stored beside them on the first listing)
      const before = JSON.stringify(await b.storage());
      // the control says what it does in the auditor's language, not the browser's 「Choose File」, and stands in the window
      const control = dash.locator('label.nb-file-button');
      expect((await control.innerText()).trim()).toBe('导入 JSON 备份…');
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(SIZES[1]!.width);
      const notice = dash.locator('[data-testid=notice]');
      const cases: [string, Parameters<Page['setInputFiles']>[1], string][] = [
        ['not JSON', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是备份，是一份笔记') }, '文件不是 JSON，无法读取，未导入。请选择年报审计导出的 JSON 备份'],
        ['JSON cut short', { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(`{"format":"${BACKUP_FORMAT}","records":[`) }, '文件不是 JSON，无法读取，未导入。请选择年报审计导出的 JSON 备份'],
        // the popup's JSON export of one page is JSON, but not a backup
        ['another JSON', { name: 'page.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ tool: 'nianbao-audit', reports: [] })) }, '文件不是年报审计导出的备份，未导入。请选择本台账「JSON」导出的文件'],
        ['empty', { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) }, '文件是空的，未导入'],
        ['huge', huge, '文件过大（513.0 MB）：备份文件不超过 400 MB，未导入'],
      ];
      for (const [what, file, message] of cases) {
        await dash.setInputFiles('[data-testid=import]', file);
        await expect.poll(() => notice.textContent(), { message: what }).toBe(message);
        expect(await notice.getAttribute('class'), what).toBe('nb-problem');
        // in view at 800×600, above the list
        const box = (await notice.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(SIZES[1]!.height);
      }
      expect(await dash.locator('[data-testid=record]').count()).toBe(SEEDS.length);
      expect(JSON.stringify(await b.storage())).toBe(before);

      // a backup (of the records as stored) is still imported, and the same file chosen twice is read twice
      const stored = Object.entries(await b.storage()).filter(([k]) => k.startsWith('page:')).map(([, v]) => v);
      const backup = Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, version: 3, exportedAt: '2026-01-03T00:00:00.000Z', records: stored }));
      for (let i = 0; i < 2; i++) {
        await dash.setInputFiles('[data-testid=import]', { name: 'backup.json', mimeType: 'application/json', buffer: backup });
        await expect.poll(() => notice.textContent()).toBe(`导入完成：新增 0，更新 0，跳过 ${SEEDS.length}`);
        expect(await notice.getAttribute('class')).toBe('nb-notice');
        if (i === 0) await dash.setInputFiles('[data-testid=import]', { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
        if (i === 0) await expect.poll(() => notice.textContent()).toBe('文件是空的，未导入');
      }
      await dash.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a batch’s pages', () => {
  it('a batch row shows its pages in the list, the filter visible and clearable', async () => {
    const dash = await dashboard(b, SIZES[1]);
    const batchRow = dash.locator('[data-testid=batch]');
    expect(await batchRow.getAttribute('data-status')).toBe('interrupted');
    await batchRow.locator('[data-testid=batch-filter]').click();
    // the batch's four pages: three audited (two done, one stored before the cut), one never reached
    await expect.poll(() => organs(dash)).toEqual(['澄月街道', '江州省人民政府办公厅', '龙门街道']);
    expect(await dash.locator('[data-testid=record-count]').textContent()).toBe('7 个页面，筛选出 3 个');
    const chip = dash.locator('[data-testid=filter-batch]');
    expect(await chip.textContent()).toBe('只看批量审计「政府信息公开年报」的页面清除');
    // the list was brought back into view, the filter with it
    for (const el of [chip, dash.locator('[data-testid=record]').first()]) {
      const box = (await el.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(SIZES[1]!.height);
    }
    // it goes with the other filters and the sort
    await dash.click('[data-testid=sort-errors]');
    await expect.poll(() => organs(dash)).toEqual(['江州省人民政府办公厅', '澄月街道', '龙门街道']);
    await dash.fill('[data-testid=filter-organ]', '街道');
    await expect.poll(() => organs(dash)).toEqual(['澄月街道', '龙门街道']);
    await dash.fill('[data-testid=filter-organ]', '');

    await dash.click('[data-testid=filter-batch-clear]');
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(SEEDS.length);
    expect(await chip.count()).toBe(0);
    expect(await dash.locator('[data-testid=record-count]').textContent()).toBe('7 个页面');
    await dash.close();
  });
});

describe('in English', () => {
  it('the dashboard speaks English without Chinese punctuation, in the auditor’s zone, at 800×600', async () => {
    const en = await launch({ lang: 'en-US', timezoneId: 'America/New_York' });
    try {
      await seed(en);
      const size = SIZES[1]!;
      const dash = await dashboard(en, size);
      const row0 = (await dash.locator('[data-testid=record]').first().boundingBox())!;
      expect(row0.y + row0.height).toBeLessThanOrEqual(size.height);
      expect(await dash.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      const xs = await dash.locator('[data-testid=delete]').evaluateAll((bs) => [...new Set(bs.map((x) => Math.round(x.getBoundingClientRect().x)))]);
      expect(xs).toHaveLength(1);

      expect(await dash.locator('th[data-sort]').allTextContents()).toEqual(['Organ', 'Year', 'Score', 'Errors', 'Audited▼']);
      expect(await dash.locator('[data-testid=open-settings]').textContent()).toBe('Settings');
      expect(await dash.locator('details > summary').allTextContents()).toEqual(['Batch audits', 'By site and year · Most common findings', 'Ranking', 'Settings']);
      expect(await row(dash, '上塘街道').locator('[data-testid=record-time]').textContent()).toBe('2026-01-01 07:30 (UTC-5)');
      expect(await dash.locator('[data-testid=batch-text]').textContent()).toBe('Interrupted: 2 audited, 2 left');

      await row(dash, '龙门街道').locator('[data-testid=toggle-findings]').click();
      expect(await dash.locator(`[data-finding="${NOTED}"] [data-testid=finding-open]`).textContent()).toBe('Show on the page');
      await row(dash, '龙门街道').locator('[data-testid=delete]').click();
      await expect.poll(() => dash.locator('[data-testid=undo-notice]').textContent()).toBe('Pages deleted: 1Undo delete');
      const chrome = () =>
        dash.evaluate(() =>
          Array.from(document.querySelectorAll('header, .nb-filters label, .nb-bar, thead, summary, button, [data-testid=notice], [data-testid=undo-notice], [data-testid=batch-text], [data-testid=filter-batch] span'))
            .map((e) => e.textContent)
            .join('\n'),
        );
      const FULL_WIDTH = /[：、，。；（）「」！？]/;
      expect(await chrome()).not.toMatch(FULL_WIDTH);
      await dash.click('[data-testid=undo]');
      await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toBe('Pages restored: 1, with their reviews and notes');

      await dash.setInputFiles('[data-testid=import]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not a backup') });
      await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toBe('The file is not JSON. Nothing was imported. Choose a JSON backup exported by Nianbao Audit.');
      await dash.setInputFiles('[data-testid=import]', { name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('{"reports":[]}') });
      await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toBe('The file is not a Nianbao Audit backup. Nothing was imported. Choose a file saved with the JSON export of this dashboard.');

      await dash.locator('[data-testid=batch-filter]').click();
      await expect.poll(() => dash.locator('[data-testid=filter-batch]').textContent()).toBe('Only the pages of the batch "政府信息公开年报"Clear');
      await dash.locator('[data-testid=fold-summary] summary').click();
      expect(await dash.locator('[data-testid=site-summary]').isVisible()).toBe(true);
      await dash.click('[data-testid=open-settings]');
      expect(await chrome()).not.toMatch(FULL_WIDTH);
      // the summary's lists of findings are English lists
      const rules = await dash.locator('[data-testid=site-row] td:nth-child(5)').allTextContents();
      expect(rules.some((t) => t.includes(', '))).toBe(true);
      expect(rules.join('\n')).not.toMatch(FULL_WIDTH);
      await dash.close();
    } finally {
      await en.close();
    }
  });
});
