/**
 * Rows whose cells ran together or lost their blanks (lib/template/read-runs.ts), asked directly on a reading made
 * by hand: which rows are as long as they print, a row read now by its column count (and its own total), kept for
 * the arithmetic, or said to be undecidable; the notes said per table; rows missing or taken for blank made
 * doubtful in a table whose reading was disordered.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Layout, ShapeIssue } from '../../lib/model';
import { newReading, type Reading, type RowTarget, type Segment } from '../../lib/template/reading';
import { enter } from '../../lib/template/read-labels';
import { blankRun, blanksLostExplain, count, decideRuns, doubtBlankRows, doubtMissingRows, notePendingRuns, ownTotalHolds, splitRun, undecided } from '../../lib/template/read-runs';
import { placeTarget } from '../../lib/template/place';
import { APPEAL_COLS } from '../../lib/template/layout';
import { readingsOf } from '../../lib/template/runs';
import type { Mapping } from '../../lib/model';

let line = 0;
const cell = (text: string): Cell => ({ text, src: { line: ++line } });
const seg = (label: string, values: string[]): Segment => ({ labels: [cell(label)], values: values.map(cell) });
const reading = (layout: Layout = 'merged'): Reading => {
  const r = newReading('2019');
  enter(r, 'requests');
  r.layout = layout;
  return r;
};
const NEW: RowTarget = { table: 'requests', row: 'new', label: cell('一、本年新收政府信息公开申请数量') };
const COLS = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'];

describe('ownTotalHolds', () => {
  it('表三’s total is its applicants’ sum, a 小计 column left out', () => {
    expect(ownTotalHolds('requests', COLS, ['1', '0', '0', '0', '0', '2', '3'])).toBe(true);
    expect(ownTotalHolds('requests', COLS, ['1', '0', '0', '0', '0', '2', '4'])).toBe(false);
    expect(ownTotalHolds('requests', ['natural', 'org_subtotal', 'business', 'total'], ['1', '5', '5', '6'])).toBe(true);
    expect(ownTotalHolds('requests', ['natural', 'business'], ['1', '5'])).toBe(true);
    expect(ownTotalHolds('active', ['a', 'total'], ['1', '5'])).toBe(true);
    expect(ownTotalHolds('requests', ['natural', 'total'], ['0.5', '0.5000001'])).toBe(true);
    expect(ownTotalHolds('requests', ['natural', 'total'], ['0.5', '0.50001'])).toBe(false);
    // off by exactly 0.000001: not held; a total in the first column is still a total
    expect(ownTotalHolds('requests', ['natural', 'total'], ['0', '0.000001'])).toBe(false);
    expect(ownTotalHolds('requests', ['total', 'natural'], ['4', '5'])).toBe(false);
    expect(ownTotalHolds('requests', ['total', 'natural'], ['5', '5'])).toBe(true);
  });

  it('each of 表四’s groups: its total the sum of its four results', () => {
    const row = (...groups: number[][]) => groups.flat().map(String);
    expect(ownTotalHolds('appeals', APPEAL_COLS, row([0, 0, 6, 0, 6], [0, 0, 0, 1, 1], [5, 5, 1, 1, 12]))).toBe(true);
    expect(ownTotalHolds('appeals', APPEAL_COLS, Array(15).fill('0'))).toBe(true);
    expect(ownTotalHolds('appeals', APPEAL_COLS, Array(15).fill('12'))).toBe(false);
    // one group off is enough, whichever it is; a part off as much as the total
    for (const g of [0, 1, 2]) {
      const groups = [[1, 0, 0, 0, 1], [0, 2, 0, 0, 2], [0, 0, 3, 0, 3]];
      groups[g]![4]! += 1;
      expect(ownTotalHolds('appeals', APPEAL_COLS, row(...groups))).toBe(false);
      groups[g]![3]! += 1;
      expect(ownTotalHolds('appeals', APPEAL_COLS, row(...groups))).toBe(true);
    }
  });

  it('count adds one per table', () => {
    const m = new Map();
    count(m, 'requests');
    count(m, 'requests');
    count(m, 'active');
    expect([...m]).toEqual([['requests', 2], ['active', 1]]);
  });
});

describe('blanksLostExplain', () => {
  it('a run of 表三 digits whose shorter reading (blanks lost, numbers longer) keeps its total', () => {
    // 3 1 1 5 4 _ 14: the single digits' total fails (3+1+1+5+4+1 ≠ 4), 3+1+1+5+4 = 14 holds
    expect(blanksLostExplain('requests', COLS, '3115414')).toBe(true);
    expect(blanksLostExplain('requests', COLS, '2130')).toBe(false);
    // numbers have no leading zero (0 itself aside): 1 _ 05 is no reading
    expect(blanksLostExplain('requests', COLS, '105')).toBe(false);
    expect(blanksLostExplain('requests', COLS, '000')).toBe(true);
    expect(blanksLostExplain('requests', COLS, '1234515')).toBe(true);
    // only 表三 without a 小计 column; a single digit, letters or a run over 14 digits are not tried
    expect(blanksLostExplain('appeals', COLS, '3115414')).toBe(false);
    // runs a row's spaces kept are cut only inside themselves
    expect(blanksLostExplain('requests', COLS, ['10', '00', '10'])).toBe(true);
    expect(blanksLostExplain('requests', COLS, ['100', '0', '0', '00'])).toBe(false);
    expect(blanksLostExplain('requests', COLS, ['2', '01'])).toBe(false);
    expect(blanksLostExplain('requests', COLS, ['1', '01'])).toBe(true);
    expect(blanksLostExplain('requests', COLS, ['3', '3'])).toBe(true);
    expect(blanksLostExplain('requests', COLS, ['12', 'x'])).toBe(false);
    // the reading of a digit a cell is no reading with blanks lost
    expect(blanksLostExplain('requests', COLS, '1000001')).toBe(false);
    expect(blanksLostExplain('requests', [...COLS.slice(0, 1), 'org_subtotal', ...COLS.slice(1)], '3115414')).toBe(false);
    expect(blanksLostExplain('requests', COLS, '7')).toBe(false);
    expect(blanksLostExplain('requests', COLS, '12345610123466')).toBe(true); // 123456 10 _ 123466
    expect(blanksLostExplain('requests', COLS, '123456711234568')).toBe(false); // 1234567 1 _ 1234568: 15 digits
  });

  it('a merged run the column count cuts into digits whose total fails: unread where blanks lost explain it, else as printed', () => {
    const r = reading();
    expect(splitRun(r, NEW, seg('一', ['3115414']), 'merged')).toBe(false);
    expect(r.runs.undecided.get('requests')).toEqual([{ row: 'new', label: '一', digits: '3115414', how: 'merged' }]);
    const s = seg('一', ['3115415']);
    expect(splitRun(reading(), NEW, s, 'merged')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(['3', '1', '1', '5', '4', '1', '5']);
  });
});

describe('splitRun', () => {
  it('a row as long as the template, a longer merged row, a row printed twice over, a longer row of a per-line text: as printed', () => {
    expect(splitRun(reading(), NEW, seg('一', ['1', '0', '0', '0', '0', '0', '1']), 'collapsed')).toBe(true);
    expect(splitRun(reading(), NEW, seg('一', Array(8).fill('1')), 'merged')).toBe(true);
    expect(splitRun(reading('bare'), NEW, seg('一', Array(14).fill('1')), 'collapsed')).toBe(true);
    expect(splitRun(reading('per-line'), NEW, seg('一', Array(8).fill('1')), 'collapsed')).toBe(true);
    // blanks after the values are padding, in text of one cell per line; where cells ran together a blank is no run of digits
    expect(splitRun(reading('bare'), NEW, seg('一', ['1', '0', '0', '0', '0', '0', '1', '', ' ']), 'collapsed')).toBe(true);
    expect(splitRun(reading(), NEW, seg('一', ['1000001', '']), 'merged')).toBe(false);
  });

  it('a merged run with one reading whose total holds: read now, and counted', () => {
    const r = reading();
    const s = seg('一', ['1000001']);
    expect(splitRun(r, NEW, s, 'merged')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(s.values.every((c) => c.src === s.values[0]!.src)).toBe(true);
    expect([...r.runs.told]).toEqual([['requests', 1]]);
    expect(r.runs.src.get('requests')).toBe(s.values[0]!.src);
  });

  it('one reading whose total fails: read only where no printed break had to be cut', () => {
    const one = reading();
    const s = seg('一', ['1000002']);
    expect(splitRun(one, NEW, s, 'merged')).toBe(true);
    const two = reading();
    const t = seg('一', ['1000', '21', '1']);
    expect(splitRun(two, NEW, t, 'merged')).toBe(false);
    expect(two.runs.undecided.get('requests')).toEqual([{ row: 'new', label: '一', digits: '1000 21 1', how: 'merged' }]);
    expect([two.tables.requests.found, two.tables.requests.rows]).toEqual([true, ['new']]);
  });

  it('runs no number can be (00) in a 表三 row of a digit a cell: read as its digits where no blank cell lost explains it', () => {
    // real: 平潭综合实验区旅游与文化体育局 2025, 「100 0 0 00」: 自然人 1, 总计 0 — wrong however read
    const one = reading();
    const s = seg('一', ['100', '0', '0', '00']);
    expect(splitRun(one, NEW, s, 'merged')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(['1', '0', '0', '0', '0', '0', '0']);
    // every run a number (54 0 0 0 0 0: a 总计 left blank and lost, as likely as 5 4): not read
    const two = reading();
    expect(splitRun(two, NEW, seg('一', ['54', '0', '0', '0', '0', '0']), 'merged')).toBe(false);
    // more digits than cells, or a reading with blanks lost that holds (10 0 0 00 10 is 10 _ 0 0 0 0 10 too): not read
    const three = reading();
    expect(splitRun(three, NEW, seg('一', ['100', '0', '0', '00', '1']), 'merged')).toBe(false);
    const four = reading();
    expect(splitRun(four, NEW, seg('一', ['10', '0', '00', '10']), 'merged')).toBe(false);
    // 表四 has no such reading: its row stays undecided
    const five = reading();
    const row = ['100', '0', '0', '00', '0', '0', '0', '0', '0', '0', '0', '0'];
    expect(splitRun(five, { table: 'appeals', label: null }, { labels: [cell('行政复议')], values: row.map(cell) }, 'merged')).toBe(false);
  });

  it('a row of merged lines with one reading: read when its total holds, counted as widened', () => {
    const r = reading('bare');
    const s = seg('一', ['0']);
    expect(splitRun(r, NEW, s, 'collapsed')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(Array(7).fill('0'));
    expect([...r.runs.widened]).toEqual([['requests', 1]]);
  });

  it('several readings in 表三: kept for the arithmetic', () => {
    const r = reading('bare');
    const s = seg('一', ['1', '0', '1']);
    expect(splitRun(r, NEW, s, 'collapsed')).toBe(false);
    expect(r.runs.pending).toHaveLength(1);
    expect(r.runs.pending[0]).toMatchObject({ table: 'requests', row: 'new', cols: COLS, label: '一', digits: '1 0 1', how: 'collapsed' });
    expect(r.runs.pending[0]!.readings.length).toBeGreaterThan(1);
    expect(r.runs.undecided.size).toBe(0);
  });

  it('several readings in 表二: no arithmetic to choose, said undecidable', () => {
    const r = newReading('2019');
    enter(r, 'active');
    r.pos.activeGroup = 'art20_1';
    r.layout = 'merged';
    const target: RowTarget = { table: 'active', row: 'art20_1.rules', group: 'art20_1', label: cell('规章') };
    expect(splitRun(r, target, seg('规章', ['1234']), 'merged')).toBe(false);
    expect(r.runs.pending).toEqual([]);
    // (its columns kept, for what the text says of a cell to be weighed against every reading)
    expect(r.runs.undecided.get('active')).toEqual([{ row: 'art20_1.rules', label: '规章', digits: '1234', how: 'merged', cols: ['new_made', 'new_published', 'total_published'] }]);
    expect(r.tables.active.groupOf.get('art20_1.rules')).toBe('art20_1');
  });

  it('表四’s shorter row of one cell per line that no reading explains: left to 表四’s own choice', () => {
    const r = newReading('2019');
    enter(r, 'appeals');
    expect(splitRun(r, { table: 'appeals', label: null }, seg('行政复议', ['1', '1']), 'collapsed')).toBe(true);
  });

  it('a longer row of 表三 nothing explains: undecided, and the table’s reading disordered', () => {
    const r = reading('bare');
    expect(splitRun(r, NEW, seg('一', Array(9).fill('0')), 'collapsed')).toBe(false);
    expect(r.runs.undecided.get('requests')).toHaveLength(1);
    expect(r.disorder.has('requests')).toBe(true);
    // a merged row that cannot be read is not out of its row
    const m = reading();
    expect(splitRun(m, NEW, seg('一', ['1', '2', 'x']), 'merged')).toBe(false);
    expect(m.disorder.size).toBe(0);
  });

  it('a number broken over two lines is joined where one join gives the row and its total', () => {
    // 62 and 1000000 make no number of seven digits, nor 1000000 and 0: only 1 / 62 joins
    const r = reading('bare');
    const s = seg('一', ['1', '62', '1000000', '0', '0', '0', '0', '1000162']);
    expect(splitRun(r, NEW, s, 'collapsed')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(['162', '1000000', '0', '0', '0', '0', '1000162']);
    expect([...r.runs.widened]).toEqual([['requests', 1]]);
    // two joins possible: kept for the arithmetic
    const two = reading('bare');
    expect(splitRun(two, NEW, seg('一', ['1', '62', '0', '0', '0', '0', '0', '162']), 'collapsed')).toBe(false);
    expect(two.runs.pending[0]!.readings).toEqual([['1', '620', '0', '0', '0', '0', '162'], ['162', '0', '0', '0', '0', '0', '162']]);
  });

  it('a row the template lacks: as printed', () => {
    const r = newReading('2019');
    enter(r, 'active');
    expect(splitRun(r, { table: 'active', extra: true, label: cell('其他') }, seg('其他', ['12']), 'merged')).toBe(true);
  });

  it('where the table’s first run stood is kept', () => {
    const r = reading();
    const first = seg('一', ['100', '0002']);
    splitRun(r, NEW, first, 'merged');
    splitRun(r, { table: 'requests', row: 'carried_in', label: cell('二') }, seg('二', ['1000001']), 'merged');
    expect(r.runs.src.get('requests')).toBe(first.values[0]!.src);
  });
});

describe('undecided and notePendingRuns', () => {
  it('a row said undecidable stands in its table once, with its printed label', () => {
    const r = reading();
    const src = { line: 5 };
    undecided(r, 'requests', 'new', { label: '一、本年新收', digits: '12', how: 'merged' }, src);
    undecided(r, 'requests', 'new', { label: '又一', digits: '3', how: 'merged' }, { line: 9 });
    const t = r.tables.requests;
    expect([t.found, t.src, t.rows, t.rowSrc.get('new'), t.printed.get('new')]).toEqual([true, src, ['new'], src, '一、本年新收']);
    expect(r.runs.undecided.get('requests')).toHaveLength(2);
  });

  it('one note per table with rows told apart, widened or undecided', () => {
    const r = reading();
    count(r.runs.told, 'requests');
    count(r.runs.widened, 'active');
    r.runs.src.set('requests', { line: 3 });
    notePendingRuns(r);
    expect(r.notes).toEqual([
      { kind: 'run-together', table: 'requests', told: 1, widened: 0, undecided: [], src: { line: 3 } },
      { kind: 'run-together', table: 'active', told: 0, widened: 1, undecided: [], src: {} },
    ]);
  });
});

describe('doubt in a disordered table', () => {
  const missing = (row: string): ShapeIssue => ({ kind: 'missing-row', table: 'requests', row, src: null } as ShapeIssue);

  it('a missing row joins the rows that need review only where the table was disordered', () => {
    const r = reading();
    const other: ShapeIssue = { kind: 'missing-table', table: 'active', src: null } as ShapeIssue;
    expect(doubtMissingRows(r, [missing('carried_in'), other])).toEqual([missing('carried_in'), other]);
    r.disorder.add('requests');
    expect(doubtMissingRows(r, [missing('carried_in'), other])).toEqual([other]);
    expect(r.runs.undecided.get('requests')).toEqual([{ row: 'carried_in', label: '上年结转申请', digits: '—', how: 'collapsed' }]);
  });

  it('a row taken for blank is unread where the table holds rows that could not be read', () => {
    const r = reading('bare');
    blankRun(r, NEW, seg('一', []));
    r.tentative.push({ target: NEW, how: 'collapsed', beforeHeading: false });
    expect(r.tables.requests.cells.get('new/natural')?.blank).toBe(true);
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(true);
    // values out of their rows alone do not doubt a row taken for blank before the next row's label
    r.disorder.add('requests');
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(true);
    r.disorder.delete('requests');
    undecided(r, 'requests', 'carried_in', { label: '二', digits: '1 2', how: 'collapsed' }, {});
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(false);
    expect(r.placements.some((p) => p.row === 'new')).toBe(false);
    expect(r.runs.undecided.get('requests')!.map((u) => [u.row, u.digits, u.how])).toEqual([['carried_in', '1 2', 'collapsed'], ['new', '—', 'collapsed']]);
    expect(r.disorder.has('requests')).toBe(true);
  });

  it('a row taken for blank before a group heading is unread also where values stood out of their rows', () => {
    const r = reading('bare');
    blankRun(r, NEW, seg('一', []));
    r.tentative.push({ target: NEW, how: 'collapsed', beforeHeading: true });
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(true);
    r.disorder.add('requests');
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(false);
    expect(r.runs.undecided.get('requests')!.map((u) => [u.row, u.digits])).toEqual([['new', '—']]);
  });

  it('blankRun places nothing for 表四 or a row the template lacks', () => {
    const r = newReading('2019');
    enter(r, 'appeals');
    blankRun(r, { table: 'appeals', label: cell('行政复议') }, seg('行政复议', []));
    expect([r.tables.appeals.cells.size, r.learnt.appealsFallback]).toEqual([0, null]);
  });
});

describe('splitRun: the rest of its branches', () => {
  const art20: RowTarget = { table: 'active', row: 'art20_1.rules', group: 'art20_1', label: cell('规章') };
  const active = (layout: Layout) => {
    const r = newReading('2021');
    enter(r, 'active');
    r.pos.activeGroup = 'art20_1';
    r.layout = layout;
    return r;
  };

  it('a longer 表二 row is never joined, even where one join would give it (1 / 62 → 162): undecided, its table disordered', () => {
    const r = active('bare');
    const s = seg('规章', ['0', '0', '1', '62']);
    expect(splitRun(r, art20, s, 'collapsed')).toBe(false);
    expect(s.values.map((c) => c.text)).toEqual(['0', '0', '1', '62']);
    expect(r.runs.undecided.get('active')).toEqual([{ row: 'art20_1.rules', label: '规章', digits: '0 0 1 62', how: 'collapsed', cols: ['issued', 'repealed', 'in_force'] }]);
    expect(r.disorder.has('active')).toBe(true);
  });

  it('a row of one cell per line read back by its column count keeps its cells trimmed', () => {
    const r = reading('bare');
    const s = seg('一', [' 0 ']);
    expect(splitRun(r, NEW, s, 'collapsed')).toBe(true);
    expect(s.values.map((c) => c.text)).toEqual(Array(7).fill('0'));
  });

  it('表四’s merged run that no reading explains is undecided (only a shorter row of one cell per line is left to 表四’s choice)', () => {
    const r = newReading('2019');
    enter(r, 'appeals');
    r.layout = 'merged';
    expect(splitRun(r, { table: 'appeals', label: null }, seg('行政复议', ['1', '1']), 'merged')).toBe(false);
    expect(r.runs.undecided.get('appeals')).toEqual([{ row: 'counts', label: '行政复议', digits: '1 1', how: 'merged' }]);
  });

  it('a merged run of too many readings to weigh is undecided, not read', () => {
    const r = reading();
    expect(splitRun(r, NEW, seg('一', ['12345678901234567890']), 'merged')).toBe(false);
    expect(r.runs.pending).toEqual([]);
    expect(r.runs.undecided.get('requests')).toEqual([{ row: 'new', label: '一', digits: '12345678901234567890', how: 'merged' }]);
  });

  it('values with no label before them are printed with an empty label', () => {
    const r = reading();
    expect(splitRun(r, NEW, { labels: [], values: [cell('1000'), cell('21'), cell('1')] }, 'merged')).toBe(false);
    expect(r.runs.undecided.get('requests')).toEqual([{ row: 'new', label: '', digits: '1000 21 1', how: 'merged' }]);
  });

  it('a row the template lacks whose digits read several ways: nothing said of a row that has no key', () => {
    const r = active('merged');
    expect(splitRun(r, { table: 'active', extra: true, label: cell('其他') }, seg('其他', ['1234']), 'merged')).toBe(false);
    expect(r.runs.undecided.size).toBe(0);
    expect(r.runs.pending).toEqual([]);
    expect(r.tables.active.rows).toEqual([]);
  });
});

describe('decideRuns', () => {
  const EVIDENCE = null as unknown as Mapping['evidence'];
  const zeros = (n: number) => Array(n).fill('0') as string[];
  const target = (row: string): RowTarget => ({ table: 'requests', row, label: cell(row) });
  /** A 表三 with 二、上年结转, 四、结转下年 and 三、（七）总计 read: 一's readings are chosen by the balance 一+二 = 三+四. */
  const withBalance = (total: string[]) => {
    const r = reading();
    placeTarget(r, target('carried_in'), seg('二', zeros(7)), false);
    placeTarget(r, target('carried_out'), seg('四', zeros(7)), false);
    placeTarget(r, target('result.total'), seg('总计', total), false);
    return r;
  };
  const pend = (r: Reading, row: string, readings: string[][], how: 'merged' | 'collapsed' = 'collapsed', cols = row === 'counts' ? APPEAL_COLS : COLS) =>
    r.runs.pending.push({ how, target: row === 'counts' ? { table: 'appeals', label: null } : target(row), table: row === 'counts' ? 'appeals' : 'requests', row, cols, readings, labels: [cell(row)], label: row, digits: 'd', src: { line: 1 } });
  const ONE_NATURAL = ['1', '0', '0', '0', '0', '0', '1'];
  const ONE_BUSINESS = ['0', '1', '0', '0', '0', '0', '1'];
  const values = (r: Reading, table: 'requests' | 'appeals', row: string) => r.tables[table].cols.map((c) => r.tables[table].cells.get(`${row}/${c}`)?.value);

  it('nothing pending: nothing changes', () => {
    const r = withBalance(ONE_NATURAL);
    const before = [...r.tables.requests.rows];
    decideRuns(r, EVIDENCE);
    expect([r.tables.requests.rows, r.runs.undecided.size, r.runs.told.size, r.runs.widened.size]).toEqual([before, 0, 0, 0]);
  });

  it.each([
    ['collapsed', 'widened'],
    ['merged', 'told'],
  ] as const)('two readings whose own total holds, the balance choosing one (%s): placed and counted as %s', (how, counted) => {
    const r = withBalance(ONE_NATURAL);
    pend(r, 'new', [ONE_BUSINESS, ONE_NATURAL], how);
    decideRuns(r, EVIDENCE);
    expect(values(r, 'requests', 'new')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect([...r.runs[counted]]).toEqual([['requests', 1]]);
    expect(r.runs[counted === 'told' ? 'widened' : 'told'].size).toBe(0);
    expect(r.runs.undecided.size).toBe(0);
    expect(r.tables.requests.rows).toEqual(['carried_in', 'carried_out', 'result.total', 'new']);
  });

  it('no reading keeps the balance: the row is undecided as printed, standing once in its table', () => {
    const r = withBalance(['5', '0', '0', '0', '0', '0', '5']);
    pend(r, 'new', [ONE_BUSINESS, ONE_NATURAL]);
    decideRuns(r, EVIDENCE);
    expect(r.runs.undecided.get('requests')).toEqual([{ row: 'new', label: 'new', digits: 'd', how: 'collapsed' }]);
    expect(values(r, 'requests', 'new')).toEqual(Array(7).fill(undefined));
    expect(r.tables.requests.rows).toEqual(['carried_in', 'carried_out', 'result.total', 'new']);
  });

  // 表四's reading R1 keeps 行政复议's total but not 复议后起诉's; R2 keeps all three
  const R1 = ['1', '0', '0', '0', '1', ...zeros(5), '0', '0', '0', '0', '5'];
  const R2 = ['1', '0', '0', '0', '1', ...zeros(10)];
  it('a row is decided by its own arithmetic when every one of its own relations holds, whatever breaks elsewhere', () => {
    expect(APPEAL_COLS).toHaveLength(15);
    const r = withBalance(['5', '0', '0', '0', '0', '0', '5']);
    pend(r, 'counts', [R1, R2]);
    pend(r, 'new', [ONE_BUSINESS, ONE_NATURAL]);
    decideRuns(r, EVIDENCE);
    expect(values(r, 'appeals', 'counts')).toEqual(R2.map(Number));
    expect([...r.runs.widened]).toEqual([['appeals', 1]]);
    expect(r.runs.undecided.get('requests')!.map((u) => u.row)).toEqual(['new']);
  });

  it('a total off by exactly 0.000001 does not hold', () => {
    const r = withBalance(['5', '0', '0', '0', '0', '0', '5']);
    pend(r, 'carried_in', [[...zeros(6), '0.000001'], zeros(7)]);
    r.tables.requests.rows.splice(0, 1);
    r.tables.requests.rowSrc.delete('carried_in');
    for (const c of COLS) r.tables.requests.cells.delete(`carried_in/${c}`);
    pend(r, 'new', [ONE_BUSINESS, ONE_NATURAL]);
    decideRuns(r, EVIDENCE);
    expect(values(r, 'requests', 'carried_in')).toEqual(Array(7).fill(0));
    expect(r.runs.undecided.get('requests')!.map((u) => u.row)).toEqual(['new']);
  });

  it('a row none of whose readings keeps its own arithmetic stays out of the other rows’ choice', () => {
    const r = withBalance(ONE_NATURAL);
    pend(r, 'counts', [R1, [...R1.slice(0, 14), '6']]);
    pend(r, 'new', [ONE_BUSINESS, ONE_NATURAL]);
    decideRuns(r, EVIDENCE);
    expect(r.runs.undecided.get('appeals')!.map((u) => u.row)).toEqual(['counts']);
    expect(values(r, 'requests', 'new')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('a relation with a cell the row does not have stands open: a 表三 cut before its total, or short of an applicant', () => {
    const r = reading();
    pend(r, 'new', [['1', '0', '0', '0', '0', '0'], ['0', '1', '0', '0', '0', '0']], 'collapsed', COLS.slice(0, 6));
    expect(() => decideRuns(r, EVIDENCE)).not.toThrow();
    expect(r.runs.undecided.get('requests')!.map((u) => u.row)).toEqual(['new']);
    // the total is read but not 业务 … 其他: its sum cannot be told, so 0 0 is not preferred to 1 1
    const short = reading();
    pend(short, 'new', [['0', '0'], ['1', '1']], 'collapsed', ['natural', 'total']);
    decideRuns(short, EVIDENCE);
    expect(short.runs.undecided.get('requests')!.map((u) => u.row)).toEqual(['new']);
  });
});

describe('decideRuns: a row wrong however its run-together digits are read', () => {
  const EVIDENCE = null as unknown as Mapping['evidence'];
  const target = (row: string): RowTarget => ({ table: 'requests', row, label: cell(row) });
  /** A pending row from its printed digits, with every reading the column count allows (lib/template/runs.ts). */
  const pendRun = (r: Reading, row: string, digits: string, cols = row === 'counts' ? APPEAL_COLS : COLS) => {
    const readings = readingsOf(digits.split(/\s+/), cols.length)!;
    const src = { line: 99 };
    r.runs.pending.push({ how: 'merged', target: row === 'counts' ? { table: 'appeals', label: null } : target(row), table: row === 'counts' ? 'appeals' : 'requests', row, cols, readings, labels: [cell(row)], label: row, digits, src });
    return { readings, src };
  };
  /** 808 (平潭社会事业局 2024): 表四 printed as seventeen digits for fifteen cells. */
  const APPEALS_808 = '00202000001324015';

  it('表四: the group whose total fails in every split is said, with the splits tried and where the row stands; groups that hold in some are not', () => {
    const r = reading();
    r.runs.zeroRuns = 1;
    const { readings, src } = pendRun(r, 'counts', APPEALS_808);
    expect(readings.length).toBe(24);
    decideRuns(r, EVIDENCE);
    const [u] = r.runs.undecided.get('appeals')!;
    expect(u).toEqual({ row: 'counts', label: 'counts', digits: APPEALS_808, how: 'merged', failsEvery: { relations: [{ family: 'appeal-total', target: 'counts/suit_after_review.total' }], readings: 24, src } });
    // no cell is read: the row stays unread, out of every other relation
    expect(r.tables.appeals.cells.size).toBe(0);
  });

  it('表三: （七）总计「191000019」 (811), nine digits for seven cells, fails its total in all seven splits', () => {
    const r = reading();
    r.runs.zeroRuns = 1;
    pendRun(r, 'result.total', '191000019');
    decideRuns(r, EVIDENCE);
    expect(r.runs.undecided.get('requests')![0]!.failsEvery).toEqual({ relations: [{ family: 'row-total', target: 'result.total/total' }], readings: 7, src: { line: 99 } });
  });

  it('nothing is said where the text may have lost blank cells, or a reading could hold', () => {
    const fails = (digits: string, zeroRuns = 1, row = 'result.total') => {
      const r = reading();
      r.runs.zeroRuns = zeroRuns;
      pendRun(r, row, digits);
      decideRuns(r, EVIDENCE);
      return r.runs.undecided.get(row === 'counts' ? 'appeals' : 'requests')?.[0]?.failsEvery;
    };
    expect(fails('191000019')).toBeDefined();
    // a text that printed no row of zeros in full may leave blank cells out of its runs
    expect(fails('191000019', 0)).toBeUndefined();
    expect(fails(APPEALS_808, 0, 'counts')).toBeUndefined();
    // digits set apart by spaces lost a blank cell rather than ran together (a lynx dump of a blank 总计 column)
    expect(fails('0 36 0 54 0 54')).toBeUndefined();
    // 10 20 _ 30 _ _ 60 run together: no split into seven holds, but blanks lost explain it (10+20+30 = 60)
    expect(fails('10203060')).toBeUndefined();
    // too long for blanks lost to be tried in 表三
    expect(fails('999999999999999')).toBeUndefined();
  });

  it('a row one of whose readings keeps its own arithmetic says nothing, whichever the others choose', () => {
    const r = reading();
    r.runs.zeroRuns = 1;
    // 0 0 2 0 2 | 0 0 0 0 0 | 1 10 0 0 11 holds (and 0 0 20 2 0 | … too): the row stays undecided, claimed nothing of
    pendRun(r, 'counts', '00202000001100011');
    decideRuns(r, EVIDENCE);
    expect(r.runs.undecided.get('appeals')).toEqual([{ row: 'counts', label: 'counts', digits: '00202000001100011', how: 'merged' }]);
  });

  it('a run of zeros as long as its table is counted: the text prints 0 in empty cells', () => {
    const r = reading();
    expect(splitRun(r, NEW, seg('一', ['0000000']), 'merged')).toBe(true);
    expect(r.runs.zeroRuns).toBe(1);
    // not a shorter run, not spaced zeros, not a row with a number in it
    for (const values of [['000000'], ['00000', '00'], ['1000001'], ['0100001']]) {
      const other = reading();
      splitRun(other, NEW, seg('一', values), 'merged');
      expect(other.runs.zeroRuns, values[0]).toBe(0);
    }
  });
});

describe('read-runs: the rest of the doubt', () => {
  it('a target no table row stands for (an extra 表二 row outside any group): nothing placed, nothing doubted', () => {
    const r = newReading('2019');
    enter(r, 'active');
    const extra: RowTarget = { table: 'active', extra: true, label: cell('其他') };
    expect(() => blankRun(r, extra, seg('其他', []))).not.toThrow();
    undecided(r, 'active', 'art20_1.rules', { label: '规章', digits: '1', how: 'merged' }, {});
    r.tentative.push({ target: extra, how: 'merged', beforeHeading: false });
    expect(() => doubtBlankRows(r)).not.toThrow();
    expect([r.placements, r.disorder.size]).toEqual([[], 0]);
  });

  it('doubting a row taken for blank leaves the other rows’ placements', () => {
    const r = reading('bare');
    placeTarget(r, { table: 'requests', row: 'carried_in', label: cell('二') }, seg('二', Array(7).fill('1')), false);
    blankRun(r, NEW, seg('一', []));
    r.tentative.push({ target: NEW, how: 'collapsed', beforeHeading: false });
    undecided(r, 'requests', 'carried_out', { label: '四', digits: '1 2', how: 'collapsed' }, {});
    doubtBlankRows(r);
    expect(r.placements.map((p) => [p.table, p.row])).toEqual([['requests', 'carried_in']]);
  });

  it('a disordered table keeps its issues other than missing rows', () => {
    const r = reading();
    r.disorder.add('requests');
    const cut = { kind: 'missing-table', table: 'requests', src: null } as ShapeIssue;
    expect(doubtMissingRows(r, [cut])).toEqual([cut]);
    expect(r.runs.undecided.size).toBe(0);
  });

  it('an undecided row outside 表二’s groups is given no group', () => {
    const r = reading();
    undecided(r, 'requests', 'new', { label: '一', digits: '1', how: 'merged' }, {});
    expect(r.tables.requests.groupOf.has('new')).toBe(false);
  });
});
