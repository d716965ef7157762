/**
 * Reports published as files: a page that holds nothing but its PDF gets the PDF
 * audited by itself; a page beside its 全真版 offers it; the viewer shows the
 * rebuilt tables with the same marks; the record reaches the dashboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, openPopup, serve, siteAndBrowser, waitForMarks, type Browser, type Route, type Served } from './harness';
import { docWithPieces, docxBomb } from '../helpers/bombs';

const DOCS = join(ROOT, 'tests/fixtures/documents');
/** 表三's 总计·其他 printed 48 where its column adds to 45. */
const PDF = 'prop-2019-s102-chromium.pdf';
const DOCX = 'prop-2019-s102-libreoffice.docx';
const FINDING = 'row-total:requests:result.total:other_org';

const filesRoute: Route = (req, res) => {
  const path = (req.url ?? '').split('?')[0]!;
  const send = (body: Buffer | string, type: string) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
  if (path === '/attach/2021nb.pdf') send(readFileSync(join(DOCS, PDF)), 'application/pdf');
  else if (path.startsWith('/office/')) send(readFileSync(join(DOCS, 'office', path.slice('/office/'.length))), path.endsWith('.pdf') ? 'application/pdf' : 'application/msword');
  else if (path === '/attach/2021nb.docx') send(readFileSync(join(DOCS, DOCX)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  else if (path === '/only-pdf.html')
    send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例市示例区市场监督管理局2020年政府信息公开工作年度报告</title></head>
<body><h1>示例市示例区市场监督管理局2020年政府信息公开工作年度报告</h1>
<div class="TRS_Editor"><p>附件：<a href="/attach/2021nb.pdf">示例市示例区市场监督管理局2020年政府信息公开工作年度报告.pdf</a></p></div></body></html>`,
      'text/html; charset=utf-8',
    );
  else if (path === '/files-listing.html')
    send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>
<li><a href="/sample-report.html">2020年上塘街道政府信息公开工作年度报告</a></li>
<li><a href="/report-late.html">2020年某街道政府信息公开工作年度报告</a></li>
<li><a href="/attach/2021nb.pdf">示例市示例区市场监督管理局2020年政府信息公开工作年度报告（PDF）</a></li>
<li><a href="/attach/2021nb.docx">示例市示例区市场监督管理局2020年政府信息公开工作年度报告（Word）</a></li>
</ul></body></html>`,
      'text/html; charset=utf-8',
    );
  else if (path === '/beside-docx.html')
    send(
      readFileSync(join(ROOT, 'tests/fixtures/pages/sample-report.html'), 'utf8').replace(
        '</body>',
        '<p>附件下载：<a href="/attach/2021nb.docx">全真版（Word）</a></p></body>',
      ),
      'text/html; charset=utf-8',
    );
  else return false;
  return true;
};

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)), [filesRoute]);

const recordKey = async (suffix: string) => Object.keys(await b.storage()).find((k) => k.startsWith('page:') && k.endsWith(suffix));

describe('a page that holds nothing but its PDF', () => {
  it('gets the PDF audited by itself, stored under the file address, and the panel says what it found', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/only-pdf.html'));
    const summary = page.locator('[data-testid=file-result] [data-sev=error] .nb-sev');
    await summary.waitFor({ timeout: 30_000, state: 'attached' });
    expect(await summary.textContent()).toBe('1');
    await expect.poll(() => recordKey('/attach/2021nb.pdf'), { timeout: 10_000 }).toBeTruthy();
    const stored = (await b.storage())[(await recordKey('/attach/2021nb.pdf'))!] as { result: { findings: { id: string; where: string | null }[] } };
    // where the figure stands in the file
    expect(stored.result.findings.find((x) => x.id === FINDING)?.where).toBe('第 3 页第 13 行');
    // one report, one record: the page's badge and popup are the PDF's (1 error), not the page's own 1 warning
    const tab = await b.tabId(page);
    await expect.poll(() => b.badge(tab), { timeout: 10_000 }).toEqual({ text: '1', color: [217, 48, 37, 255] });
    const popup = await openPopup(b, tab);
    await popup.locator('[data-testid=popup-of-file]').waitFor();
    expect(await popup.locator('[data-testid=counts] [data-sev=error] .nb-sev').textContent()).toBe('1');
    expect(await popup.locator('[data-testid=verdict]').getAttribute('data-verdict')).toBe('fail');
    await popup.close();
    await page.close();
  });

  it('the viewer shows the rebuilt tables with the culprit marked and its tooltip', async () => {
    const viewer = await b.context.newPage();
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent(s.url('/attach/2021nb.pdf'))}`);
    const cell = viewer.locator(`[data-nianbao-finding~="${FINDING}"]`).first();
    await cell.waitFor({ timeout: 30_000 });
    expect(await cell.textContent()).toBe('48');
    expect(await cell.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    // the cell is on screen, not hidden under the panel
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    const tip = viewer.locator('[data-testid=tooltip]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('应为 45');
    const [c, t] = [await cell.boundingBox(), await tip.boundingBox()];
    expect(c && t).toBeTruthy();
    const overlaps = t!.x < c!.x + c!.width && c!.x < t!.x + t!.width && t!.y < c!.y + c!.height && c!.y < t!.y + t!.height;
    expect(overlaps).toBe(false);
    // where the figure stands in the file
    expect(await viewer.locator('[data-testid=viewer-page]').first().textContent()).toMatch(/第 1 页/);
    await viewer.close();
  });

  it('the record reaches the dashboard, and opens in the viewer from there', async () => {
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    // one report, one row: the file's, which links back to the page that holds nothing else
    const row = dash.locator(`[data-testid=record][data-url$="/attach/2021nb.pdf"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('PDF');
    expect(await row.locator('[data-testid=record-page]').getAttribute('href')).toBe(s.url('/only-pdf.html'));
    expect(await dash.locator('[data-testid=record][data-url$="/only-pdf.html"]').count()).toBe(0);
    const [viewer] = await Promise.all([b.context.waitForEvent('page'), row.locator('[data-testid=record-open]').click()]);
    await viewer.waitForLoadState();
    expect(viewer.url()).toContain('/viewer.html');
    await viewer.locator(`[data-nianbao-finding~="${FINDING}"]`).first().waitFor({ timeout: 30_000 });
    await viewer.close();
    await dash.close();
  });
});

describe('a report page beside its 全真版', () => {
  it('the page is audited as ever; the popup offers its Word file, and auditing it stores a second record', async () => {
    const page = await b.context.newPage();
    await page.goto(s.url('/beside-docx.html'));
    await page.waitForSelector('[data-nianbao-finding]');
    const tab = await b.tabId(page);
    const popup = await openPopup(b, tab);
    const file = popup.locator('[data-testid=file]');
    await file.waitFor();
    expect(await file.textContent()).toContain('全真版');
    // a Word file is no report body: the page's own audit stands, the file is only offered
    expect(await recordKey('/attach/2021nb.docx')).toBeUndefined();
    // the file opens in the viewer, which reads, audits and stores it
    const [viewer] = await Promise.all([b.context.waitForEvent('page'), popup.locator('[data-testid=file-audit]').click()]);
    await viewer.locator('[data-nianbao-finding]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => recordKey('/attach/2021nb.docx'), { timeout: 30_000 }).toBeTruthy();
    await viewer.close();
    await popup.close();
    await page.close();
  });
});

describe('a listing that links report files', () => {
  it('its batch audits the files too, each stored under its own address with what the file says', async () => {
    // the files' records of the tests above are gone: what is stored next comes from the batch
    const old = (await Promise.all(['/attach/2021nb.pdf', '/attach/2021nb.docx'].map(recordKey))).filter((k): k is string => !!k);
    expect(old).toHaveLength(2);
    await b.worker.evaluate((keys) => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }).chrome.storage.local.remove(keys), old);
    expect(await recordKey('/attach/2021nb.pdf')).toBeUndefined();
    const page = await b.context.newPage();
    await page.goto(s.url('/files-listing.html'));
    await expect.poll(() => page.locator('[data-testid=panel-pill]').textContent(), { timeout: 15_000 }).toContain('本页有 4 篇年报');
    await page.click('[data-testid=panel-pill]');
    await page.click('[data-testid=batch-start]');
    const status = page.locator('[data-testid=batch-status]');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).toBe('finished');
    expect(await status.textContent()).toBe('完成：已审计 4 篇（3 篇有错误），失败 0 篇');
    const stored = await b.storage();
    for (const f of ['/attach/2021nb.pdf', '/attach/2021nb.docx']) {
      const rec = stored[(await recordKey(f))!] as { result: { file?: { kind: string }; findings: { id: string }[] } } | undefined;
      expect(rec?.result.findings.map((x) => x.id)).toEqual([FINDING]);
      expect(rec?.result.file?.kind).toBe(f.endsWith('.pdf') ? 'pdf' : 'docx');
    }
    await page.close();
  });
});

describe('a file on a site the extension cannot read', () => {
  it('asks for that site at the click, not at install, and says so in Chinese', async () => {
    const viewer = await b.context.newPage();
    // nothing listens there: the fetch fails as a site without permission does
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent('http://127.0.0.1:9/report.pdf')}`);
    const allow = viewer.locator('[data-testid=viewer-allow]');
    await allow.waitFor({ timeout: 30_000 });
    expect(await viewer.locator('[data-testid=viewer-status]').textContent()).toContain('读取此附件需要允许访问 127.0.0.1:9');
    // nothing was stored for it
    expect(await recordKey('/report.pdf')).toBeUndefined();
    await viewer.close();
  });
});

describe('the viewer shows what was read, readably', () => {
  /** The office PDF's first error on a cell (its one changed figure breaks it). */
  const firstCellError = async (name: string) => {
    const { auditFile } = await import('../../lib/node');
    const r = (await auditFile(new Uint8Array(readFileSync(join(DOCS, 'office', name))), name)).result;
    return r.findings.find((f) => f.severity === 'error' && f.table === 'requests' && f.cell && f.cell.col !== '*')!;
  };
  const box = async (l: import('playwright-core').Locator) => (await l.boundingBox())!;
  const inside = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
    a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

  it.each([
    [1280, 720],
    [800, 600],
  ])('at %i×%i: 表三 rebuilt with the template’s columns, the PDF’s page beside it, the marked cell outlined in both', async (width, height) => {
    const name = 'wrapped-2019-libreoffice.pdf';
    const f = await firstCellError(name);
    const viewer = await b.context.newPage();
    await viewer.setViewportSize({ width, height });
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent(s.url(`/office/${name}`))}`);
    const grid = viewer.locator('[data-testid=viewer-grid][data-table=requests]');
    await grid.waitFor({ timeout: 30_000 });
    const head = await grid.locator('tr.nb-grid-head th').allTextContents();
    expect(head).toEqual(['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    // every row of the template, each with a label and seven cells
    expect(await grid.locator('tr[data-row]').count()).toBe(23);
    const cell = grid.locator(`[data-nianbao-finding~="${f.id}"]`).first();
    await cell.waitFor();
    expect(await cell.evaluate((e) => e.tagName)).toBe('TD');
    expect(await cell.getAttribute('data-cell')).toBe(`${f.cell!.row}/${f.cell!.col}`);
    // the page: drawn, with the same cell outlined on it
    await viewer.locator('#pages[data-drawn=true]').waitFor({ timeout: 30_000 });
    const mark = viewer.locator(`[data-nianbao-page-finding="${f.id}"]`).first();
    await mark.waitFor({ state: 'attached' });
    const frame = mark.locator('xpath=..');
    // the pages open at the first error's cell: in view inside the pages' column
    await expect.poll(async () => inside(await box(mark), await box(viewer.locator('#pages')))).toBe(true);
    await mark.scrollIntoViewIfNeeded();
    expect(inside(await box(mark), await box(frame.locator('canvas')))).toBe(true);
    await cell.scrollIntoViewIfNeeded();
    expect(inside(await box(cell), await box(grid))).toBe(true);
    // beside each other, both within the window
    const [doc, pages] = [await box(viewer.locator('#doc')), await box(viewer.locator('#pages'))];
    expect(pages.x).toBeGreaterThanOrEqual(doc.x + doc.width);
    expect(pages.x + pages.width).toBeLessThanOrEqual(width);
    expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await viewer.close();
  });

  it('a .doc’s 表三 is its grid, not a row of hundreds of cells: the page is no wider than the window', async () => {
    const viewer = await b.context.newPage();
    await viewer.setViewportSize({ width: 1280, height: 720 });
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent(s.url('/office/wrapped-2021-libreoffice.doc'))}`);
    const grid = viewer.locator('[data-testid=viewer-grid][data-table=requests]');
    await grid.waitFor({ timeout: 30_000 });
    expect(await grid.locator('tr[data-row]').count()).toBe(25);
    expect(Math.max(...(await grid.locator('tr').evaluateAll((rows) => rows.map((r) => r.children.length))))).toBe(8);
    expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // a Word file has no pages to show
    expect(await viewer.locator('#pages').isHidden()).toBe(true);
    await viewer.close();
  });
});

describe('a report file on another site', () => {
  it('is not fetched before the auditor clicks; the panel names the site as asked; the click reads it', async () => {
    let hits = 0;
    const other = await serve([
      (req, res) => {
        if (!(req.url ?? '').startsWith('/elsewhere/2021nb.pdf')) return false;
        hits++;
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(readFileSync(join(DOCS, PDF)));
        return true;
      },
    ]);
    const site = await serve([
      (req, res) => {
        if ((req.url ?? '').split('?')[0] !== '/only-elsewhere.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例市示例区市场监督管理局2020年政府信息公开工作年度报告</title></head>
<body><h1>示例市示例区市场监督管理局2020年政府信息公开工作年度报告</h1>
<div class="TRS_Editor"><p>附件：<a href="${other.url('/elsewhere/2021nb.pdf')}">示例市示例区市场监督管理局2020年政府信息公开工作年度报告.pdf</a></p></div></body></html>`);
        return true;
      },
    ]);
    try {
      const page = await b.context.newPage();
      await page.goto(site.url('/only-elsewhere.html'));
      const offer = page.locator('[data-testid=file-offer]');
      await offer.waitFor({ timeout: 30_000, state: 'attached' });
      expect(await offer.textContent()).toContain(new URL(other.url('/')).host);
      await new Promise((r) => setTimeout(r, 1500));
      expect(hits).toBe(0);
      expect(await recordKey('/elsewhere/2021nb.pdf')).toBeUndefined();
      await page.locator('[data-testid=file-audit-offer]').click();
      const summary = page.locator('[data-testid=file-result] [data-sev=error] .nb-sev');
      await summary.waitFor({ timeout: 30_000, state: 'attached' });
      expect(await summary.textContent()).toBe('1');
      expect(hits).toBe(1);
      await page.close();
    } finally {
      await site.close();
      await other.close();
    }
  });
});

describe('a hostile page whose only attachment is a bomb', () => {
  it('gets a Chinese answer; the next report page is still marked and a good PDF still audited; the service worker lives', async () => {
    const bombs: Record<string, Buffer> = {
      '/attach/bomb.docx': Buffer.from(docxBomb(120, true)),
      '/attach/bomb.doc': Buffer.from(docWithPieces(new Uint8Array(readFileSync(join(DOCS, 'office/tabs-2019-libreoffice.doc'))), { pieces: 4_000, length: 100 })),
    };
    const page = (file: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例县示例镇人民政府2020年政府信息公开工作年度报告</title></head>
<body><h1>示例县示例镇人民政府2020年政府信息公开工作年度报告</h1><div class="TRS_Editor"><p>附件：<a href="${file}">示例县示例镇人民政府2020年政府信息公开工作年度报告${file.slice(file.lastIndexOf('.'))}</a></p></div></body></html>`;
    const site = await serve([
      (req, res) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (bombs[path]) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bombs[path]);
        else if (path === '/bomb-docx.html' || path === '/bomb-doc.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(path === '/bomb-docx.html' ? '/attach/bomb.docx' : '/attach/bomb.doc'));
        else return false;
        return true;
      },
    ]);
    try {
      for (const p of ['/bomb-docx.html', '/bomb-doc.html']) {
        const tab = await b.context.newPage();
        const t = Date.now();
        await tab.goto(site.url(p));
        const answer = tab.locator('[data-testid=file-result] .nb-muted');
        await expect.poll(async () => (await answer.count()) && (await answer.first().textContent()), { timeout: 30_000 }).toMatch(/^无法审计：Word (文件|文档)/);
        expect(Date.now() - t).toBeLessThan(20_000);
        await tab.close();
      }
      // the extension is whole: a report page is marked, a good PDF audited, the service worker answers
      const report = await b.context.newPage();
      await report.goto(s.url('/sample-report.html'));
      await waitForMarks(report);
      await report.close();
      const only = await b.context.newPage();
      await only.goto(s.url('/only-pdf.html'));
      const summary = only.locator('[data-testid=file-result] [data-sev=error] .nb-sev');
      await summary.waitFor({ timeout: 30_000, state: 'attached' });
      expect(await summary.textContent()).toBe('1');
      await only.close();
      expect(await b.worker.evaluate(() => 1 + 1)).toBe(2);
    } finally {
      await site.close();
    }
  }, 120_000);
});
