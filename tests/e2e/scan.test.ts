/**
 * A scanned report opened in the extension (issue 27): read offline by tesseract.js and its simplified-Chinese
 * model shipped with the extension (lib/ext/ocr.ts), the same reading of a page as the CLI's. The generated scan
 * of tests/fixtures/scans (printed, rasterised at 150 dpi, tilted, mottled, a red seal over a cell).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, siteAndBrowser, type Browser, type Route, type Served } from './harness';

const SCANS = join(ROOT, 'tests/fixtures/scans');
const MANIFEST = JSON.parse(readFileSync(join(SCANS, 'manifest.json'), 'utf8')) as { file: string; organ: string; year: number; changed: { key: string } | null }[];
const SCAN = MANIFEST.find((e) => e.file === 'printed-2021-scan150.pdf')!;

const scanRoute: Route = (req, res) => {
  if ((req.url ?? '').split('?')[0] !== '/attach/scan.pdf') return false;
  res.writeHead(200, { 'content-type': 'application/pdf' });
  res.end(readFileSync(join(SCANS, SCAN.file)));
  return true;
};

let b: Browser;
let s: Served;
siteAndBrowser((x, y) => ((s = x), (b = y)), [scanRoute]);

interface Stored {
  result: {
    organ: string | null;
    year: number | null;
    error: string | null;
    counts: { error: number; warning: number };
    findings: { id: string; rule: string; severity: string; needsReview?: boolean; reason?: string; table?: string; cell?: { row: string } | null; related: { row: string }[] }[];
  };
}

describe('a scan opened in the viewer', () => {
  it('is read by OCR in the browser, page by page: organ and year exact, nothing certain that rests on the reading', async () => {
    const viewer = await b.context.newPage();
    await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent(s.url('/attach/scan.pdf'))}`);
    // each page said as it is read
    await viewer.locator('[data-testid=viewer-reading]', { hasText: '扫描件，正在本机识别文字：第 2/4 页' }).waitFor({ timeout: 120_000 });
    await viewer.locator('[data-testid=viewer-grid]').first().waitFor({ timeout: 240_000 });
    const key = Object.keys(await b.storage()).find((k) => k.startsWith('page:') && k.endsWith('/attach/scan.pdf'))!;
    const r = ((await b.storage())[key] as Stored).result;
    expect(r.error).toBeNull();
    expect([r.organ, r.year]).toEqual([SCAN.organ, SCAN.year]);
    expect(r.findings.filter((f) => f.rule === 'shape:ocr').map((f) => f.severity)).toEqual(['notice']);
    expect(r.findings.filter((f) => f.severity !== 'notice' && !f.needsReview).map((f) => f.id)).toEqual([]);
    expect(r.counts.error + r.counts.warning).toBe(0);
    for (const f of r.findings.filter((x) => x.needsReview)) expect(f.reason).toMatch(/扫描|识别/);
    const [table, row] = SCAN.changed!.key.split('/');
    expect(r.findings.some((f) => f.table === table && (f.cell?.row === row || f.related.some((c) => c.row === row) || f.id.includes(`:${row}:`)))).toBe(true);
    // the panel says why each needs review: the reading, not the rule
    const why = viewer.locator('[data-testid=review-reason]');
    await why.first().waitFor();
    for (const text of await why.allTextContents()) expect(text).toMatch(/扫描|识别/);
    // the findings' cells outlined on the scan's own pages, inside them
    await viewer.locator('#pages[data-drawn=true]').waitFor({ timeout: 60_000 });
    const boxes = await viewer.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-nianbao-page-finding]')).map((m) => {
        const page = m.closest('figure')!.querySelector('canvas')!.getBoundingClientRect();
        const mark = m.getBoundingClientRect();
        return { inside: mark.left >= page.left - 3 && mark.right <= page.right + 3 && mark.top >= page.top - 3 && mark.bottom <= page.bottom + 3, w: mark.width, h: mark.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((x) => !x.inside || x.w < 4 || x.h < 4)).toEqual([]);
    await viewer.close();
  }, 300_000);
});
