/**
 * Report pages made PDF and Word files by the other tools that make them from HTML — wkhtmltopdf, WeasyPrint and
 * pandoc, and pandoc's Word files exported to PDF by LibreOffice (tests/fixtures/other-makers/README.md): each file reads as the page it was made from — the same title, organ,
 * year and template, every finding the same (its rule, table, cell, severity and whether it needs review), every
 * figure the same.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAt, findingKeys as findings } from '../helpers/file-audit';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FILES = readdirSync(new URL('other-makers/', FIXTURES)).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
/** The page a file was made from: the project's, or a real one of the set that holds it. */
const pageOf = (file: string) => {
  const name = `${file.split('.')[0]}.html`;
  return name.startsWith('report-') ? `pages/${name}` : `real/${name.startsWith('0') ? 'samples' : name.startsWith('3') ? 'fujian2' : 'fujian'}/${name}`;
};
const audit = (path: string, hint?: 'html') => auditAt(FIXTURES, path, hint);

describe('report pages made files by wkhtmltopdf, WeasyPrint and pandoc', () => {
  it('holds the thirteen files the README names', () => {
    expect(FILES).toEqual([
      '007_putian-lyj-2023.pandoc.docx',
      '121_pingtan-syq-2024.wkhtmltopdf.pdf',
      '312_putian-lyj-2024.weasyprint.pdf',
      '313_putian-lyj-2025.pandoc-office.pdf',
      'report-2021-cms.pandoc.docx',
      'report-blank-total-column.weasyprint.pdf',
      'report-city-bureau.pandoc-office.pdf',
      'report-city-bureau.pandoc.docx',
      'report-city-bureau.weasyprint.pdf',
      'report-city-bureau.wkhtmltopdf.pdf',
      'report-late.weasyprint.pdf',
      'report-untitled.weasyprint.pdf',
      'report-zone-march.pandoc-office.pdf',
    ]);
  });

  it.each(FILES)('%s reads as its page', async (file) => {
    const page = await audit(pageOf(file), 'html');
    const made = await audit(`other-makers/${file}`);
    expect(made.file?.kind).toBe(file.endsWith('.pdf') ? 'pdf' : 'docx');
    expect(made.isReport).toBe(true);
    expect([made.title, made.organ, made.year, made.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(findings(made)).toEqual(findings(page));
    expect(made.figures).toEqual(page.figures);
    expect(made.verdict).toBe(page.verdict);
  });
});
