/** The content script on real pages: marks, badge, tooltip, panel, late content, clean dismissal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE, LOADER } from '../../scripts/content-loader';
import { EXTENSION, markedIds, siteAndBrowser, waitForMarks, type Browser, type Served } from './harness';
import { lateRoute, cspRoute, isolatedRoute } from './routes';

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)), [lateRoute, cspRoute, isolatedRoute]);

const SAMPLE_ERRORS = [
  'balance:requests:result.total:total',
  'narrative:requests:new:total',
  'row-total:requests:new:total',
  'row-total:requests:result.disclosed:total',
  // the blank （七）总计·总计 whose row prints 3: one finding on its row total, covering the balance
  'row-total:requests:result.total:total',
];

/** Finding ids on the last cell of the table row whose first cells contain `label`. */
async function idsOnRowTotal(page: import('playwright-core').Page, label: string): Promise<string[]> {
  return page.evaluate((l) => {
    const tr = Array.from(document.querySelectorAll('tr')).find((r) => Array.from(r.cells).slice(0, 2).some((c) => c.textContent!.includes(l)));
    const last = tr?.cells[tr.cells.length - 1];
    return (last?.getAttribute('data-nianbao-finding') ?? '').split(' ').filter(Boolean).sort();
  }, label);
}

describe('on a report page', () => {
  it('marks exactly the flagged cells with their finding ids', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page, 100);
    const ids = await markedIds(page);
    expect([...new Set(ids.filter((i) => !i.startsWith('blank-cell')))].sort()).toEqual(SAMPLE_ERRORS);
    // the 131 blank cells: one notice for the table, each cell carrying it and its own id
    expect(ids.filter((i) => i === 'blank-cell:requests:*:*')).toHaveLength(131);
    expect(new Set(ids.filter((i) => /^blank-cell:requests:[^*]/.test(i))).size).toBe(131);
    expect(await idsOnRowTotal(page, '一、本年新收')).toEqual(['narrative:requests:new:total', 'row-total:requests:new:total']);
    expect(await idsOnRowTotal(page, '（一）予以公开')).toEqual(['row-total:requests:result.disclosed:total']);
    expect(await idsOnRowTotal(page, '（七）总计')).toEqual(['balance:requests:result.total:total', 'row-total:requests:result.total:total']);
    expect(await page.locator('[data-nianbao-finding~="row-total:requests:new:total"]').getAttribute('data-nianbao-sev')).toBe('error');
    await page.close();
  });

  it('shows the number of errors on the toolbar badge, in red', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    const tab = await b.tabId(page);
    await expect.poll(() => b.badge(tab)).toEqual({ text: '3', color: [217, 48, 37, 255] });
    await page.goto(s.url('/report-2021-cms.html'));
    await expect.poll(() => b.badge(tab), { timeout: 15_000 }).toEqual({ text: '✓', color: [24, 128, 56, 255] });
    await page.close();
  });

  it('hovering a flagged cell shows what was printed and what the arithmetic needs, and lights the cells involved', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    await page.hover('[data-nianbao-finding~="row-total:requests:new:total"]');
    const tip = page.locator('[data-testid=tooltip]');
    await expect.poll(() => tip.textContent()).toContain('本年新收申请：总计填报 1，各类申请人合计为 2');
    expect(await tip.locator('[data-testid=tip-actual]').first().textContent()).toBe('1');
    expect(await tip.locator('[data-testid=tip-expected]').first().textContent()).toBe('2');
    expect(await tip.textContent()).toContain('本年新收申请：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他');
    // the six applicant cells of the row, and the sentence that states 2 requests
    expect(await page.locator('.nianbao-related').count()).toBe(7);
    expect(await page.locator('p.nianbao-related').textContent()).toContain('本年度共接到依申请公开2件');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('.nianbao-related').count()).toBe(0);
    await page.close();
  });

  it('the panel steps through the flagged cells and lists the findings without a cell', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    await page.click('[data-testid=panel-pill]');
    await expect.poll(() => page.locator('[data-testid=panel-position]').textContent()).toBe('1 / 4');
    await page.click('[data-testid=panel-next]');
    expect(await page.locator('[data-testid=panel-position]').textContent()).toBe('2 / 4');
    const current = page.locator('.nianbao-current');
    expect(await current.count()).toBe(1);
    expect((await current.getAttribute('data-nianbao-finding'))!).toContain('row-total:requests:result.disclosed:total');
    const box = await current.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(await page.locator('[data-testid=panel]').textContent()).toContain('上塘街道');
    await page.close();
  });

  it('× hides the marks: the page exactly as it was, the pill says so; they come back without a new audit, and stay as set', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page);
    await page.click('[data-testid=panel-pill]');
    await page.click('[data-testid=panel-close]');
    const left = await page.evaluate(async () => {
      const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        same: fresh.body.outerHTML === document.body.outerHTML,
        html: document.documentElement.querySelectorAll('nianbao-audit-ui').length,
        attrs: Array.from(document.body.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('data-nianbao') || a.value.includes('nianbao'))).length,
        sheets: document.adoptedStyleSheets.length,
        styles: document.querySelectorAll('style').length - fresh.querySelectorAll('style').length,
      };
    });
    // only our pill is left, outside the page's body, saying the marks are hidden
    expect(left).toEqual({ same: true, html: 1, attrs: 0, sheets: 0, styles: 0 });
    expect(await page.locator('[data-testid=marks-hidden]').textContent()).toBe('标注已隐藏');
    // the badge still counts the findings: they are hidden, not gone
    expect((await b.badge(await b.tabId(page))).text).toBe('3');
    // a new page keeps the setting
    const other = await b.context.newPage();
    await other.goto(s.url('/report-2019-split.html'));
    await other.locator('[data-testid=marks-hidden]').waitFor();
    expect(await other.locator('[data-nianbao-finding]').count()).toBe(0);
    await other.close();
    // back, without a new audit: the same marks
    await page.click('[data-testid=panel-pill]');
    await page.click('[data-testid=marks-toggle]');
    await waitForMarks(page);
    expect([...new Set((await markedIds(page)).filter((i) => !i.startsWith('blank-cell')))].sort()).toEqual(SAMPLE_ERRORS);
    // by severity: warnings off leaves the errors
    await page.uncheck('[data-testid=marks-warning]');
    await expect.poll(async () => (await markedIds(page)).some((i) => i.startsWith('narrative'))).toBe(false);
    expect((await markedIds(page)).some((i) => i.startsWith('row-total'))).toBe(true);
    await page.check('[data-testid=marks-warning]');
    await page.close();
  });

  it('a page that fills its report in by script is audited when it arrives', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/late.html'));
    expect(await page.locator('[data-nianbao-finding]').count()).toBe(0);
    await waitForMarks(page, 100, 20_000);
    expect([...new Set((await markedIds(page)).filter((i) => !i.startsWith('blank-cell')))].sort()).toEqual(SAMPLE_ERRORS);
    await page.close();
  });

  it('a page with a strict Content-Security-Policy still gets its highlights', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/csp-report.html'));
    await waitForMarks(page);
    const outline = await page.locator('[data-nianbao-finding~="row-total:requests:new:total"]').evaluate((e) => getComputedStyle(e).outlineColor);
    expect(outline).toBe('rgb(217, 48, 37)');
    await page.close();
  });
});

describe('the audit loaded as an extension file (scripts/content-loader.ts)', () => {
  it('the manifest runs the one-line loader; the audit is web-accessible only at a per-session address', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
      web_accessible_resources: { resources: string[]; use_dynamic_url?: boolean }[];
    };
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([[LOADER]]);
    expect(manifest.web_accessible_resources.filter((w) => w.resources.includes(ENGINE))).toEqual([
      { resources: [ENGINE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });

  it('a report page is audited through it, and the page can neither fetch the file at its fixed address nor see it loaded', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/sample-report.html'));
    await waitForMarks(page, 100);
    const probe = await page.evaluate(async (url) => {
      const fetched = await fetch(url).then(
        (r) => `fetched ${r.status}`,
        () => 'refused',
      );
      const seen = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.startsWith('chrome-extension:'));
      return { fetched, seen };
    }, `chrome-extension://${b.extensionId}/${ENGINE}`);
    expect(probe).toEqual({ fetched: 'refused', seen: [] });
    await page.close();
  });

  it('a cross-origin-isolated page (COEP require-corp) is audited and marked all the same', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/isolated-report.html'));
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await waitForMarks(page, 100);
    const ids = await markedIds(page);
    expect([...new Set(ids.filter((i) => !i.startsWith('blank-cell')))].sort()).toEqual(SAMPLE_ERRORS);
    await page.close();
  });
});

describe('on pages that are not reports', () => {
  it('a listing of reports gets no mark and no badge, only the offer to audit them all', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/listing.html'));
    await expect.poll(() => page.locator('[data-testid=panel-pill]').textContent(), { timeout: 10_000 }).toContain('本页有 8 篇年报');
    expect(await page.locator('[data-nianbao-finding]').count()).toBe(0);
    expect((await b.badge(await b.tabId(page))).text).toBe('');
    await page.close();
  });

  it.each(['/news.html', '/notice.html', '/blank-template.html', '/plain.html'])('%s gets no mark, no panel and no badge', async (path) => {
    const page = await b.context.newPage();
    await page.goto(s.url(path));
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-nianbao-finding]').count()).toBe(0);
    expect(await page.locator('nianbao-audit-ui').count()).toBe(0);
    const tab = await b.tabId(page);
    expect((await b.badge(tab)).text).toBe('');
    await page.close();
  });
});
