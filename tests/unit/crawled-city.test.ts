/**
 * What the crawled forms of three real pages outside Fujian showed (tests/fixtures/crawled/90x_*, made by
 * tests/tools/crawled/make-crawled.sh from tests/fixtures/real/jiangsu-shanghai/): each reading at its bounds, on the
 * real lines. 上海市 2020 (906) is a city's report — 表二's figures run to eleven digits and print 本年增/减 with its sign
 * (+5174) and its amount with 元; 上海市人民政府办公厅 2019 (901) leaves cells of 表四 blank (&nbsp;); 沭阳县发改局 2023
 * (904) sets its title twice in a row (the page's title and its heading).
 */
import { describe, expect, it } from 'vitest';
import { joinFlatParagraphs, unflattenLine } from '../../lib/grid/flattened';
import { runTogetherTables } from '../../lib/grid/run-together';
import { detectTextTables } from '../../lib/grid/text-layouts';
import type { PageMeta, TableBlock, TextBlock } from '../../lib/model';
import { findTitle } from '../../lib/page/metadata';
import { looksLikeMarkdown } from '../../lib/text/markdown';
import { tableRows, textLines } from '../helpers/text-blocks';

const lines = textLines;
const rows = tableRows;

// real: 906 as html-to-text's data tables write it (columns padded with spaces)
const PADDED = [
  '第二十条第（五）项',
  '信息内容                     上一年项目数量   本年增/减      处理决定数量',
  '行政许可                     893          -183    12854581',
  '其他对外管理服务事项               16334        +5174   77300440',
  '第二十条第（六）项',
  '信息内容                     上一年项目数量   本年增/减      处理决定数量',
  '行政处罚                     4309         +3      1910752',
  '行政强制                     261          0       304215',
];

describe('本年增/减 printed with its sign, in padded columns', () => {
  it('a row whose value carries + is a row like one with -', () => {
    expect(rows(runTogetherTables(lines(...PADDED)))).toContainEqual(['其他对外管理服务事项', '16334', '+5174', '77300440']);
    expect(rows(runTogetherTables(lines(...PADDED)))).toContainEqual(['行政处罚', '4309', '+3', '1910752']);
  });

  it('a signed value after a row’s number is no next row’s label: the lines are no table flattened into a paragraph', () => {
    // three values each after two spaces or more and a sign: read as rows of html-to-text's default, the lines were
    // joined and cut again (the row under the table glued to its note)
    expect(joinFlatParagraphs(lines(...PADDED)).map((b) => (b as TextBlock).text)).toEqual(PADDED);
    // a label after a value still is (html-to-text's default: 0  0  行政许可 …)
    const flat = lines('规章  0  0  0  规范性文件  1  1  5  行政许可  0  0  0  行政处罚  2  0  3');
    expect(joinFlatParagraphs(flat).length).toBeGreaterThan(1);
  });
});

// real: 906 as textContent gives it (every cell run together on one line)
const ACTIVE_RUN =
  '二、主动公开政府信息情况第二十条第（一）项[1]信息内容本年新   制作数量本年新   公开数量对外公开总数量规章1212287规范性文件5545542804第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可893-18312854581其他对外管理服务事项16334+517477300440第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚4309+31910752行政强制2610304215第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费49-1第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购4727225290916元[1]该项内对外公开总数量为现行有效的数量。';

describe('a city’s 表二 run together', () => {
  const cut = unflattenLine(ACTIVE_RUN, 0);
  it('ten digits or more before 表二’s next row or group do not end the table: every row on a line of its own', () => {
    for (const row of ['规章1212287', '规范性文件5545542804', '行政许可893-18312854581', '其他对外管理服务事项16334+517477300440', '行政处罚4309+31910752', '行政强制2610304215', '行政事业性收费49-1']) {
      expect(cut).toContain(row);
    }
  });
  it('the note’s mark [1] is dropped, and the amount with its 元 ends its row before the note', () => {
    expect(cut).toContain('第二十条第（一）项信息内容');
    const at = cut.indexOf('政府集中采购4727225290916元');
    expect(at).toBeGreaterThan(0);
    expect(cut[at + 1]).toMatch(/^该项内/);
    expect(cut.join('')).not.toContain('[1]');
  });
  it('after ten digits, words that are no row of 表二 still end the table (表四’s counts, then the text)', () => {
    expect(unflattenLine('四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持总计000000000000000我局严格规范办理行政复议案件，全年无败诉。', 0)).toContain('我局严格规范办理行政复议案件，全年无败诉。');
  });
});

describe('cells holding only &nbsp; in a text of one cell a line', () => {
  const HEAD = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const VALUES = ['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', ''];
  const cellsOf = (texts: string[]) => {
    const [t] = detectTextTables(lines(...texts)).filter((b): b is TableBlock => b.kind === 'table');
    return t!.rows.flatMap((r) => r.cells.map((c) => c.text));
  };
  // each cell a paragraph, a blank line between: a browser's copy (the &nbsp; a space, cells of a row apart by tabs)
  const between = (xs: string[]) => xs.flatMap((x) => [x, '']);
  it('a browser’s copy: a line of spaces between tabs holds as many empty cells', () => {
    const body = between([...HEAD, '5', ' \t \t', '2', '7', '8', ' \t \t', '1', '9', ' \t \t \t \t ']);
    expect(cellsOf(['四、政府信息公开行政复议、行政诉讼情况', '', ...body, '五、存在的主要问题'])).toEqual([...HEAD, ...VALUES]);
  });
  it('html-to-text and Resiliparse: the no-break spaces of cells side by side on one line, one a cell', () => {
    const body = between([...HEAD, '5', '\u00a0\u00a0', '2', '7', '8', '\u00a0\u00a0', '1', '9', '\u00a0'.repeat(5)]);
    expect(cellsOf(['四、政府信息公开行政复议、行政诉讼情况', '', ...body, '五、存在的主要问题'])).toEqual([...HEAD, ...VALUES]);
  });
  it('get_text’s lines: a line of &nbsp; a cell, kept at the table’s end', () => {
    const body = [...HEAD, '5', '\u00a0', '\u00a0', '2', '7', '8', '\u00a0', '\u00a0', '1', '9', '\u00a0', '\u00a0', '\u00a0', '\u00a0', '\u00a0'];
    expect(cellsOf(['四、政府信息公开行政复议、行政诉讼情况', ...body, '五、存在的主要问题'])).toEqual([...HEAD, ...VALUES]);
  });
  it('a tab alone, or spaces alone, is a blank line like an empty one', () => {
    const read = (blank: string) => cellsOf(['四、政府信息公开行政复议、行政诉讼情况', '', ...between([...HEAD, '5', blank, '2', blank, '7']), '五、存在的主要问题']);
    expect(read('\t')).toEqual(read(''));
    expect(read('   ')).toEqual(read(''));
    expect(read(' \t ')).not.toEqual(read(''));
  });
});

describe('node-html-markdown’s table rule with empty columns', () => {
  it('is a rule: two cells of dashes, then empty cells', () => {
    expect(looksLikeMarkdown('| 行政复议 | 行政诉讼 |      |  |\n| ---- | ---- | -- |  |  |\n')).toBe(true);
  });
  it('a rule needs two cells of dashes: one, or empty cells alone, is none', () => {
    expect(looksLikeMarkdown('| 行政复议 |\n| ---- |  |  |\n')).toBe(false);
    expect(looksLikeMarkdown('| 行政复议 |\n|  |  |\n')).toBe(false);
  });
});

describe('a title set twice in a row (the page’s title and its heading, run together)', () => {
  const title = (...texts: string[]) => findTitle(lines(...texts), [], {} as PageMeta)?.value ?? null;
  it('is read once', () => {
    expect(title('沭阳县发展和改革局2023年政府信息公开年度报告沭阳县发展和改革局2023年政府信息公开年度报告', '正文。')).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(title('某某局2023年政府信息公开工作年度报告 某某局2023年政府信息公开工作年度报告')).toBe('某某局2023年政府信息公开工作年度报告');
  });
  it('two different titles, or a title with more after it, stay as they are', () => {
    expect(title('某某局2023年政府信息公开工作年度报告某某局2022年政府信息公开工作年度报告')).toBe('某某局2023年政府信息公开工作年度报告某某局2022年政府信息公开工作年度报告');
  });
});
