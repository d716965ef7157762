/** What the auditor forwards: blank cells folded behind a toggle, and corrections of who published a report. */
import { describe, expect, it } from 'vitest';
import { openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

describe('blank cells on the page', () => {
  it('carry their ids but show no outline until the auditor asks; the toggle shows and hides them', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    const blank = page.locator('[data-nianbao-finding~="blank-cell:requests:*:*"]').first();
    const style = () => blank.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(await style()).toBe('none');
    // an error's outline shows as ever
    expect(await page.locator('[data-nianbao-finding~="row-total:requests:new:total"]').evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await page.click('[data-testid=panel-pill]');
    const toggle = page.locator('[data-testid=show-notices]');
    expect(await page.locator('[data-testid=marks] label', { has: toggle }).textContent()).toBe('显示空白单元格的标注（131 格）');
    await toggle.check();
    await expect.poll(style).toBe('dashed');
    await toggle.uncheck();
    await expect.poll(style).toBe('none');
    await page.close();
  });
});

describe('who published the report', () => {
  it('the auditor corrects the level in the popup: the audit runs again with it, on the page too', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/report-late.html'));
    await waitForMarks(page);
    const tab = await b.tabId(page);
    const popup = await openPopup(b, tab);
    await popup.waitForSelector('[data-finding="deadline:late"]');
    expect(await popup.locator('[data-testid=level]').textContent()).toBe('乡镇（街道）');
    expect(await popup.locator('[data-testid=provenance]').textContent()).toBe('机关取自标题 · 年度取自标题');
    await popup.click('[data-testid=identity-open]');
    await popup.selectOption('[data-testid=identity-level]', 'county');
    await popup.check('[data-testid=identity-government]');
    await popup.click('[data-testid=identity-save]');
    await expect.poll(() => popup.locator('[data-finding="deadline:late"]').count()).toBe(0);
    expect(await popup.locator('[data-testid=level]').textContent()).toBe('县级 · 县级以上人民政府本级');
    // the page audits again with the correction: its panel no longer lists the late report
    await page.bringToFront();
    await page.click('[data-testid=panel-pill]');
    await expect.poll(() => page.locator('[data-testid=panel]').textContent()).not.toContain('公开期限');
    // the record keeps the correction for the next visit, and says it is the auditor's
    await page.reload();
    await waitForMarks(page);
    const again = await openPopup(b, tab);
    await again.waitForSelector('[data-testid=verdict]');
    expect(await again.locator('[data-finding="deadline:late"]').count()).toBe(0);
    expect(await again.locator('[data-testid=level]').getAttribute('title')).toBe('审计人员更正');
    await again.close();
    await popup.close();
    await page.close();
  });

  it('in the dashboard, where the page is not open: the stored snapshot is audited again', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/report-city-bureau.html'));
    await waitForMarks(page, 0).catch(() => undefined);
    await expect.poll(async () => Object.keys(await b.storage()).some((k) => k.endsWith('/report-city-bureau.html'))).toBe(true);
    await page.close();
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    const row = dash.locator('[data-testid=record]', { hasText: '江州市住房和城乡建设局' });
    await row.locator('[data-testid=toggle-findings]').click();
    await dash.click('[data-testid=identity-open]');
    await dash.fill('[data-testid=identity-year]', '2019');
    await dash.click('[data-testid=identity-save]');
    // a 2019 report in the 2021 template: the audit ran again on the snapshot with the corrected year
    await expect.poll(() => dash.locator('[data-finding^="template-version:year"]').count()).toBe(1);
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('2019');
    await dash.close();
  });
});
