/**
 * Review where the auditor is (issue 24, items 3 and 4): the panel lists every
 * finding grouped by rule with counts; hiding the marks keeps the groups; each
 * group's marks hide and come back; a finding dismissed in the panel changes the
 * toolbar badge, the score, the counts and the export, and its note is stored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markedIds, openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';
import { PageRecord } from '../../lib/store/schema';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

async function openPanel(size = { width: 1280, height: 720 }): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.goto(s.url('/sample-report.html'));
  await waitForMarks(page, 100);
  await page.click('[data-testid=panel-pill]');
  await page.locator('[data-testid=panel-list]').waitFor();
  return page;
}

/** The panel's groups as shown: rule, name and count, and the findings listed under each. */
const groups = (page: Page) =>
  page.locator('[data-testid=panel-group]').evaluateAll((gs) =>
    gs.map((g) => ({
      rule: g.getAttribute('data-group'),
      count: g.querySelector('[data-testid=group-count]')!.textContent,
      findings: Array.from(g.querySelectorAll('[data-testid=panel-finding]')).map((f) => f.getAttribute('data-finding')),
    })),
  );

const storedRecord = async () => {
  const key = Object.keys(await b.storage()).find((k) => k.startsWith('page:') && k.endsWith('/sample-report.html'))!;
  return PageRecord.parse((await b.storage())[key]);
};

describe('the panel’s list', () => {
  it('lists every finding of the page, grouped by rule with counts, errors’ rules first', async () => {
    const page = await openPanel();
    const shown = await groups(page);
    expect(shown).toEqual([
      { rule: 'row-total', count: '3', findings: ['row-total:requests:new:total', 'row-total:requests:result.disclosed:total', 'row-total:requests:result.total:total'] },
      { rule: 'narrative', count: '1', findings: ['narrative:requests:new:total'] },
      { rule: 'blank-cell', count: '1', findings: ['blank-cell:requests:*:*'] },
    ]);
    // every finding the stored audit holds, none twice
    const ids = (await storedRecord()).result.findings.map((f) => f.id).sort();
    expect(shown.flatMap((g) => g.findings).sort()).toEqual(ids);
    expect(await page.locator('[data-testid=panel-group] h3').allTextContents()).toEqual(['行合计 3', '正文与表格 1', '空白单元格 1']);
    // a click on a finding scrolls to its cell and makes it the current step
    await page.locator('[data-testid=panel-finding][data-finding="narrative:requests:new:total"] .nb-msg').click();
    await expect.poll(() => page.locator('[data-testid=panel-position]').textContent()).toBe('4 / 4');
    expect(await page.locator('.nianbao-current').getAttribute('data-nianbao-finding')).toContain('narrative:requests:new:total');
    await page.close();
  });

  it('「隐藏标注」 hides the page’s marks only: every finding keeps its group, none moves to 「没有对应单元格」', async () => {
    const page = await openPanel();
    const before = await groups(page);
    await page.click('[data-testid=marks-toggle]');
    await expect.poll(() => page.locator('[data-nianbao-finding]').count()).toBe(0);
    expect(await groups(page)).toEqual(before);
    expect(await page.locator('[data-testid=finding-tag]').count()).toBe(0);
    expect(await page.locator('[data-testid=panel]').textContent()).not.toContain('没有对应单元格的问题');
    // the stepper still reaches the findings' cells
    expect(await page.locator('[data-testid=panel-position]').textContent()).toBe('1 / 4');
    await page.click('[data-testid=marks-toggle]');
    await waitForMarks(page, 100);
    await page.close();
  });

  it('a group’s marks hide from the page and come back; the other groups’ stay', async () => {
    const page = await openPanel();
    const rowTotal = page.locator('[data-testid=panel-group][data-group=row-total] [data-testid=group-marks]');
    expect(await rowTotal.textContent()).toBe('隐藏');
    await rowTotal.click();
    await expect.poll(async () => (await markedIds(page)).filter((i) => i.startsWith('row-total:')).length).toBe(0);
    expect(await rowTotal.getAttribute('aria-pressed')).toBe('false');
    expect(await rowTotal.textContent()).toBe('显示');
    expect(await markedIds(page)).toContain('narrative:requests:new:total');
    // the group is still listed whole
    expect((await groups(page))[0]).toMatchObject({ rule: 'row-total', count: '3' });
    await rowTotal.click();
    await expect.poll(async () => (await markedIds(page)).filter((i) => i.startsWith('row-total:')).length).toBeGreaterThanOrEqual(3);
    // blank cells show on the page only with their switch on: until then their group's button is off
    expect(await page.locator('[data-testid=panel-group][data-group=blank-cell] [data-testid=group-marks]').isDisabled()).toBe(true);
    await page.close();
  });

  it('a finding dismissed in the panel, with a note: badge, score, counts and export change; clearing it brings them back', async () => {
    const page = await openPanel();
    const tab = await b.tabId(page);
    await expect.poll(() => b.badge(tab)).toEqual({ text: '3', color: [217, 48, 37, 255] });
    const panel = page.locator('[data-testid=panel]');
    const score = Number(await panel.locator('[data-testid=score]').textContent());
    const csvRows = async () => {
      const popup = await openPopup(b, tab);
      await popup.locator('[data-testid=export-csv]').waitFor();
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid=export-csv]')]);
      const text = readFileSync((await d.path())!, 'utf8');
      await popup.close();
      return text.includes('row-total:requests:result.disclosed:total');
    };
    expect(await csvRows()).toBe(true);

    const item = panel.locator('[data-testid=panel-finding][data-finding="row-total:requests:result.disclosed:total"]');
    await item.locator('[data-action=dismiss]').click();
    await expect.poll(() => item.locator('.nb-item').getAttribute('data-status')).toBe('dismissed');
    await expect.poll(() => b.badge(tab)).toEqual({ text: '2', color: [217, 48, 37, 255] });
    await expect.poll(async () => Number(await panel.locator('[data-testid=score]').textContent())).toBeGreaterThan(score);
    expect(await panel.locator('[data-testid=counts] [data-sev=error] .nb-sev').textContent()).toBe('2');
    expect(await panel.locator('[data-testid=dismissed]').textContent()).toBe('已排除 1');
    expect(await panel.locator('[data-testid=panel-group][data-group=row-total] h3').textContent()).toBe('行合计 2 已排除 1');
    // the page's cell greys, the stored record says so, the export leaves it out
    await expect.poll(() => page.locator('[data-nianbao-finding~="row-total:requests:result.disclosed:total"]').getAttribute('data-nianbao-status')).toBe('dismissed');
    await expect.poll(async () => (await storedRecord()).reviews['row-total:requests:result.disclosed:total']?.status).toBe('dismissed');
    expect(await csvRows()).toBe(false);

    // a note typed there is stored
    const note = item.locator('[data-testid=review-note]');
    await note.fill('附件中已更正');
    await note.press('Tab');
    await expect.poll(async () => (await storedRecord()).reviews['row-total:requests:result.disclosed:total']?.note).toBe('附件中已更正');

    // cleared: all as it was
    await item.locator('[data-action=clear]').click();
    await expect.poll(() => b.badge(tab)).toEqual({ text: '3', color: [217, 48, 37, 255] });
    await expect.poll(async () => Number(await panel.locator('[data-testid=score]').textContent())).toBe(score);
    expect(await panel.locator('[data-testid=dismissed]').count()).toBe(0);
    await page.close();
  });
});

describe('at 800×600', () => {
  it('the list scrolls in the panel’s body under its header; the header and the stepper stay in sight', async () => {
    const page = await openPanel({ width: 800, height: 600 });
    const header = (await page.locator('[data-testid=panel] header').boundingBox())!;
    const body = page.locator('[data-testid=panel-body]');
    await body.evaluate((e) => (e.scrollTop = e.scrollHeight));
    const last = (await page.locator('[data-testid=panel-group]').last().boundingBox())!;
    const bodyBox = (await body.boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(bodyBox.y + bodyBox.height + 1);
    expect((await page.locator('[data-testid=panel] header').boundingBox())!).toEqual(header);
    expect(header.y).toBeGreaterThanOrEqual(0);
    expect(await page.locator('[data-testid=panel-position]').isVisible()).toBe(true);
    await page.close();
  });
});
