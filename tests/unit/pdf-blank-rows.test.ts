/**
 * Rows of 表三 a PDF prints as their label alone (lib/readers/pdf-blank-rows.ts): each gets a blank cell in every
 * column of its part of the table. The geometry is that of a real print: 上海市人民政府办公厅 2019 printed by Chromium,
 * whose 表三 header sets 自然人 and 总计 (each two rows high) on a line of their own above 商业企业…其他, and whose
 * three blank rows of 不予公开 fall at the foot of a page, where no two rows of values are as wide as the table.
 */
import { describe, expect, it } from 'vitest';
import { blankRowColumns, tableParts, type Placed } from '../../lib/readers/pdf-blank-rows';
import { cell, valueCell } from '../../lib/readers/pdf-tables';
import type { Chunk } from '../../lib/readers/pdf-lines';

const SIZE = 8.2;
/** Where 表三's columns stand on the printed page (自然人 … 其他, 总计). */
const X = { natural: 354, business: 400, research: 446, public_interest: 492, legal_service: 538, other_org: 560, total: 590 };
const value = (text: string, x: number, y: number): Chunk => ({ text, x0: x - 6, x1: x + 6, y, size: SIZE, line: 0 });
const header = (y: number, labels: [string, number | null][]): Placed => ({
  y,
  header: true,
  row: { cells: labels.map(([t]) => cell(t, 1, 0)) },
  cols: labels.flatMap(([, x]) => (x === null ? [] : [x])),
  span: [y - SIZE, y],
});
const labelOnly = (text: string, y: number): Placed => ({ y, header: true, row: { cells: [cell(text, 1, 0)] }, cols: [], span: [y - SIZE, y] });
const row = (label: string, y: number, values: [string, number][]): Placed => {
  const vs = values.map(([t, x]) => value(t, x, y));
  return { y, header: false, row: { cells: [cell(label, 1, 0), ...vs.map((v) => valueCell(v, 1))] }, values: vs };
};

/** The page's foot: the header in two lines, the rows of values as printed (the 总计 column blank in result rows). */
function page(): Placed[] {
  return [
    header(700, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', null], ['自然人', X.natural], ['总计', X.total]]),
    header(688, [['商业企业', X.business], ['科研机构', X.research], ['社会公益组织', X.public_interest], ['法律服务机构', X.legal_service], ['其他', X.other_org]]),
    row('一、本年新收政府信息公开申请数量', 660, [['821', X.natural], ['35', X.business], ['2', X.legal_service], ['1', X.other_org], ['859', X.total]]),
    row('二、上年结转政府信息公开申请数量', 630, [['18', X.natural], ['18', X.total]]),
    row('（一）予以公开', 600, [['258', X.natural], ['12', X.business], ['1', X.legal_service], ['1', X.other_org]]),
    row('1.属于国家秘密', 150, [['14', X.natural]]),
    labelOnly('2.其他法律行政法规禁止公开', 118),
    labelOnly('3.危及“三安全一稳定”', 86),
    labelOnly('4.保护第三方合法权益', 55),
  ];
}
const ALL = Object.values(X).sort((a, b) => a - b);

describe('rows printed as their label alone', () => {
  it('take a blank in every column both header lines print, 自然人 and 总计 among them', () => {
    const items = page();
    const parts = tableParts(items);
    // the two header lines are one header: one part
    expect(parts.of).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const blanks = blankRowColumns(items, parts, null);
    expect([...blanks.keys()].map((p) => p.row.cells[0]!.text)).toEqual(['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益']);
    for (const cols of blanks.values()) expect(cols).toEqual(ALL);
  });

  it('a line of the header’s own words between its two lines of column labels (法人或其他组织) keeps them one header', () => {
    const items = page();
    items.splice(1, 0, header(694, [['法人或其他组织', null]]));
    const parts = tableParts(items);
    expect(parts.of.every((p) => p === 1)).toBe(true);
    for (const cols of blankRowColumns(items, parts, null).values()) expect(cols).toEqual(ALL);
  });

  it('a row’s label alone between two headers ends the first: the second starts a part (表二’s 行政许可 then 第二十条第（六）项)', () => {
    const items = [header(700, [['自然人', X.natural], ['总计', X.total]]), labelOnly('第二十条第（六）项', 690), header(680, [['商业企业', X.business]])];
    expect(tableParts(items).of).toEqual([1, 1, 2]);
  });

  it('a header after rows of values starts a part of its own (a table continued under a header of its own)', () => {
    const items = [...page(), header(40, [['自然人', X.natural], ['总计', X.total]]), header(30, [['商业企业', X.business]]), labelOnly('5.属于三类内部事务信息', 20)];
    const parts = tableParts(items);
    expect(parts.of).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]);
    // the new part's blank row: the columns its own header prints
    expect(blankRowColumns(items, parts, null).get(items[11]!)).toEqual([X.natural, X.business, X.total]);
  });

  it('where two rows of values are as wide as the table, their values give the columns', () => {
    const items = page();
    items.splice(5, 0, row('（七）总计', 400, Object.entries(X).map(([, x]) => ['1', x] as [string, number])), row('四、结转下年度继续办理', 380, Object.entries(X).map(([, x]) => ['1', x] as [string, number])));
    const parts = tableParts(items);
    for (const cols of blankRowColumns(items, parts, null).values()) expect(cols).toEqual(ALL.map((x) => x));
  });
});
