/**
 * Reports published as files (tests/fixtures/documents, made by LibreOffice and
 * Chromium from HTML: tests/tools/documents): PDF, .docx and .doc audit like the
 * page they were made from. Exact findings on each; consistent reports give none;
 * one changed cell gives exactly the relations it breaks (the oracle of
 * tests/helpers); blank cells are blanks in the right columns; a table broken
 * over a page is one table; a scan says it has no text layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import { ReportResult } from '../../lib/result/schema';
import type { Audit } from '../../lib/pipeline/audit';
import { brokenRelations, type Filled } from '../helpers/template-data';
import { sectionContentExpected } from '../helpers/section-content';

interface Entry {
  file: string;
  format: 'pdf' | 'docx' | 'doc';
  producer: string;
  version: '2019' | '2021';
  year: number;
  organ: string;
  title: string;
  pages: number | null;
  values: Record<string, number>;
  raw: Record<string, string>;
  changed: { key: string; from: number; to: number } | null;
  notes: string;
}

const DIR = new URL('../fixtures/documents/', import.meta.url);
const MANIFEST = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Entry[];
const ARITH = new Set(['row-total', 'column-total', 'balance', 'appeal-total', 'stock', 'subtotal']);
const read = (e: Entry) => auditFile(new Uint8Array(readFileSync(new URL(e.file, DIR))), e.file);
const audit = async (e: Entry) => (await read(e)).result;
/** What the section checks say of the file's prose, drawn at random from the generator's sentences (tests/helpers/section-content.ts). */
const sectionFindings = (a: Audit, e: Entry) => sectionContentExpected(a.input!.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])), e.year);
const filled = (e: Entry): Filled => ({ version: e.version, year: e.year, organ: e.organ, values: new Map(Object.entries(e.values)), units: {} });
/** The relations a set of findings covers, as the oracle names them. */
const covered = (r: ReportResult) =>
  r.findings
    .filter((f) => ARITH.has(f.rule.split(':')[0]!))
    .flatMap((f) => (f.covers.length ? f.covers : [f.id]))
    .map((id) => {
      const [family, table, row, col] = id.split(':');
      return `${family}:${table}/${row}/${col}`;
    })
    .sort();

const reports = MANIFEST.filter((e) => !e.file.startsWith('scan') && !e.file.startsWith('pasted') && !e.file.startsWith('bench'));

describe.each(reports)('$file', (e) => {
  it('reads the report: organ, year, template and the three tables, with no error', async () => {
    const r = await audit(e);
    expect(r.error).toBeNull();
    expect(r).toMatchObject({ isReport: true, organ: e.organ, year: e.year, template: e.version, title: e.title });
    expect(r.tables.map((t) => t.found)).toEqual([true, true, true]);
    expect(r.file).toEqual({ kind: e.format, pages: e.format === 'pdf' ? e.pages : null });
  });

  it('gives exactly the relations the numbers break, and the blank cells where they stand', async () => {
    const a = await read(e);
    const r = a.result;
    expect(covered(r)).toEqual(brokenRelations(filled(e)).map((b) => `${b.family}:${b.cell}`).sort());
    const blanks = r.findings.filter((f) => f.rule === 'blank-cell').flatMap((f) => f.related.map((c) => `${f.table}/${c.row}/${c.col}`));
    expect(blanks.sort()).toEqual(Object.keys(e.raw).sort());
    // nothing else: no shape finding, no narrative contradiction; what sections 五 and 六 leave out, as the prose drawn for the file leaves it out
    expect(r.findings.filter((f) => !ARITH.has(f.rule.split(':')[0]!) && f.rule !== 'blank-cell').map((f) => f.id).sort()).toEqual(sectionFindings(a, e));
  });

  if (e.changed) {
    it('names the changed cell as the likely culprit when the data can tell it', async () => {
      const r = await audit(e);
      const [table, row, col] = e.changed!.key.split('/');
      const culprits = r.findings.filter((f) => f.culprit).map((f) => `${f.table}/${f.culprit!.row}/${f.culprit!.col}`);
      if (culprits.length) expect(culprits).toContain(`${table}/${row}/${col}`);
    });
  }
});

describe('files that are not plain reports', () => {
  const entry = (name: string) => MANIFEST.find((e) => e.file === name)!;

  it('a scan: one finding that says the PDF has no text layer', async () => {
    const r = await audit(entry('scan-2019-chromium.pdf'));
    expect(r.findings.map((f) => [f.id, f.severity, f.message])).toEqual([
      ['shape:no-text-layer:scan', 'warning', '这份 PDF 共 3 页，只有图像（扫描件），没有可读取的文字层，无法在此核对；装有文字识别（Tesseract）的命令行工具可读取后核对：nianbao-audit 文件.pdf'],
    ]);
    expect(r).toMatchObject({ isReport: true, score: null, verdict: 'warn', file: { kind: 'pdf', pages: 3 } });
  });

  it.each(['long-2019-chromium.pdf', 'long-2019-libreoffice.pdf', 'long-2021-chromium.pdf', 'long-2021-libreoffice.pdf'])('%s: 表三 over a page break is one table, its repeated header dropped', async (name) => {
    const a = await read(entry(name));
    const r = a.result;
    const rows = r.tables.find((t) => t.table === 'requests')!.rows;
    expect(rows).toBe(name.includes('2019') ? 23 : 25);
    expect(r.findings.map((f) => f.id).sort()).toEqual(sectionFindings(a, entry(name)));
  });

  it('where a finding stands in a PDF: its page and line', async () => {
    const e = MANIFEST.find((x) => x.format === 'pdf' && x.changed)!;
    const r = await audit(e);
    expect(r.findings.filter((f) => f.cell).every((f) => /^第 \d+ 页第 \d+ 行$/.test(f.where ?? ''))).toBe(true);
  });

  it('a Word file whose tables were pasted as tab-separated text', async () => {
    const e = entry('pasted-2021-libreoffice.docx');
    const r = await audit(e);
    expect(r.tables.map((t) => t.found)).toEqual([true, true, true]);
    expect(covered(r)).toEqual([]);
    expect(r.error).toBeNull();
  });

  it('a ten-page report', async () => {
    const r = await audit(entry('bench-2021-chromium.pdf'));
    expect(r).toMatchObject({ isReport: true, file: { kind: 'pdf', pages: 10 }, error: null });
    expect(covered(r)).toEqual([]);
  });

  it('leaves the caller’s bytes readable (pdf.js detaches what it is given): the same bytes audit twice alike', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('long-2021-libreoffice.pdf', DIR)));
    const first = (await auditFile(bytes, 'a.pdf')).result;
    expect(bytes.byteLength).toBeGreaterThan(0);
    const second = (await auditFile(bytes, 'a.pdf')).result;
    expect(second.error).toBeNull();
    expect(second.findings).toEqual(first.findings);
  });

  it('bytes that are no document say so in words', async () => {
    const bad = await auditFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 1, 2, 3]), 'bad.pdf');
    expect(bad.result.error).toMatch(/^无法审计：PDF 文件无法读取/);
    const doc = await auditFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'bad.doc');
    expect(doc.result.error).toMatch(/^无法审计：不是可读取的 Word 97–2003 文档/);
  });
});
