/**
 * A PDF's table wider than its page (tests/fixtures/office-pages/): text past the page's edge marks the table clipped
 * (pastEdge), a header whose first and last words the edges cut still reads as a header (isHeaderWords), 表四's row short
 * of its columns in such a table is unread, not placed from the left, and 表三's cut columns are said once however much of
 * its header was read; the mark goes through a snapshot and back.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, PageMeta, TableBlock } from '../../lib/model';
import { mapTables } from '../../lib/template/map';
import { isHeaderWords } from '../../lib/template/labels';
import { markCut, onGrid, pastEdge } from '../../lib/readers/pdf-tables';
import { blocksOf, snapshotOf } from '../../lib/pipeline/snapshot';
import type { Line } from '../../lib/readers/pdf-lines';

const line = (chunks: [string, number, number][]): Line => ({ y: 500, size: 12, n: 1, chunks: chunks.map(([text, x0, x1]) => ({ text, x0, x1, y: 500, size: 12, line: 1 })) });
const cell = (text: string): Cell => ({ text, src: { page: 1, line: 1 } });
const table = (rows: string[][], clipped: boolean): TableBlock => ({
  kind: 'table',
  layout: 'pdf',
  rows: rows.map((r) => ({ cells: r.map(cell) })),
  size: { rows: rows.length, cols: Math.max(...rows.map((r) => r.length)) },
  src: { page: 1, line: 1 },
  ...(clipped ? { clipped: true as const } : {}),
});

describe('pastEdge', () => {
  it('a chunk more than a point past the page’s left or right edge', () => {
    expect(pastEdge([line([['持结果纠正', -1.1, 60]])], 595)).toBe(true);
    expect(pastEdge([line([['尚', 580, 596.1]])], 595)).toBe(true);
    expect(pastEdge([line([['持结果纠正', -1, 60], ['尚', 580, 596]])], 595)).toBe(false);
    expect(pastEdge([], 595)).toBe(false);
  });
});

describe('markCut', () => {
  it('a value whose end reaches within a point of the right edge, not a label nor a value short of it', () => {
    const l = line([['(七)总计', 167, 212], ['26', 551, 566], ['21', 584, 594.1], ['7', 592, 600], ['法律服务机构', 560, 600]]);
    markCut([l], 595);
    expect(l.chunks.map((c) => `${c.text}:${!!c.cut}`)).toEqual(['(七)总计:false', '26:false', '21:true', '7:true', '法律服务机构:false']);
    const inside = line([['45', 576, 593.9]]);
    markCut([inside], 595);
    expect(inside.chunks[0]!.cut).toBeUndefined();
  });
});

describe('onGrid with a value the edge cut', () => {
  const chunks = (xs: [string, number, boolean?][]) => line(xs.map(([t, x]) => [t, x, x + 8])).chunks.map((c, i) => (xs[i]![2] ? { ...c, cut: true } : c));
  const texts = (vs: Parameters<typeof onGrid>[0], grid: number[]) => onGrid(vs, grid, 1).map((c) => c.text);
  it('ends the row before it: no blank for it nor for the columns after it', () => {
    const grid = [100, 150, 200, 250];
    expect(texts(chunks([['1', 96], ['2', 146], ['21', 196, true]]), grid)).toEqual(['1', '2']);
    // a blank column before the cut stays a blank
    expect(texts(chunks([['1', 96], ['3', 246, true]]), grid)).toEqual(['1', '', '']);
    expect(texts(chunks([['1', 96], ['3', 246]]), grid)).toEqual(['1', '', '', '3']);
  });
  it('in a column holding several values, keeps those before it', () => {
    expect(texts(chunks([['28', 100], ['42', 150], ['2', 300, true]]), [120])).toEqual(['28', '42']);
    expect(texts(chunks([['2', 300, true]]), [120])).toEqual([]);
  });
});

describe('isHeaderWords with the page’s edges cut into its words', () => {
  it('the end of a word before three words or more and the start of one after them', () => {
    expect(isHeaderWords('持结果纠正其他结果尚未审结总计')).toBe(true);
    expect(isHeaderWords('结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚')).toBe(true);
    expect(isHeaderWords('维持结果纠正其他结果尚未审结')).toBe(true);
    // what is left must still be three words of the header, and the cut pieces pieces of its words
    expect(isHeaderWords('持结果纠正其他结果')).toBe(false);
    expect(isHeaderWords('甲结果纠正其他结果尚未审结')).toBe(false);
    expect(isHeaderWords('结果纠正其他结果尚未审结乙')).toBe(false);
    // no more than five characters either side
    expect(isHeaderWords('直接起诉结果纠正其他结果尚未审结')).toBe(true);
    expect(isHeaderWords('复议直接起诉结果纠正其他结果尚未审结')).toBe(false);
  });
});

describe('a clipped table’s rows', () => {
  const HEAD = ['行政复议', '行政诉讼'];
  const twelve = ['1', '0', '0', '3', '0', '0', '6', '0', '6', '0', '0', '1'];
  it('表四 short of its fifteen: unread and said, not placed from the left; unclipped, placed', () => {
    const m = mapTables([table([HEAD, twelve], true)], 2023);
    expect(m.tables.appeals.cells.size).toBe(0);
    expect(m.issues.find((i) => i.kind === 'run-together')).toMatchObject({ table: 'appeals', undecided: [{ row: 'counts', digits: '1 0 0 3 0 0 6 0 6 0 0 1', how: 'collapsed' }] });
    expect(m.issues.some((i) => (i.kind === 'missing-values' || i.kind === 'missing-table') && i.table === 'appeals')).toBe(false);
    const plain = mapTables([table([HEAD, twelve], false)], 2023);
    expect(plain.tables.appeals.cells.size).toBe(12);
    expect(plain.issues.some((i) => i.kind === 'run-together')).toBe(false);
  });

  it('表四 with fewer than ten values is no row of it; with fifteen it is read whole', () => {
    expect(mapTables([table([HEAD, twelve.slice(0, 9)], true)], 2023).issues.some((i) => i.kind === 'run-together')).toBe(false);
    const full = mapTables([table([HEAD, [...twelve, '0', '0', '0']], true)], 2023);
    expect(full.tables.appeals.cells.size).toBe(15);
  });

  it('表三 short of its last columns: one cut, named, however little of its header was read', () => {
    const rows = [
      ['申请人情'],
      ['一、本年新收政府信息公开申请数量', '29', '11', '25', '41'],
      ['二、上年结转政府信息公开申请数量', '3', '31', '3', '4'],
      ['（一）予以公开', '4', '6', '0', '0'],
      ['（二）部分公开', '0', '0', '0', '0'],
    ];
    const cut = mapTables([table(rows, true)], 2023).issues.filter((i) => i.kind === 'cut-columns' || i.kind === 'missing-values');
    expect(cut).toEqual([expect.objectContaining({ kind: 'cut-columns', table: 'requests', cols: ['legal_service', 'other_org', 'total'], rows: 4 })]);
    const plain = mapTables([table(rows, false)], 2023).issues.filter((i) => i.kind === 'cut-columns' || i.kind === 'missing-values');
    expect(plain.map((i) => i.kind)).toEqual(['missing-values', 'missing-values', 'missing-values', 'missing-values']);
  });

  it('表三 broken in two parts the edge cut at different columns: one cut from the part that kept fewest, every short row in it', () => {
    const rows = [
      ['申请人情'],
      ['一、本年新收政府信息公开申请数量', '29', '11', '25', '41'],
      ['二、上年结转政府信息公开申请数量', '3', '31', '3', '4'],
      ['（一）予以公开', '4', '6', '0', '0', '0'],
      ['（二）部分公开', '0', '0', '0', '0', '0', '0'],
      ['（七）总计', '28', '42', '28', '45', '47', '26', '216'],
    ];
    const issues = mapTables([table(rows, true)], 2023).issues.filter((i) => i.kind === 'cut-columns' || i.kind === 'missing-values');
    expect(issues).toEqual([expect.objectContaining({ kind: 'cut-columns', table: 'requests', cols: ['legal_service', 'other_org', 'total'], rows: 4 })]);
    // one row short alone is cut too in a clipped table; none short, no cut
    const one = mapTables([table([rows[0]!, rows[3]!, rows[5]!], true)], 2023).issues.filter((i) => i.kind === 'cut-columns' || i.kind === 'missing-values');
    expect(one).toEqual([expect.objectContaining({ kind: 'cut-columns', cols: ['other_org', 'total'], rows: 1 })]);
    expect(mapTables([table([rows[0]!, rows[5]!], true)], 2023).issues.some((i) => i.kind === 'cut-columns' || i.kind === 'missing-values')).toBe(false);
    // not clipped: each short row is said short
    const plain = mapTables([table(rows, false)], 2023).issues.filter((i) => i.kind === 'cut-columns' || i.kind === 'missing-values');
    expect(plain.map((i) => `${i.kind} ${'actual' in i ? i.actual : ''}`)).toEqual(['missing-values 4', 'missing-values 4', 'missing-values 5', 'missing-values 6']);
  });
});

describe('snapshots', () => {
  it('keep the mark, and leave it off a table without it', () => {
    const meta = { title: null } as unknown as PageMeta;
    const back = (b: TableBlock) => blocksOf(snapshotOf([b], meta)!).blocks[0] as TableBlock;
    expect(back(table([['a', '1']], true)).clipped).toBe(true);
    expect('clipped' in back(table([['a', '1']], false))).toBe(false);
  });
});
