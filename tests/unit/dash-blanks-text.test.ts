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
import type { Block, TableBlock, TextBlock } from '../../lib/model';
import { auditText, parseFullHtml } from '../../lib/node';
import { markBlanks, transformed } from '../helpers/table-transforms';

const P901 = readFileSync(new URL('../fixtures/real/jiangsu-shanghai/901_shanghai-bgt-2019.html', import.meta.url), 'utf8');
const textContent = (html: string) => parseFullHtml(html).body.textContent ?? '';
const said = (text: string) =>
  auditText(text, '901.txt')
    .result.findings.filter((f) => f.severity !== 'notice' || f.needsReview)
    .map((f) => `${f.id}${f.needsReview ? ' review' : ''}`);

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
    const blocks: Block[] = ['一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0', '四、结转下年度继续办理 0 0 0 0 0 0 0', '行政复议                             行政诉讼', ...lines].map(
      (text, i) => ({ kind: 'text', text, src: { line: i + 1 } }) satisfies TextBlock,
    );
    const rows = runTogetherTables(blocks)
      .filter((b): b is TableBlock => b.kind === 'table')
      .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(rows.at(-1)!.slice(-15)).toEqual(['5', '—', '—', '2', '7', '8', '—', '—', '1', '9', '—', '—', '—', '—', '—']);
  });

  it('a line of dashes alone is no row of digits', () => {
    const dashes: Block[] = ['行政许可', '—      —      —'].map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }) satisfies TextBlock);
    expect(runTogetherTables(dashes).filter((b) => b.kind === 'table')).toEqual([]);
  });
});
