/**
 * The dashboard as an auditor's workspace, at 1280×720 and at 800×600: the record list first, the rest folded below
 * it; aligned actions and whole notes; sortable columns; a finding opening its page at its cell.
 * (Deleting, times, imports, a batch's pages and English: dashboard-records.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PageRecord } from '../../lib/store/schema';
import { recordKey } from '../../lib/store/url';
import { b, dashboard, DEFAULT_ORDER, isOpen, NOTE, NOTED, organs, row, s, SEEDS, SIZES, useWorkspace } from './dashboard-seed';

useWorkspace();

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
    // the findings open as the click is handled: read the links once they are drawn (a busy machine draws them late)
    const fileLinks = () => dash.locator('[data-testid=record-open], [data-testid=finding-open]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => h.includes('viewer.html')));
    await expect.poll(fileLinks).toEqual([
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
