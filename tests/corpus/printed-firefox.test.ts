/**
 * Report pages printed by Firefox (tests/fixtures/printed-firefox/README.md): a text layer whose Unicode table maps about
 * a fifth of the Chinese to U+FFFD. Without OCR the text is audited as it is, with one warning that its characters are
 * unknown and nothing else said for certain that its page does not say; with OCR (Tesseract, as CI installs it) the
 * pages' images are read instead, with a notice. Audited again from its snapshot, such a PDF keeps its doubt.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FILES, auditHtml } from '../../lib/node';
import { auditFile } from '../../lib/pipeline/files';
import { auditSnapshot, snapshotOf, snapshotSchema } from '../../lib/pipeline/snapshot';
import { ocrMissing, tesseractOcr } from '../../lib/cli/ocr';
import type { ReportResult } from '../../lib/result/schema';

const DIR = new URL('../fixtures/printed-firefox/', import.meta.url);
const PRINTS = readdirSync(DIR).filter((f) => f.endsWith('-firefox.pdf')).sort();
const bytes = (f: string) => new Uint8Array(readFileSync(new URL(f, DIR)));
const pageOf = (pdf: string) => auditHtml(readFileSync(new URL(`../fixtures/pages/${pdf.replace(/-firefox\.pdf$/, '.html')}`, import.meta.url), 'utf8'), pdf).result;

/** Errors and warnings said for certain, each as its code, table, row and column. */
const sure = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

describe('report pages printed by Firefox: a text layer with unknown characters', () => {
  it('holds the four prints the README names', () => {
    expect(PRINTS).toEqual(['report-2019-split-firefox.pdf', 'report-late-firefox.pdf', 'report-zone-march-firefox.pdf', 'sample-report-firefox.pdf']);
  });

  it.each(PRINTS)('%s without OCR: one warning for the text layer, nothing else for certain that its page does not say', async (pdf) => {
    const audit = await auditFile(bytes(pdf), pdf, null, {}, NODE_FILES);
    const r = audit.result;
    expect(r.isReport).toBe(true);
    const damaged = r.findings.filter((f) => f.rule === 'shape:damaged-text');
    expect(damaged.map((f) => [f.severity, f.needsReview ?? false])).toEqual([['warning', false]]);
    const { unmapped, chars } = damaged[0]!.args as { unmapped: number; chars: number };
    expect(unmapped / chars).toBeGreaterThan(0.15);
    expect(damaged[0]!.message).toBe(`这份 PDF 的文字层有 ${unmapped} 个字（共 ${chars} 个）无法识别（字体没有给出字符对照，复制、检索得到乱码）：依赖这些字的结论标为需人工核对；命令行装有 Tesseract 时按页面图像识别后核对`);
    const page = sure(pageOf(pdf));
    expect(sure(r).filter((f) => !page.includes(f))).toEqual(['shape:damaged-text  ']);
    // what may rest on the unknown characters says so
    for (const f of r.findings.filter((x) => x.needsReview && x.reasonKey === 'review_damaged_reading')) expect(f.reason).toMatch(/^这份 PDF 的文字层有字无法识别/);
    expect(r.findings.some((f) => f.reasonKey === 'review_damaged_reading')).toBe(true);
    // audited again from its snapshot (the history, the viewer, the dashboard): the same findings, the same doubt
    const stored = snapshotSchema().parse(JSON.parse(JSON.stringify(snapshotOf(audit.input!.blocks, audit.input!.meta, r.file))));
    expect(stored.meta.damaged).toEqual({ unmapped, chars });
    const again = auditSnapshot(stored, pdf).result;
    const said = (x: ReportResult) => x.findings.map((f) => [f.id, f.severity, f.needsReview ?? false]);
    expect(said(again)).toEqual(said(r));
  });

  it('OCR failing or reading no word: the text as it is, with its warning', async () => {
    const pdf = PRINTS[0]!;
    for (const ocr of [async () => ({ error: 'tesseract: 读取超时' }), async () => ({ engine: 'test', pages: [{ width: 100, height: 100, dpi: 72, words: [] }] })]) {
      const r = (await auditFile(bytes(pdf), pdf, null, {}, { ...NODE_FILES, ocr })).result;
      expect([r.error, r.findings.filter((f) => f.rule.startsWith('shape:') && /damaged|ocr/.test(f.rule)).map((f) => f.rule)]).toEqual([null, ['shape:damaged-text']]);
    }
  });
});

const missing = await ocrMissing();
if (missing) console.log(`tests/corpus/printed-firefox.test.ts: OCR part skipped: ${missing}`);

describe.skipIf(!!missing)('report pages printed by Firefox, read by OCR', () => {
  it.each(['report-2019-split-firefox.pdf', 'sample-report-firefox.pdf'])('%s: its page images read, a notice, nothing for certain its page does not say', async (pdf) => {
    const pages: number[] = [];
    const r = (await auditFile(bytes(pdf), pdf, null, {}, { ...NODE_FILES, ocr: (b, n) => tesseractOcr(b, n, (p) => pages.push(p)) })).result;
    const page = pageOf(pdf);
    expect(pages.length).toBeGreaterThan(0);
    expect([r.isReport, r.title, r.organ, r.year, r.template]).toEqual([true, page.title, page.organ, page.year, page.template]);
    expect(r.findings.filter((f) => /^shape:(ocr|damaged)/.test(f.rule)).map((f) => [f.rule, f.severity])).toEqual([['shape:ocr-damaged', 'notice']]);
    expect(sure(r).filter((f) => !sure(page).includes(f))).toEqual([]);
    for (const f of r.findings.filter((x) => x.needsReview && x.reasonKey === 'review_ocr_damaged_reading')) expect(f.reason).toMatch(/^这份 PDF 的文字层有字无法识别，由文字识别读出页面图像/);
  }, 120_000);
});
