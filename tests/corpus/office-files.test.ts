/**
 * Report files as offices make them (tests/fixtures/documents/office, made by LibreOffice and
 * Chromium: tests/tools/documents/make-office.ts): labels wrapped in narrow cells and set
 * vertically, the browser's running header and footer, a page break between a heading and its
 * table, a table cut by the page, tables typed with tabs or pasted a paragraph a cell, and a text
 * layer that carries CJK radical code points. Each file: organ, year, level and template exact;
 * exactly the relations its one changed cell breaks; nothing else but what the file's form
 * warrants (the cut table: one needs-review finding).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { Audit } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';
import { brokenRelations } from '../helpers/template-data';
import { sectionContentExpected } from '../helpers/section-content';

interface Entry {
  file: string;
  format: 'pdf' | 'docx' | 'doc';
  producer: string;
  kind: string;
  version: '2019' | '2021';
  year: number;
  organ: string;
  level: 'county' | 'township';
  title: string;
  pages: number | null;
  values: Record<string, number>;
  changed: { key: string; from: number; to: number } | null;
  cutColumns: string[];
}

const DIR = new URL('../fixtures/documents/office/', import.meta.url);
const MANIFEST = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Entry[];
const ARITH = new Set(['row-total', 'column-total', 'balance', 'appeal-total', 'stock', 'subtotal']);
const audits = new Map<string, Promise<Audit>>();
const read = (e: Entry) => {
  if (!audits.has(e.file)) audits.set(e.file, auditFile(new Uint8Array(readFileSync(new URL(e.file, DIR))), e.file));
  return audits.get(e.file)!;
};
const audit = (e: Entry): Promise<ReportResult> => read(e).then((a) => a.result);
/** What the section checks say of the file's prose, drawn at random from the generator's sentences (tests/helpers/section-content.ts). */
const sectionFindings = async (e: Entry) => sectionContentExpected((await read(e)).input!.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])), e.year);
const covered = (r: ReportResult) =>
  r.findings
    .filter((f) => ARITH.has(f.rule.split(':')[0]!) && !f.needsReview)
    .flatMap((f) => (f.covers.length ? f.covers : [f.id]))
    .map((id) => {
      const [family, table, row, col] = id.split(':');
      return `${family}:${table}/${row}/${col}`;
    })
    .sort();
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/;

describe.each(MANIFEST)('$file', (e) => {
  it('reads who published it, for which year, in which template, and the three tables', async () => {
    const r = await audit(e);
    expect(r.error).toBeNull();
    expect(r).toMatchObject({ isReport: true, organ: e.organ, year: e.year, template: e.version, title: e.title, organLevel: e.level });
    expect(r.tables.map((t) => t.found)).toEqual([true, true, true]);
    expect(r.file).toEqual({ kind: e.format, pages: e.pages });
  });

  it('finds exactly the relations the changed cell breaks, and nothing else', async () => {
    const r = await audit(e);
    const want = brokenRelations({ version: e.version, year: e.year, organ: e.organ, values: new Map(Object.entries(e.values)), units: {} });
    expect(covered(r)).toEqual(want.map((b) => `${b.family}:${b.cell}`).sort());
    const others = r.findings.filter((f) => !ARITH.has(f.rule.split(':')[0]!) || f.needsReview).map((f) => f.id);
    // and what sections 五 and 六 leave out, as the prose drawn for the file leaves it out
    expect(others.sort()).toEqual([...(e.cutColumns.length ? [`shape:requests:*:${e.cutColumns[0]}`] : []), ...(await sectionFindings(e))].sort());
  });

  it('carries no radical code point in any string of its result', async () => {
    const r = await audit(e);
    const strings: string[] = [];
    JSON.stringify(r, (_, v) => (typeof v === 'string' && strings.push(v), v));
    expect(strings.filter((s) => RADICAL.test(s))).toEqual([]);
  });
});

describe('the hard forms, one by one', () => {
  const entry = (name: string) => MANIFEST.find((x) => x.file === name)!;

  it('a table the page cut: one needs-review finding that names the missing columns, no error, the verdict from the rest', async () => {
    const r = await audit(entry('cut-2021-libreoffice.pdf'));
    expect(r.findings.map((f) => [f.rule, f.severity, f.needsReview, f.message])).toEqual([
      ['shape:cut-columns', 'warning', true, '表三缺少“其他”“总计”两列，无法核对（表格宽于页面，25 行都只印出前面的列）'],
      // the prose drawn for this file: 六 says nothing of 信息处理费, 五 nothing of last year's problems (tests/helpers/section-content.ts)
      ['section-content:no-fees', 'warning', undefined, '报告没有说明本年度收取信息处理费的情况（2021 年版模板要求在第六部分「其他需要报告的事项」报告，未收取的也应写明）'],
      ['section-content:no-rectification', 'notice', undefined, '第五部分「存在的主要问题及改进情况」没有说明上年度存在问题的整改情况（2021 年版模板要求报告）'],
    ]);
    // the cut table counts apart: the verdict comes from the rest (here the fee 六 leaves out)
    expect(r.counts).toMatchObject({ error: 0, warning: 1, review: 1 });
    expect(r.verdict).toBe('warn');
  });

  it('the same wide table on a landscape page has all its columns', async () => {
    const r = await audit(entry('landscape-2021-libreoffice.pdf'));
    expect(r.findings.map((f) => f.id).sort()).toEqual(await sectionFindings(entry('landscape-2021-libreoffice.pdf')));
    expect(r.tables.find((t) => t.table === 'requests')!.rows).toBe(25);
  });

  it('the text layer’s radicals (⻘⼭区⺠政局) are read as the organ’s name', async () => {
    const bytes = readFileSync(new URL('printed-2021-chromium.pdf', DIR));
    const { NODE_FILES } = await import('../../lib/node');
    const { readPdfPages } = await import('../../lib/readers/pdf');
    const { pages } = await readPdfPages(new Uint8Array(bytes), await NODE_FILES.pdfjs());
    // the file itself carries them: the check is not empty
    expect(pages[0]!.items.map((i) => i.str).join('')).toMatch(RADICAL);
    expect((await audit(entry('printed-2021-chromium.pdf'))).organ).toBe('示例市青山区民政局');
  });

  it('the running header and footer (date, title, address, n/m) are not read as text', async () => {
    for (const name of ['printed-2019-chromium.pdf', 'printed-2021-chromium.pdf']) {
      const r = await audit(entry(name));
      expect(r.title).toBe(entry(name).title);
      expect(r.findings.filter((f) => f.rule.startsWith('shape:')).map((f) => f.id)).toEqual([]);
    }
  });
});

describe('kept as a snapshot (what a record stores)', () => {
  it.each(MANIFEST.filter((e) => e.format === 'pdf').map((e) => e.file))('%s: audited again from its snapshot, every finding stands where it stood, on its page', async (name) => {
    const { snapshotOf, auditSnapshot, snapshotSchema } = await import('../../lib/pipeline/snapshot');
    const a = await auditFile(new Uint8Array(readFileSync(new URL(name, DIR))), name);
    const snap = snapshotSchema().parse(JSON.parse(JSON.stringify(snapshotOf(a.input!.blocks, a.input!.meta, a.result.file))));
    const again = auditSnapshot(snap, name).result;
    expect(again.findings.map((f) => [f.id, f.where])).toEqual(a.result.findings.map((f) => [f.id, f.where]));
    // the cells keep where they stand on their page (the viewer outlines them on the page's image)
    const cells = snap.blocks.flatMap((b) => (b.k === 'g' ? (b.boxes ?? []).flat() : []));
    expect(cells.filter((c) => c.length === 5).length).toBeGreaterThan(50);
  });
});
