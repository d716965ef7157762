/**
 * The dashboard's records, at 800×600 and 1280×720: deletion that can be undone; local times with the zone; imports
 * that say what is wrong; a batch's pages; the whole of it in English.
 * (The list, its columns and a finding's link: dashboard-workspace.test.ts.)
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from './harness';
import { BACKUP_FORMAT, PageRecord } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { b, dashboard, DEFAULT_ORDER, NOTE, NOTED, organs, row, s, seed, SEEDS, SIZES, useWorkspace } from './dashboard-seed';

useWorkspace();

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
