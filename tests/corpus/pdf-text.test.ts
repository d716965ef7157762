/**
 * Report PDFs as pdfplumber turns them into text (tests/fixtures/pdf-text/README.md): such text keeps no cell
 * boundaries and breaks 表四's header words over lines, so much of it is left to review — but it raises no error or
 * warning its PDF does not, but for the known cases below, asserted as they are so that a change shows.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const DIRS = ['documents/', 'documents/office/', 'real/printed/', 'printed-pages/'];
const textsIn = (dir: string, suffix: string) => readdirSync(new URL(`${dir}/`, FIXTURES)).filter((f) => f.endsWith(suffix)).sort();

function pdfOf(text: string, suffix: string): string {
  const name = text.slice(0, -suffix.length) + '.pdf';
  const dir = DIRS.find((d) => existsSync(new URL(d + name, FIXTURES)));
  if (!dir) throw new Error(`no PDF for ${text}`);
  return dir + name;
}

async function audit(path: string, hint?: 'text') {
  return (await auditFile(new Uint8Array(readFileSync(new URL(path, FIXTURES))), path.split('/').pop()!, null, {}, null, hint)).result;
}

/** Errors and warnings, each as its code, table, row and column. */
const counted = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

const REQUEST_ROWS = [
  ...['partial', 'withheld.1', 'withheld.2', 'withheld.3', 'withheld.4', 'withheld.5', 'withheld.6', 'withheld.7', 'withheld.8'],
  ...['unavailable.1', 'unavailable.2', 'unavailable.3', 'not_processed.1', 'not_processed.2', 'not_processed.3', 'not_processed.4', 'not_processed.5'],
].map((r) => `shape:missing-row requests result.${r}/*`);
/** sample-report's 表三 labels wrapped a few characters a line with no value beside them (pdftotext -layout). */
const SAMPLE = REQUEST_ROWS.filter((f) => !f.includes('result.partial/')).sort();
/**
 * Known: errors and warnings a text has that its PDF does not. cover-2021-libreoffice: the row the PDF breaks at its 其他
 * cell is said at its total (one of 表三's rows is left to review, so the column totals cannot tell which cell).
 * (Chromium's prints of the 2021 sample, whose headings' radicals pdfplumber lifts onto lines of their own, read as their
 * PDFs since lib/text/radical-lines.ts; Putian 2022 and 2024 printed, whose 表四 header has 总计 alone on a line between
 * its other words, since that word goes on with the header: lib/grid/run-together.ts.)
 */
const WRONG: Record<string, string[]> = {
  'cover-2021-libreoffice.plumber.txt': ['row-total requests result.other.1/total'],
};
/** Known: texts not recognised as reports (none since labels broken around their row's values are joined). */
const NOT_REPORT: string[] = [];

/**
 * The same PDFs through poppler's `pdftotext -layout` (tests/fixtures/pdf-layout/README.md): each line of the page kept,
 * a label wrapped in its cell set on the lines above and below its values. Known: sample-report's 表三 labels wrapped a
 * few characters a line with no value beside them; report-2019-split's error said at the row's total where the PDF says
 * it at its first cell (a blank the text keeps in the row).
 */
const LAYOUT_WRONG: Record<string, string[]> = {
  'report-2019-split-chromium.layout.txt': [
    'column-total:with-blanks requests result.disclosed/public_interest',
    'column-total:with-blanks requests result.disclosed/research',
    'row-total requests result.disclosed/total',
  ],
  'sample-report-a4.layout.txt': SAMPLE,
  'sample-report-chromium.layout.txt': SAMPLE,
};

/** Of the PDFs' errors and warnings (rule, table and cell), how many the texts raise too. */
const FOUND_PLUMBER = { raised: 48, printed: 53 };
const FOUND_LAYOUT = { raised: 45, printed: 53 };
/**
 * `pdftotext` without `-layout` (tests/fixtures/pdf-plain/README.md) sets each cell as a paragraph in the page's reading
 * order: rows' labels after their values, 表四's header and counts interleaved. Much is still wrong there, so the texts
 * are counted, not listed: how many raise something their PDF does not, how many are not read as reports, and how
 * many of the PDFs' errors and warnings they raise.
 */
const FOUND_PLAIN = { raised: 36, printed: 49, wrong: 5, notReport: 1 };

/**
 * `pdftotext -raw` (tests/fixtures/pdf-raw/README.md): the text in the order it was drawn, a table's row on one line with
 * its values set apart by spaces (一、本年新收政府信息公开申请数量 13 0 0 0 0 0 13; 表四's fifteen counts under its header
 * words, one a line), labels wrapped over lines before the values, the page's number (— 2 —) between rows. None known
 * (sample-report's 表四, its header words broken a character a line (其他 / 结 / 果) and 总计 alone, was not found before
 * 总计 alone went on with 表四's header).
 */
const RAW_WRONG: Record<string, string[]> = {};
const FOUND_RAW = { raised: 49, printed: 53 };

/**
 * pypdf (tests/fixtures/pdf-pypdf/README.md): rows on a line, radicals kept in place a space either side. None known
 * (Chromium's prints of the 2021 sample said section 4 missing before lib/text/radical-lines.ts took those spaces out).
 */
const PYPDF_WRONG: Record<string, string[]> = {};
const FOUND_PYPDF = { raised: 48, printed: 53 };
/**
 * pdfminer.six's own extract_text (tests/fixtures/pdf-miner/README.md): its text boxes in turn, a table often a column at
 * a time. Much is left to review; none known (a row read from a list of labels and a stretch of another column's numbers,
 * and 表二's numbers with none of its labels, were said as errors before).
 */
const MINER_WRONG: Record<string, string[]> = {};
const FOUND_MINER = { raised: 25, printed: 53 };

/** Each tool's texts: how many, what each raises beyond its PDF (or how many do), how many of the PDFs' findings they raise. */
const TOOLS = [
  { tool: 'pdfplumber', dir: 'pdf-text', suffix: '.plumber.txt', count: 64, wrong: WRONG, notReport: NOT_REPORT, found: FOUND_PLUMBER },
  { tool: 'pdftotext -layout', dir: 'pdf-layout', suffix: '.layout.txt', count: 64, wrong: LAYOUT_WRONG, notReport: [] as string[], found: FOUND_LAYOUT },
  { tool: 'pdftotext', dir: 'pdf-plain', suffix: '.plain.txt', count: 64, wrong: null, notReport: null, found: FOUND_PLAIN },
  { tool: 'pdftotext -raw', dir: 'pdf-raw', suffix: '.raw.txt', count: 64, wrong: RAW_WRONG, notReport: [] as string[], found: FOUND_RAW },
  { tool: 'pypdf', dir: 'pdf-pypdf', suffix: '.pypdf.txt', count: 64, wrong: PYPDF_WRONG, notReport: [] as string[], found: FOUND_PYPDF },
  { tool: 'pdfminer.six', dir: 'pdf-miner', suffix: '.miner.txt', count: 64, wrong: MINER_WRONG, notReport: [] as string[], found: FOUND_MINER },
];

describe.each(TOOLS)('report PDFs as $tool makes them text', ({ dir, suffix, count, wrong, notReport, found }) => {
  const texts = textsIn(dir, suffix);
  const seen = { raised: 0, printed: 0, wrong: 0, notReport: 0 };

  it('holds a text for every text PDF of the fixtures', () => {
    expect(texts.length).toBe(count);
  });

  it.each(texts)(wrong ? '%s raises nothing its PDF does not' : '%s is counted', async (text) => {
    const pdf = await audit(pdfOf(text, suffix));
    const t = await audit(`${dir}/${text}`, 'text');
    if (!pdf.isReport) return;
    if (!t.isReport) seen.notReport++;
    if (notReport) expect(t.isReport).toBe(!notReport.includes(text));
    if (!t.isReport) return;
    expect(t.year).toBe(pdf.year);
    seen.printed += counted(pdf).length;
    seen.raised += counted(pdf).filter((f) => counted(t).includes(f)).length;
    const extra = counted(t).filter((f) => !counted(pdf).includes(f));
    if (extra.length) seen.wrong++;
    if (wrong) expect(extra).toEqual(wrong[text] ?? []);
  });

  it("raises as many of the PDFs' errors and warnings as it did", () => {
    const { raised, printed, wrong: w, notReport: n } = seen;
    expect('wrong' in found ? { raised, printed, wrong: w, notReport: n } : { raised, printed }).toEqual(found);
  });
});
