/**
 * One report, one record: a page that holds nothing but its report file points at the file's
 * record once the file is audited; its badge, the popup and the dashboard's list show the file's
 * verdict and counts, and the list has one row (the file's, linking back to the page).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditFile, auditHtml } from '../../lib/node';
import { storage } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { oneRowPerReport } from '../../lib/store/filter';
import { testBackground } from '../helpers/background';

const PAGE = 'https://www.shili.gov.cn/zwgk/ndbg/t20210120_1.html';
const FILE = 'https://www.shili.gov.cn/zwgk/ndbg/P020210120.pdf';
const ONLY_FILE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例市示例区南门街道办事处2020年政府信息公开工作年度报告</title></head>
<body><h1>示例市示例区南门街道办事处2020年政府信息公开工作年度报告</h1>
<div class="TRS_Editor"><p>附件：<a href="/zwgk/ndbg/P020210120.pdf">示例市示例区南门街道办事处2020年政府信息公开工作年度报告.pdf</a></p></div></body></html>`;
const page = auditHtml(ONLY_FILE, PAGE, PAGE).result;
const fileBytes = readFileSync(new URL('../fixtures/documents/office/wrapped-2019-libreoffice.pdf', import.meta.url));

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1) + clock++ * 1000);
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

async function setup() {
  const file = (await auditFile(new Uint8Array(fileBytes), FILE, FILE)).result;
  const store = new RecordStore(storage, now);
  const bg = testBackground(store, { readFile: async () => ({ result: file, snapshot: null }) });
  return { ...bg, store, file };
}

describe('a page that holds nothing but its report file', () => {
  it('the page alone is one warning (the report is in its file)', () => {
    expect(page.findings.map((f) => f.rule)).toEqual(['shape:attachment']);
  });

  it('once its file is audited, the page’s badge is the file’s, and both records point at each other', async () => {
    const { handle, badges, store, file } = await setup();
    expect(file.counts.error).toBeGreaterThan(0);
    await handle({ type: 'audit:done', href: PAGE, result: page }, { tabId: 5 });
    expect(badges[5]).toEqual(['1', '#e37400']);
    const reply = (await handle({ type: 'file:audit', url: FILE, from: PAGE }, { tabId: 5 })) as { ok: true };
    expect(reply.ok).toBe(true);
    expect(badges[5]).toEqual([String(file.counts.error), '#d93025']);
    expect((await store.get(PAGE))?.file).toBe(FILE);
    expect((await store.get(FILE))?.page).toBe(PAGE);
    // the page audited again (a reload) keeps the file's badge
    await handle({ type: 'audit:done', href: PAGE, result: page }, { tabId: 6 });
    expect(badges[6]).toEqual([String(file.counts.error), '#d93025']);
    expect((await store.get(PAGE))?.file).toBe(FILE);
  });

  it('the list shows one row, the file’s, which links back to its page', async () => {
    const { handle, store } = await setup();
    await handle({ type: 'audit:done', href: PAGE, result: page }, { tabId: 5 });
    await handle({ type: 'file:audit', url: FILE, from: PAGE }, { tabId: 5 });
    const { summaries } = await store.summaryPage(0, 10);
    expect(summaries).toHaveLength(2);
    expect(oneRowPerReport(summaries).map((s) => [s.href, s.kind, s.page])).toEqual([[FILE, 'pdf', PAGE]]);
  });

  it('a review of the file’s finding changes the page’s badge too', async () => {
    const { handle, badges, file } = await setup();
    await handle({ type: 'audit:done', href: PAGE, result: page }, { tabId: 5 });
    await handle({ type: 'file:audit', url: FILE, from: PAGE }, { tabId: 5 });
    const error = file.findings.find((f) => f.severity === 'error')!;
    await handle({ type: 'finding:review', href: FILE, id: error.id, status: 'dismissed', note: '' }, {});
    expect(badges[5]?.[0]).toBe(String(file.counts.error - 1 || '✓'));
  });

  it('a page that holds its report itself is never pointed at a file, and one that stops holding only the file loses the link', async () => {
    const { handle, store } = await setup();
    const full = auditHtml(readFileSync(new URL('../fixtures/pages/sample-report.html', import.meta.url), 'utf8'), PAGE, PAGE).result;
    await handle({ type: 'audit:done', href: PAGE, result: full }, { tabId: 5 });
    await handle({ type: 'file:audit', url: FILE, from: PAGE }, { tabId: 5 });
    expect((await store.get(PAGE))?.file).toBeUndefined();
    await handle({ type: 'audit:done', href: PAGE, result: page }, { tabId: 5 });
    await handle({ type: 'file:audit', url: FILE, from: PAGE }, { tabId: 5 });
    expect((await store.get(PAGE))?.file).toBe(FILE);
    await handle({ type: 'audit:done', href: PAGE, result: full }, { tabId: 5 });
    expect((await store.get(PAGE))?.file).toBeUndefined();
  });
});
