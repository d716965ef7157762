/**
 * Which paragraphs of a .doc stand in a table cell (lib/readers/doc-papx.ts): the property lists read sprm by sprm,
 * the 512-byte pages of paragraph properties, the run that holds a paragraph's mark; and on a real page saved as
 * Word 97 by LibreOffice, a cell of two paragraphs read as one cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grpprlProps, inTableAt, papxRuns, PAPX_LIMITS, rowEndAt } from '../../lib/readers/doc-papx';
import { docBlocks, docText } from '../../lib/readers/doc';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const le16 = (n: number) => [n & 0xff, n >> 8];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const inTable = (...xs: number[]) => grpprlProps(bytes(...xs), 0, xs.length).inTable;

describe('grpprlProps: in a table', () => {
  it('sprmPFInTable (0x2416) and sprmPItap (0x6649) say so; the last one said wins', () => {
    expect(inTable(...le16(0x2416), 1)).toBe(true);
    expect(inTable(...le16(0x2416), 0)).toBe(false);
    expect(inTable(...le16(0x6649), ...le32(1))).toBe(true);
    expect(inTable(...le16(0x6649), ...le32(0))).toBe(false);
    expect(inTable(...le16(0x2416), 1, ...le16(0x6649), ...le32(0))).toBe(false);
    expect(inTable()).toBe(false);
  });

  it('steps over each operand by its size: 1, 2, 4, 3 bytes, or the size it says', () => {
    // spra 1 (1 byte), 2 (2), 3 (4), 7 (3), 6 (a size byte, then that many), then the flag
    const before = [...le16(0x2403), 9, ...le16(0x4600), 9, 9, ...le16(0x6645), 9, 9, 9, 9, ...le16(0xe601), 9, 9, 9, ...le16(0xc60d), 2, 9, 9];
    expect(inTable(...before, ...le16(0x2416), 1)).toBe(true);
    // an operand one byte short hides the flag after it: the list is read no further than it runs
    expect(inTable(...le16(0x4600), 9, ...le16(0x2416), 1)).toBe(false);
  });

  it('sprmTDefTable (0xD608) says its size in two bytes, one more than what follows them', () => {
    expect(inTable(...le16(0xd608), ...le16(4), 0x16, 0x24, 1, ...le16(0x2416), 1)).toBe(true);
    // read as a one-byte size, its bytes would be taken for the flag: 0x16 0x24 1
    expect(inTable(...le16(0xd608), ...le16(4), 0x16, 0x24, 1)).toBe(false);
  });

  it('sprmPChgTabs of 255 bytes: its two tab lists say their own lengths', () => {
    // 255, one tab deleted (4 bytes), two added (3 bytes each): 1 + 1 + 4 + 1 + 6 bytes
    const tabs = [...le16(0xc615), 255, 1, 0x16, 0x24, 1, 0, 2, 0x16, 0x24, 1, 0x16, 0x24, 1];
    expect(inTable(...tabs)).toBe(false);
    expect(inTable(...tabs, ...le16(0x2416), 1)).toBe(true);
  });

  it('a list cut inside a sprm or its size stops there', () => {
    expect(inTable(...le16(0x2416))).toBe(false);
    expect(inTable(0x16)).toBe(false);
    expect(inTable(...le16(0xd608), 4)).toBe(false);
    expect(inTable(...le16(0xc60d))).toBe(false);
  });
});

/** A WordDocument stream with one 512-byte page of paragraph properties at page `pn`, and its index. */
function withPage(runs: { start: number; end: number; props: number[] | null }[], pn = 1) {
  const word = new Uint8Array((pn + 1) * 512);
  const page = pn * 512;
  const crun = runs.length;
  runs.forEach((r, j) => word.set(le32(r.start), page + j * 4));
  word.set(le32(runs[crun - 1]!.end), page + crun * 4);
  let at = 255; // PapxInFkp written from word offset 255 (byte 510) down
  runs.forEach((r, j) => {
    if (!r.props) return;
    const body = [...le16(0), ...r.props]; // istd, then the properties
    const cb = Math.ceil((body.length + 1) / 2);
    at -= cb + 1;
    word[page + at * 2] = cb;
    word.set(body, page + at * 2 + 1);
    word[page + (crun + 1) * 4 + j * 13] = at;
  });
  word[page + 511] = crun;
  const table = new Uint8Array([...le32(runs[0]!.start), ...le32(runs[crun - 1]!.end), ...le32(pn)]);
  return { word, table };
}

describe('papxRuns and inTableAt', () => {
  const IN = [...le16(0x2416), 1];
  it('reads each run of a page with its flag, and finds the run that holds a byte', () => {
    const { word, table } = withPage([
      { start: 1024, end: 1040, props: null },
      { start: 1040, end: 1050, props: IN },
      { start: 1050, end: 1060, props: [...le16(0x2416), 0] },
    ]);
    const runs = papxRuns(word, table, 0, table.length);
    expect(runs).toEqual([
      { start: 1024, end: 1040, inTable: false },
      { start: 1040, end: 1050, inTable: true },
      { start: 1050, end: 1060, inTable: false },
    ]);
    expect([1023, 1024, 1039, 1040, 1049, 1050, 1059, 1060].map((fc) => inTableAt(runs, fc))).toEqual([false, false, false, true, true, false, false, false]);
  });

  it('a property list of an odd length: 2 × cb − 1 bytes, the byte after it not read', () => {
    const { word, table } = withPage([{ start: 1024, end: 1030, props: null }]);
    // cb 4: istd, sprmPItap and three of its four bytes; the byte after the list (1) would complete it as 1 << 24
    word.set([4, ...le16(0), ...le16(0x6649), 0, 0, 0, 1], 512 + 400);
    word[512 + 8] = 200;
    expect(papxRuns(word, table, 0, table.length)).toEqual([{ start: 1024, end: 1030, inTable: false }]);
    word[512 + 400] = 5;
    expect(papxRuns(word, table, 0, table.length)).toEqual([{ start: 1024, end: 1030, inTable: true }]);
  });

  it('a run of no bytes is none; a page number is the low 22 bits of its entry', () => {
    const { word, table } = withPage([
      { start: 1024, end: 1024, props: IN },
      { start: 1024, end: 1030, props: null },
    ]);
    expect(papxRuns(word, table, 0, table.length)).toEqual([{ start: 1024, end: 1030, inTable: false }]);
    const page = (pn: number) => new Uint8Array([...table.subarray(0, 8), ...le32(pn)]);
    expect(papxRuns(word, page(0x400001), 0, 12)).toHaveLength(1);
    expect(papxRuns(word, page(0x10001), 0, 12)).toEqual([]);
  });

  it('a property list of an even length (cb 0, then its length in words)', () => {
    const { word, table } = withPage([{ start: 1024, end: 1030, props: null }]);
    // cb 0 at word 200, cb' 2 (4 bytes): istd and sprmPFInTable without its operand's padding
    word.set([0, 2, ...le16(0), 0x16, 0x24], 512 + 400);
    word.set([1, 0], 512 + 400 + 6);
    word[512 + 8] = 200;
    expect(papxRuns(word, table, 0, table.length)).toEqual([{ start: 1024, end: 1030, inTable: false }]);
    word.set([0, 3, ...le16(0), 0x16, 0x24, 1, 0], 512 + 400);
    expect(papxRuns(word, table, 0, table.length)).toEqual([{ start: 1024, end: 1030, inTable: true }]);
  });

  it('sorts the runs of several pages by where they start', () => {
    const a = withPage([{ start: 2000, end: 2010, props: IN }], 1);
    const b = withPage([{ start: 1000, end: 1010, props: null }], 2);
    const word = new Uint8Array(3 * 512);
    word.set(a.word.subarray(512, 1024), 512);
    word.set(b.word.subarray(1024, 1536), 1024);
    // the index lists page 1 (bytes from 2000) before page 2 (from 1000)
    const table = new Uint8Array([...le32(1000), ...le32(2000), ...le32(2010), ...le32(1), ...le32(2)]);
    const runs = papxRuns(word, table, 0, table.length);
    expect(runs.map((r) => [r.start, r.inTable])).toEqual([[1000, false], [2000, true]]);
    expect([1005, 2005].map((fc) => inTableAt(runs, fc))).toEqual([false, true]);
  });

  it('no runs from an index missing, out of the table stream or past its bound, nor from a page out of the stream', () => {
    const { word, table } = withPage([{ start: 1024, end: 1040, props: IN }]);
    expect(papxRuns(word, table, 0, 0)).toEqual([]);
    expect(papxRuns(word, table, 0, 11)).toEqual([]);
    expect(papxRuns(word, table, 1, table.length)).toEqual([]);
    expect(papxRuns(word.subarray(0, 1023), table, 0, table.length)).toEqual([]);
    const many = new Uint8Array(4 + (PAPX_LIMITS.pages + 1) * 8);
    expect(papxRuns(word, many, 0, many.length)).toEqual([]);
    // a page that says it holds no run, or more than fit, holds none
    word[1023] = 0;
    expect(papxRuns(word, table, 0, table.length)).toEqual([]);
    word[1023] = 30;
    expect(papxRuns(word, table, 0, table.length)).toEqual([]);
    word[1023] = 29;
    expect(papxRuns(word, table, 0, table.length).length).toBeGreaterThan(0);
  });

  it('inTableAt on no runs: never', () => {
    expect(inTableAt([], 0)).toBe(false);
  });
});

describe('a real page saved as Word 97 by LibreOffice', () => {
  const DOC = new Uint8Array(readFileSync(new URL('../fixtures/real/office/311_putian-cgj-2023.doc', import.meta.url)));
  it('a cell of two paragraphs (结果 / 维持) is one cell, and 表四 one stream of cells', () => {
    const text = docText(DOC);
    expect(text).toContain('结果\x0b维持\x07');
    const tables = docBlocks(text).filter((b) => b.kind === 'table');
    const appeals = tables.find((t) => t.rows[0]!.cells.some((c) => c.text === '行政复议'))!;
    const cells = appeals.rows[0]!.cells.map((c) => c.text);
    // a row's end is no cell (its paragraph marked sprmPFTtp): no empty cell between 行政诉讼 and 结果维持
    expect(cells.slice(0, 9)).toEqual(['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
    expect(cells.filter((c) => /^\d+$/.test(c))).toEqual(['0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
    // the text outside the tables keeps its paragraphs
    expect(docBlocks(text).some((b) => b.kind === 'text' && b.text.includes('五、存在的主要问题及改进情况'))).toBe(true);
  });
});

describe('the end of a table’s row (real: 上海市人民政府办公厅 2019 saved as Word 97–2003 by Writer)', () => {
  const props = (...xs: number[]) => grpprlProps(bytes(...xs), 0, xs.length);
  it('sprmPFTtp (0x2417) and sprmPFInnerTtp (0x244C) mark it; sprmPHugePapx (0x6646) says where the rest is', () => {
    expect(props(...le16(0x2416), 1, ...le16(0x2417), 1)).toEqual({ inTable: true, rowEnd: true });
    expect(props(...le16(0x2416), 1, ...le16(0x244c), 1)).toEqual({ inTable: true, rowEnd: true });
    expect(props(...le16(0x2416), 1, ...le16(0x2417), 0)).toEqual({ inTable: true, rowEnd: false });
    expect(props(...le16(0x6646), ...le32(300))).toEqual({ inTable: false, rowEnd: false, huge: 300 });
  });

  it('a row’s end whose properties are in the Data stream is read there, within the stream', () => {
    const { word, table } = withPage([
      { start: 1024, end: 1026, props: [...le16(0x2416), 1] },
      { start: 1026, end: 1028, props: [...le16(0x6646), ...le32(40)] },
      { start: 1028, end: 1030, props: [...le16(0x2416), 1, ...le16(0x2417), 1] },
    ]);
    const data = new Uint8Array(64);
    data.set([...le16(6), ...le16(0x2416), 1, ...le16(0x2417), 1], 40);
    const runs = papxRuns(word, table, 0, table.length, data);
    expect(runs).toEqual([
      { start: 1024, end: 1026, inTable: true },
      { start: 1026, end: 1028, inTable: true, rowEnd: true },
      { start: 1028, end: 1030, inTable: true, rowEnd: true },
    ]);
    expect([1024, 1026, 1028, 1030].map((fc) => rowEndAt(runs, fc))).toEqual([false, true, true, false]);
    // no Data stream, or an offset past it: the page's own properties only
    expect(papxRuns(word, table, 0, table.length)[1]).toEqual({ start: 1026, end: 1028, inTable: false });
    expect(papxRuns(word, table, 0, table.length, new Uint8Array(41))[1]).toEqual({ start: 1026, end: 1028, inTable: false });
    // a length past the stream's end: what the stream holds is read
    data.set(le16(60000), 40);
    expect(papxRuns(word, table, 0, table.length, data)[1]).toEqual({ start: 1026, end: 1028, inTable: true, rowEnd: true });
  });
});
