/**
 * Tables drawn with box-drawing characters (lib/grid/box-table.ts), as w3m and elinks dump a page: each cell a rectangle
 * of the text grid, its words wrapped inside it, a span one rectangle whose words may cross a border line.
 */
import { describe, expect, it } from 'vitest';
import { withBoxTables } from '../../lib/grid/box-table';
import { textLines } from '../../lib/text/lines';

const tables = (text: string) => withBoxTables(textLines(text)).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.text));

const BOX = [
  '三、收到和处理政府信息公开申请情况',
  '┌──────────┬──────┬────┬────┐',
  '│          │      │自然│    │',
  '│          │      │ 人 │总计│',
  '├──────────┼──────┼────┼────┤',
  '│一、本年新│      │ 2  │ 2  │',
  '│收政府信息│      │    │    │',
  '│公开申请数│      │    │    │',
  '│    量    │      │    │    │',
  '├──────────┼──────┼────┼────┤',
  '│          │1.属于│ 1  │ 1  │',
  '│（三）不予│国家秘│    │    │',
  '│   公开   ├──────┼────┼────┤',
  '│          │2.其他│    │ 0  │',
  '└──────────┴──────┴────┴────┘',
  '四、政府信息公开行政复议、行政诉讼情况',
].join('\n');

describe('a table drawn with box-drawing characters', () => {
  it('each rectangle a cell, its wrapped words joined; a row for each of the finest column’s rows, holding the cells that start in it', () => {
    expect(tables(BOX)).toEqual([
      '三、收到和处理政府信息公开申请情况',
      [
        ['', '', '自然人', '总计'],
        ['一、本年新收政府信息公开申请数量', '', '2', '2'],
        ['（三）不予公开', '1.属于国家秘', '1', '1'],
        ['2.其他', '', '0'],
      ],
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('a box holding none of the template’s labels, or fewer than three lines, stays text', () => {
    const other = ['┌────┬────┐', '│姓名│电话│', '└────┴────┘'].join('\n');
    expect(tables(other)).toEqual(other.split('\n'));
    const short = ['┌────┐', '│规章│'].join('\n');
    expect(tables(short)).toEqual(short.split('\n'));
  });
});
