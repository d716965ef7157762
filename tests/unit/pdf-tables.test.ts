/**
 * A PDF table region as rows of cells, asked directly on lines made by hand: words that read as values set
 * among the labels, labels a cell wrapped or set a few characters a line, column labels, values placed under
 * the header's columns (a blank where a column has none), where each cell stands on its page.
 */
import { describe, expect, it } from 'vitest';
import { overlap } from '../../lib/readers/pdf-lines';
import { ORDINAL_START, boxOf, cellValue, isColumnLabel, labelCells, labelRestOnTop, labelUnderPage, markCut, markLabelWords, numbersWrappedAround, cellsAtTwoHeights, onGrid, regionRows, splitLabelValues } from '../../lib/readers/pdf-tables';
import type { TableBlock } from '../../lib/model';
import { leafLabel } from '../../lib/readers/pdf-blank-rows';
import type { Chunk, Line } from '../../lib/readers/pdf-lines';

let n = 0;
const chunk = (text: string, x0: number, x1: number, y: number, size = 10): Chunk => ({ text, x0, x1, y, size, line: 0 });
/** A line at y of chunks [text, x0, x1]. */
const line = (y: number, chunks: [string, number, number][], size = 10): Line => {
  const no = ++n;
  return { y, size, n: no, chunks: chunks.map(([text, x0, x1]) => ({ ...chunk(text, x0, x1, y, size), line: no })) };
};
const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

describe('markLabelWords', () => {
  it('marks words that read as values left of every number as a label’s characters', () => {
    const lines = [line(500, [['无', 10, 20], ['12', 200, 210]]), line(488, [['—', 190, 194.9], ['3', 205, 215]]), line(476, [['无', 10, 20], ['—', 300, 310]])];
    markLabelWords(lines);
    expect(lines.map((l) => l.chunks.map((c) => !!c.label))).toEqual([[true, false], [true, false], [true, false]]);
  });

  it('leaves a word within half its size of the first number, numbers, and every word where there is no number', () => {
    const near = [line(500, [['无', 190, 195.1], ['12', 200, 210]]), line(488, [['—', 190, 195], ['3', 205, 215]])];
    markLabelWords(near);
    expect(near.map((l) => l.chunks.map((c) => !!c.label))).toEqual([[false, false], [false, false]]);
    const none = [line(500, [['无', 10, 20], ['—', 200, 210]])];
    markLabelWords(none);
    expect(none[0]!.chunks.map((c) => !!c.label)).toEqual([false, false]);
  });

  it('a chunk marked is no cell value', () => {
    expect(cellValue(chunk('12', 0, 1, 0))).toBe(true);
    expect(cellValue(chunk('—', 0, 1, 0))).toBe(true);
    expect(cellValue({ ...chunk('无', 0, 1, 0), label: true })).toBe(false);
    expect(cellValue(chunk('规章', 0, 1, 0))).toBe(false);
  });
});

describe('ORDINAL_START and overlap', () => {
  it('ORDINAL_START: an item’s number opens the label', () => {
    // （三 alone: a column a character or two wide broke the number
    for (const s of ['5.属于国家秘密', '12、其他', '5．重复申请', '（三）不予公开', '(十二)其他', '四、结转', '十一、其他', '（三', '(十二']) expect(ORDINAL_START.test(s), s).toBe(true);
    for (const s of ['5.5', '123.属于', '属于国家秘密', '（三不予', '三不予']) expect(ORDINAL_START.test(s), s).toBe(false);
  });

  it('overlap: by half the narrower chunk', () => {
    expect(overlap({ x0: 0, x1: 10 }, { x0: 5, x1: 20 })).toBe(true);
    expect(overlap({ x0: 0, x1: 10 }, { x0: 5.1, x1: 20 })).toBe(false);
    expect(overlap({ x0: 0, x1: 100 }, { x0: 40, x1: 50 })).toBe(true);
    expect(overlap({ x0: 40, x1: 50 }, { x0: 0, x1: 44.9 })).toBe(false);
    // the narrower is the first: its width, not where it stands
    expect(overlap({ x0: 40, x1: 50 }, { x0: 45, x1: 200 })).toBe(true);
  });
});

describe('labelCells', () => {
  it('joins a label the cell wrapped onto the next line, widening the cell', () => {
    const cells = labelCells([line(500, [['（二）部分公开（区分处理', 10, 100]]), line(488, [['的，只计这一情形）', 5, 110]])]);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ text: '（二）部分公开（区分处理的，只计这一情形）', x0: 5, x1: 110, top: 500, bottom: 488, size: 10 });
  });

  it('the label column’s head (信息内容) starts a cell under a group’s title, and takes no row label under it', () => {
    const cells = labelCells([
      line(427.7, [['第二十条第（一）项', 72, 180]], 12),
      line(409.3, [['信息内容', 72, 120], ['本年制发件数', 171, 243]], 12),
      line(391, [['规章', 72, 96], ['2', 171, 178]], 12),
    ]);
    expect(cells.map((c) => c.text)).toEqual(['第二十条第（一）项', '信息内容', '本年制发件数', '规章']);
  });

  it('a group’s number broken by a narrow column (（二 / ）部分…) starts a cell under the group above', () => {
    const lines = [line(440.5, [['以公', 112, 136]], 12), line(426.5, [['开', 112, 124]], 12), line(412.5, [['（二', 112, 136]], 12), line(398.5, [['）部', 112, 136]], 12)];
    expect(labelCells(lines).map((c) => c.text)).toEqual(['以公开', '（二）部']);
  });

  it('between half a line and 1.6 lines below, no more, no less', () => {
    expect(labelCells([line(500, [['本年新收', 10, 50]]), line(484, [['申请数量', 10, 50]])])).toHaveLength(1);
    expect(labelCells([line(500, [['本年新收', 10, 50]]), line(483.9, [['申请数量', 10, 50]])])).toHaveLength(2);
    expect(labelCells([line(500, [['本年新收', 10, 50]]), line(495, [['申请数量', 10, 50]])])).toHaveLength(2);
    expect(labelCells([line(500, [['本年新收', 10, 50]]), line(494.9, [['申请数量', 10, 50]])])).toHaveLength(1);
  });

  it('keeps apart a label that opens with an item’s number, or stands in another column', () => {
    expect(labelCells([line(500, [['（二）部分公开', 10, 100]]), line(488, [['（三）不予公开', 10, 100]])]).map((c) => c.text)).toEqual(['（二）部分公开', '（三）不予公开']);
    expect(labelCells([line(500, [['自然人', 10, 40]]), line(488, [['商业企业', 100, 140]])]).map((c) => c.text)).toEqual(['自然人', '商业企业']);
  });

  it('beside values on both lines: two rows’ labels, unless both are a few characters of one tall cell', () => {
    const rows = labelCells([line(500, [['规章', 10, 50], ['1', 200, 210]]), line(488, [['规范性文件', 10, 60], ['2', 200, 210]])]);
    expect(rows.map((c) => c.text)).toEqual(['规章', '规范性文件']);
    const tall = labelCells([line(500, [['三、', 10, 30], ['1', 200, 210]]), line(488, [['本年度', 10, 30], ['2', 200, 210]]), line(476, [['办理结', 10, 30], ['3', 200, 210]])]);
    expect(tall.map((c) => c.text)).toEqual(['三、本年度办理结']);
    const four = labelCells([line(500, [['三、', 10, 30], ['1', 200, 210]]), line(488, [['本年度办', 10, 30], ['2', 200, 210]])]);
    expect(four.map((c) => c.text)).toEqual(['三、', '本年度办']);
  });

  it('the rest of a row’s label under its line of values: up to 1.8 lines below (the first line set taller), not further', () => {
    // 1.申请人无正当理由逾 beside its values; its rest on the lines under it, the first 19.9 points below at 12 points
    const rows = (gap: number) =>
      labelCells([
        line(500, [['1.申请人无正当理由逾', 150, 270], ['0', 300, 308], ['0', 340, 348]], 12),
        line(500 - gap, [['期不补正、行政机关不', 150, 270]], 12),
        line(500 - gap - 17.2, [['再处理其政府信息公开申请', 150, 270]], 12),
      ]).map((c) => c.text);
    expect(rows(19.9)).toEqual(['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
    expect(rows(21.55)).toEqual(['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
    expect(rows(21.7)).toEqual(['1.申请人无正当理由逾', '期不补正、行政机关不再处理其政府信息公开申请']);
  });

  it('a label at double spacing, its values on its middle line: three lines, one cell (a WPS PDF, 淮安市人民政府 2024)', () => {
    // 7.5-point type, 15 points a line: 1、… / 正、… 67 3 0 0 1 0 71 / 息公开申请; then item 2 the same way, a group's label
    // (他处理) in the column to the left between its lines
    const v = (n: string, x: number): [string, number, number] => [n, x, x + 8];
    const lines = [
      line(565.4, [['1、申请人无正当理由逾期不补', 143, 250]], 7.5),
      line(550.4, [['正、行政机关不再处理其政府信', 143, 250], v('67', 264), v('3', 302), v('71', 500)], 7.5),
      line(535.4, [['息公开申请', 143, 190]], 7.5),
      line(508.7, [['2、申请人逾期未按收费通知要', 143, 250]], 7.5),
      line(501.3, [['他处理', 101, 125]], 7.5),
      line(493.7, [['求缴纳费用、行政机关不再处理', 143, 250], v('6', 266), v('6', 502)], 7.5),
      line(478.7, [['其政府信息公开申请', 143, 220]], 7.5),
    ];
    expect(labelCells(lines).map((c) => c.text)).toEqual([
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '他处理',
    ]);
    // past 2.1 lines, or a line of values between, or the line after at another pitch: apart
    const apart = (gap: number, after = gap) =>
      labelCells([line(500, [['1、申请人无正当理由逾期不补', 143, 250]], 7.5), line(500 - gap, [['正、行政机关不再处理其政府信', 143, 250], v('67', 264)], 7.5), line(500 - gap - after, [['息公开申请', 143, 190]], 7.5)]).length;
    expect([apart(15), apart(15.75), apart(15.8), apart(15, 17), apart(12.5, 15.5), apart(12.5, 13.9)]).toEqual([1, 1, 3, 2, 2, 1]);
    // the line after at that pitch but right over a line of values: the start of the next row's label, set around them
    const next = labelCells([
      line(500, [['1、申请人无正当理由逾期不补', 143, 250]], 7.5),
      line(485, [['正、行政机关不再处理其政府信', 143, 250], v('67', 264)], 7.5),
      line(470, [['申请人逾期未按收费通知要', 143, 250]], 7.5),
      line(463, [v('6', 266)], 7.5),
    ]);
    expect(next.map((c) => c.text)).toEqual(['1、申请人无正当理由逾期不补正、行政机关不再处理其政府信', '申请人逾期未按收费通知要']);
    const between = labelCells([line(500, [['1、申请人无正当理由逾期不补', 143, 250]], 7.5), line(492, [v('5', 264)], 7.5), line(485, [['正、行政机关不再处理其政府信', 143, 250], v('67', 264)], 7.5)]);
    expect(between.map((c) => c.text)).toEqual(['1、申请人无正当理由逾期不补', '正、行政机关不再处理其政府信']);
  });

  it('that far only under a line of values, for a chunk on a line of none, never one set around values below it', () => {
    const at = (above: [string, number, number][], below: [string, number, number][], after: Line[] = []) =>
      labelCells([line(500, above, 12), line(480.1, below, 12), ...after]).map((c) => c.text);
    // the line above has no values: 19.9 points is past 1.6 lines
    expect(at([['2.其他法律行政法规禁止公', 150, 270]], [['开', 200, 212]])).toEqual(['2.其他法律行政法规禁止公', '开']);
    // the chunk's line has values: a row of its own (though both labels are a few characters of one tall cell)
    expect(at([['2.其他法律行政法规禁止公', 150, 270], ['0', 300, 308]], [['开', 200, 212], ['1', 300, 308]])).toEqual(['2.其他法律行政法规禁止公', '开']);
    expect(at([['三、', 150, 170], ['0', 300, 308]], [['本年', 150, 170], ['1', 300, 308]])).toEqual(['三、', '本年']);
    // values right under the chunk (within 1.6 lines): it starts the next row's label, set around them
    const next = line(461, [['0', 300, 308]], 12);
    expect(at([['2.其他法律行政法规禁止公', 150, 270], ['0', 300, 308]], [['开', 200, 212]], [next])).toEqual(['2.其他法律行政法规禁止公', '开']);
    const far = line(460.8, [['0', 300, 308]], 12);
    expect(at([['2.其他法律行政法规禁止公', 150, 270], ['0', 300, 308]], [['开', 200, 212]], [far])).toEqual(['2.其他法律行政法规禁止公开']);
  });

  it('that far, a chunk that is a label of its own only as an item’s words under an item’s number cut before its words', () => {
    const at = (above: string, below: string) =>
      labelCells([line(500, [[above, 150, 270], ['0', 300, 308]], 12), line(480.1, [[below, 150, 270]], 12)]).map((c) => c.text);
    expect(at('1.申请人无正当理由逾', '期不补正、行政机关不')).toEqual(['1.申请人无正当理由逾期不补正、行政机关不']);
    // the label above already has its words, or is no numbered item: the chunk is a label of its own
    expect(at('1.信访举报投诉类申请', '期不补正、行政机关不')).toEqual(['1.信访举报投诉类申请', '期不补正、行政机关不']);
    expect(at('申请人无正当理由逾', '期不补正、行政机关不')).toEqual(['申请人无正当理由逾', '期不补正、行政机关不']);
    // a row's label, or an item with its number, is never the rest of the one above
    expect(at('1.申请人无正当理由逾', '行政处罚')).toEqual(['1.申请人无正当理由逾', '行政处罚']);
    expect(at('1.申请人无正当理由逾', '2.申请人逾期未按收费')).toEqual(['1.申请人无正当理由逾', '2.申请人逾期未按收费']);
    expect(at('1.申请人无正当理由逾', '（六）其他处理')).toEqual(['1.申请人无正当理由逾', '（六）其他处理']);
    expect(at('规章', '行政处罚')).toEqual(['规章', '行政处罚']);
    // not a label of the template: the rest, whatever the label above
    expect(at('规章', '（续）')).toEqual(['规章（续）']);
  });

  it('a cell once beside values or once long stays so as it grows', () => {
    // 本年 (short, no values) + 新收申请 (beside values): one cell, now long and beside values; 数量 beside values does not join it
    const cells = labelCells([line(500, [['本年', 10, 40]]), line(488, [['新收申请', 10, 40], ['1', 200, 210]]), line(476, [['数量', 10, 40], ['2', 200, 210]])]);
    expect(cells.map((c) => c.text)).toEqual(['本年新收申请', '数量']);
  });
});

describe('isColumnLabel', () => {
  it('a leaf of a header: 表二’s columns, 表三’s applicants, 表四’s results, 其他 and 总计', () => {
    for (const s of ['本年新制作数量', '采购总金额（万元）', '自然人', '商业企业', '结果维持', '其他', '总计']) expect(isColumnLabel(s), s).toBe(true);
  });

  it('not a row, a header over other columns, or no label', () => {
    for (const s of ['规章', '申请人情况', '法人或其他组织', '行政复议', '未经复议直接起诉', '一、本年新收政府信息公开申请数量', 'xyz']) expect(isColumnLabel(s), s).toBe(false);
  });
});

describe('where a cell stands', () => {
  it('boxOf: x0, y0 a quarter of the size under the baseline, x1, y1 0.9 of it over the top, to a tenth', () => {
    expect(boxOf(10.04, 20.06, 500, 488, 10)).toEqual([10, 485.5, 20.1, 509]);
    expect(boxOf(0, 1, 100, 100, 12)).toEqual([0, 97, 1, 110.8]);
  });
});

describe('onGrid', () => {
  const grid = [100, 200, 300];
  it('puts each value under its nearest column and a blank where a column has none, on the row’s line', () => {
    const l = line(500, [['1', 95, 101], ['3', 302, 308]]);
    const cells = onGrid(l.chunks, grid, 2);
    expect(cells.map((c) => c.text)).toEqual(['1', '', '3']);
    expect(cells[1]!.src).toEqual({ page: 2, line: l.n, box: [190, 497.5, 210, 509] });
    expect(cells[0]!.src).toEqual({ page: 2, line: l.n, box: [95, 497.5, 101, 509] });
  });

  it('keeps two values of one column, in order, and values past the last column in the last', () => {
    const l = line(500, [['1', 95, 101], ['2', 110, 115], ['9', 500, 505]]);
    expect(onGrid(l.chunks, grid, 1).map((c) => c.text)).toEqual(['1', '2', '', '9']);
  });

  it('a value midway between two columns goes to the first', () => {
    expect(onGrid(line(500, [['7', 147, 153]]).chunks, [100, 200], 1).map((c) => c.text)).toEqual(['7', '']);
  });

  it('numbers a space apart over as many columns: a cell each; within one column, one number', () => {
    const run = (text: string, x0: number, x1: number) => line(500, [[text, x0, x1]]).chunks;
    expect(onGrid(run('17 246', 180, 300), grid, 1).map((c) => c.text)).toEqual(['', '17', '246']);
    expect(onGrid(run('1 246', 280, 320), grid, 1).map((c) => c.text)).toEqual(['', '', '1 246']);
  });

  it('a row of no values: a blank in each column', () => {
    expect(onGrid([], grid, 1).map((c) => [c.text, c.src.line, c.src.box])).toEqual([
      ['', 0, [90, -2.5, 110, 9]],
      ['', 0, [190, -2.5, 210, 9]],
      ['', 0, [290, -2.5, 310, 9]],
    ]);
  });
});

describe('regionRows', () => {
  /** 表三's header over one row of values whose 法人 column is blank. */
  const header = () => line(700, [['自然人', 200, 230], ['商业企业', 280, 320], ['总计', 380, 400]]);
  const data = () => line(680, [['一、本年新收政府信息公开申请数量', 10, 150], ['1', 212, 218], ['3', 386, 394]]);

  it('a header row, then a row of values under its columns, a blank where one has none', () => {
    const { rows, grid, headerKeys } = regionRows({ lines: [header(), data()], page: 3 }, null);
    expect(texts(rows)).toEqual([['自然人', '商业企业', '总计'], ['一、本年新收政府信息公开申请数量', '1', '', '3']]);
    expect(grid).toEqual([215, 300, 390]);
    expect(headerKeys).toEqual(['自然人|商业企业|总计']);
    expect(rows[1]!.cells[0]!.src).toMatchObject({ page: 3 });
  });

  it('a row whose values print at two heights beside its wrapped label: one row; rows of their own stay apart', () => {
    const wrapped = [
      line(535, [['2.其他法律行政法规禁止公', 10, 150], ['3', 386, 394]]),
      line(524, [['1', 212, 218], ['2', 292, 298]]),
      line(514, [['开', 10, 20]]),
    ];
    expect(texts(regionRows({ lines: [header(), ...wrapped], page: 1 }, null).rows)).toEqual([
      ['自然人', '商业企业', '总计'],
      // the values in one row; the label's lines further apart than a wrap is read, beside no value line: left apart,
      // so the mapping says the row cannot be read rather than read it with a wrong label
      ['2.其他法律行政法规禁止公'],
      ['1', '2', '3'],
      ['开'],
    ]);
    // a line apart, or the same columns: two rows
    const apart = [line(535, [['一、甲类申请', 10, 150], ['3', 386, 394]]), line(520, [['二、乙类申请', 10, 150], ['1', 212, 218], ['2', 292, 298]])];
    expect(texts(regionRows({ lines: [header(), ...apart], page: 1 }, null).rows)).toEqual([['自然人', '商业企业', '总计'], ['一、甲类申请', '', '', '3'], ['二、乙类申请', '1', '2', '']]);
    const same = [line(535, [['一、甲类申请', 10, 150], ['3', 386, 394]]), line(526, [['二、乙类申请', 10, 150], ['1', 382, 390]])];
    expect(texts(regionRows({ lines: [header(), ...same], page: 1 }, null).rows)).toEqual([['自然人', '商业企业', '总计'], ['一、甲类申请', '', '', '3'], ['二、乙类申请', '', '', '1']]);
  });

  it('without a header, the grid of the page before, else the values as they stand', () => {
    expect(texts(regionRows({ lines: [data()], page: 1 }, [215, 300, 390]).rows)).toEqual([['一、本年新收政府信息公开申请数量', '1', '', '3']]);
    const alone = regionRows({ lines: [data()], page: 1 }, null);
    expect([texts(alone.rows), alone.grid, alone.headerKeys]).toEqual([[['一、本年新收政府信息公开申请数量', '1', '3']], null, []]);
  });

  it('without a grid, the values before one the page’s edge cut (markCut)', () => {
    const cut = line(680, [['一、本年新收政府信息公开申请数量', 10, 150], ['1', 212, 218], ['3', 386, 394], ['21', 588, 600]]);
    markCut([cut], 595);
    expect(texts(regionRows({ lines: [cut], page: 1 }, null).rows)).toEqual([['一、本年新收政府信息公开申请数量', '1', '3']]);
  });

  it('a header at the region’s end gives the grid for what follows', () => {
    const low = line(600, [['自然人', 200, 230], ['商业企业', 280, 320], ['总计', 380, 400]]);
    const r = regionRows({ lines: [data(), low], page: 1 }, null);
    expect([texts(r.rows), r.grid]).toEqual([[['一、本年新收政府信息公开申请数量', '1', '3'], ['自然人', '商业企业', '总计']], [215, 300, 390]]);
  });

  it('a header row’s cells in the order they stand, though their lines differ a little', () => {
    const r = regionRows({ lines: [line(700, [['商业企业', 280, 320]]), line(698, [['自然人', 200, 230]]), data()], page: 1 }, null);
    expect([texts(r.rows)[0], r.grid]).toEqual([['自然人', '商业企业'], [215, 300]]);
  });

  it('a row stands where its label starts, above a header its values are printed under', () => {
    const lines = [
      line(702, [['一、本年新收政府', 10, 150]]),
      line(700.5, [['自然人', 200, 230], ['商业企业', 280, 320], ['总计', 380, 400]]),
      line(690, [['信息公开申请数量', 10, 150], ['1', 212, 218], ['3', 386, 394]]),
    ];
    expect(texts(regionRows({ lines, page: 1 }, null).rows)).toEqual([['一、本年新收政府信息公开申请数量', '1', '3'], ['自然人', '商业企业', '总计']]);
  });

  it('header cells within a third of a line of one another are one header row; further apart, two', () => {
    const h = line(700, [['自然人', 200, 230], ['商业企业', 280, 320]]);
    const lower = line(696.5, [['总计', 380, 400]]);
    expect(texts(regionRows({ lines: [h, lower, data()], page: 1 }, null).rows)[0]).toEqual(['自然人', '商业企业', '总计']);
    const h2 = line(700, [['自然人', 200, 230], ['商业企业', 280, 320]]);
    const apart = line(696.4, [['总计', 380, 400]]);
    expect(texts(regionRows({ lines: [h2, apart, data()], page: 1 }, null).rows).slice(0, 2)).toEqual([['自然人', '商业企业'], ['总计']]);
  });

  it('a label spanning two rows of values goes with the one nearer its middle', () => {
    const lines = [
      line(690, [['（三）不予', 10, 60]]),
      line(688, [['1.属于国家秘密', 80, 150], ['0', 212, 218]]),
      line(678, [['公开', 10, 40]]),
      line(676, [['2.其他法律行政法规禁止公开', 80, 150], ['1', 212, 218]]),
    ];
    expect(texts(regionRows({ lines, page: 1 }, null).rows)).toEqual([['（三）不予公开', '1.属于国家秘密', '0'], ['2.其他法律行政法规禁止公开', '1']]);
  });

  it('a label spanning two rows of values: nearer the second, it goes with the second; midway, with the first', () => {
    const values = () => [line(688, [['0', 212, 218]]), line(676, [['1', 212, 218]])];
    const nearer = [line(686, [['（三）不予', 10, 60]]), line(674, [['公开', 10, 40]]), ...values()];
    expect(texts(regionRows({ lines: nearer, page: 1 }, null).rows)).toEqual([['0'], ['（三）不予公开', '1']]);
    const midway = [line(689, [['（三）不予', 10, 60]]), line(675, [['公开', 10, 40]]), ...values()];
    expect(texts(regionRows({ lines: midway, page: 1 }, null).rows)).toEqual([['（三）不予公开', '0'], ['1']]);
  });

  it('header rows at the region’s end: the grid for what follows, their columns in the order they stand', () => {
    const r = regionRows({ lines: [data(), line(600, [['总计', 380, 400]]), line(596.4, [['自然人', 200, 230]])], page: 1 }, null);
    expect(texts(r.rows).slice(1)).toEqual([['总计'], ['自然人']]);
    expect(r.grid).toEqual([215, 390]);
  });

  it('a row’s labels in the order they stand, left to right, whichever line each starts on', () => {
    const lines = [line(682, [['（区分处理的）', 80, 150]]), line(680, [['2', 212, 218]]), line(678, [['规章', 10, 50]])];
    expect(texts(regionRows({ lines, page: 1 }, null).rows)).toEqual([['规章', '（区分处理的）', '2']]);
  });

  it('a label within 0.6 of a line of a row of values goes with it; further, it heads the rows', () => {
    const near = line(686, [['规章', 10, 50]]);
    const far = line(686.1, [['规章', 10, 50]]);
    const values = () => line(680, [['2', 212, 218]]);
    expect(texts(regionRows({ lines: [near, values()], page: 1 }, null).rows)).toEqual([['规章', '2']]);
    expect(texts(regionRows({ lines: [far, values()], page: 1 }, null).rows)).toEqual([['规章'], ['2']]);
    // below the values, likewise
    expect(texts(regionRows({ lines: [values(), line(674, [['规章', 10, 50]])], page: 1 }, null).rows)).toEqual([['规章', '2']]);
    expect(texts(regionRows({ lines: [values(), line(673.9, [['规章', 10, 50]])], page: 1 }, null).rows)).toEqual([['2'], ['规章']]);
  });
});

describe('a table squeezed into the printed page', () => {
  const cellTexts = (lines: Line[]) => labelCells(lines).map((c) => c.text);

  it('splitLabelValues: a row label with its first value run onto its end is two chunks, the value where its digits stand', () => {
    const l = line(390, [['行政规范性文件0', 36, 130], ['12', 198, 211]]);
    splitLabelValues([l]);
    expect(l.chunks.map((c) => [c.text, Math.round(c.x0 * 10) / 10, Math.round(c.x1 * 10) / 10])).toEqual([
      ['行政规范性文件', 36, 123.7],
      ['0', 123.7, 130],
      ['12', 198, 211],
    ]);
    const fee = line(180, [['行政事业性收费4.47', 36, 146]]);
    splitLabelValues([fee]);
    expect(fee.chunks.map((c) => c.text)).toEqual(['行政事业性收费', '4.47']);
    // a region's rows are read so
    expect(texts(regionRows({ lines: [line(400, [['规章', 66, 90], ['2', 123, 130], ['0', 198, 205]]), line(390, [['行政规范性文件0', 36, 130], ['12', 198, 211]])], page: 1 }, null).rows)).toEqual([
      ['规章', '2', '0'],
      ['行政规范性文件', '0', '12'],
    ]);
    const total = line(180, [['（七）总计32', 36, 146]]);
    splitLabelValues([total]);
    expect(total.chunks.map((c) => c.text)).toEqual(['（七）总计', '32']);
  });

  it('splitLabelValues: a group that is one row (予以公开, 部分公开), its label cut at a comma by its cell’s wrap', () => {
    for (const [text, label, value] of [['（二）部分公开（区分处理的，9', '（二）部分公开（区分处理的，', '9'], ['（一）予以公开12', '（一）予以公开', '12']]) {
      const l = line(390, [[text, 100, 300]]);
      splitLabelValues([l]);
      expect(l.chunks.map((c) => c.text), text).toEqual([label, value]);
    }
  });

  it('splitLabelValues: no row label before the digits, or a group’s label: left whole', () => {
    for (const text of ['统计期限至2022年12', '第二十条第（一）项', '本机关共收到12', '（三）不予公开4', '属于国家秘密']) {
      const l = line(390, [[text, 36, 200]]);
      splitLabelValues([l]);
      expect(l.chunks.map((c) => c.text), text).toEqual([text]);
    }
  });

  it('labelCells: the label column’s word on the header’s line is the header’s, not the start of the row below', () => {
    const lines = [
      line(553, [['信息内容', 93, 125], ['本年制发件数', 227, 275], ['本年废止件数', 358, 406]], 8),
      line(541.7, [['规章', 101, 117], ['0', 248, 253], ['0', 380, 385]], 8),
    ];
    expect(cellTexts(lines)).toEqual(['信息内容', '本年制发件数', '本年废止件数', '规章']);
    // 信息内容 is the label column's header wherever it stands: alone on its line, or beside column labels run
    // together into one text (本年制发件数本年废止件数…, a header squeezed by LibreOffice), never the start of 规章
    const plain = [line(553, [['信息内容', 93, 125]], 8), line(541.7, [['规章', 101, 117], ['0', 248, 253]], 8)];
    expect(cellTexts(plain)).toEqual(['信息内容', '规章']);
    const runTogether = [
      line(494.6, [['信息内容', 78, 126], ['本年制发件数本年废止件数现行有效件数', 150, 377]], 12),
      line(475.6, [['规章', 90, 114], ['2', 148, 156], ['0', 226, 233], ['15', 303, 318]], 12),
    ];
    expect(cellTexts(runTogether)).toEqual(['信息内容', '本年制发件数本年废止件数现行有效件数', '规章']);
    // a row's label of 表二 on a line of no values is no header: the label below it goes on with it
    expect(cellTexts([line(553, [['行政许可', 93, 125]], 8), line(541.7, [['（含备案）', 93, 125], ['0', 248, 253]], 8)])).toEqual(['行政许可（含备案）']);
    // another word on a line of no values stays the start of the label below (本年 / 新收申请)
    expect(cellTexts([line(553, [['本年', 93, 125]], 8), line(541.7, [['新收申请', 93, 125], ['0', 248, 253]], 8)])).toEqual(['本年新收申请']);
    // the header's own labels wrapped onto a line with no values still join
    const wrapped = [line(415.7, [['信息内容', 93, 125], ['本年收费金额(单', 353, 412]], 8), line(407.7, [['位：万元)', 365, 400]], 8)];
    expect(cellTexts(wrapped)).toEqual(['信息内容', '本年收费金额(单位：万元)']);
  });

  it('labelCells: the rest of a label goes on the nearest cell above it, not on one reached across a row', () => {
    // 4.保护第三方合法权益 with its values; 5.属于三类内部事 right above 务信息, its values between
    const lines = [
      line(100, [['4.保护第三方合法权益', 80, 200]], 10),
      line(92, [['0', 300, 306]], 10),
      line(80, [['5.属于三类内部事', 80, 180]], 10),
      line(75, [['4', 300, 306]], 10),
      line(70, [['务信息', 100, 140]], 10),
    ];
    expect(cellTexts(lines)).toEqual(['4.保护第三方合法权益', '5.属于三类内部事务信息']);
  });

  it('labelCells: a label’s two lines set wide apart either side of its row’s values are one cell', () => {
    const label = () => line(39.6, [['（二）部分公开（区分处理的，只计这一情形，不计', 79, 355]], 12);
    const values = () => line(27.6, [['9', 362, 368], ['0', 389, 396]], 12);
    expect(cellTexts([label(), values(), line(18.6, [['其他情形）', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）']);
    // three lines apart at most
    expect(cellTexts([label(), values(), line(3.6, [['其他情形）', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）']);
    expect(cellTexts([label(), values(), line(3.5, [['其他情形）', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计', '其他情形）']);
    // no values between them, values beside a label in that column, or a label of its own below: two cells
    expect(cellTexts([label(), line(18.6, [['其他情形）', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计', '其他情形）']);
    const labelled = line(27.6, [['3.属于国家秘密', 250, 350], ['9', 362, 368]], 12);
    expect(cellTexts([label(), labelled, line(18.6, [['其他情形）', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计', '3.属于国家秘密', '其他情形）']);
    expect(cellTexts([label(), values(), line(18.6, [['行政强制', 187, 247]], 12)])).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计', '行政强制']);
  });
});

describe('rows printed with their label alone (their cells blank)', () => {
  const header = () => line(700, [['自然人', 200, 230], ['商业企业', 280, 320], ['总计', 380, 400]]);
  const full = (y: number, label: string) => line(y, [[label, 10, 150], ['1', 212, 218], ['0', 297, 303], ['1', 387, 393]]);
  const alone = (y: number, label: string) => line(y, [[label, 10, 150]]);
  const read = (lines: Line[], grid0: number[] | null = null) => texts(regionRows({ lines: [header(), ...lines], page: 1 }, grid0).rows).slice(1);

  it('a row of the template between rows of values: a blank in each column', () => {
    const rows = regionRows({ lines: [header(), full(680, '（一）予以公开'), alone(660, '（二）部分公开'), alone(640, '1.属于国家秘密'), full(620, '2.其他法律行政法规禁止公开')], page: 2 }, null).rows;
    expect(texts(rows).slice(1)).toEqual([
      ['（一）予以公开', '1', '0', '1'],
      ['（二）部分公开', '', '', ''],
      ['1.属于国家秘密', '', '', ''],
      ['2.其他法律行政法规禁止公开', '1', '0', '1'],
    ]);
    // each blank where its column stands, on the row's height
    expect(rows[2]!.cells[1]!.src).toEqual({ page: 2, line: expect.any(Number), box: boxOf(205, 225, 660, 660, 10) });
  });

  it('a group’s label over its items, a piece of a label, a label with a value on its line: no row of blanks', () => {
    expect(read([full(680, '（一）予以公开'), alone(660, '（三）不予公开'), full(640, '1.属于国家秘密')])).toEqual([['（一）予以公开', '1', '0', '1'], ['（三）不予公开'], ['1.属于国家秘密', '1', '0', '1']]);
    expect(read([full(680, '1.本机关不掌握相关政府信息'), alone(660, '要另行制作'), full(640, '3.补正后申请内容仍不明确')])[1]).toEqual(['要另行制作']);
    // 其他处理: a row in the 2019 template (总计 next), a group over items in the 2021 one
    expect(read([full(680, '5.要求行政机关确认或重新出具已获取信息'), alone(660, '（六）其他处理'), full(640, '（七）总计')])[1]).toEqual(['（六）其他处理', '', '', '']);
    expect(read([full(680, '5.要求行政机关确认或重新出具已获取信息'), alone(660, '（六）其他处理'), full(640, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')])[1]).toEqual(['（六）其他处理']);
  });

  it('no row of blanks where the values next to it stand beside the rest of a label, or its group’s label alone', () => {
    const rest = [full(680, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), alone(660, '2.申请人逾期未按收费通知要求缴纳费用、'), full(640, '行政机关不再处理其政府信息公开申请'), full(620, '3.其他')];
    // (rows set two lines apart: the label's rest beside the values goes on its first line, one row, no blanks)
    expect(read(rest)[1]).toEqual(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '1', '0', '1']);
    const group = [full(680, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), alone(660, '2.申请人逾期未按收费通知要求缴纳费用、'), full(640, '（六）其他处理'), full(620, '3.其他')];
    expect(read(group)[1]).toEqual(['2.申请人逾期未按收费通知要求缴纳费用、']);
    // a group's own label twice: it is no item under it
    expect(read([full(680, '5.要求行政机关确认或重新出具已获取信息'), alone(660, '（六）其他处理'), full(640, '（六）其他处理'), full(620, '（七）总计')])[1]).toEqual(['（六）其他处理', '', '', '']);
    // another group's label beside the values: the item's row is blank
    const other = [full(680, '（一）予以公开'), alone(660, '（二）部分公开'), full(640, '（三）不予公开'), full(620, '1.属于国家秘密')];
    expect(read(other)[1]).toEqual(['（二）部分公开', '', '', '']);
  });

  it('no row of blanks where values could be the label’s own: beside no label next to it, or on its lines', () => {
    const bare = line(650, [['1', 212, 218], ['0', 297, 303], ['1', 387, 393]]);
    expect(read([full(680, '（一）予以公开'), alone(664, '（二）部分公开'), bare, full(620, '1.属于国家秘密')])).toEqual([
      ['（一）予以公开', '1', '0', '1'],
      ['（二）部分公开'],
      ['1', '0', '1'],
      ['1.属于国家秘密', '1', '0', '1'],
    ]);
    // a value on the label's line that went with the row below (a row printed at two heights)
    const split = [
      full(680, '（一）予以公开'),
      line(660, [['（二）部分公开', 10, 150], ['5', 387, 393]]),
      line(651, [['1.属于国家秘密', 10, 150], ['1', 212, 218], ['0', 297, 303]]),
      full(630, '2.其他法律行政法规禁止公开'),
    ];
    expect(read(split).slice(1, 3)).toEqual([['（二）部分公开'], ['1.属于国家秘密', '1', '0', '5']]);
  });

  it('the columns: the widest row of values of its part (two rows that wide), else the header’s, else the page before’s', () => {
    // the header's column labels not all read: rows of values wider than it give the columns
    const narrow = () => line(700, [['自然人', 200, 230], ['总计', 380, 400]]);
    const rows = texts(regionRows({ lines: [narrow(), full(680, '（一）予以公开'), alone(660, '（二）部分公开'), full(640, '1.属于国家秘密'), line(620, [['（七）总计', 10, 150], ['3', 212, 218]])], page: 1 }, null).rows);
    expect(rows.slice(1)).toEqual([
      ['（一）予以公开', '1', '0', '1'],
      ['（二）部分公开', '', '', ''],
      ['1.属于国家秘密', '1', '0', '1'],
      ['（七）总计', '3', '', ''],
    ]);
    // one row alone that wide is no layout: the header's columns stand
    const once = texts(regionRows({ lines: [narrow(), full(680, '（一）予以公开'), line(620, [['（七）总计', 10, 150], ['3', 212, 218]])], page: 1 }, null).rows);
    expect(once[2]).toEqual(['（七）总计', '3', '']);
    // a page of rows alone, going on from the page before: its columns
    const page2 = regionRows({ lines: [alone(700, '（二）部分公开'), alone(680, '1.属于国家秘密')], page: 2 }, [215, 300, 390]);
    expect(texts(page2.rows)).toEqual([['（二）部分公开', '', '', ''], ['1.属于国家秘密', '', '', '']]);
    expect(texts(regionRows({ lines: [alone(700, '（二）部分公开'), alone(680, '1.属于国家秘密')], page: 2 }, null).rows)).toEqual([['（二）部分公开'], ['1.属于国家秘密']]);
  });
});

describe('leafLabel: a row of the template that holds values', () => {
  it('rows, totals, numbered items, and the groups without items', () => {
    for (const t of ['规章', '行政许可', '一、本年新收政府信息公开申请数量', '四、结转下年度继续办理', '（七）总计', '1.属于国家秘密', '（一）予以公开', '（二）部分公开']) {
      expect(leafLabel(t, undefined), t).toBe(true);
    }
  });

  it('not an item without its number, a group over items, a header, a column, 表四’s words, or no label', () => {
    for (const t of ['要另行制作', '（三）不予公开', '（五）不予处理', '第二十条第（一）项', '信息内容', '本年制发件数', '行政复议', '其他', '总计', '情况说明', '']) {
      expect(leafLabel(t, undefined), t).toBe(false);
    }
  });

  it('其他处理: a row when no item of it follows (2019), a group over items otherwise (2021)', () => {
    expect(leafLabel('（六）其他处理', undefined)).toBe(true);
    expect(leafLabel('（六）其他处理', '（七）总计')).toBe(true);
    expect(leafLabel('（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toBe(false);
  });
});

describe('rows of blanks: their columns and their neighbours', () => {
  const head2 = (y: number, words: [string, number, number][]) => line(y, words);
  it('a part without rows of values takes its header’s column labels; a group label only after the item, not before', () => {
    const lines = [
      head2(700, [['信息内容', 10, 60], ['本年处理决定数量', 290, 350]]),
      line(680, [['行政许可', 10, 60]]),
      line(660, [['第二十条第（六）项', 150, 250]]),
      head2(640, [['信息内容', 10, 60], ['本年处理决定数量', 290, 350]]),
      line(620, [['行政处罚', 10, 60], ['5', 317, 323]]),
    ];
    const rows = regionRows({ lines, page: 1 }, null).rows;
    expect(texts(rows)[1]).toEqual(['行政许可', '']);
    expect(rows[1]!.cells[1]!.src).toMatchObject({ box: boxOf(310, 330, 680, 680, 10) });
    // the group's label on the row before the item, not after it: the item's row is blank
    const header = line(600, [['自然人', 200, 230], ['商业企业', 280, 320], ['总计', 380, 400]]);
    const full = (y: number, label: string) => line(y, [[label, 10, 150], ['1', 212, 218], ['0', 297, 303], ['1', 387, 393]]);
    const after = [header, full(580, '（六）其他处理'), line(560, [['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 10, 150]]), full(540, '3.其他')];
    expect(texts(regionRows({ lines: after, page: 1 }, null).rows)[2]).toEqual(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '', '', '']);
  });

  it('the widest rows: the first of them gives the columns; two of them in its own part, not one in each of two', () => {
    const header = line(700, [['自然人', 200, 230], ['总计', 380, 400]]);
    const rowAt = (y: number, label: string, shift: number) => line(y, [[label, 10, 150], ['1', 212 + shift, 218 + shift], ['0', 297 + shift, 303 + shift], ['1', 387 + shift, 393 + shift]]);
    const rows = regionRows({ lines: [header, rowAt(680, '（一）予以公开', 0), line(660, [['（二）部分公开', 10, 150]]), rowAt(640, '1.属于国家秘密', 4), rowAt(620, '2.其他法律行政法规禁止公开', 4)], page: 1 }, null).rows;
    expect(rows[2]!.cells.slice(1).map((c) => c.src.box?.[0])).toEqual([205, 290, 380]);
    // one wide row in each of two parts: neither part's header is widened
    const short = line(600, [['（七）总计', 10, 150], ['3', 212, 218]]);
    const twoParts = [header, rowAt(680, '（一）予以公开', 0), line(670, [['自然人', 200, 230], ['总计', 380, 400]]), rowAt(650, '（二）部分公开', 0), short];
    expect(texts(regionRows({ lines: twoParts, page: 1 }, null).rows).at(-1)).toEqual(['（七）总计', '3', '']);
  });
});

describe('a 表三 continued without its group cells (续表 after a rowspan): rows one or two cells short, set from the left', () => {
  const XS = [180, 270, 304, 350, 401, 465, 541];
  /** A row's label and its values from the n-th of the columns above on (each 8 wide). */
  const row = (y: number, label: [string, number, number], digits: string[], from: number) =>
    line(y, [label, ...digits.map((d, i): [string, number, number] => [d, XS[from + i]! - 4, XS[from + i]! + 4])]);
  const header = () => [line(720, [['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', -7, 285]]), line(700, [['自然人', 290, 326], ['商业企业', 332, 372]])];
  const body = () => [
    row(680, ['5.属于三类内部事务信息', 1, 85], ['0', '2', '2', '1', '0', '0', '5'], 0),
    row(660, ['6.属于四类过程性信息', -6, 102], ['2', '0', '0', '0', '0', '1', '3'], 0),
    row(640, ['1.本机关不掌握相关政府信息', 142, 225], ['0', '0', '1', '0', '0', '0'], 1),
    row(620, ['四、结转下年度继续办理', 67, 199], ['0', '1', '0', '0', '0'], 2),
  ];

  it('nothing left of 自然人 is a column: each row’s values in order, no blank where its label or the label columns stand', () => {
    expect(texts(regionRows({ lines: [...header(), ...body()], page: 1 }, null).rows).slice(-4)).toEqual([
      ['5.属于三类内部事务信息', '0', '2', '2', '1', '0', '0', '5'],
      ['6.属于四类过程性信息', '2', '0', '0', '0', '0', '1', '3'],
      ['1.本机关不掌握相关政府信息', '0', '0', '1', '0', '0', '0'],
      ['四、结转下年度继续办理', '0', '1', '0', '0', '0'],
    ]);
  });

  it('a header without 自然人 leaves the widest row’s columns as they stand (blanks before a row’s first value)', () => {
    const other = [line(700, [['商业企业', 332, 372]])];
    expect(texts(regionRows({ lines: [...other, ...body()], page: 1 }, null).rows).slice(-2)).toEqual([
      ['1.本机关不掌握相关政府信息', '', '0', '0', '1', '0', '0', '0'],
      ['四、结转下年度继续办理', '', '', '0', '1', '0', '0', '0'],
    ]);
  });

  it('the next page goes on with where 自然人 stood on the page before', () => {
    const first = regionRows({ lines: header(), page: 1 }, null);
    expect(first.left).toBe(290);
    const next = regionRows({ lines: body(), page: 2 }, first.grid, first.left);
    expect(texts(next.rows).slice(-2)).toEqual([
      ['1.本机关不掌握相关政府信息', '0', '0', '1', '0', '0', '0'],
      ['四、结转下年度继续办理', '0', '1', '0', '0', '0'],
    ]);
    expect(next.left).toBe(290);
    // and without it, blanks where the rows started further left
    expect(texts(regionRows({ lines: body(), page: 2 }, first.grid).rows).at(-1)).toEqual(['四、结转下年度继续办理', '', '', '0', '1', '0', '0', '0']);
  });

  it('自然人 first of the header’s words run together (自然人商业企业科研机构) marks where the columns start too', () => {
    const run = [line(700, [['自然人商业企业科研机构', 290, 400], ['总计', 560, 580]])];
    expect(texts(regionRows({ lines: [...run, ...body()], page: 1 }, null).rows).at(-1)).toEqual(['四、结转下年度继续办理', '0', '1', '0', '0', '0']);
  });

  it('a table’s header after rows of values starts again: a second header without 自然人 keeps its rows’ blanks', () => {
    const second = [line(610, [['商业企业', 332, 372]]), ...body().map((l) => ({ ...l, y: l.y - 100, chunks: l.chunks.map((c) => ({ ...c, y: c.y - 100 })) }))];
    expect(texts(regionRows({ lines: [...header(), ...body(), ...second], page: 1 }, null).rows).at(-1)).toEqual(['四、结转下年度继续办理', '', '', '0', '1', '0', '0', '0']);
  });

  it('a first column whose values stand a little left of 自然人 (numbers set left, the label centred) is a column: its blanks stay', () => {
    // 自然人 from 185 to 221, the column's values at 176–184 (a character's width to its left)
    const head = [line(700, [['自然人', 185, 221], ['商业企业', 332, 372]])];
    expect(texts(regionRows({ lines: [...head, ...body()], page: 1 }, null).rows).at(-1)).toEqual(['四、结转下年度继续办理', '', '', '0', '1', '0', '0', '0']);
  });

  it('a row’s label whose number the page’s left edge cut (属于四类过程性信息) starts a cell of its own', () => {
    const lines = [line(700, [['5.属于三类内部', 1, 85]]), row(692, ['', 0, 0], ['0', '2'], 0), line(684, [['事务信息', 19, 67]]), row(670, ['属于四类过程性信息', -6, 102], ['2', '0'], 0)];
    lines[1]!.chunks.shift();
    expect(labelCells(lines).map((c) => c.text)).toEqual(['5.属于三类内部事务信息', '属于四类过程性信息']);
    // inside the page, the same words go on with the label above (the rest of a wrapped label)
    const inside = [line(700, [['5.属于三类内部', 10, 85]]), line(684, [['事务信息', 19, 67]]), line(672, [['属于四类过程性信息', 4, 102]])];
    expect(labelCells(inside).map((c) => c.text)).toEqual(['5.属于三类内部事务信息属于四类过程性信息']);
  });
});

describe('labelRestOnTop', () => {
  /** A table whose last row is 行政事业性收 (its box from x 157 to 229) and its value. */
  const table = (label = '行政事业性收', more: TableBlock['rows'] = []): TableBlock => ({
    kind: 'table',
    layout: 'pdf',
    rows: [
      ...more,
      { cells: [{ text: label, src: { page: 3, line: 9, box: [157, 44, 229, 58] } }, { text: '18651.06', src: { page: 3, line: 9, box: [242, 44, 299, 58] } }] },
    ],
    size: { rows: 1, cols: 2 },
    src: { page: 3, line: 1 },
  });
  const HEADING = line(763.5, [['三、收到和处理政府信息公开申请情况', 57, 261]], 12);

  it('the page’s first line in the label’s column, that makes it the template’s label, goes onto it', () => {
    const t = table();
    expect(labelRestOnTop(t, [line(799.5, [['费', 157, 169]], 12), HEADING])).toBe(1);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['行政事业性收费', '18651.06']);
  });

  it('up to eight lines (a column a character or two wide); a heading or prose wider than the label’s column is no rest', () => {
    const t = table('行政事');
    const lines = [line(799.5, [['业', 157, 169]], 12), line(782, [['性收', 157, 181]], 12), line(765, [['费', 157, 169]], 12), HEADING];
    expect(labelRestOnTop(t, lines)).toBe(3);
    expect(t.rows[0]!.cells[0]!.text).toBe('行政事业性收费');
    // a character a line: eight lines go on, nine do not
    const chars = (text: string) => [...text].map((ch, i) => line(799.5 - 14 * i, [[ch, 157, 169]], 12));
    const eight = table('行');
    expect(labelRestOnTop(eight, [...chars('政事业性收费'), HEADING])).toBe(6);
    expect(eight.rows[0]!.cells[0]!.text).toBe('行政事业性收费');
    const nine = table('1.');
    expect(labelRestOnTop(nine, [...chars('本机关不掌握相关'), HEADING])).toBe(8);
    expect(nine.rows[0]!.cells[0]!.text).toBe('1.本机关不掌握相关');
    // a ninth line stays on the page
    const long = table('一');
    expect(labelRestOnTop(long, [...chars('、本年新收政府信息公开'), HEADING])).toBe(8);
    expect(long.rows[0]!.cells[0]!.text).toBe('一、本年新收政府信');
    // within a size of the column's edges: 145–241
    expect(labelRestOnTop(table(), [line(799.5, [['费', 145, 241]], 12)])).toBe(1);
    expect(labelRestOnTop(table(), [line(799.5, [['费', 144.9, 169]], 12)])).toBe(0);
    expect(labelRestOnTop(table(), [line(799.5, [['费', 157, 241.1]], 12)])).toBe(0);
  });

  it('none when the label was the template’s already, stays none, or the chunk is a label of its own', () => {
    const whole = table('行政事业性收费');
    expect(labelRestOnTop(whole, [line(799.5, [['项', 157, 169]], 12)])).toBe(0);
    expect(whole.rows[0]!.cells[0]!.text).toBe('行政事业性收费');
    expect(labelRestOnTop(table(), [line(799.5, [['甲', 157, 169]], 12)])).toBe(0);
    expect(labelRestOnTop(table('行政'), [line(799.5, [['规章', 157, 181]], 12)])).toBe(0);
    // the template's before and after: left as it was
    expect(labelRestOnTop(table('1.信访举报投诉类申请'), [line(799.5, [['件', 157, 169]], 12)])).toBe(0);
    // an item of no group made one of a group's: a fuller label of the template
    const item = table('1.本机');
    expect(labelRestOnTop(item, [line(799.5, [['关不掌', 157, 193]], 12), line(785.5, [['握相关', 157, 193]], 12)])).toBe(2);
    expect(item.rows[0]!.cells[0]!.text).toBe('1.本机关不掌握相关');
  });

  it('none with a value on the line or right under it (a row of the next page), nor a table without a label', () => {
    expect(labelRestOnTop(table(), [line(799.5, [['费', 157, 169], ['3', 250, 258]], 12)])).toBe(0);
    expect(labelRestOnTop(table(), [line(799.5, [['费', 157, 169]], 12), line(780.4, [['3', 250, 258]], 12)])).toBe(0);
    expect(labelRestOnTop(table(), [line(799.5, [['费', 157, 169]], 12), line(780.25, [['3', 250, 258]], 12)])).toBe(1);
    const bare: TableBlock = { ...table(), rows: [{ cells: [{ text: '5', src: { page: 1, line: 1, box: [157, 44, 229, 58] } }] }] };
    expect(labelRestOnTop(bare, [line(799.5, [['费', 157, 169]], 12)])).toBe(0);
    expect(labelRestOnTop({ ...table(), rows: [] }, [line(799.5, [['费', 157, 169]], 12)])).toBe(0);
    expect(labelRestOnTop(table(), [])).toBe(0);
  });
});

describe('labelUnderPage', () => {
  /** A table whose last row is values alone (3 22 … 106) at a page's foot, after `cells` before them. */
  const values = ['3', '22', '16', '106'];
  const table = (cells: string[] = []): TableBlock => ({
    kind: 'table',
    layout: 'pdf',
    rows: [{ cells: [...cells, ...values].map((text, i) => ({ text, src: { page: 1, line: 40, box: [100 + 40 * i, 66, 120 + 40 * i, 80] } })) }],
    size: { rows: 1, cols: 4 },
    src: { page: 1, line: 1 },
  });
  const LABEL = [line(773.4, [['一、本年新收政府', 117, 213]], 12), line(758.4, [['信息公开申请数量', 117, 213]], 12)];
  const NEXT = [line(741.1, [['二、上年结转政府', 117, 213]], 12), line(734.1, [['28', 276, 291], ['135', 505, 528]], 12), line(726, [['信息公开申请数量', 117, 213]], 12)];

  it('the label of values at the foot of the page before, on the first lines of this one, put before them', () => {
    const t = table();
    expect(labelUnderPage(t, [...LABEL, ...NEXT])).toBe(2);
    expect(texts(t.rows)).toEqual([['一、本年新收政府信息公开申请数量', ...values]]);
    expect(t.rows[0]!.cells[0]!.src).toEqual({ page: 1, line: LABEL[0]!.chunks[0]!.line, box: [117, 755.4, 213, 784.2] });
    // after a piece of a group's label the row has (予公开), before the values
    const grouped = table(['予公开']);
    expect(labelUnderPage(grouped, [line(774, [['2.其他法律行政', 184, 267]], 12), line(758.9, [['法规禁止公开', 190, 262]], 12)])).toBe(2);
    expect(texts(grouped.rows)).toEqual([['予公开', '2.其他法律行政法规禁止公开', ...values]]);
  });

  it('none where the row has a label of the template, or the lines do not make one, or stand beside values', () => {
    expect(labelUnderPage(table(['（一）予以公开']), LABEL)).toBe(0);
    expect(labelUnderPage(table(), [line(773.4, [['甲乙丙', 117, 213]], 12)])).toBe(0);
    expect(labelUnderPage(table(), [line(773.4, [['自然人', 117, 213]], 12)])).toBe(0);
    // a line of a value is no line of the label
    const whole = line(773.4, [['一、本年新收政府信息公开申请数量', 117, 257]], 12);
    const t2 = table();
    expect(labelUnderPage(t2, [whole, line(700, [['28', 276, 291]], 12)])).toBe(1);
    expect(t2.rows[0]!.cells[0]!.text).toBe('一、本年新收政府信息公开申请数量');
    // a label with its values beside it is a row of this page
    expect(labelUnderPage(table(), [LABEL[0]!, line(766, [['28', 276, 291]], 12)])).toBe(0);
    // two chunks on a line: not one label's lines
    expect(labelUnderPage(table(), [line(773.4, [['一、本年新收政府', 117, 213], ['自然人', 300, 340]], 12)])).toBe(0);
    expect(labelUnderPage({ ...table(), rows: [] }, LABEL)).toBe(0);
    expect(labelUnderPage(table(), [])).toBe(0);
    const t = table();
    labelUnderPage(t, [line(773.4, [['甲乙丙', 117, 213]], 12)]);
    expect(texts(t.rows)).toEqual([values]);
  });
});

describe('numbers their cells wrapped, the row’s other values between their pieces (real: 上海市 2020 through Writer)', () => {
  // as printed at 12 points: 2695 a line above 4, the row's six other values half a line below the first piece
  const row = (label: [string, number, number][], first: string, rest: string, dy = 7, restX: [number, number] = [251, 258]) => [
    line(162.6, [...label, [first, 251, 275]], 12),
    line(162.6 - dy, [['1718', 296, 320], ['13', 351, 363], ['60', 393, 405], ['144', 434, 452], ['237', 478, 496], ['29130', 514, 544]], 12),
    line(162.6 - 2 * dy, [['数量', 64, 88], [rest, restX[0], restX[1]]], 12),
  ];
  const values = (ls: Line[]) => ls.map((l) => l.chunks.filter(cellValue).map((c) => c.text));

  it('puts the number whole on the row’s line, its pieces off theirs; the label’s lines stay', () => {
    const out = numbersWrappedAround(row([['一、本年新收政府信息公开申请', 64, 236]], '2695', '4'));
    expect(values(out)).toEqual([[], ['26954', '1718', '13', '60', '144', '237', '29130'], []]);
    expect(out.map((l) => l.chunks.filter((c) => !cellValue(c)).map((c) => c.text))).toEqual([['一、本年新收政府信息公开申请'], [], ['数量']]);
    // a piece alone on its line: the line goes (（七）总计's 2631 / 2)
    expect(values(numbersWrappedAround(row([], '2631', '2', 7, [262, 268])))).toEqual([['26312', '1718', '13', '60', '144', '237', '29130'], []]);
    // and the whole table reads the row whole
    const rows = regionRows({ lines: row([['一、本年新收政府信息公开申请', 64, 236]], '2695', '4'), page: 1 }, null).rows;
    expect(texts(rows)).toEqual([['一、本年新收政府信息公开申请数量', '26954', '1718', '13', '60', '144', '237', '29130']]);
  });

  it('leaves lines as they are that are not a number’s pieces around its row', () => {
    const same = (ls: Line[]) => expect(values(numbersWrappedAround(ls))).toEqual(values(ls));
    // two rows of a tight table: the first piece on the row's own line, not above it
    same(row([], '2695', '4', 0.2));
    // pieces more than 1.4 lines apart
    same(row([], '2695', '4', 8.5));
    // the rest neither under the piece's start nor under its middle
    same(row([], '2695', '4', 7, [268, 275]));
    // words, not digits
    same(row([], '2695', '件'));
    same(row([], '26.5', '4'));
    // the row holds a value in that column already
    const ls = row([], '2695', '4');
    ls[1]!.chunks.push({ ...ls[1]!.chunks[0]!, text: '7', x0: 255, x1: 261 });
    same(ls);
  });
});

describe('a row’s cells at two heights beside a label wrapped over lines (real: 平潭综合实验区交通与建设局 2024 through Writer)', () => {
  const X = [228, 280, 324, 369, 413, 464];
  const six = (y: number): [string, number, number][] => X.map((x) => ['0', x, x + 6]);
  // 部分公开: its 总计 3 on the label's first line, the six other cells 27.5 points (2.3 lines) lower
  const partial = (gap = 27.5, between: [string, number, number][] = [['分处理的，只计这一', 111, 220]]) => [
    line(428.7, [['（一）予以公开', 111, 200], ...six(428.7), ['9', 508, 514]], 12),
    line(393.8, [['（二）部分公开（区', 111, 220], ['3', 508, 514]], 12),
    line(393.8 - 19.9, between, 12),
    line(393.8 - gap, six(393.8 - gap).map(([t, a, b], i): [string, number, number] => [i === 0 ? '3' : t, a, b]), 12),
    line(393.8 - 37.2, [['情形，不计其他情', 111, 220]], 12),
    line(300, [['1.属于国家秘密', 163, 220], ...six(300), ['4', 508, 514]], 12),
  ];
  const values = (ls: Line[]) => ls.map((l) => l.chunks.filter(cellValue).map((c) => c.text).join(' '));

  it('puts the lower line’s values on the row’s first line, and the table reads one row with the whole label', () => {
    // (the lower line, left with no words, goes)
    expect(values(cellsAtTwoHeights(partial()))).toEqual(['0 0 0 0 0 0 9', '3 0 0 0 0 0 3', '', '', '0 0 0 0 0 0 4']);
    const rows = texts(regionRows({ lines: partial(), page: 1 }, null).rows);
    expect(rows[1]).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情', '3', '0', '0', '0', '0', '0', '3']);
  });

  it('not two rows: the lower line starting a row, a value or a row’s start between, 2.5 lines apart, or a column held twice', () => {
    const same = (ls: Line[]) => expect(values(cellsAtTwoHeights(ls))).toEqual(values(ls));
    same(partial(30)); // 2.5 lines exactly
    same(partial(27.5, [['（三）不予公开', 111, 200]]));
    same(partial(27.5, [['5', 508, 514]]));
    const own = partial();
    own[3]!.chunks.unshift({ ...own[3]!.chunks[0]!, text: '2.其他法律行政法规禁止公开', x0: 163, x1: 220 });
    same(own);
    const twice = partial();
    twice[3]!.chunks.push({ ...twice[3]!.chunks[0]!, text: '3', x0: 508, x1: 514 });
    same(twice);
    // a line a line apart is oneRowAgain's (below 1.2 lines): left as it is
    same(partial(14));
  });
});

describe('a narrow header’s labels broken over lines, rows that fill only 自然人 and 总计 (real: 沭阳县发展和改革局 2023 through Writer)', () => {
  // as printed at 12 points: the first lines of the broken labels, 社会公 and 法律服务 run together into one chunk
  const header = () => [
    line(230, [['（本列数据的勾稽关系为：第一项加第二项', 40, 270]], 12),
    line(224.7, [['自然人', 294, 330], ['商业', 334, 358], ['科研', 370, 394], ['总计', 533, 557]], 12),
    line(217.7, [['社会公法律服务', 409, 493]], 12),
    line(200.4, [['其他', 498, 522]], 12),
    line(190, [['企业', 334, 358], ['机构', 370, 394], ['益组织', 409, 445], ['机构', 457, 481]], 12),
  ];
  const rowAt = (y: number, label: string) => line(y, [[label, 40, 270], ['26', 294, 306], ['26', 533, 545]], 12);

  it('takes the first lines of the broken labels for columns, run together or not: the rows’ values under 自然人 and 总计', () => {
    const rows = texts(regionRows({ lines: [...header(), rowAt(150, '一、本年新收政府信息公开申请数量'), rowAt(120, '（一）予以公开')], page: 1 }, null).rows);
    expect(rows.slice(-2)).toEqual([
      ['一、本年新收政府信息公开申请数量', '26', '', '', '', '', '', '26'],
      ['（一）予以公开', '26', '', '', '', '', '', '26'],
    ]);
  });

  it('not where they make fewer than 表三’s seven columns (a piece run into a word that is none), nor over a row of values as wide', () => {
    const six = header();
    six[2] = line(217.7, [['法人或其他组织社会公', 300, 420], ['法律服务', 457, 493]], 12);
    const rows = texts(regionRows({ lines: [...six, rowAt(150, '一、本年新收政府信息公开申请数量')], page: 1 }, null).rows);
    // six pieces: the columns stay those of the labels read whole (自然人, 其他, 总计) as before, not six askew
    expect(rows.at(-1)).toEqual(['一、本年新收政府信息公开申请数量', '26', '26']);
  });

  it('isColumnLabel: 其他 and 总计, not a row’s group cut after its first word', () => {
    expect(['其他', '总计', '（六）其他', '(六)其他', '（七）总计'].map(isColumnLabel)).toEqual([true, true, false, false, false]);
  });
});
