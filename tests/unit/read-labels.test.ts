/**
 * The mapper's labels (lib/template/read-labels.ts), asked directly on a reading made by hand: where each kind of
 * label moves the reader (table, 表二's group and header column, 表三's phase and group), the row it names, what
 * the headers teach (表三's columns, 表二's units, a header cut short), and 其他 and 总计 in each place they stand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, TableId, Version } from '../../lib/model';
import type { LabelInfo } from '../../lib/template/labels';
import { activeGroup, activeHeader, enter, readAmbiguous, readLabel, readRequestLabel, requestColumns } from '../../lib/template/read-labels';
import { newReading, type Reading } from '../../lib/template/reading';

let line = 0;
const label = (text: string): Cell => ({ text, src: { line: ++line } });
/** A reading of this version standing in `table` (entered as the mapper enters it). */
const at = (table: TableId | null, version: Version = '2019'): Reading => {
  const r = newReading(version);
  if (table) enter(r, table);
  return r;
};
type RequestInfo = Extract<LabelInfo, { table: 'requests' }>;

describe('readLabel', () => {
  it('an unknown label is an extra row inside 表二 and nothing elsewhere', () => {
    const l = label('其他事项');
    expect(readLabel(at('active'), null, l)).toEqual({ table: 'active', extra: true, label: l });
    for (const t of ['requests', 'appeals', null] as const) expect(readLabel(at(t), null, l), String(t)).toBeNull();
  });

  it('an item of 表三 with no group, read outside 表三, is no 表三 row and moves nothing', () => {
    const info: LabelInfo = { table: 'requests', kind: 'item', n: 1, group: null };
    const l = label('1.属于国家秘密');
    const active = at('active');
    expect(readLabel(active, info, l)).toEqual({ table: 'active', extra: true, label: l });
    expect([active.pos.table, active.learnt.seen.has('requests')]).toEqual(['active', false]);
    for (const t of ['appeals', null] as const) {
      const r = at(t);
      expect(readLabel(r, info, l)).toBeNull();
      expect(r.pos.table).toBe(t);
    }
    // with its group named it is one, wherever it stands
    const g = at('active');
    expect(readLabel(g, { table: 'requests', kind: 'item', n: 1, group: 'withheld' }, l)).toEqual({ table: 'requests', row: 'result.withheld.1', label: l });
    expect(g.pos.table).toBe('requests');
    // inside 表三, its group is the current one
    const inside = at('requests');
    inside.pos.requestGroup = 'unavailable';
    expect(readLabel(inside, info, l)).toEqual({ table: 'requests', row: 'result.unavailable.1', label: l });
  });

  it('enters the table a label names, anchors the block, and keeps where the table’s first label stood', () => {
    const r = at(null);
    const first = label('规章');
    readLabel(r, { table: 'active', kind: 'row', row: 'rules', group: 'art20_1' }, first);
    readLabel(r, { table: 'active', kind: 'row', row: 'normative', group: 'art20_1' }, label('规范性文件'));
    expect([r.pos.table, r.pos.anchored, r.learnt.seen.get('active')]).toEqual(['active', true, first.src]);
  });

  it('表二: a group sets the group and ends a header row; a header row starts its columns; a row names group and row', () => {
    const r = at('active');
    expect(readLabel(r, { table: 'active', kind: 'header' }, label('信息内容'))).toBeNull();
    expect(r.pos.headerColumn).toBe(0);
    expect(readLabel(r, { table: 'active', kind: 'group', group: 'art20_5' }, label('第二十条第（五）项'))).toBeNull();
    expect([r.pos.activeGroup, r.pos.headerColumn]).toEqual(['art20_5', -1]);
    const l = label('规章');
    expect(readLabel(r, { table: 'active', kind: 'row', row: 'rules', group: 'art20_1' }, l)).toEqual({ table: 'active', row: 'art20_1.rules', group: 'art20_1', label: l });
    expect(r.pos.activeGroup).toBe('art20_1');
    expect(readLabel(r, { table: 'active', kind: 'col', col: 'amount', unit: '万元' }, label('采购总金额（万元）'))).toBeNull();
  });

  it('a column header cut short after a group: no column to name, no note', () => {
    const r = at('active');
    readLabel(r, { table: 'active', kind: 'header' }, label('信息内容'));
    readLabel(r, { table: 'active', kind: 'group', group: 'art20_1' }, label('第二十条第（一）项'));
    readLabel(r, { table: 'active', kind: 'col', col: '', cut: true }, label('本年新'));
    expect(r.notes).toEqual([]);
  });

  it('表四’s labels name its one row', () => {
    const l = label('行政复议');
    const r = at(null);
    expect(readLabel(r, { table: 'appeals', kind: 'header', group: 'review' }, l)).toEqual({ table: 'appeals', label: l });
    expect([r.pos.table, r.learnt.appealsSeen]).toEqual(['appeals', true]);
  });
});

describe('readRequestLabel', () => {
  const read = (r: Reading, info: RequestInfo, text = '标签') => readRequestLabel(r, info, label(text));

  it('header cells teach the columns in their order, 自然人 and the cells over others apart', () => {
    const r = at('requests');
    for (const info of [{ col: 'natural' }, {}, { col: 'org_subtotal' }, { col: 'business' }] as { col?: string }[]) expect(read(r, { table: 'requests', kind: 'header', ...info })).toBeNull();
    expect(r.learnt.applicantOrder).toEqual(['org_subtotal', 'business']);
    expect(r.pos.requestPhase).toBe('header');
  });

  it('the header printed again over a continuation (续表) stands in the header again: its 总计 is a column, not the total row', () => {
    const r = at('requests');
    r.pos.requestPhase = 'results';
    r.pos.requestGroup = 'withheld';
    expect(read(r, { table: 'requests', kind: 'header', col: 'natural' })).toBeNull();
    expect(r.pos.requestPhase).toBe('header');
    expect(readAmbiguous(r, 'total', label('总计'))).toBeNull();
    // the group goes on: the continuation's first item is the group's next
    expect(r.pos.requestGroup).toBe('withheld');
    expect(read(r, { table: 'requests', kind: 'item', n: 5, group: null }, '5.属于三类内部事务信息')).toMatchObject({ row: 'result.withheld.5' });
  });

  it('三、本年度办理结果 starts the results', () => {
    const r = at('requests');
    expect(read(r, { table: 'requests', kind: 'phase' })).toBeNull();
    expect(r.pos.requestPhase).toBe('results');
  });

  it('一、二 are the body, 四、结转 the results; each ends a group', () => {
    const r = at('requests');
    r.pos.requestGroup = 'withheld';
    const l = label('一、本年新收政府信息公开申请数量');
    expect(readRequestLabel(r, { table: 'requests', kind: 'row', row: 'new' }, l)).toEqual({ table: 'requests', row: 'new', label: l });
    expect([r.pos.requestPhase, r.pos.requestGroup]).toEqual(['body', null]);
    r.pos.requestGroup = 'withheld';
    expect(read(r, { table: 'requests', kind: 'row', row: 'carried_out' })).toMatchObject({ row: 'carried_out' });
    expect([r.pos.requestPhase, r.pos.requestGroup]).toEqual(['results', null]);
  });

  it('总计 ends a group and names the results’ total', () => {
    const r = at('requests');
    r.pos.requestGroup = 'other';
    expect(read(r, { table: 'requests', kind: 'total' })).toMatchObject({ table: 'requests', row: 'result.total' });
    expect(r.pos.requestGroup).toBeNull();
  });

  it('a group sets the results and the group, and names the group’s line', () => {
    const r = at('requests');
    const l = label('（三）不予公开');
    expect(readRequestLabel(r, { table: 'requests', kind: 'group', group: 'withheld', ord: 3 }, l)).toEqual({ table: 'requests', group: 'withheld', label: l });
    expect([r.pos.requestPhase, r.pos.requestGroup]).toEqual(['results', 'withheld']);
  });

  it('an item: of its own group or the current one, numbered by its label or its place, within the group', () => {
    const r = at('requests');
    expect(read(r, { table: 'requests', kind: 'item', n: 1, group: null })).toBeNull();
    expect(r.pos.requestPhase).toBe('header');
    expect(read(r, { table: 'requests', kind: 'item', n: 1, group: 'unavailable' }, '属于国家秘密')).toMatchObject({ row: 'result.unavailable.1' });
    expect([r.pos.requestPhase, r.pos.requestGroup]).toEqual(['results', 'unavailable']);
    // the number the label prints wins over the place
    expect(read(r, { table: 'requests', kind: 'item', n: 1, group: null }, '3.补正后申请内容仍不明确')).toMatchObject({ row: 'result.unavailable.3' });
    // past the group's items, of no number, of a group this version lacks
    expect(read(r, { table: 'requests', kind: 'item', n: 4, group: null }, '其他')).toBeNull();
    expect(read(r, { table: 'requests', kind: 'item', n: null, group: null }, '其他')).toBeNull();
    expect(read(r, { table: 'requests', kind: 'item', n: 1, group: 'other' }, '其他')).toBeNull();
    expect(read(at('requests', '2021'), { table: 'requests', kind: 'item', n: 1, group: 'other' }, '其他')).toMatchObject({ row: 'result.other.1' });
    expect(read(r, { table: 'requests', kind: 'item', n: 1, group: 'no_such' }, '其他')).toBeNull();
  });
});

describe('readAmbiguous: 其他 and 总计', () => {
  it('in 表三’s header: columns', () => {
    const r = at('requests');
    expect(readAmbiguous(r, 'other', label('其他'))).toBeNull();
    expect(readAmbiguous(r, 'total', label('总计'))).toBeNull();
    expect(r.learnt.applicantOrder).toEqual(['other_org', 'total']);
  });

  it('in 表三’s results: 总计 the total; 其他 the 2021 template’s third item of 其他处理, else nothing', () => {
    const results = (version: Version, group: string | null) => {
      const r = at('requests', version);
      r.pos.requestPhase = 'results';
      r.pos.requestGroup = group;
      return r;
    };
    const l = label('其他');
    expect(readAmbiguous(results('2019', null), 'total', l)).toEqual({ table: 'requests', row: 'result.total', label: l });
    expect(readAmbiguous(results('2021', 'other'), 'other', l)).toEqual({ table: 'requests', row: 'result.other.3', label: l });
    expect(readAmbiguous(results('2021', 'other'), 'total', l)).toEqual({ table: 'requests', row: 'result.total', label: l });
    expect(readAmbiguous(results('2019', 'other'), 'other', l)).toBeNull();
    expect(readAmbiguous(results('2021', 'withheld'), 'other', l)).toBeNull();
    const body = results('2021', 'other');
    body.pos.requestPhase = 'body';
    expect(readAmbiguous(body, 'other', l)).toEqual({ table: 'requests', row: 'result.other.3', label: l });
    expect(body.learnt.applicantOrder).toEqual([]);
  });

  it('in 表二: 其他 an extra row, 总计 nothing; in 表四 its row; outside the tables nothing', () => {
    const l = label('其他');
    expect(readAmbiguous(at('active'), 'other', l)).toEqual({ table: 'active', extra: true, label: l });
    expect(readAmbiguous(at('active'), 'total', l)).toBeNull();
    expect(readAmbiguous(at('appeals'), 'total', l)).toEqual({ table: 'appeals', label: l });
    expect(readAmbiguous(at('appeals'), 'other', l)).toEqual({ table: 'appeals', label: l });
    expect(readAmbiguous(at(null), 'other', l)).toBeNull();
  });
});

describe('enter', () => {
  it('表三 starts at its header, out of any group; another table leaves those as they were', () => {
    const r = at('requests');
    r.pos.requestPhase = 'results';
    r.pos.requestGroup = 'withheld';
    enter(r, 'active');
    expect([r.pos.table, r.pos.requestPhase, r.pos.requestGroup, r.learnt.appealsSeen]).toEqual(['active', 'results', 'withheld', false]);
    enter(r, 'requests');
    expect([r.pos.table, r.pos.requestPhase, r.pos.requestGroup]).toEqual(['requests', 'header', null]);
    enter(r, 'appeals');
    expect([r.pos.table, r.learnt.appealsSeen]).toEqual(['appeals', true]);
  });
});

describe('activeHeader', () => {
  it('a column’s unit, for the current group', () => {
    const r = at('active');
    r.pos.activeGroup = 'art20_9';
    activeHeader(r, { table: 'active', kind: 'col', col: 'amount', unit: '万元' }, label('采购总金额（万元）'));
    activeHeader(r, { table: 'active', kind: 'col', col: 'count' }, label('采购项目数量'));
    expect([...r.learnt.columnUnits]).toEqual([['art20_9/amount', '万元']]);
    const none = at('active');
    activeHeader(none, { table: 'active', kind: 'col', col: 'amount', unit: '万元' }, label('采购总金额（万元）'));
    expect(none.learnt.columnUnits.size).toBe(0);
  });

  it('a header cut short is named by its place in the header row, and said', () => {
    const r = at('active');
    r.pos.activeGroup = 'art20_1';
    r.pos.headerColumn = 0;
    const a = label('本年新');
    activeHeader(r, { table: 'active', kind: 'col', col: '', cut: true }, a);
    activeHeader(r, { table: 'active', kind: 'col', col: 'new_published' }, label('本年新公开数量'));
    const b = label('对外公开');
    activeHeader(r, { table: 'active', kind: 'col', col: '', cut: true, unit: '件' }, b);
    expect(r.notes).toEqual([
      { kind: 'cut-header', table: 'active', group: 'art20_1', col: 'new_made', label: '本年新', src: a.src },
      { kind: 'cut-header', table: 'active', group: 'art20_1', col: 'total_published', label: '对外公开', src: b.src },
    ]);
    expect(r.pos.headerColumn).toBe(3);
    expect([...r.learnt.columnUnits]).toEqual([['art20_1/total_published', '件']]);
    // past the group's columns, or outside a header row, or with no group: no column
    activeHeader(r, { table: 'active', kind: 'col', col: '', cut: true }, label('多余'));
    const outside = at('active');
    outside.pos.activeGroup = 'art20_1';
    activeHeader(outside, { table: 'active', kind: 'col', col: '', cut: true }, label('本年新'));
    const nogroup = at('active');
    nogroup.pos.headerColumn = 0;
    activeHeader(nogroup, { table: 'active', kind: 'col', col: '', cut: true }, label('本年新'));
    expect([r.notes.length, outside.notes, outside.pos.headerColumn, nogroup.notes]).toEqual([2, [], -1, []]);
  });
});

describe('activeGroup', () => {
  it('a group of the version, else of the other version, else none', () => {
    expect(activeGroup('2019', null)).toBeUndefined();
    expect(activeGroup('2019', 'art20_1')?.cols).toEqual(['new_made', 'new_published', 'total_published']);
    expect(activeGroup('2021', 'art20_1')?.cols).toEqual(['issued', 'repealed', 'in_force']);
    expect(activeGroup('2021', 'art20_9')?.cols).toEqual(['count', 'amount']);
    expect(activeGroup('2019', 'no_such')).toBeUndefined();
  });
});

describe('requestColumns', () => {
  it('the template’s columns while the header prints no 小计', () => {
    const r = at('requests');
    const cols = r.tables.requests.cols;
    expect(requestColumns(r)).toBe(cols);
    expect(r.notes).toEqual([]);
  });

  it('a 小计 column where the header prints it, before or after the organisations, said once', () => {
    const before = at('requests');
    before.learnt.applicantOrder.push('org_subtotal', 'business', 'research');
    expect(requestColumns(before)).toEqual(['natural', 'org_subtotal', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total']);
    expect(before.notes).toEqual([{ kind: 'subtotal-column', table: 'requests', src: {} }]);
    requestColumns(before);
    expect(before.notes).toHaveLength(1);
    const after = at('requests');
    after.tables.requests.src = { line: 7 };
    after.learnt.applicantOrder.push('business', 'research', 'org_subtotal');
    expect(requestColumns(after)).toEqual(['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'org_subtotal', 'total']);
    expect(after.notes).toEqual([{ kind: 'subtotal-column', table: 'requests', src: { line: 7 } }]);
  });
});
