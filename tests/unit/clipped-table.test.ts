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
import { pastEdge } from '../../lib/readers/pdf-tables';
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
});

describe('snapshots', () => {
  it('keep the mark, and leave it off a table without it', () => {
    const meta = { title: null } as unknown as PageMeta;
    const back = (b: TableBlock) => blocksOf(snapshotOf([b], meta)!).blocks[0] as TableBlock;
    expect(back(table([['a', '1']], true)).clipped).toBe(true);
    expect('clipped' in back(table([['a', '1']], false))).toBe(false);
  });
});
