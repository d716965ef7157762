/**
 * Real report pages printed to PDF by a browser (tests/fixtures/real/printed/README.md): the PDF reads as the page it
 * was printed from — the same title, organ, year and template, the same errors and warnings (a row the print leaves
 * undecidable is said as needs review, apart from the verdict), and the same verdict.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

const ROOT = new URL('../fixtures/real/', import.meta.url);
const PRINTED = readdirSync(new URL('printed/', ROOT)).filter((f) => f.endsWith('-chromium.pdf')).sort();

async function audit(path: string, hint?: 'html') {
  return (await auditFile(new Uint8Array(readFileSync(new URL(path, ROOT))), path.split('/').pop()!, null, {}, null, hint)).result;
}

/** Errors and warnings, each as its code, table, row and column: what the verdict rests on. */
const counted = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

describe('real report pages printed to PDF', () => {
  it('holds the three prints the README names', () => {
    expect(PRINTED).toEqual(['312_putian-lyj-2024-chromium.pdf', '314_putian-lyj-2022-chromium.pdf', '315_putian-cgj-2024-chromium.pdf']);
  });

  it.each(PRINTED)('%s reads as its page', async (pdf) => {
    const page = await audit(`fujian2/${pdf.replace('-chromium.pdf', '.html')}`, 'html');
    const printed = await audit(`printed/${pdf}`);
    expect(printed.file?.kind).toBe('pdf');
    expect(printed.isReport).toBe(true);
    expect(printed.title).toBe(page.title);
    expect(printed.title).toMatch(/^莆田市.+20\d\d年度?政府信息公开工作年度报告$/);
    expect(printed.organ).toBe(page.organ);
    expect([printed.year, printed.template]).toEqual([page.year, page.template]);
    expect(counted(printed)).toEqual(counted(page));
    expect(printed.verdict).toBe(page.verdict);
    // every table found, the title's year read
    expect(printed.findings.map((f) => f.rule)).not.toContain('shape:missing-table');
    expect(printed.findings.map((f) => f.rule)).not.toContain('shape:title-year');
  });
});
