/**
 * Real report pages made Word files and PDFs by LibreOffice Writer (tests/fixtures/real/office/README.md): each file
 * reads as the page it was made from — the same title, organ, year and template, every finding the same (its rule,
 * table, cell, severity and whether it needs review) and every figure the same.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../lib/result/schema';
import { auditAt, auditWholeAt, cellsOf, findingKeys as findings } from '../helpers/file-audit';

const ROOT = new URL('../fixtures/real/', import.meta.url);
/**
 * Files that read as their page but for notices and needs review, each asserted as it is (the README says why):
 * 710's PDF prints 其他处理·1's 总计 four lines and a half under the row's other cells, beside its label's seventh line
 * across a page break — read blank (0, as the row's sum asks); 904's PDF wraps 其他处理's labels around their values
 * so that two rows are read twice and one is left to review.
 */
const NEAR: Record<string, string[]> = {
  '710_pingtan-jtj-2024.pdf': ['blank-cell notice requests */*'],
  '904_shuyang-fgj-2023.pdf': [
    'shape:duplicate-row notice requests result.not_processed.1/*',
    'shape:duplicate-row notice requests result.other.2/*',
    'shape:unreadable-rows warning review requests ',
  ],
};
const FILES = readdirSync(new URL('office/', ROOT)).filter((f) => /\.(docx?|pdf)$/.test(f) && !(f in NEAR)).sort();
/** The page a file was made from: its name without the file's ending, in the set that holds it. */
const pageOf = (file: string) => {
  const name = file.replace(/(-docx|-web)?\.(docx?|pdf)$/, '.html');
  const set = name.startsWith('0') ? 'samples' : name.startsWith('9') ? 'jiangsu-shanghai' : name.startsWith('7') ? 'fujian6' : name.startsWith('3') ? 'fujian2' : 'fujian';
  return `${set}/${name}`;
};
const audit = (path: string, hint?: 'html') => auditAt(ROOT, path, hint);

describe('real report pages made office files by LibreOffice', () => {
  it('holds the 30 files the README names', () => {
    expect(FILES.filter((f) => f.endsWith('.doc'))).toHaveLength(11);
    expect(FILES.filter((f) => f.endsWith('.docx'))).toHaveLength(11);
    expect(FILES.filter((f) => f.endsWith('.pdf'))).toEqual([
      '007_putian-lyj-2023.pdf',
      '121_pingtan-syq-2024-docx.pdf',
      '311_putian-cgj-2023-web.pdf',
      '311_putian-cgj-2023.pdf',
      '312_putian-lyj-2024.pdf',
      '314_putian-lyj-2022.pdf',
      '906_shanghai-city-2020-web.pdf',
      '906_shanghai-city-2020.pdf',
    ]);
  });

  it.each(Object.entries(NEAR))('%s reads as its page but for the notices and needs review named', async (file, extra) => {
    const page = await audit(pageOf(file), 'html');
    const made = await audit(`office/${file}`);
    expect([made.title, made.organ, made.year, made.template]).toEqual([page.title, page.organ, page.year, page.template]);
    const counted = (r: ReportResult) => findings(r).filter((f) => !f.includes(' notice') && !f.includes(' review'));
    expect(counted(made)).toEqual(counted(page));
    expect(findings(made).filter((f) => !findings(page).includes(f))).toEqual(extra);
    expect(made.verdict).toBe(page.verdict);
    expect(made.score).toBe(page.score);
  });

  it('710_pingtan-jtj-2024.pdf: a row’s cells at two heights beside a label wrapped over four lines read as one row', async () => {
    const page = await audit(pageOf('710_pingtan-jtj-2024.pdf'), 'html');
    const whole = await auditWholeAt(ROOT, 'office/710_pingtan-jtj-2024.pdf');
    const made = whole.result;
    expect([made.title, made.organ, made.year, made.template]).toEqual([page.title, page.organ, page.year, page.template]);
    // 部分公开's 总计 on its label's first line, its six other cells 2.3 lines lower: one row, as the page
    const cells = cellsOf(whole, 'requests');
    expect(['result.partial/natural', 'result.partial/business', 'result.partial/total'].map((k) => cells.get(k))).toEqual([3, 0, 3]);
    // 其他处理·1's 总计, four lines and a half under its row across a page break: read blank
    expect(cells.get('result.other.1/total')).toBe('');
    expect(made.figures).toEqual(page.figures);
  });

  it('904_shuyang-fgj-2023.pdf: a narrow header’s broken labels give 表三’s seven columns to rows that fill only 自然人 and 总计', async () => {
    const cells = cellsOf(await auditWholeAt(ROOT, 'office/904_shuyang-fgj-2023.pdf'), 'requests');
    const page = cellsOf(await auditWholeAt(ROOT, pageOf('904_shuyang-fgj-2023.pdf'), 'html'), 'requests');
    for (const row of ['new', 'carried_in', 'result.disclosed', 'result.total', 'carried_out'])
      for (const col of ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total']) expect(cells.get(`${row}/${col}`), `${row}/${col}`).toBe(page.get(`${row}/${col}`));
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

/**
 * The project's report pages whose table cells may not wrap (nowrap, as a TRS editor writes them), exported to PDF by
 * LibreOffice's Writer/Web (tests/fixtures/office-pages/README.md): the tables are laid out wider than the page,
 * centred, and only what falls on the page is printed. What the page cut off is said as needs review — 表三's last
 * columns once, 表四's row unread — never as errors of missing values; every figure read is the page's.
 */
describe('the project’s pages with tables wider than the page, exported by LibreOffice', () => {
  const PAGES = new URL('../fixtures/pages/', import.meta.url);
  const OFFICE = new URL('../fixtures/office-pages/', import.meta.url);
  const read = auditAt;
  const counted = (r: ReportResult) => findings(r).filter((f) => !f.includes(' review') && !f.includes(' notice'));

  it('holds the seven PDFs the README names', () => {
    expect(readdirSync(OFFICE).filter((f) => f.endsWith('.txt'))).toEqual(['report-2021-cms-writer.plain.txt']);
    expect(readdirSync(OFFICE).filter((f) => f.endsWith('.pdf')).sort()).toEqual([
      'report-2019-split-web.pdf',
      'report-2019-split-writer.pdf',
      'report-2021-cms-web.pdf',
      'report-2021-cms-writer.pdf',
      'report-city-bureau-docx.pdf',
      'report-city-bureau-writer.pdf',
      'report-zone-march-web.pdf',
    ]);
  });

  it('report-2021-cms-writer.pdf made text by pdftotext: 表四’s twelve counts left by the edge, in pieces between its header’s words, are its row unread — not a table without a row', async () => {
    const page = await read(PAGES, 'report-2021-cms.html', 'html');
    const text = await read(OFFICE, 'report-2021-cms-writer.plain.txt');
    // (pdftotext sets spaces around the title's year)
    expect([text.title?.replace(/\s/g, ''), text.organ, text.year, text.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(counted(text)).toEqual(counted(page));
    expect(text.findings.filter((f) => f.table === 'appeals').map((f) => `${f.rule} ${f.needsReview ? 'review' : ''}`)).toEqual(['shape:unreadable-rows review']);
    expect(text.findings.find((f) => f.table === 'appeals')!.message).toContain('0 0 6 0 6 0 0 1');
    expect(text.verdict).toBe(page.verdict);
  });

  it.each(['writer', 'docx'])('report-city-bureau through Writer’s HTML import (its tables fit the page), %s: reads as its page', async (how) => {
    const page = await read(PAGES, 'report-city-bureau.html', 'html');
    const pdf = await read(OFFICE, `report-city-bureau-${how}.pdf`);
    expect(findings(pdf)).toEqual(findings(page));
    expect(pdf.figures).toEqual(page.figures);
  });

  it.each(['report-2021-cms-web', 'report-zone-march-web', 'report-2021-cms-writer'])('%s', async (file) => {
    const name = file.replace(/-(web|writer)$/, '');
    const page = await read(PAGES, `${name}.html`, 'html');
    const pdf = await read(OFFICE, `${file}.pdf`);
    expect([pdf.title, pdf.organ, pdf.year, pdf.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(counted(pdf)).toEqual(counted(page));
    expect(pdf.findings.filter((f) => f.needsReview).map((f) => `${f.rule} ${f.table}`)).toEqual(['shape:cut-columns requests', 'shape:unreadable-rows appeals']);
    // 表三's three last columns cut, said by name
    expect(pdf.findings.find((f) => f.rule === 'shape:cut-columns')!.message).toMatch(/^表三缺少“法律服务机构”“其他”“总计”三列/);
    // every figure read is the page's; those of the cut columns and of 表四 are not read
    const read_ = Object.entries(pdf.figures ?? {});
    expect(read_.length).toBeGreaterThan(25);
    for (const [k, v] of read_) expect([k, v]).toEqual([k, page.figures?.[k]]);
    expect(Object.keys(pdf.figures ?? {}).some((k) => k.startsWith('appeals/') || /\/(legal_service|other_org|total)$/.test(k) && k.startsWith('requests/'))).toBe(false);
    expect(pdf.verdict).toBe(page.verdict);
  });
});

/**
 * report-2019-split, whose 表三 goes on in a second table (续表) without the first's group cells (三、本年度办理结果,
 * (三)不予公开 spanned rows there): its rows are one or two cells short and set from the left, under other columns than
 * the header's, and LibreOffice cuts the table at the page's edge. Each row's values are read in order from 自然人 on,
 * the cut columns said once in review, and the page's one error (予以公开·自然人 2 where 0 is needed) is still found —
 * by 自然人's column sum, as the cut 总计 column leaves no row total to place it.
 */
describe('a 表三 continued without its group cells, cut by LibreOffice', () => {
  const PAGES = new URL('../fixtures/pages/', import.meta.url);
  const OFFICE = new URL('../fixtures/office-pages/', import.meta.url);

  it.each(['web', 'writer'])('report-2019-split-%s.pdf', async (how) => {
    const pageAudit = await auditWholeAt(PAGES, 'report-2019-split.html', 'html');
    const pdfAudit = await auditWholeAt(OFFICE, `report-2019-split-${how}.pdf`);
    const [page, pdf] = [pageAudit.result, pdfAudit.result];
    expect([pdf.title, pdf.organ, pdf.year, pdf.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(findings(page)).toEqual(['row-total error requests result.disclosed/natural']);
    expect(findings(pdf).filter((f) => !f.includes(' review'))).toEqual(['column-total error requests result.total/natural']);
    expect(pdf.findings.find((f) => f.rule === 'column-total')!.message).toBe('自然人列：办理结果总计填报 23，各项办理结果合计为 25');
    expect(pdf.findings.filter((f) => f.needsReview).map((f) => `${f.rule} ${f.table}`)).toEqual(['shape:cut-columns requests', 'shape:unreadable-rows appeals']);
    expect(pdf.findings.find((f) => f.rule === 'shape:cut-columns')!.message).toMatch(/^表三缺少“其他”“总计”两列，无法核对（表格宽于页面，19 行都只印出前面的列）/);
    // every cell of 表三 read is the page's, the continued rows' among them (no blank where they start further left);
    // what is not read is the cut columns'
    const [onPage, inPdf] = [cellsOf(pageAudit, 'requests'), cellsOf(pdfAudit, 'requests')];
    for (const [k, v] of inPdf) expect([k, v]).toEqual([k, onPage.get(k)]);
    const unread = [...onPage.keys()].filter((k) => !inPdf.has(k));
    expect(unread.every((k) => /\/(other_org|total)$/.test(k))).toBe(true);
    expect(inPdf.size).toBe(onPage.size - unread.length);
    expect([inPdf.get('result.withheld.5/total'), inPdf.get('result.unavailable.1/research'), inPdf.get('result.not_processed.4/other_org'), inPdf.get('carried_out/business')]).toEqual([5, 1, 5, 1]);
    // the first part's eight rows keep five columns; the second's rows six (ten of them: 无法提供 to 总计) or seven (the
    // four printed two cells further left), 四、结转下年度 five
    expect(unread).toHaveLength(2 * 8 + 10 + 2);
    expect(pdf.verdict).toBe('fail');
  });
});

/**
 * report-2021-cms with 表三 broken into two tables (续表), exported by Writer/Web (tests/fixtures/office-pages/README.md):
 * each part laid out at its own width, the page's edge cuts them at different columns, and on the padded page inside
 * numbers (总计's 216 printed as 21). The rows each part cut short are one cut, said in review; a number the edge
 * reaches is not read; every figure read is the page's.
 */
describe('a 表三 broken into two tables, each cut at its own column by LibreOffice', () => {
  const CONT = new URL('../fixtures/office-pages/continued/', import.meta.url);
  const read = (file: string, hint?: 'html') => auditAt(CONT, file, hint);
  const NAMES = ['report-2021-cms-continued-edge', 'report-2021-cms-continued-other', 'report-2021-cms-continued-total'];

  it('holds the three pages and their PDFs', () => {
    expect(readdirSync(CONT).sort()).toEqual(NAMES.flatMap((n) => [`${n}-web.pdf`, `${n}.html`]));
  });

  it.each([
    // name, rows cut short, figures of 表三 read (its key rows)
    ['report-2021-cms-continued-other', 25, 18],
    ['report-2021-cms-continued-total', 23, 22],
    ['report-2021-cms-continued-edge', 25, 20],
  ] as const)('%s', async (name, rows, figures) => {
    const page = await read(`${name}.html`, 'html');
    const pdf = await read(`${name}-web.pdf`);
    expect(page.verdict).toBe('pass');
    expect([pdf.title, pdf.organ, pdf.year, pdf.template]).toEqual([page.title, page.organ, page.year, page.template]);
    expect(pdf.findings.filter((f) => !f.needsReview && f.severity !== 'notice')).toEqual([]);
    expect(pdf.findings.filter((f) => f.needsReview).map((f) => `${f.rule} ${f.table}`)).toEqual(['shape:cut-columns requests', 'shape:unreadable-rows appeals']);
    expect(pdf.findings.find((f) => f.rule === 'shape:cut-columns')!.message).toContain(`表三缺少“法律服务机构”“其他”“总计”三列，无法核对（表格宽于页面，${rows} 行都只印出前面的列）`);
    const requests = Object.entries(pdf.figures ?? {}).filter(([k]) => k.startsWith('requests/'));
    expect(requests).toHaveLength(figures);
    for (const [k, v] of requests) expect([k, v]).toEqual([k, page.figures?.[k]]);
    expect(pdf.verdict).toBe('pass');
  });

  it('the edge inside a number: 216 printed as 21 and 7 at the edge are not read, the values before them are', async () => {
    const pdf = await read('report-2021-cms-continued-edge-web.pdf');
    const f = pdf.figures ?? {};
    expect([f['requests/result.total/other_org'], f['requests/result.total/total'], f['requests/carried_out/other_org']]).toEqual([26, undefined, 0]);
    expect(f['requests/carried_out/total']).toBeUndefined();
  });
});

/** Text made from the office PDFs by pdftotext (tests/fixtures/real/office-text/README.md). */
describe('text of real reports’ office PDFs', () => {
  const TEXTS = readdirSync(new URL('office-text/', ROOT)).filter((f) => f.endsWith('.txt')).sort();
  const counted = (r: ReportResult) => findings(r).filter((f) => !f.includes(' review') && !f.includes(' notice'));

  it('holds the six texts the README names', () => {
    expect(TEXTS).toEqual([
      '007_putian-lyj-2023.plain.txt',
      '121_pingtan-syq-2024.plain.txt',
      '122_pingtan-syq-2025.plain.txt',
      '123_pingtan-syq-2023.raw.txt',
      '311_putian-cgj-2023.layout.txt',
      '312_putian-lyj-2024.layout.txt',
    ]);
  });

  /** Texts whose 表四 pdftotext set out of the table's order (its counts in another order than the columns'). */
  const SCRAMBLED = ['121_pingtan-syq-2024.plain.txt', '122_pingtan-syq-2025.plain.txt'];

  it.each(TEXTS)('%s: no error or warning its page lacks', async (file) => {
    const page = await audit(pageOf(file.replace(/\.(layout|plain|raw)\.txt$/, '.pdf')), 'html');
    const text = await audit(`office-text/${file}`);
    expect([text.isReport, text.organ, text.year, text.template]).toEqual([true, page.organ, page.year, page.template]);
    expect(counted(text)).toEqual(counted(page));
    expect(text.verdict).toBe(page.verdict);
    const appeals = Object.keys(page.figures ?? {}).filter((x) => x.startsWith('appeals/'));
    expect(appeals.length).toBeGreaterThan(0);
    if (SCRAMBLED.includes(file)) {
      // its counts all printed, in pdftotext's order: unread, said in review, none summed in that order
      expect(text.findings.filter((f) => f.table === 'appeals').map((f) => `${f.rule} ${f.needsReview ? 'review' : ''}`)).toEqual(['shape:unreadable-rows review']);
      expect(appeals.filter((k) => text.figures?.[k] !== undefined)).toEqual([]);
    } else {
      // 表四 read, its figures the page's
      for (const k of appeals) expect([k, text.figures?.[k]]).toEqual([k, page.figures?.[k]]);
    }
  });

  it('123 -raw: a wrapped label’s lines before its row’s values (行政规范性文 / 件 / 77 132 470) read as the row', async () => {
    const text = await audit('office-text/123_pingtan-syq-2023.raw.txt');
    const f = text.figures ?? {};
    expect([f['active/art20_1.normative/issued'], f['active/art20_1.normative/repealed'], f['active/art20_1.normative/in_force']]).toEqual([77, 132, 470]);
  });
});
