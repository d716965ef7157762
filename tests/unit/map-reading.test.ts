/**
 * The mapper's reading (lib/template/map.ts) where a table does not give itself away: 表四's data row printed all
 * blank, the shorter blank row a layout that keeps no cell boundaries may leave, and values in 表三 that no label
 * names (a row whose label was not read: the rows not found may be it, so they are doubtful, not missing).
 */
import { describe, expect, it } from 'vitest';
import type { Layout, TableBlock } from '../../lib/model';
import { mapTables } from '../../lib/template/map';
import { headerRun } from '../../lib/template/labels';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

let line = 0;
const block = (layout: Layout, rows: string[][]): TableBlock => ({
  kind: 'table', layout, rows: rows.map((r) => ({ cells: r.map((text) => ({ text, src: { line: ++line } })) })), size: { rows: rows.length, cols: 15 }, src: { line: 0 },
});
const GROUP = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const appeals = (layout: Layout, data: string[]) => block(layout, [['行政复议', '行政诉讼'], [...GROUP, '未经复议直接起诉', '复议后起诉'], [...GROUP, ...GROUP, ...GROUP], data]);
const blanks = (n: number) => Array<string>(n).fill('');
/** 表三's header rows as pages print them. */
const HEAD = [['申请人情况'], ['自然人', '法人或其他组织', '总计'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']];

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
  const requests = (extra: string[][]) => block('html', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'], ...extra]);
  const kinds = (extra: string[][]) => mapTables([requests(extra)], 2020).issues.filter((i) => i.table === 'requests').map((i) => i.kind);

  it('make the rows not found doubtful (one finding for review) rather than missing', () => {
    expect(kinds([])).toContain('missing-row');
    expect(kinds([['', '2', '0', '0', '0', '0', '0', '2']])).toEqual(['run-together']);
  });

  it('values before any row of the table was found do not', () => {
    const m = mapTables([block('html', [...HEAD, ['', '2', '0', '0', '0', '0', '0', '2'], ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']])], 2020);
    expect(m.issues.map((i) => i.kind)).toContain('missing-row');
    expect(m.issues.map((i) => i.kind)).not.toContain('run-together');
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
    const subtotal = (values: string[]) =>
      mapTables([block('html', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'], ['（三）不予公开', ...values], ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']])], 2020).issues.filter((i) => i.kind === 'subtotal-row').map((i) => i.row);
    expect(subtotal(['1', '', '', '', '', '', '1'])).toEqual(['result.withheld']);
    expect(subtotal(['', '', '', '', '', '', ''])).toEqual([]);
  });
});

describe('what the mapper hands on', () => {
  it('each table named, and 表二’s columns those of the version’s groups', () => {
    const m = mapTables([block('html', [['第二十条第（一）项'], ['规章', '0', '0', '0']])], 2020);
    expect(Object.values(m.tables).map((t) => t.table)).toEqual(['active', 'requests', 'appeals']);
    expect(m.tables.active.cols).toEqual(['new_made', 'new_published', 'total_published', 'prev_items', 'delta', 'decisions', 'count', 'amount']);
    expect(m.tables.requests.cols).toEqual(['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total']);
    expect(mapTables([block('html', [['规章', '0']])], 2023).tables.active.cols).toEqual(['issued', 'repealed', 'in_force', 'decisions', 'amount_wan']);
  });

  it('a whole report as the template prints it: no issue at all', () => {
    for (const version of ['2019', '2021'] as const) {
      const text = reportText(randomFilled(mulberry32(3), version, '测试街道'));
      expect(auditText(text, 't.txt').model!.mapping.issues, version).toEqual([]);
    }
  });

  it('a group printed whole is said once, as the group, not also as an added subtotal', () => {
    const m = mapTables([block('html', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'], ['（三）不予公开', '1', '0', '0', '0', '0', '0', '1'], ['（四）无法提供', '0', '0', '0', '0', '0', '0', '0']])], 2020);
    expect(m.issues.filter((i) => i.kind === 'merged-group' || i.kind === 'subtotal-row').map((i) => [i.kind, i.row])).toEqual([
      ['merged-group', 'result.withheld'],
      ['merged-group', 'result.unavailable'],
    ]);
  });
});

describe('表四 opened and left', () => {
  const next = [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']];
  const head = [['行政复议', '行政诉讼'], [...GROUP, '未经复议直接起诉', '复议后起诉']];
  const appealIssues = (m: ReturnType<typeof mapTables>) => m.issues.filter((i) => i.table === 'appeals').map((i) => i.kind);

  it('its header read and another table begun: its data row is missing, not the table', () => {
    const m = mapTables([block('html', [...head, ...next])], 2020);
    expect([m.tables.appeals.found, appealIssues(m)]).toEqual([false, ['no-data-row']]);
  });

  it('a blank row of it, then another table in the same block: the blank row is not taken for its data', () => {
    const m = mapTables([block('html', [...head, blanks(15), ...next])], 2020);
    expect([m.tables.appeals.found, appealIssues(m)]).toEqual([false, ['no-data-row']]);
  });

  it('a few values after its labels in text that drops blank cells: its row unread (review), not missing', () => {
    // two equal values side by side are no run of merged identical lines: no reading of the row's fifteen cells
    for (const layout of ['pipe', 'bare', 'per-line', 'word-cells'] as Layout[]) {
      const m = mapTables([appeals(layout, ['2', '2', '1'])], 2020);
      const run = m.issues.find((i) => i.table === 'appeals');
      expect([layout, m.tables.appeals.found, m.tables.appeals.cells.size, run?.kind]).toEqual([layout, true, 0, 'run-together']);
      expect(run?.kind === 'run-together' && run.undecided).toEqual([{ row: 'counts', label: '案件数', digits: '2 2 1', how: 'collapsed' }]);
    }
    // the row's own label before its values names it
    const named = mapTables([block('pipe', [['行政复议', '行政诉讼'], [...GROUP, '未经复议直接起诉', '复议后起诉'], [...GROUP, ...GROUP, '总计', '2', '2', '1']])], 2020);
    expect(named.issues.flatMap((i) => (i.kind === 'run-together' ? i.undecided.map((u) => u.label) : []))).toEqual(['总计']);
    // ten to fourteen values with a blank among them dropped: unread too, not placed from the left
    const twelve = mapTables([appeals('pipe', ['2', '2', '1', '1', '0', '4', '4', '6', '6', '1', '1', '9'])], 2020);
    expect([twelve.tables.appeals.cells.size, twelve.issues.find((i) => i.table === 'appeals')?.kind]).toEqual([0, 'run-together']);
    // blanks alone are no row; a table that keeps its cells leaves such a row unread as before (no data row)
    expect(appealIssues(mapTables([appeals('pipe', blanks(3))], 2020))).toEqual(['no-data-row']);
    expect(appealIssues(mapTables([appeals('html', ['2', '1', '3'])], 2020))).toEqual(['no-data-row']);
    // a full row after a short run is still taken
    const m = mapTables([block('pipe', [['行政复议', '行政诉讼'], [...GROUP, '未经复议直接起诉', '复议后起诉'], [...GROUP, ...GROUP, ...GROUP], ['2', '2'], ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']])], 2020);
    expect([m.tables.appeals.cells.size, appealIssues(m)]).toEqual([15, []]);
  });

  it('an item’s number alone between its header and its fifteen counts (pdftotext: 3. / 0 / 0 / 6 …) names no row of 表三', () => {
    const counts = ['0', '0', '6', '0', '6', '0', '0', '0', '1', '1', '5', '5', '1', '1', '12'];
    for (const stray of ['3.', '12、']) {
      const m = mapTables([block('bare', [[...head.flat(), ...GROUP, ...GROUP, ...GROUP, stray, ...counts]])], 2020);
      expect([stray, m.tables.appeals.cells.size, m.tables.appeals.cells.get('counts/suit_after_review.total')?.value, appealIssues(m)]).toEqual([stray, 15, 12, []]);
      expect(m.tables.requests.found).toBe(false);
    }
    // an item's number with words is 表三's label: the counts are not 表四's
    const m = mapTables([block('bare', [[...head.flat(), ...GROUP, ...GROUP, ...GROUP, '3.危及“三安全一稳定”', ...counts]])], 2020);
    expect(m.tables.appeals.cells.size).toBe(0);
  });

  it('never opened: the table is missing', () => {
    expect(appealIssues(mapTables([block('html', next)], 2020))).toEqual(['missing-table']);
  });
});

describe('text that keeps no blank cells: a row label followed at once by the next', () => {
  const rows = (layout: Layout, values: string[]) => mapTables([block(layout, [...HEAD, ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', ...values]])], 2020);
  const cell = (m: ReturnType<typeof mapTables>, key: string) => {
    const c = m.tables.requests.cells.get(key);
    return c ? (c.blank ? 'blank' : c.raw) : 'none';
  };

  it('was a row of blanks, in each layout that loses them', () => {
    for (const [layout, values] of [['merged', ['1000001']], ['per-line', ['1', '0', '0', '0', '0', '0', '1']], ['bare', ['1', '0', '0', '0', '0', '0', '1']], ['pipe', ['1', '0', '0', '0', '0', '0', '1']], ['word-cells', ['1', '0', '0', '0', '0', '0', '1']]] as [Layout, string[]][]) {
      const m = rows(layout, values);
      expect([cell(m, 'new/natural'), cell(m, 'new/total'), cell(m, 'carried_in/natural'), cell(m, 'carried_in/total')], layout).toEqual(['blank', 'blank', '1', '1']);
    }
  });

  it('two result groups in a row: the first group’s line was blank, and unread beside rows that could not be read', () => {
    const m = mapTables([block('per-line', [...HEAD, ['（三）不予公开', '（四）无法提供', '1', '0', '1', '0', '1']])], 2020);
    const i = m.issues.find((x) => x.kind === 'run-together');
    expect(i && 'undecided' in i ? i.undecided.slice(0, 2).map((u) => u.row) : null).toEqual(['result.unavailable', 'result.withheld']);
  });

  it('a row label followed at once by a group’s heading was a row of blanks too (a report with nothing to count)', () => {
    // 表二: 规范性文件 / 第二十条第（五）项 …; 表三: 二、上年结转… / 三、本年度办理结果 / （一）予以公开 …
    const active = mapTables([block('bare', [['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '规范性文件', '第二十条第（五）项', '行政许可', '1', '2', '3']])], 2019);
    expect(['art20_1.normative/new_made', 'art20_5.license/prev_items'].map((k) => active.tables.active.cells.get(k)).map((c) => c && (c.blank ? 'blank' : c.raw))).toEqual(['blank', '1']);
    expect(active.issues.flatMap((i) => (i.kind === 'missing-row' ? [i.row] : []))).not.toContain('art20_1.normative');
    const m = mapTables([block('per-line', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '1', '0', '0', '0', '0', '0', '1']])], 2020);
    expect([cell(m, 'carried_in/natural'), cell(m, 'result.disclosed/total')]).toEqual(['blank', '1']);
    expect(m.issues.filter((i) => i.kind === 'missing-row').map((i) => i.row)).not.toContain('carried_in');
    // a heading that is no group's (a column's header word) leaves the row as it was: not read
    const head = mapTables([block('per-line', [...HEAD, ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1', '二、上年结转政府信息公开申请数量', '商业企业']])], 2020);
    expect(cell(head, 'carried_in/natural')).toBe('none');
  });

  it('in a table that keeps its cells, the first label names nothing', () => {
    const m = rows('html', ['1', '0', '0', '0', '0', '0', '1']);
    expect([cell(m, 'new/natural'), cell(m, 'carried_in/natural')]).toEqual(['none', '1']);
    expect(m.issues.filter((i) => i.kind === 'missing-row').map((i) => i.row)).toContain('new');
  });

  it('taken for blank only as far as the table could be read: beside rows that could not, it is unread too, saying how the text lost it', () => {
    const undecided = (layout: Layout, values: string[]) => {
      const i = rows(layout, values).issues.find((x) => x.kind === 'run-together');
      return i && 'undecided' in i ? i.undecided.slice(0, 2) : null;
    };
    expect(undecided('merged', ['11000011'])).toEqual([
      { row: 'carried_in', label: '二、上年结转政府信息公开申请数量', digits: '11000011', how: 'merged' },
      { row: 'new', label: '一、本年新收政府信息公开申请数量', digits: '—', how: 'merged' },
    ]);
    expect(undecided('per-line', ['1', '0', '1', '0', '1'])).toEqual([
      { row: 'carried_in', label: '二、上年结转政府信息公开申请数量', digits: '1 0 1 0 1', how: 'collapsed' },
      { row: 'new', label: '一、本年新收政府信息公开申请数量', digits: '—', how: 'collapsed' },
    ]);
  });
});

describe('labels the mapper passes over, and digits with dashes', () => {
  it('a note in brackets after a 表二 row label leaves the row as it was', () => {
    const m = mapTables([block('html', [['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '（单位：万元）', '3', '12.5']])], 2020);
    expect(m.tables.active.rows).toEqual(['art20_9.procurement']);
    expect(m.tables.active.cells.get('art20_9.procurement/count')?.value).toBe(3);
  });

  it('digits with dashes are a run of values only where cells ran together', () => {
    const rows = [['第二十条第（一）项'], ['规章', '6-4', '0', '0']];
    expect(mapTables([block('html', rows)], 2020).tables.active.rows).toEqual(['extra.1']);
    expect(mapTables([block('html', rows)], 2020).tables.active.labels.get('extra.1')).toBe('6-4');
  });

  it('an unknown label opens an extra 表二 row only in a block that has shown a template label', () => {
    const first = block('html', [['第二十条第（一）项'], ['规章', '0', '0', '0']]);
    expect(mapTables([first, block('html', [['其他事项', '1', '2', '3']])], 2020).tables.active.rows).toEqual(['art20_1.rules']);
    expect(mapTables([block('html', [['第二十条第（一）项'], ['规章', '0', '0', '0'], ['其他事项', '1', '2', '3']])], 2020).tables.active.rows).toEqual(['art20_1.rules', 'extra.1']);
  });
});

describe('表三’s header printed with its cells run together into one', () => {
  const six = ['1', '0', '0', '0', '0', '0'];
  const rows = [['一、本年新收政府信息公开申请数量', ...six], ['二、上年结转政府信息公开申请数量', ...six], ['（一）予以公开', ...six], ['（二）部分公开', ...six]];
  const kinds = (head: string[][]) =>
    mapTables([block('html', [...head, ...rows])], 2022).issues.filter((i) => i.table === 'requests').map((i) => (i.kind === 'cut-columns' ? `cut ${i.cols.join()}` : `${i.kind} ${'row' in i ? i.row : ''}`));

  it('reads as the cells apart: the last column cut by the page is one departure, no row short of values', () => {
    const apart = [['申请人情况'], ['自然人', '法人或其他组织'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']];
    const together = [['申请人情况法人或其他组织商业企业科研机构社会公益组织法律服务机构其他'], ['自然人']];
    expect(kinds(together)).toEqual(kinds(apart));
    expect(kinds(together).filter((k) => k.startsWith('cut'))).toEqual(['cut total']);
    expect(kinds(together).filter((k) => k.startsWith('missing-values'))).toEqual([]);
  });

  it('only a cell made of the header’s words alone is split', () => {
    expect(headerRun('商业企业科研机构社会公益组织法律服务机构其他')).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(headerRun('自然人 总计')).toEqual(['自然人', '总计']);
    for (const t of ['其他总计', '商业企业', '商业企业及其他单位', '一、本年新收政府信息公开申请数量', '']) expect(headerRun(t), t).toBeNull();
  });
});

describe('表四’s header words printed apart from their columns (pdftotext without -layout)', () => {
  // Putian's 2024 report (林业局): each column's two-line header set as one paragraph across the columns
  const HEADER = ['行政复议', '结果 结果 其他 尚未 总计', '维持 纠正 结果 审结', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果 结果 其他 尚未', '结果 结果 其他 尚未', '总计', '总计', '维持 纠正 结果 审结', '维持 纠正 结果 审结'];
  const counts = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'];

  it('leave the table 表四’s: its fifteen counts after them are its data row', () => {
    const t = mapTables([block('bare', [[...HEADER, ...counts]])], 2025).tables.appeals;
    expect([t.found, [...t.cells.values()].map((c) => c.raw)]).toEqual([true, counts]);
    expect(t.cells.get('counts/review.total')?.value).toBe(1);
  });

  it('words that are not its header’s, after a table other than 表四, still name nothing', () => {
    const m = mapTables([block('bare', [['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '维持 纠正 结果 审结', ...counts]])], 2025);
    expect([m.tables.appeals.found, m.tables.active.rows]).toEqual([false, ['art20_1.rules']]);
  });
});

describe('a row of a text a cell a line read with twice its width', () => {
  const seven = (n: number) => [String(n), '0', '0', '0', '0', '0', String(n)];
  const ROWS = [['一、本年新收政府信息公开申请数量', ...seven(3)], ['二、上年结转政府信息公开申请数量', ...seven(1)], ['（一）予以公开', ...seven(2)], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...seven(1)]];
  const read = (layout: Layout, rows: string[][]) => {
    const m = mapTables([block(layout, [...HEAD, rows.flat()])], 2022);
    const run = m.issues.find((x) => x.kind === 'run-together');
    return {
      shape: m.issues.filter((i) => i.kind === 'extra-values' || i.kind === 'doubled-columns').map((i) => `${i.kind} ${'row' in i ? i.row : i.table}`),
      unread: run && 'undecided' in run ? run.undecided.map((u) => `${u.row} ${u.digits}`) : [],
      cells: m.tables.requests.cells.has('result.disclosed/natural'),
    };
  };

  it('alone: two rows’ values after one label, said unread (for review), not values beyond the template', () => {
    // 予以公开's label printed after its values: 上年结转's label is followed by two rows' values
    const rows = [ROWS[0]!, [ROWS[1]![0]!, ...ROWS[1]!.slice(1), ...ROWS[2]!.slice(1)], [ROWS[2]![0]!], ROWS[3]!];
    expect(read('bare', rows).shape).toEqual([]);
    expect(read('bare', rows).unread).toContain('carried_in 1 0 0 0 0 0 1 2 0 0 0 0 0 2');
    // a table that kept its cells, and a text that keeps its rows apart, print such a row as it is: values beyond the template
    expect(read('html', rows).shape).toEqual(['extra-values carried_in']);
    expect(read('per-line', rows).shape).toEqual(['extra-values carried_in']);
  });

  it('three rows or more and half the table: a table printed twice over, said as such', () => {
    const doubled = ROWS.map((r) => [...r, ...r.slice(1)]);
    expect(read('bare', doubled)).toEqual({ shape: ['doubled-columns requests'], unread: [], cells: true });
  });
});

describe('表四 read from a stream of cells in pieces (pdftotext without -layout)', () => {
  // long-2021 as pdftotext sets it: each group's header before its four results, the group's name and 总计 before its total
  const HEAD = (name: string) => [name, '总计'];
  const GROUP_HEAD = ['结果维 结果纠 其他结 尚未审', '持', '正', '果', '结'];
  const gap = (vs: string[]) => vs.flatMap((v) => [v, '']);
  const pieces = (review: string[], direct: string[], after: string[]) => [
    '行政复议', '', '行政诉讼', '', ...GROUP_HEAD, ...gap(review.slice(0, 4)), ...HEAD('未经复议直接起诉'), ...gap(review.slice(4)),
    ...GROUP_HEAD, ...gap(direct.slice(0, 4)), ...HEAD('复议后起诉'), ...gap(direct.slice(4)), ...GROUP_HEAD, ...gap(after.slice(0, 4)), '总计', ...after.slice(4),
  ];
  const counts = (cells: string[], layout: Layout = 'bare') => {
    const m = mapTables([block(layout, [cells])], 2023);
    return m.tables.appeals.found ? [...m.tables.appeals.cells.values()].map((c) => c.raw) : null;
  };
  const PRINTED = { review: ['0', '0', '6', '0', '6'], direct: ['0', '0', '0', '1', '1'], after: ['5', '5', '1', '1', '12'] };

  it('its fifteen values, the blank cells between them left out, are its data row in the template’s order', () => {
    expect(counts(pieces(PRINTED.review, PRINTED.direct, PRINTED.after))).toEqual([...PRINTED.review, ...PRINTED.direct, ...PRINTED.after]);
  });

  it('fourteen are not joined: the last piece alone is no data row (12 in every column breaks each group’s total)', () => {
    const m = mapTables([block('bare', [pieces(PRINTED.review, PRINTED.direct.slice(1), PRINTED.after)])], 2023);
    expect(m.tables.appeals.cells.size).toBe(0);
    const run = m.issues.find((x) => x.kind === 'run-together' && x.table === 'appeals');
    expect(run && 'undecided' in run ? run.undecided.map((u) => u.digits) : null).toEqual(['12']);
  });

  it('a label of another table ends its pieces: values after it are not its', () => {
    const fourteen = pieces(PRINTED.review, PRINTED.direct.slice(1), PRINTED.after);
    const m = mapTables([block('bare', [[...fourteen, '结', '一、本年新收政府信息公开申请数量', '1']])], 2023);
    const run = m.issues.find((x) => x.kind === 'run-together' && x.table === 'appeals');
    expect([m.tables.appeals.cells.size, run && 'undecided' in run ? run.undecided.map((u) => u.digits) : null]).toEqual([0, ['12']]);
  });

  it('one piece: its fifteen values a paragraph break apart are the row', () => {
    const all = [...PRINTED.review, ...PRINTED.direct, ...PRINTED.after];
    expect(counts(['行政复议', '行政诉讼', ...GROUP, '未经复议直接起诉', '复议后起诉', ...GROUP, ...GROUP, ...gap(all)])).toEqual(all);
  });

  it('a single 0 is still the all-zero row whose identical lines merged', () => {
    expect(counts(['行政复议', '行政诉讼', ...GROUP, '未经复议直接起诉', '复议后起诉', ...GROUP, ...GROUP, '0'])).toEqual(Array(15).fill('0'));
  });

  it('a table that kept its cells is read as it is', () => {
    expect(counts(pieces(PRINTED.review, PRINTED.direct, PRINTED.after), 'html')).toBeNull();
  });
});

describe('a cell’s number centred by hand between empty paragraphs (&nbsp; / 58 / &nbsp;), kept as cells by a text a cell a line', () => {
  const NEW = '一、本年新收政府信息公开申请数量';
  const bare = (values: string[]) => mapTables([block('bare', [{ length: 1 } as never].map(() => [...HEAD.flat(), NEW, ...values, '二、上年结转政府信息公开申请数量', ...'0000000'.split('')]))], 2024);
  const row = (m: ReturnType<typeof mapTables>) => ['natural', 'business', 'other_org', 'total'].map((c) => m.tables.requests.cells.get(`new/${c}`)?.value ?? null);

  it('the blanks inside a row that, without them, is as long as the template are padding: the row reads as printed', () => {
    const m = bare(['58', '0', '0', '0', '0', '0', ' ', '58', ' ']);
    expect(row(m)).toEqual([58, 0, 0, 58]);
    expect(m.issues.filter((i) => i.kind === 'run-together')).toEqual([]);
    expect(row(bare(['\u00a0', '58', '0', '0', '0', '0', '0', '\u00a0', '58']))).toEqual([58, 0, 0, 58]);
  });

  it('a blank that stands for a cell (the row without it is short) is no padding: the row reads as it does without the padding after it', () => {
    expect(row(bare(['58', '0', '0', '0', '0', ' ', '58', ' ']))).toEqual(row(bare(['58', '0', '0', '0', '0', ' ', '58'])));
  });
});
