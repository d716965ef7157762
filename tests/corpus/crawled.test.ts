/**
 * Report pages as crawlers and copies make them text (tests/fixtures/crawled/README.md): a browser's copy and
 * innerText, BeautifulSoup's get_text three ways, Markdown from turndown and node-html-markdown, html-to-text's data
 * tables and its default (a table flattened into its paragraph), tables as a crawl archive keeps them (cells closed by
 * pipes, five ways) and Common Crawl's Resiliparse. Each text reads as the page it was made from: a report of the same
 * year, the same title where the text keeps it, and the same errors and warnings — but where the text lost what the page shows (a blank cell): then the
 * finding that rested on it is said as needs review instead, and nothing else differs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';
import { PIPE_FORMS } from '../helpers/pipe-forms';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const CRAWLED = new URL('crawled/', FIXTURES);
/** Tables as a crawl archive keeps them, cells each closed by a pipe (tests/helpers/pipe-forms.ts). */
const PIPES: string[] = PIPE_FORMS;
/** Pages in every form; the two zeros-blank pages in the forms that show what a blank cell becomes (pipes, Resiliparse). */
const BLANK_FORMS = [...PIPES, 'rsp'];
const FORMS = ['sel', 'inner', 'tc', 'bs4-nl', 'bs4-strip', 'bs4-cat', 'nhm', 'turndown', 'h2t-table', 'h2t', ...BLANK_FORMS];
const texts = readdirSync(CRAWLED).filter((f) => f.endsWith('.txt')).sort();
const pages = [...new Set(texts.map((f) => f.replace(/\.[^.]+\.txt$/, '')))];
/** Two project pages with their zeros of 表三 and 表四 printed as blank cells (blank-zeros.mjs): in BLANK_FORMS only. */
const ZEROS_BLANK = pages.filter((p) => p.endsWith('.zeros-blank'));
const formsOf = (page: string) => (ZEROS_BLANK.includes(page) ? BLANK_FORMS : FORMS);

/** The real sets by the first digit of their files' numbers (007_ is the samples'). */
const SET_OF: Record<string, string> = { 1: 'fujian', 3: 'fujian2', 4: 'fujian3', 5: 'fujian4', 7: 'fujian6', 9: 'jiangsu-shanghai' };

/** The page a text was made from: a real page in its set (007_ samples, 1xx fujian, 3xx fujian2, …), else a project page. */
function pagePath(name: string): string {
  if (name.endsWith('.zeros-blank')) return `crawled/${name}.html`;
  if (name.startsWith('007_')) return `real/samples/${name}.html`;
  if (/^\d{3}_/.test(name)) return `real/${SET_OF[name[0]!]}/${name}.html`;
  return `pages/${name}.html`;
}

async function audit(path: string, hint: 'html' | 'text') {
  return (await auditFile(new Uint8Array(readFileSync(new URL(path, FIXTURES))), path.split('/').pop()!, null, {}, null, hint)).result;
}

/** Errors and warnings, each as its code, table, row and column: what the verdict rests on. */
const counted = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
const review = (r: ReportResult) => r.findings.filter((f) => f.needsReview).map((f) => f.rule).sort();

/**
 * What a text cannot show that its page does, by page and form: the page's errors and warnings the text leaves to
 * review, and the review it says instead (one a row). sample-report's 办理结果总计 row has a blank 总计 cell (the
 * page's error is that blank, and the 本年新收 sentence is checked against that row's total); report-blank-total-column's
 * 总计 column is blank. Text that keeps no cell boundaries drops the blanks: the row is short of a value, said
 * unreadable (or its digits undecided where they ran together), not wrong. Forms that keep blank cells (a browser's
 * copy, innerText, get_text's lines, Markdown) lose nothing there.
 */
const LOST: Record<string, { lost: string[]; review: string[] }> = {};
const RECEIVED = 'narrative:requests-received requests new/total';
const BLANK_TOTAL = 'row-total:blank requests result.total/total';
for (const form of ['sel', 'inner', 'bs4-nl', 'bs4-strip']) LOST[`sample-report.${form}`] = { lost: [RECEIVED, BLANK_TOTAL], review: ['narrative:requests-received', 'shape:unreadable-rows'] };
for (const form of ['bs4-cat', 'tc']) LOST[`sample-report.${form}`] = { lost: [RECEIVED, BLANK_TOTAL], review: ['narrative:requests-received', 'shape:run-together-undecided', 'shape:run-together-undecided'] };
LOST['sample-report.h2t-table'] = { lost: [RECEIVED, BLANK_TOTAL], review: ['narrative:requests-received', 'shape:run-together-undecided'] };
LOST['report-blank-total-column.bs4-strip'] = { lost: ['row-total:blank requests */total'], review: ['shape:unreadable-rows'] };
for (const form of ['bs4-cat', 'tc', 'h2t-table', 'h2t']) LOST[`report-blank-total-column.${form}`] = { lost: ['row-total:blank requests */total'], review: ['shape:run-together-undecided'] };
// get_text with no separator and textContent run 表二's cells together where the page's lines kept them apart:
// 行政规范性文件 6233440 splits more than one way, said as review
for (const name of ['121_pingtan-syq-2024', '122_pingtan-syq-2025', '123_pingtan-syq-2023', 'report-city-bureau', '706_pingtan-xzspj-2024', '710_pingtan-jtj-2024', '714_pingtan-nyn-2025'])
  for (const form of ['bs4-cat', 'tc']) LOST[`${name}.${form}`] = { lost: [], review: ['shape:run-together-undecided'] };
// html-to-text's data tables move a 总计 centred between empty paragraphs (&nbsp; / 58 / &nbsp;) to a line below its row:
// the row short of a value, its digits undecided
LOST['710_pingtan-jtj-2024.h2t-table'] = { lost: [], review: ['shape:run-together-undecided'] };
// html-to-text's default runs the city bureau's 表二 together on one line (规章2015 行政规范性文件0120): the same
LOST['report-city-bureau.h2t'] = { lost: [], review: ['shape:run-together-undecided'] };
// blank cells dropped and counted at the row's end: a row with a blank is not read (its values' columns are lost), and
// 表四's row with blanks neither; the page's errors on those rows are left to review
LOST['sample-report.pipe-drop'] = { lost: [RECEIVED, BLANK_TOTAL], review: ['narrative:requests-received', 'shape:unreadable-rows'] };
LOST['report-blank-total-column.pipe-drop'] = { lost: ['row-total:blank requests */total'], review: ['shape:unreadable-rows'] };
LOST['report-2021-cms.zeros-blank.pipe-drop'] = { lost: [], review: ['shape:unreadable-rows', 'shape:unreadable-rows'] };
LOST['report-2019-split.zeros-blank.pipe-drop'] = { lost: ['row-total:with-blanks requests result.disclosed/natural'], review: ['shape:unreadable-rows', 'shape:unreadable-rows'] };
// Resiliparse (Common Crawl's text) sets a row's cells apart by spaces and leaves nothing of a blank one: as above, a row
// with a blank is short of values and left to review (its digits, for a row whose cells also ran together)
LOST['sample-report.rsp'] = { lost: [RECEIVED, BLANK_TOTAL], review: ['narrative:requests-received', 'shape:unreadable-rows'] };
LOST['report-blank-total-column.rsp'] = { lost: ['row-total:blank requests */total'], review: ['shape:run-together-undecided'] };
LOST['report-city-bureau.rsp'] = { lost: [], review: ['shape:run-together-undecided'] };
LOST['report-2021-cms.zeros-blank.rsp'] = { lost: [], review: ['shape:run-together-undecided', 'shape:unreadable-rows'] };
LOST['report-2019-split.zeros-blank.rsp'] = { lost: ['row-total:with-blanks requests result.disclosed/natural'], review: ['shape:run-together-undecided', 'shape:unreadable-rows'] };
// 上海市人民政府办公厅 2019 (901): 表三's 总计 column and cells of 表四 are blank. Texts that keep no cell boundaries (cells run
// together, a cell a line without blank ones, blank cells dropped, padded columns) lose the blanks: the blank column's
// error, the text's 258 weighed against what the rows print, and 均获维持 against 表四's 尚未审结 go to review with the rows
const SH_BLANKS = ['narrative:disclosed-or-partial requests result.disclosed/total', 'narrative:upheld appeals counts/review.pending', 'row-total:blank requests */total'];
for (const form of ['bs4-cat', 'tc']) LOST[`901_shanghai-bgt-2019.${form}`] = { lost: SH_BLANKS, review: ['shape:run-together-undecided', 'shape:run-together-undecided', 'shape:run-together-undecided'] };
for (const form of ['bs4-strip', 'pipe-drop']) LOST[`901_shanghai-bgt-2019.${form}`] = { lost: SH_BLANKS, review: ['shape:unreadable-rows', 'shape:unreadable-rows'] };
LOST['901_shanghai-bgt-2019.h2t-table'] = { lost: SH_BLANKS, review: ['shape:run-together-undecided', 'shape:run-together-undecided'] };
// 沭阳县发改局 2023 (904): 表三's empty cells (no &nbsp;) leave no trace a row can be counted from in a browser's copy or
// innerText (a paragraph per cell, the empty ones a blank line of no fixed number), get_text's stripped lines, Resiliparse
// and pipe-drop: its rows said unreadable; nothing counted is lost (the page has no error there)
for (const form of ['sel', 'inner', 'bs4-strip', 'pipe-drop', 'rsp']) LOST[`904_shuyang-fgj-2023.${form}`] = { lost: [], review: ['shape:unreadable-rows'] };
LOST['904_shuyang-fgj-2023.h2t-table'] = { lost: [], review: ['shape:run-together-undecided'] };
// 上海市 2020 (906): a city's figures run together (26954 1718 13 60 144 237 29130 → 269541718136014423729130) split
// more than one way; the rows whose totals fail cannot be split by their arithmetic: undecided, the page's errors on
// them in review, and the text's 11796 (予以公开 and 部分公开) weighed against the one read
const SH_CITY = ['balance requests result.total/business', 'balance requests result.total/legal_service', 'balance requests result.total/natural', 'balance requests result.total/public_interest', 'balance requests result.total/research', 'row-total requests new/total'];
for (const form of ['bs4-cat', 'tc']) LOST[`906_shanghai-city-2020.${form}`] = { lost: SH_CITY, review: ['narrative:disclosed-or-partial', 'shape:run-together-undecided', 'shape:run-together-undecided', 'shape:run-together-undecided'] };

describe('report pages as crawlers and copies make them text', () => {
  it('holds every form of every page the README names', () => {
    expect(pages).toHaveLength(29);
    expect(ZEROS_BLANK).toEqual(['report-2019-split.zeros-blank', 'report-2021-cms.zeros-blank']);
    expect(texts).toHaveLength(27 * FORMS.length + 2 * BLANK_FORMS.length);
    for (const p of pages) for (const f of formsOf(p)) expect(texts, `${p}.${f}`).toContain(`${p}.${f}.txt`);
  });

  describe.each(pages)('%s', (name) => {
    let page: ReportResult;
    it.each(formsOf(name))('as %s reads as its page', async (form) => {
      page ??= await audit(pagePath(name), 'html');
      const text = await audit(`crawled/${name}.${form}.txt`, 'text');
      expect(text.isReport).toBe(true);
      expect([text.year, text.template]).toEqual([page.year, page.template]);
      if (page.title) expect(text.title).toBe(page.title);
      const lost = LOST[`${name}.${form}`];
      const expected = counted(page).filter((f) => !lost?.lost.includes(f));
      expect(counted(text)).toEqual(expected);
      expect(review(text)).toEqual(lost ? [...review(page), ...lost.review].sort() : review(page));
    });
  });
});
