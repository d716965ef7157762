/**
 * Scanned reports read by OCR (lib/cli/ocr.ts: poppler's pdftoppm and Tesseract's simplified-Chinese model),
 * on the generated scans of tests/fixtures/scans (tests/tools/scans: text PDFs rasterised at 150 and 300 dpi,
 * tilted, mottled, a seal over a table cell; image-only PDFs). Where Tesseract is not installed the test says so
 * and skips (CI installs it: .ci/run).
 *
 * What holds on every scan: the organ and year exact where the first page is in the scan; a notice that OCR read
 * it; no error or warning that rests on the OCR's reading — what the engine may have missed or misread (a row
 * short of values, a blank, a digit read with low confidence) is in needs review, each saying why; and the row
 * the report's planted error stands in is named.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_FILES } from '../../lib/node';
import { auditFile } from '../../lib/pipeline/files';
import { ocrMissing, tesseractOcr } from '../../lib/cli/ocr';
import { run } from '../../lib/cli/main';
import { stopFileWorker } from '../../lib/cli/isolated';

interface Scan {
  file: string;
  organ: string;
  year: number;
  sourcePages: number[];
  changed: { key: string } | null;
}

const MANIFEST = JSON.parse(readFileSync(new URL('../fixtures/scans/manifest.json', import.meta.url), 'utf8')) as Scan[];
const missing = await ocrMissing();
if (missing) console.log(`tests/corpus/scans.test.ts skipped: ${missing} (sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)`);

describe.skipIf(!!missing)('scanned reports read by OCR', () => {
  it.each(MANIFEST.map((e) => [e.file, e] as const))('%s', async (_, e) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/scans/${e.file}`, import.meta.url)));
    const pages: number[] = [];
    const r = (await auditFile(bytes, e.file, null, {}, { ...NODE_FILES, ocr: (b, n) => tesseractOcr(b, n, (p) => pages.push(p)) })).result;
    expect(r.error).toBeNull();
    expect(pages).toEqual(e.sourcePages.map((_, i) => i + 1));
    expect(r.year).toBe(e.year);
    if (e.sourcePages[0] === 1) expect(r.organ).toBe(e.organ);
    expect(r.findings.filter((f) => f.rule === 'shape:ocr').map((f) => f.severity)).toEqual(['notice']);
    // nothing said for certain that rests on the reading: errors and warnings are all in needs review, each with why
    expect(r.findings.filter((f) => f.severity !== 'notice' && !f.needsReview).map((f) => f.id)).toEqual([]);
    expect(r.counts.error + r.counts.warning).toBe(0);
    for (const f of r.findings.filter((x) => x.needsReview)) expect(f.reason).toMatch(/扫描|识别/);
    // the planted error's row is named (the arithmetic, or the row read short of values)
    if (e.changed && e.sourcePages.includes(3)) {
      const [table, row] = e.changed.key.split('/');
      expect(r.findings.some((f) => f.table === table && (f.cell?.row === row || f.related.some((c) => c.row === row) || f.id.includes(`:${row}:`)))).toBe(true);
    }
  }, 120_000);
});

describe.skipIf(!!missing)('the command line on a scan', () => {
  afterAll(() => stopFileWorker());
  const scan = new URL('../fixtures/scans/printed-2021-scan150-rgb.pdf', import.meta.url).pathname;
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (x) => void (stdout += x), stderr: (x) => void (stderr += x) });
    return { code, stderr, report: JSON.parse(stdout).reports[0] as { findings: { id: string }[] } };
  };

  it('reads it by OCR in its file worker, saying each page as it is read', async () => {
    const r = await cli(scan);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/文字识别（OCR） 第 \d\/2 页/g)).toEqual(['文字识别（OCR） 第 1/2 页', '文字识别（OCR） 第 2/2 页']);
    expect(r.report.findings.map((f) => f.id)).toContain('shape:ocr:ocr');
  }, 120_000);

  it('--no-ocr: says it is a scan and reads nothing', async () => {
    const r = await cli('--no-ocr', scan);
    expect(r.stderr).not.toContain('文字识别（OCR）');
    expect(r.report.findings.map((f) => f.id)).toEqual(['shape:no-text-layer:scan']);
  });
});
