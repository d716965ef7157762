/**
 * Blank cells printed as dashes (—), in the text crawlers make of such a page: its textContent (and BeautifulSoup's
 * get_text, the same) runs the cells together (82135——21859, …禁止公开———————3.危及), and html-to-text's table mode
 * pads them into columns (5      —      —      2      7 …). A dash is a blank cell there as a no-break space is.
 * Before: 901's dashed page as textContent said 表三's row and 表四 missing and four false narrative warnings; as
 * html-to-text's columns, 表四 missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unflattenLine } from '../../lib/grid/flattened';
import { runTogetherTables } from '../../lib/grid/run-together';
import { parseFullHtml } from '../../lib/node';
import { textBlocks } from '../../lib/readers/text';
import { markBlanks, transformed } from '../helpers/table-transforms';
import { saidOfText, tableRows, textLines } from '../helpers/text-blocks';

const P901 = readFileSync(new URL('../fixtures/real/jiangsu-shanghai/901_shanghai-bgt-2019.html', import.meta.url), 'utf8');
const textContent = (html: string) => parseFullHtml(html).body.textContent ?? '';
const said = (text: string) => saidOfText(text, '901.txt');

describe('the textContent of a page whose blank cells are dashes', () => {
  it('reads as the textContent of the page with its blanks empty', () => {
    // its digits run together, their split by the template left undecided where totals fail (review)
    const plain = said(textContent(P901));
    expect(plain).toEqual(['shape:run-together-undecided:active review', 'shape:run-together-undecided:requests review', 'shape:run-together-undecided:appeals review']);
    expect(said(textContent(transformed(P901, markBlanks('—'))))).toEqual(plain);
  });

  it('unflattenLine: each dash run into digits is a blank cell, not a prose dash nor a minus', () => {
    const line = `${'我局认真贯彻落实条例要求——不断完善工作机制。'.repeat(20)}一、本年新收政府信息公开申请数量82135——21859二、上年结转政府信息公开申请数量18—————18三、本年度办理结果（一）予以公开25812——11—（二）部分公开3——————`;
    const out = unflattenLine(line);
    expect(out).toContain('一、本年新收政府信息公开申请数量82135\u00a0\u00a021859');
    expect(out).toContain('二、上年结转政府信息公开申请数量18\u00a0\u00a0\u00a0\u00a0\u00a018');
    // prose's own dash between words stays
    expect(out.some((l) => l.includes('要求——不断'))).toBe(true);
    // a minus stays a minus (行政许可893-183…)
    expect(unflattenLine(`${'我局认真贯彻落实条例要求不断完善工作机制。'.repeat(20)}行政许可893-18312854581其他对外管理服务事项16334+517477300440`).join('|')).toContain('893-183');
  });
});

describe('表四 in html-to-text’s padded columns, its blanks printed —', () => {
  // the real text: 901 through html-to-text 10's table mode (tests/fixtures/crawled/), its 表四 row as the page with its
  // blanks printed — gives it
  const H2T = readFileSync(new URL('../fixtures/crawled/901_shanghai-bgt-2019.h2t-table.txt', import.meta.url), 'utf8');
  const ROW = H2T.split('\n').find((l) => l.startsWith('5 '))!;
  const DASHED = '5      —      —      2      7    8      —      —      1      9    —      —      —      —      —';

  it('reads as the text with its blanks empty, and 表四 whole: its dashes keep the blanks the spaces lost', () => {
    // the page's &nbsp; cells are its no-break spaces
    expect(ROW.replace(/\u00a0/g, '—').trimEnd()).toBe(DASHED);
    // with its blanks empty, 表四's six values could be any of its fifteen columns: undecided, for review
    expect(said(H2T)).toEqual(['shape:run-together-undecided:requests review', 'shape:run-together-undecided:appeals review']);
    // with dashes, 表四 is read, and 均获维持 weighed against its 2 and 1 pending, as on the page
    expect(said(H2T.replace(ROW, DASHED))).toEqual(['narrative:appeals:counts:review.pending', 'shape:run-together-undecided:requests review']);
  });

  it('the row of counts keeps its fifteen cells, dashes among them', () => {
    const lines = ['结果维持   结果纠正   其他结果   尚未审结   总计   结果维持   结果纠正   其他结果   尚未审结   总计', DASHED];
    const rows = tableRows(
      runTogetherTables(textLines('一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0', '四、结转下年度继续办理 0 0 0 0 0 0 0', '行政复议                             行政诉讼', ...lines)),
    );
    expect(rows.at(-1)!.slice(-15)).toEqual(['5', '—', '—', '2', '7', '8', '—', '—', '1', '9', '—', '—', '—', '—', '—']);
  });

  it('a line of dashes alone is no row of digits', () => {
    expect(runTogetherTables(textLines('行政许可', '—      —      —')).filter((b) => b.kind === 'table')).toEqual([]);
  });
});

describe('blank cells printed / and full-width digits, in the same texts', () => {
  it('a slash run into digits is a blank cell as a dash is; a slash alone between digits (a date) is not', () => {
    const prose = '我局认真贯彻落实条例要求不断完善工作机制，发布日期：2020/01/31。'.repeat(12);
    const out = unflattenLine(`${prose}一、本年新收政府信息公开申请数量82135//21859二、上年结转政府信息公开申请数量18/////18三、本年度办理结果（一）予以公开25812//11/（二）部分公开3//////`);
    expect(out).toContain('一、本年新收政府信息公开申请数量82135\u00a0\u00a021859');
    expect(out).toContain('二、上年结转政府信息公开申请数量18\u00a0\u00a0\u00a0\u00a0\u00a018');
    // the blank after 11 ends the line, where its row ends
    expect(out).toContain('（一）予以公开25812\u00a0\u00a011');
    expect(out.some((l) => l.includes('2020/01/31'))).toBe(true);
  });

  it('the textContent of the page with its blanks printed / reads as with —', () => {
    expect(said(textContent(transformed(P901, markBlanks('/'))))).toEqual(said(textContent(transformed(P901, markBlanks('—')))));
  });

  it('a page’s textContent whose table digits are full-width (２１７１００００２１８): its rows are found as with ASCII digits', () => {
    // real: tests/fixtures/crawled/121's textContent (平潭综合实验区商务局 2024), its digits made full-width as a Word
    // document sets them; its lines are the page's markup's, the flattened table broken over indented lines
    const TC = readFileSync(new URL('../fixtures/crawled/121_pingtan-syq-2024.tc.txt', import.meta.url), 'utf8');
    const wide = TC.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(wide).toContain('数量２１７１００００２１８二、');
    expect(said(wide)).toEqual(said(TC));
  });

  it('a browser’s copy: values apart by tabs on one line are a cell each (⇥—⇥—⇥: two blank cells)', () => {
    // real lines: 901 with its blanks printed —, as Chromium's innerText sets a row whose cells hold paragraphs or not
    const ROW = ['一、本年新收政府信息公开申请数量', '', '\t', '', '821', '', '\t', '', '35', '', '\t—\t—\t', '', '2', '', '\t', '', '1', '', '\t', '', '859', '', '', ''];
    const H = ['三、收到和处理政府信息公开申请情况', '', '自然人', '', '\t', '', '法人或其他组织', '', '\t', '', '总计', '', '商业企业', '', '\t', '', '科研机构', '', '\t', '', '社会公益组织', '', '\t', '', '法律服务机构', '', '\t', '', '其他', ''];
    // one cell a line: the table's cells in order, its rows told apart by the mapper
    const cells = tableRows(textBlocks([...H, ...ROW].join('\n'))).flat();
    const at = cells.indexOf('一、本年新收政府信息公开申请数量');
    expect(cells.slice(at + 1)).toEqual(['821', '35', '—', '—', '2', '1', '859']);
  });
});
