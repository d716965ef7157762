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
import { blankRun, count, doubtBlankRows, doubtMissingRows, notePendingRuns, ownTotalHolds, splitRun, undecided } from '../../lib/template/read-runs';

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
  });

  it('count adds one per table', () => {
    const m = new Map();
    count(m, 'requests');
    count(m, 'requests');
    count(m, 'active');
    expect([...m]).toEqual([['requests', 2], ['active', 1]]);
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
    const t = seg('一', ['100', '0002']);
    expect(splitRun(two, NEW, t, 'merged')).toBe(false);
    expect(two.runs.undecided.get('requests')).toEqual([{ row: 'new', label: '一', digits: '100 0002', how: 'merged' }]);
    expect([two.tables.requests.found, two.tables.requests.rows]).toEqual([true, ['new']]);
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
    expect(r.runs.undecided.get('active')).toEqual([{ row: 'art20_1.rules', label: '规章', digits: '1234', how: 'merged' }]);
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
    r.tentative.push({ target: NEW, how: 'collapsed' });
    expect(r.tables.requests.cells.get('new/natural')?.blank).toBe(true);
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(true);
    undecided(r, 'requests', 'carried_in', { label: '二', digits: '1 2', how: 'collapsed' }, {});
    doubtBlankRows(r);
    expect(r.tables.requests.cells.has('new/natural')).toBe(false);
    expect(r.placements.some((p) => p.row === 'new')).toBe(false);
    expect(r.runs.undecided.get('requests')!.map((u) => [u.row, u.digits, u.how])).toEqual([['carried_in', '1 2', 'collapsed'], ['new', '—', 'collapsed']]);
    expect(r.disorder.has('requests')).toBe(true);
  });

  it('blankRun places nothing for 表四 or a row the template lacks', () => {
    const r = newReading('2019');
    enter(r, 'appeals');
    blankRun(r, { table: 'appeals', label: cell('行政复议') }, seg('行政复议', []));
    expect([r.tables.appeals.cells.size, r.learnt.appealsFallback]).toEqual([0, null]);
  });
});
