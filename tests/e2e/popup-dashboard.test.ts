/** The popup, the stored records and the dashboard, in the real browser. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopup, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';
import { PageRecord, Backup } from '../../lib/store/schema';
import { AuditOutput } from '../../lib/result/schema';
import { recordKey } from '../../lib/store/url';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)));

async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function audited(path: string): Promise<{ page: Page; tab: number }> {
  const page = await b.context.newPage();
  await page.goto(s.url(path));
  await waitForMarks(page);
  const tab = await b.tabId(page);
  return { page, tab };
}

describe('stored record', () => {
  it('every audit is stored under the normalised page URL in the versioned schema', async () => {
    const { page } = await audited('/sample-report.html?utm_source=test#top');
    await expect.poll(async () => Object.keys(await b.storage())).toContain(`page:${new URL(s.url('/sample-report.html')).host}/sample-report.html`);
    const raw = (await b.storage())[`page:${new URL(s.url('/')).host}/sample-report.html`];
    const rec = PageRecord.parse(raw);
    expect(rec).toMatchObject({ v: 3, organ: '上塘街道', year: 2020, template: '2019', verdict: 'fail', counts: { error: 3, warning: 1, notice: 1, dismissed: 0 } });
    expect(rec.result.findings.filter((f) => f.severity === 'error')).toHaveLength(3);
    // a snapshot of what the page said, to audit it again without the page
    expect(rec.snapshot?.blocks.length).toBeGreaterThan(10);
    await page.close();
  });
});

describe('popup', () => {
  it('summarises the page and scrolls to a cell when a finding is clicked', async () => {
    const { page, tab } = await audited('/sample-report.html');
    const popup = await openPopup(b, tab);
    await popup.waitForSelector('[data-testid=verdict]');
    expect(await popup.locator('[data-testid=organ]').textContent()).toBe('上塘街道');
    expect(await popup.locator('[data-testid=year]').textContent()).toBe('2020');
    expect(await popup.locator('[data-testid=template]').textContent()).toBe('2019 年版');
    expect(await popup.locator('[data-testid=verdict]').getAttribute('data-verdict')).toBe('fail');
    expect(await popup.locator('[data-testid=score]').textContent()).toBe('67');
    expect(await popup.locator('[data-testid=counts]').textContent()).toBe('3错误1警告1提示');
    expect(await popup.locator('[data-group=requests] [data-finding]').count()).toBe(4);
    expect(await popup.locator('[data-finding="row-total:requests:result.total:total"] .nb-msg').textContent()).toBe('办理结果总计·总计：空白（按 0 计），应为 3（涉及行合计与勾稽关系）');
    expect(await popup.locator('[data-finding="row-total:requests:new:total"] [data-testid=rule-text]').textContent()).toContain('表三每一行的“总计”应等于');
    expect(await popup.locator('[data-finding="row-total:requests:new:total"] [data-testid=culprit]').textContent()).toContain('表三 · 本年新收申请 · 总计 可能有误：改为 2 后，行合计与勾稽关系均成立');
    await popup.click('[data-finding="row-total:requests:result.total:total"] .nb-msg');
    await page.bringToFront();
    await expect.poll(() => page.locator('.nianbao-current').getAttribute('data-nianbao-finding')).toContain('row-total:requests:result.total:total');
    const inView = await page.locator('.nianbao-current').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('exports this page as CSV (BOM), JSON and Markdown', async () => {
    const { page, tab } = await audited('/sample-report.html');
    const popup = await openPopup(b, tab);
    await popup.waitForSelector('[data-testid=export-csv]');
    const csv = await download(popup, 'export-csv');
    expect(csv.name).toMatch(/^nianbao-audit-上塘街道-\d{8}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toContain('"本年新收申请：总计填报 1，各类申请人合计为 2"');
    const json = await download(popup, 'export-json');
    expect(AuditOutput.parse(JSON.parse(json.bytes.toString('utf8'))).reports[0]!.organ).toBe('上塘街道');
    const md = await download(popup, 'export-md');
    expect(md.bytes.toString('utf8')).toContain('## 2020年上塘街道政府信息公开工作年度报告');
    await popup.close();
    await page.close();
  });

  it('a dismissal leaves the badge, the counts and the export, and survives a reload', async () => {
    const { page, tab } = await audited('/report-2019-split.html');
    await expect.poll(() => b.badge(tab)).toEqual({ text: '1', color: [217, 48, 37, 255] });
    let popup = await openPopup(b, tab);
    // one wrong cell, one finding: on the cell, covering its row and its column
    const item = popup.locator('[data-finding="row-total:requests:result.disclosed:natural"]');
    await item.locator('[data-action=dismiss]').click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('dismissed');
    await expect.poll(() => b.badge(tab)).toEqual({ text: '✓', color: [24, 128, 56, 255] });
    await expect.poll(() => popup.locator('[data-testid=verdict]').getAttribute('data-verdict')).toBe('pass');
    expect(await popup.locator('[data-testid=dismissed]').textContent()).toBe('已排除 1');
    // typed, and the popup closed at once: no Enter, no blur, and the note is stored all the same
    await item.locator('[data-testid=review-note]').pressSequentially('该行已在附件中更正');
    await popup.close();
    await expect.poll(async () => JSON.stringify(await b.storage())).toContain('该行已在附件中更正');
    popup = await openPopup(b, tab);
    const reopened = popup.locator('[data-finding="row-total:requests:result.disclosed:natural"]');
    await expect.poll(() => reopened.locator('[data-testid=review-note]').inputValue()).toBe('该行已在附件中更正');
    // the export leaves the dismissed finding out unless asked, and then carries its review
    const rowsOf = (d: { bytes: Buffer }) => d.bytes.toString('utf8').slice(1).trim().split('\r\n').slice(1);
    expect(rowsOf(await download(popup, 'export-csv'))).toEqual([]);
    await popup.check('[data-testid=export-include-dismissed]');
    const all = rowsOf(await download(popup, 'export-csv'));
    expect(all).toHaveLength(1);
    // its evidence last: the row as the page prints it, with its label
    expect(all[0]!.endsWith('"已标为误报","该行已在附件中更正","","表三：(一)予以公开 | 2 | 0 | 0 | 6 | 0 | 0 | 6"')).toBe(true);
    await popup.close();
    // the cell carries the grouped finding's id and the ids it covers
    await expect.poll(() => page.locator('[data-nianbao-finding~="row-total:requests:result.disclosed:total"]').getAttribute('data-nianbao-status')).toBe('dismissed');
    await page.reload();
    await waitForMarks(page);
    await expect.poll(() => page.locator('[data-nianbao-finding~="row-total:requests:result.disclosed:total"]').getAttribute('data-nianbao-status')).toBe('dismissed');
    popup = await openPopup(b, tab);
    const again = popup.locator('[data-finding="row-total:requests:result.disclosed:natural"]');
    await expect.poll(() => again.getAttribute('data-status')).toBe('dismissed');
    await expect.poll(() => again.locator('[data-testid=review-note]').inputValue()).toBe('该行已在附件中更正');
    await popup.close();
    await page.close();
  });

  it('a page that was not recognised can be audited on demand', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/news.html'));
    const tab = await b.tabId(page);
    const popup = await openPopup(b, tab);
    await popup.waitForSelector('[data-testid=not-report]');
    expect(await popup.locator('[data-testid=not-report]').textContent()).toBe('此页面尚未审计。');
    await popup.click('[data-testid=reaudit]');
    await expect.poll(() => popup.locator('[data-testid=not-report]').textContent()).toBe('此页面未被识别为政府信息公开工作年度报告。');
    await page.bringToFront();
    expect(await page.locator('nianbao-audit-ui').count()).toBe(1);
    expect(await page.locator('[data-nianbao-finding]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('dashboard', () => {
  it('lists every audited page, filters, exports, deletes and imports without duplicates', async () => {
    for (const p of ['/sample-report.html', '/report-2021-cms.html', '/report-2019-split.html']) {
      const page = await b.context.newPage();
      await page.goto(s.url(p));
      const key = `page:${new URL(s.url(p)).host}${p}`;
      await expect.poll(async () => Object.keys(await b.storage()), { timeout: 15_000 }).toContain(key);
      await page.close();
    }
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(3);

    await dash.fill('[data-testid=filter-organ]', '八泉');
    await expect.poll(() => dash.locator('[data-testid=record-organ]').allTextContents()).toEqual(['八泉街道']);
    await dash.fill('[data-testid=filter-organ]', '');
    await dash.selectOption('[data-testid=filter-severity]', 'error');
    await expect.poll(() => dash.locator('[data-testid=record-organ]').allTextContents().then((x) => x.sort())).toEqual(['上塘街道', '龙门街道']);
    await dash.selectOption('[data-testid=filter-status]', 'dismissed');
    await expect.poll(() => dash.locator('[data-testid=record-organ]').allTextContents()).toEqual(['龙门街道']);
    await dash.selectOption('[data-testid=filter-status]', '');

    const csv = await download(dash, 'export-csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    const header = text.slice(1).split('\r\n')[0]!;
    expect(header).toContain('"审核状态","审核备注"');
    const rows = text.slice(1).trim().split('\r\n').slice(1);
    // the sample's three errors; the split page's one error was dismissed: left out by default
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.includes('可能有误：改为 2 后'))).toBe(true);
    expect(rows.every((r) => r.includes('"错误"'))).toBe(true);
    await dash.check('[data-testid=export-include-dismissed]');
    const withDismissed = (await download(dash, 'export-csv')).bytes.toString('utf8').slice(1).trim().split('\r\n').slice(1);
    expect(withDismissed).toHaveLength(4);
    expect(withDismissed.some((r) => r.includes('"已标为误报","该行已在附件中更正"'))).toBe(true);
    await dash.uncheck('[data-testid=export-include-dismissed]');
    const md = await download(dash, 'export-md');
    expect(md.bytes.toString('utf8')).toContain('龙门街道');

    await dash.selectOption('[data-testid=filter-severity]', '');
    const json = await download(dash, 'export-json');
    const backup = Backup.parse(JSON.parse(json.bytes.toString('utf8')));
    expect(backup.records).toHaveLength(3);

    await dash.locator('[data-testid=record]').first().locator('[data-testid=delete]').click();
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(2);
    await dash.setInputFiles('[data-testid=import]', { name: 'backup.json', mimeType: 'application/json', buffer: json.bytes });
    await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toBe('导入完成：新增 1，更新 0，跳过 2');
    await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(3);
    await dash.setInputFiles('[data-testid=import]', { name: 'backup2.json', mimeType: 'application/json', buffer: json.bytes });
    await expect.poll(() => dash.locator('[data-testid=notice]').textContent()).toBe('导入完成：新增 0，更新 0，跳过 3');
    expect(await dash.locator('[data-testid=record]').count()).toBe(3);
    await dash.close();
  });
});

describe('English locale', () => {
  it('the popup speaks English when the browser does', async () => {
    const en = await launch({ lang: 'en-US' });
    try {
      const page = await en.context.newPage();
      await page.goto(s.url('/sample-report.html'));
      await waitForMarks(page);
      const popup = await openPopup(en, await en.tabId(page));
      await popup.waitForSelector('[data-testid=verdict]');
      expect(await popup.locator('[data-testid=reaudit]').textContent()).toBe('Re-audit');
      expect(await popup.locator('[data-finding="row-total:requests:new:total"] .nb-msg').textContent()).toBe('New requests: total printed 1, the applicant columns add up to 2');
    } finally {
      await en.close();
    }
  });
});

describe('a browser restart', () => {
  it('keeps the records and the auditor’s marks', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-restart-'));
    try {
      let one = await launch({ userDataDir: dir });
      const page = await one.context.newPage();
      await page.goto(s.url('/sample-report.html'));
      await waitForMarks(page);
      const popup = await openPopup(one, await one.tabId(page));
      const item = popup.locator('[data-finding="row-total:requests:new:total"]');
      await item.locator('[data-action=confirm]').click();
      await expect.poll(() => item.getAttribute('data-status')).toBe('confirmed');
      await one.close();

      one = await launch({ userDataDir: dir });
      const dash = await one.context.newPage();
      await dash.goto(`chrome-extension://${one.extensionId}/dashboard.html`);
      await expect.poll(() => dash.locator('[data-testid=record]').count()).toBe(1);
      await dash.click('[data-testid=toggle-findings]');
      expect(await dash.locator('[data-finding="row-total:requests:new:total"]').getAttribute('data-status')).toBe('confirmed');
      await one.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('settings', () => {
  it('the township deadline set in the dashboard applies to the next audits', async () => {
    const late = await b.context.newPage();
    await late.goto(s.url('/report-late.html'));
    await waitForMarks(late);
    let popup = await openPopup(b, await b.tabId(late));
    await expect.poll(() => popup.locator('[data-finding^="deadline:late"]').count()).toBe(1);
    expect(await popup.locator('[data-finding="deadline:late"] .nb-msg').textContent()).toContain('落款日期 2021-02-04、发布日期 2021-02-05均晚于');
    expect(await popup.locator('[data-finding="narrative:active:art20_9.procurement:count"] .nb-msg').textContent()).toBe(
      '正文称政府集中采购项目 52，表二「政府集中采购·采购项目数量」为 62；请核对正文或表格',
    );
    await popup.close();

    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await dash.click('[data-testid=settings] summary');
    expect(await dash.inputValue('[data-testid=township-deadline]')).toBe('01-31');
    await dash.fill('[data-testid=township-deadline]', '3/31');
    await dash.click('[data-testid=save-settings]');
    await expect.poll(() => dash.locator('[data-testid=settings-note]').textContent()).toBe('请按 月-日 填写，如 03-31');
    await dash.fill('[data-testid=township-deadline]', '03-31');
    await dash.click('[data-testid=save-settings]');
    // a setting the checks read: every stored report is checked again at once, in the background, and the note says so
    await expect.poll(() => dash.locator('[data-testid=settings-note]').textContent(), { timeout: 20_000 }).toMatch(/^已保存（乡镇（街道）年报公开期限改为 03-31），已按新设置重新核对已保存的 \d+ 份报告，其中 [1-9]\d* 份报告的问题有变化$/);
    // the stored record changed before the page was opened again
    const stored = PageRecord.parse((await b.storage())[recordKey(s.url('/report-late.html'))]);
    expect(stored.result.findings.filter((f) => f.rule.startsWith('deadline'))).toEqual([]);
    // pacing alone re-checks nothing, and says what it changes
    await dash.fill('[data-testid=batch-delay]', '900');
    await dash.click('[data-testid=save-settings]');
    await expect.poll(() => dash.locator('[data-testid=settings-note]').textContent()).toBe('已保存：下一次批量审计按此设置进行');
    await dash.close();

    await late.reload();
    await waitForMarks(late);
    popup = await openPopup(b, await b.tabId(late));
    await popup.waitForSelector('[data-finding^="narrative"]');
    expect(await popup.locator('[data-finding^="deadline"]').count()).toBe(0);
    await popup.close();
    await late.close();
  });
});
