/**
 * The mapper's reading (lib/template/map.ts) where a table does not give itself away: 表四's data row printed all
 * blank, the shorter blank row a layout that keeps no cell boundaries may leave, and values in 表三 that no label
 * names (a row whose label was not read: the rows not found may be it, so they are doubtful, not missing).
 */
import { describe, expect, it } from 'vitest';
import type { Layout, TableBlock } from '../../lib/model';
import { mapTables } from '../../lib/template/map';

let line = 0;
const block = (layout: Layout, rows: string[][]): TableBlock => ({
  kind: 'table', layout, rows: rows.map((r) => ({ cells: r.map((text) => ({ text, src: { line: ++line } })) })), size: { rows: rows.length, cols: 15 }, src: { line: 0 },
});
const GROUP = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const appeals = (layout: Layout, data: string[]) => block(layout, [['行政复议', '行政诉讼'], [...GROUP, '未经复议直接起诉', '复议后起诉'], [...GROUP, ...GROUP, ...GROUP], data]);
const blanks = (n: number) => Array<string>(n).fill('');

describe('表四’s data row printed all blank', () => {
  it('is its data row, read blank, when the block ends without a filled one', () => {
    const t = mapTables([appeals('html', blanks(15))], 2020).tables.appeals;
    expect([t.found, t.cells.size, [...t.cells.values()].every((c) => c.blank)]).toEqual([true, 15, true]);
  });

  it('a filled row after it is taken instead', () => {
    const b = appeals('html', blanks(15));
    b.rows.push({ cells: Array.from({ length: 15 }, () => ({ text: '0', src: { line: 99 } })) });
    const t = mapTables([b], 2020).tables.appeals;
    expect([t.found, [...t.cells.values()].some((c) => c.blank)]).toEqual([true, false]);
  });

  it('a shorter blank row: taken from a table that kept its cells, not from a stream of cells (it may be a fragment)', () => {
    expect(mapTables([appeals('html', blanks(12))], 2020).tables.appeals.found).toBe(true);
    for (const layout of ['pipe', 'bare', 'word-cells'] as Layout[]) {
      expect(mapTables([appeals(layout, blanks(12))], 2020).tables.appeals.found).toBe(false);
      expect(mapTables([appeals(layout, blanks(15))], 2020).tables.appeals.found).toBe(true);
    }
  });
});

describe('values in 表三 that no label names', () => {
  const HEAD = [['申请人情况'], ['自然人', '法人或其他组织', '总计'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']];
  const requests = (extra: string[][]) => block('html', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'], ...extra]);
  const kinds = (extra: string[][]) => mapTables([requests(extra)], 2020).issues.filter((i) => i.table === 'requests').map((i) => i.kind);

  it('make the rows not found doubtful (one finding for review) rather than missing', () => {
    expect(kinds([])).toContain('missing-row');
    expect(kinds([['', '2', '0', '0', '0', '0', '0', '2']])).toEqual(['run-together']);
  });

  it('blank ones do not', () => {
    expect(kinds([['', '', '', '', '', '', '', '']])).toContain('missing-row');
  });
});
