/**
 * A city's figures grouped by thousands (26,954 · 12,854,581), in the text crawlers make of its page: html-to-text's
 * padded columns and BeautifulSoup's lines, a cell a line. Before: the padded rows of 表二 went unread (five rows said
 * missing) and every row of 表三 whose first value held a comma took that value into its label (26,954 read as the
 * rest of 一、本年新收…数量), its six errors lost. Real texts: 上海市 2020 (tests/fixtures/crawled/906_*), its numbers
 * grouped as its page would print them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowLabel } from '../../lib/grid/label-text';
import { runTogetherTables } from '../../lib/grid/run-together';
import { saidOfText, tableRows, textLines } from '../helpers/text-blocks';

const crawled = (form: string) => readFileSync(new URL(`../fixtures/crawled/906_shanghai-city-2020.${form}.txt`, import.meta.url), 'utf8');
const group = (n: string) => Number(n).toLocaleString('en-US');
const said = (text: string) => saidOfText(text, '906.txt');
const PAGE = [
  'row-total:requests:new:total',
  'balance:requests:result.total:natural',
  'balance:requests:result.total:business',
  'balance:requests:result.total:research',
  'balance:requests:result.total:public_interest',
  'balance:requests:result.total:legal_service',
];

describe('numbers grouped by thousands in crawled text', () => {
  it('html-to-text’s padded columns: each row’s numbers grouped, the rows read as before', () => {
    const text = crawled('h2t-table');
    // a table's line: numbers two spaces or more apart
    const grouped = text
      .split('\n')
      .map((l) => (/\d\s{2,}[-+]?\d/.test(l) ? l.replace(/(?<=^|\s)\d{4,}(?=\s|$)/g, group) : l))
      .join('\n');
    expect(grouped).toContain('12,854,581');
    expect(grouped).toContain('26,954');
    expect(said(text)).toEqual(PAGE);
    expect(said(grouped)).toEqual(PAGE);
  });

  it('a cell a line (BeautifulSoup’s get_text with line breaks): a line of a grouped number is a value, not a label’s rest', () => {
    const text = crawled('bs4-nl');
    const grouped = text.replace(/^\d{4,}$/gm, group);
    expect(grouped).toMatch(/^26,954$/m);
    expect(said(text)).toEqual(PAGE);
    expect(said(grouped)).toEqual(PAGE);
  });

  it('rowLabel: a line of a grouped number holds no label; a row’s label before grouped values is its label', () => {
    expect(rowLabel('26,954')).toBe('');
    expect(rowLabel('一、本年新收政府信息公开申请数量   26,954   1,718   13')).toBe('一、本年新收政府信息公开申请数量');
  });

  it('a row’s run of values: a comma before three digits groups a number; other commas end the run', () => {
    const lines = ['规章                       12        12         287', '规范性文件                    554       554        2,804', '行政许可                     893          -183    12,854,581', '行政处罚                     4,309          +3      1,910,752'];
    const rows = tableRows(runTogetherTables(textLines(...lines)));
    expect(rows).toEqual([
      ['规章', '12', '12', '287'],
      ['规范性文件', '554', '554', '2,804'],
      ['行政许可', '893', '-183', '12,854,581'],
      ['行政处罚', '4,309', '+3', '1,910,752'],
    ]);
    // 1,71 is no grouped number: no row of values
    const last = tableRows(runTogetherTables(textLines(...lines.slice(0, 3), '行政处罚                     4,31'))).at(-1);
    expect(last).not.toEqual(['行政处罚', '4,31']);
  });
});
