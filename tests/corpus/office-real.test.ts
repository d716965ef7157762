/**
 * Real report pages made Word files and PDFs by LibreOffice Writer (tests/fixtures/real/office/README.md): each file
 * reads as the page it was made from — the same title, organ, year and template, every finding the same (its rule,
 * table, cell, severity and whether it needs review) and every figure the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

const ROOT = new URL('../fixtures/real/', import.meta.url);
const FILES = readdirSync(new URL('office/', ROOT)).filter((f) => /\.(docx?|pdf)$/.test(f)).sort();
/** The page a file was made from: its name without the file's ending, in the set that holds it. */
const pageOf = (file: string) => {
  const name = file.replace(/(-docx|-web)?\.(docx?|pdf)$/, '.html');
  return `${name.startsWith('0') ? 'samples' : name.startsWith('3') ? 'fujian2' : 'fujian'}/${name}`;
};
const audit = async (path: string, hint?: 'html') =>
  (await auditFile(new Uint8Array(readFileSync(new URL(path, ROOT))), path.split('/').pop()!, null, {}, null, hint)).result;

const findings = (r: ReportResult) =>
  r.findings.map((f) => `${f.rule} ${f.severity}${f.needsReview ? ' review' : ''} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

describe('real report pages made office files by LibreOffice', () => {
  it('holds the 24 files the README names', () => {
    expect(FILES.filter((f) => f.endsWith('.doc'))).toHaveLength(9);
    expect(FILES.filter((f) => f.endsWith('.docx'))).toHaveLength(9);
    expect(FILES.filter((f) => f.endsWith('.pdf'))).toEqual([
      '007_putian-lyj-2023.pdf',
      '121_pingtan-syq-2024-docx.pdf',
      '311_putian-cgj-2023-web.pdf',
      '311_putian-cgj-2023.pdf',
      '312_putian-lyj-2024.pdf',
      '314_putian-lyj-2022.pdf',
    ]);
  });

  it.each(FILES)('%s reads as its page', async (file) => {
    const page = await audit(pageOf(file), 'html');
    const made = await audit(`office/${file}`);
    expect(made.file?.kind).toBe(file.endsWith('.pdf') ? 'pdf' : file.endsWith('.docx') ? 'docx' : 'doc');
    expect(made.isReport).toBe(true);
    expect([made.title, made.organ, made.year, made.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(findings(made)).toEqual(findings(page));
    expect(made.figures).toEqual(page.figures);
    expect(made.verdict).toBe(page.verdict);
  });
});
