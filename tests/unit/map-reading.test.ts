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

describe('what placing a row keeps (lib/template/place.ts)', () => {
  const ACTIVE = [
    ['第二十条第（一）项'], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '0'], ['规范性文件', '1', '1', '5'],
    ['其他文件', '2', '', '2'], ['其他材料', '', '', ''],
    ['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额（万元）'], ['政府集中采购', '3', '12.5'],
  ];

  it('a row the template lacks, inside a group of 表二: kept as an extra row when it holds a value', () => {
    const m = mapTables([block('html', ACTIVE)], 2020);
    const t = m.tables.active;
    expect(t.rows).toEqual(['art20_1.rules', 'art20_1.normative', 'extra.1', 'art20_9.procurement']);
    expect([...t.labels]).toEqual([['extra.1', '其他文件']]);
    expect(t.groupOf.get('extra.1')).toBe('art20_1');
    expect(m.issues.filter((i) => i.kind === 'extra-row').map((i) => i.row)).toEqual(['extra.1']);
  });

  it('each row’s printed label and where it stands; the table’s place is its first row’s; a column’s unit from its header', () => {
    const b = block('html', ACTIVE);
    const t = mapTables([b], 2020).tables.active;
    const labelSrc = (i: number) => b.rows[i]!.cells[0]!.src;
    expect([...t.printed]).toEqual([['art20_1.rules', '规章'], ['art20_1.normative', '规范性文件'], ['extra.1', '其他文件'], ['art20_9.procurement', '政府集中采购']]);
    expect([t.rowSrc.get('art20_1.rules'), t.rowSrc.get('art20_1.normative')]).toEqual([labelSrc(2), labelSrc(3)]);
    expect(t.src).toEqual(labelSrc(2));
    expect(t.cells.get('art20_9.procurement/amount')).toMatchObject({ value: 12.5, unit: '万元', raw: '12.5' });
    expect(t.cells.get('art20_9.procurement/count')).toMatchObject({ value: 3, unit: null });
  });

  it('表三’s group line over its items is a subtotal when any of its cells holds a value, nothing when all are blank', () => {
    const HEAD = [['申请人情况'], ['自然人', '法人或其他组织', '总计'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']];
    const subtotal = (values: string[]) =>
      mapTables([block('html', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'], ['（三）不予公开', ...values], ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']])], 2020).issues.filter((i) => i.kind === 'subtotal-row').map((i) => i.row);
    expect(subtotal(['1', '', '', '', '', '', '1'])).toEqual(['result.withheld']);
    expect(subtotal(['', '', '', '', '', '', ''])).toEqual([]);
  });
});
