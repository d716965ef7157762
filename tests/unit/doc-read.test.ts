/**
 * An old Word file's text and blocks, asked directly: a real .doc (LibreOffice's) read through its piece table;
 * each way a container or its text index can be wrong answered in words; the piece table's bounds at their edges
 * (lowered here, so the files stay small: file-bombs.test.ts holds the real bombs, timed, with `npm test`); and
 * the blocks a .doc's text makes (cells, rows, fields, breaks).
 */
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { afterEach, describe, expect, it } from 'vitest';
import { DOC_LIMITS, DocReadError, docBlocks, docText } from '../../lib/readers/doc';
import { damagedDocs, docWithPieces } from '../helpers/bombs';
import { put16, put32, thrown, u16, u32 } from '../helpers/bytes';

const REAL = new Uint8Array(readFileSync(new URL('../fixtures/documents/office/tabs-2019-libreoffice.doc', import.meta.url)));
const DEFAULTS = { ...DOC_LIMITS };
afterEach(() => Object.assign(DOC_LIMITS, DEFAULTS));

/**
 * The real file with its WordDocument or table stream edited in place (where the FIB says the text index is: `clx`);
 * an edit that grows the table stream returns the new one.
 */
function edited(f: (word: Uint8Array, table: Uint8Array, at: { clx: number; lcbAt: number }) => Uint8Array | void, drop?: string): Uint8Array {
  const cfb = CFB.read(REAL, { type: 'array' });
  const word = Uint8Array.from(CFB.find(cfb, 'WordDocument')!.content as ArrayLike<number>);
  const tableName = u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table';
  const table = Uint8Array.from(CFB.find(cfb, tableName)!.content as ArrayLike<number>);
  const lw = 34 + u16(word, 32) * 2;
  const blob = lw + 2 + u16(word, lw) * 4 + 2;
  const grown = f(word, table, { clx: u32(word, blob + 33 * 8), lcbAt: blob + 33 * 8 + 4 });
  CFB.utils.cfb_add(cfb, '/WordDocument', word);
  CFB.utils.cfb_add(cfb, `/${tableName}`, grown ?? table);
  if (drop) CFB.utils.cfb_del(cfb, `/${drop}`);
  return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}
/** The real file with its streams changed by `f`, which returns the WordDocument stream to keep. */
function streams(f: (cfb: CFB.CFB$Container, word: Uint8Array) => Uint8Array): Uint8Array {
  const cfb = CFB.read(REAL, { type: 'array' });
  const word = f(cfb, Uint8Array.from(CFB.find(cfb, 'WordDocument')!.content as ArrayLike<number>));
  CFB.utils.cfb_add(cfb, '/WordDocument', word);
  CFB.utils.cfb_gc(cfb);
  return Uint8Array.from(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}
/**
 * The real file with a text index of its own: pieces between the given character positions, each on the first
 * piece's text unless `fcs` says where (a piece's fc with 0x40000000 is a byte a character, at fc / 2), after
 * `poke` wrote what it likes into the WordDocument stream; `prc`: property modifiers before the piece table.
 */
interface IndexEdit {
  fcs?: (word: Uint8Array, firstFc: number) => number[];
  poke?: (word: Uint8Array, firstFc: number) => void;
  prc?: number[][];
  /** paragraph properties of its own: the PlcBtePapx to put after the text index (the FKP pages poked by `poke`) */
  papx?: (firstFc: number) => number[];
}
function withIndex(cps: number[], ccpText: number, opts: IndexEdit = {}): Uint8Array {
  return edited((word, table, at) => {
    let o = at.clx;
    while (table[o] === 0x01) o += 3 + u16(table, o + 1);
    const n0 = (u32(table, o + 1) - 4) / 12;
    const firstFc = u32(table, o + 5 + (n0 + 1) * 4 + 2);
    opts.poke?.(word, firstFc);
    const n = cps.length - 1;
    const prc = (opts.prc ?? []).flatMap((data) => [0x01, data.length & 0xff, data.length >> 8, ...data]);
    const plcx = new Uint8Array(5 + 4 * (n + 1) + 8 * n);
    plcx[0] = 0x02;
    put32(plcx, 1, plcx.length - 5);
    cps.forEach((cp, i) => put32(plcx, 5 + 4 * i, cp));
    const fcs = opts.fcs?.(word, firstFc) ?? [];
    for (let i = 0; i < n; i++) put32(plcx, 5 + 4 * (n + 1) + 8 * i + 2, fcs[i] ?? firstFc);
    const clx = new Uint8Array([...prc, ...plcx]);
    put32(word, at.lcbAt - 4, table.length);
    put32(word, at.lcbAt, clx.length);
    if (opts.papx) {
      // fcPlcfBtePapx is the FIB's 14th pair, twenty pairs before fcClx
      const plc = opts.papx(firstFc);
      put32(word, at.lcbAt - 4 - 20 * 8, table.length + clx.length);
      put32(word, at.lcbAt - 20 * 8, plc.length);
      return new Uint8Array([...table, ...clx, ...plc]);
    }
    const lw = 34 + u16(word, 32) * 2;
    put32(word, lw + 2 + 3 * 4, ccpText);
    // the new index cannot take the old one's place: it goes at the table stream's end, which grows
    return new Uint8Array([...table, ...clx]);
  });
}
const withPositions = (cps: number[], ccpText: number) => withIndex(cps, ccpText);
const COMPRESSED = 0x40000000;
/** The real file whose whole text is one piece of these bytes, a byte a character (Word's compressed text). */
const withBytes = (bytes: number[]) =>
  withIndex([0, bytes.length], bytes.length, { poke: (word, fc) => word.set(bytes, fc), fcs: (_, fc) => [COMPRESSED | (fc * 2)] });
const latin1 = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** What docText says when it refuses the file; null when it reads it. */
const refusal = (bytes: Uint8Array) => thrown(() => docText(bytes), DocReadError);

describe('docText', () => {
  it('reads a real .doc’s text, cell marks and all', () => {
    const text = docText(REAL);
    expect(text).toContain('政府信息公开工作年度报告');
    expect(text).toContain('本年新收政府信息公开申请数量');
  });

  it('a file that is no compound file, or has no WordDocument', () => {
    expect(refusal(new TextEncoder().encode('not a word file at all'))).toBe('不是可读取的 Word 97–2003 文档（复合文档格式错误）');
    expect(refusal(edited((w) => put16(w, 0, 0x1234)))).toBe('不是 Word 97–2003 文档（缺少 WordDocument）');
    expect(refusal(edited(() => undefined, 'WordDocument'))).toBe('不是 Word 97–2003 文档（缺少 WordDocument）');
  });

  it('an encrypted file, and one whose table stream is missing', () => {
    expect(refusal(edited((w) => put16(w, 0x0a, u16(w, 0x0a) | 0x0100)))).toBe('文档已加密，无法读取');
    // the FIB names the other table stream than the file holds
    expect(refusal(edited((w) => put16(w, 0x0a, u16(w, 0x0a) ^ 0x0200)))).toBe('Word 文档缺少表流，无法读取');
  });

  it('a text index that is empty, outside the table stream, or not a piece table', () => {
    expect(refusal(edited((w, _, at) => put32(w, at.lcbAt, 0)))).toBe('Word 文档的文字索引损坏');
    expect(refusal(edited((w, t, at) => put32(w, at.lcbAt, t.length)))).toBe('Word 文档的文字索引损坏');
    expect(refusal(edited((_, t, at) => {
      let o = at.clx;
      while (t[o] === 0x01) o += 3 + u16(t, o + 1);
      t[o] = 0x07;
    }))).toBe('Word 文档的文字索引损坏');
  });

  it('the damaged files of the hardening tests, each in words', () => {
    const docs = damagedDocs(REAL);
    expect(refusal(docs['cut-stream']!)).toMatch(/^(?:Word 文档|不是 Word|不是可读取的 Word)/);
    expect(refusal(docs['index-on-garbage']!)).toBe('Word 文档的文字无法解码（文件可能已损坏），未读取');
    expect(refusal(docs['pieces-past-stream']!)).toBe('Word 文档的文字无法解码（文件可能已损坏），未读取');
  });

  it('the piece table’s bounds, each at its edge', () => {
    expect(refusal(docWithPieces(REAL, { pieces: 3, length: 50 }))).toBeNull();
    expect(refusal(docWithPieces(REAL, { pieces: 2, length: 10, lcb: 0xfffffff0 }))).toBe('Word 文档的文字索引损坏（超出表流）');
    DOC_LIMITS.pieces = 30;
    expect(refusal(docWithPieces(REAL, { pieces: 30, length: 1 }))).toBeNull();
    expect(refusal(docWithPieces(REAL, { pieces: 31, length: 1 }))).toBe('Word 文档的文字索引有 31 段（一份年报不过几百段），未读取');
    Object.assign(DOC_LIMITS, DEFAULTS, { repeats: 4 });
    expect(refusal(docWithPieces(REAL, { pieces: 4, length: 10 }))).toBeNull();
    expect(refusal(docWithPieces(REAL, { pieces: 5, length: 10 }))).toBe('Word 文档的文字索引让同一段文字重复了 5 次以上，未读取');
    Object.assign(DOC_LIMITS, DEFAULTS, { chars: 200 });
    expect(refusal(docWithPieces(REAL, { pieces: 2, length: 100 }))).toBeNull();
    expect(refusal(docWithPieces(REAL, { pieces: 1, length: 201 }))).toBe('Word 文档声明有 201 个字符，远超一份年报，未读取');
  });

  it('counts the characters the pieces give against the bound, though each piece is within the declared text', () => {
    // character positions 0 90 0 90 0 90: three pieces of 90 inside a text declared as 100 characters
    Object.assign(DOC_LIMITS, DEFAULTS, { chars: 250 });
    expect(refusal(withPositions([0, 90, 0, 90], 100))).toBeNull();
    expect(refusal(withPositions([0, 90, 0, 90, 0, 90], 100))).toBe('Word 文档的文字超过 0.00025 百万字符，远超一份年报，未读取');
  });

  it('a piece of no characters is not counted as one more repeat', () => {
    Object.assign(DOC_LIMITS, DEFAULTS, { repeats: 2 });
    expect(refusal(withPositions([0, 10, 10, 10, 10], 30))).toBeNull();
  });

  it('reads a compressed piece a byte a character, cp1252’s 0x80–0x9F as cp1252 has them', () => {
    expect(docText(withBytes([...latin1('Ab c'), 0x7f, 0x80, 0x93, 0x9f, 0xa0, 0xe9]))).toBe('Ab c\x7f€“Ÿ\xa0é');
  });

  it('reads a piece only as far as the WordDocument stream goes, compressed or not', () => {
    // a piece of 8 bytes of text, then one declared 6 characters long that starts 3 bytes before the stream's end
    const tail = (compressed: boolean) =>
      docText(
        withIndex([0, 8, 14], 14, {
          poke: (word, fc) => {
            word.set(latin1('Abcdefgh'), fc);
            word.set([0x5a, 0x00, 0x59], word.length - 3);
          },
          fcs: (word, fc) => [COMPRESSED | (fc * 2), compressed ? COMPRESSED | ((word.length - 3) * 2) : word.length - 3],
        }),
      );
    expect(tail(true)).toBe('Abcdefgh' + 'Z\x00Y');
    // two bytes a character: the odd byte at the end is dropped
    expect(tail(false)).toBe('Abcdefgh' + 'Z');
  });

  it('steps over the property modifiers before the piece table', () => {
    const plain = docText(withPositions([0, 30], 30));
    expect(docText(withIndex([0, 30], 30, { prc: [[1, 2], [], [9, 9, 9, 9, 9]] }))).toBe(plain);
  });

  it('the text read from a table stream named 1Table where the FIB says so', () => {
    const swapped = streams((cfb, word) => {
      const named = u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table';
      const table = Uint8Array.from(CFB.find(cfb, named)!.content as ArrayLike<number>);
      CFB.utils.cfb_del(cfb, `/${named}`);
      CFB.utils.cfb_add(cfb, named === '1Table' ? '/0Table' : '/1Table', table);
      put16(word, 0x0a, u16(word, 0x0a) ^ 0x0200);
      return word;
    });
    expect(docText(swapped)).toBe(docText(REAL));
  });

  it('a WordDocument stream shorter than its header is no Word file', () => {
    expect(refusal(streams((_, word) => word.slice(0, 0x200)))).toBe('Word 文档的文字无法解码（文件可能已损坏），未读取');
    expect(refusal(streams((_, word) => word.slice(0, 0x1ff)))).toBe('不是 Word 97–2003 文档（缺少 WordDocument）');
  });

  it('text that does not decode: four letters at least, four in five characters letters, digits, punctuation or spaces', () => {
    expect(refusal(withBytes(latin1('abcd')))).toBeNull();
    expect(refusal(withBytes(latin1('abcd\x01')))).toBeNull();
    const undecoded = 'Word 文档的文字无法解码（文件可能已损坏），未读取';
    expect(refusal(withBytes(latin1('abc')))).toBe(undecoded);
    expect(refusal(withBytes(latin1('  ab  ')))).toBe(undecoded);
    expect(refusal(withBytes(latin1('abc\x01\x01')))).toBe(undecoded);
    expect(refusal(withBytes(latin1('\x01\x02\x03\x04\x05')))).toBe(undecoded);
    // paragraph, cell and page marks and field delimiters are not text
    expect(refusal(withBytes(latin1('\r\x07\x0b\x0c\x13\x14\x15a')))).toBe(undecoded);
  });

  it('a refusal is a DocReadError by name too (the pipeline answers it in words)', () => {
    try {
      docText(new Uint8Array(8));
    } catch (e) {
      expect((e as Error).name).toBe('DocReadError');
    }
    expect.assertions(1);
  });

  it('reads a piece only up to the declared text, and none past it', () => {
    const text = (cps: number[], ccp: number) => docText(withPositions(cps, ccp));
    expect(text([0, 40], 30)).toHaveLength(30);
    expect(text([0, 20, 40], 30)).toHaveLength(30);
    expect(text([0, 30, 60], 30)).toHaveLength(30);
    // a piece that starts at the declared end ends the reading, though a later one would start within it
    expect(text([0, 30, 30, 0, 10], 30)).toHaveLength(30);
    // a piece that starts at the declared end, or runs backwards, gives nothing
    expect(text([0, 10, 30, 50], 30)).toHaveLength(30);
    expect(text([0, 20, 10, 30], 30)).toHaveLength(40);
  });
});

describe('paragraphs in a table cell (their properties say so)', () => {
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  /**
   * The real file whose text is `text`, one piece a byte a character (compressed) or two (UTF-16), with one page of
   * paragraph properties of its own: each paragraph (to its mark, \r or \x07) in a table where `inTable` says.
   */
  function withParagraphs(text: string, inTable: boolean[], compressed: boolean): Uint8Array {
    const unit = compressed ? 1 : 2;
    const ends = [...text].flatMap((ch, i) => (ch === '\r' || ch === '\x07' ? [i + 1] : []));
    let pn = 0;
    return withIndex([0, text.length], text.length, {
      poke: (word, fc) => {
        if (compressed) word.set(latin1(text), fc);
        else word.set(new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer), fc);
        // the page of properties after the text, on a 512-byte boundary of the stream
        pn = Math.ceil((fc + text.length * unit) / 512) + 1;
        const page = pn * 512;
        expect(page + 512).toBeLessThanOrEqual(word.length);
        word.fill(0, page, page + 512);
        const starts = [0, ...ends.slice(0, -1)];
        starts.forEach((st, j) => word.set(le32(fc + st * unit), page + j * 4));
        word.set(le32(fc + ends[ends.length - 1]! * unit), page + starts.length * 4);
        // one property list, sprmPFInTable = 1, at word 200 of the page; the other paragraphs have none
        word.set([3, 0, 0, 0x16, 0x24, 1], page + 400);
        starts.forEach((_, j) => (word[page + (starts.length + 1) * 4 + j * 13] = inTable[j] ? 200 : 0));
        word[page + 511] = starts.length;
      },
      fcs: (_, fc) => [compressed ? COMPRESSED | (fc * 2) : fc],
      papx: (fc) => [...le32(fc), ...le32(fc + text.length * unit), ...le32(pn)],
    });
  }

  it.each([true, false])('a cell’s paragraphs but its last are line breaks in the cell (compressed: %s)', (compressed) => {
    const text = 'Head\rA\rB\x07C\x07\x07\rAfter\r';
    // Head | A (in the cell) | B (the cell's last) | C | the row's mark | After
    const flags = [false, true, true, true, true, false];
    expect(docText(withParagraphs(text, flags, compressed))).toBe('Head\rA\x0bB\x07C\x07\x07\rAfter\r');
    expect(docBlocks(docText(withParagraphs(text, flags, compressed))).map((b) => (b.kind === 'table' ? b.rows[0]!.cells.map((c) => c.text) : b.text))).toEqual([
      'Head',
      ['AB', 'C', ''],
      'After',
      '',
    ]);
    // the same text with no paragraph in a table keeps its marks
    expect(docText(withParagraphs(text, flags.map(() => false), compressed))).toBe(text);
  });
});

describe('docBlocks', () => {
  it('paragraphs as text blocks, each with its paragraph number', () => {
    expect(docBlocks('标题\r正文一\x0c正文二')).toEqual([
      { kind: 'text', text: '标题', src: { line: 1 } },
      { kind: 'text', text: '正文一', src: { line: 2 } },
      { kind: 'text', text: '正文二', src: { line: 3 } },
    ]);
  });

  it('cells end with a cell mark: their paragraphs are one stream of cells, a row’s last mark an empty cell', () => {
    const blocks = docBlocks('表三\r自然人\x07商业企业\x07\x07\r1\x07 2 \x07\x07\r说明');
    expect(blocks).toEqual([
      { kind: 'text', text: '表三', src: { line: 1 } },
      {
        kind: 'table',
        layout: 'word-cells',
        rows: [{ cells: [{ text: '自然人', src: { line: 2 } }, { text: '商业企业', src: { line: 2 } }, { text: '', src: { line: 2 } }, { text: '1', src: { line: 3 } }, { text: '2', src: { line: 3 } }, { text: '', src: { line: 3 } }] }],
        size: { rows: 1, cols: 6 },
        src: { line: 2 },
      },
      { kind: 'text', text: '说明', src: { line: 4 } },
    ]);
  });

  it('a line break inside a cell joins its text; in a paragraph it is a new line', () => {
    expect(docBlocks('本年\x0b新收\x07\x07')[0]).toMatchObject({ kind: 'table', rows: [{ cells: [{ text: '本年新收' }, { text: '' }] }] });
    expect(docBlocks('第一行\x0b第二行')).toEqual([{ kind: 'text', text: '第一行\n第二行', src: { line: 1 } }]);
  });

  it('text after a row’s last cell mark ends the table and is a paragraph', () => {
    expect(docBlocks('甲\x07尾').map((b) => (b.kind === 'table' ? b.rows[0]!.cells.map((c) => c.text) : b.text))).toEqual([['甲'], '尾']);
  });

  it('drops field instructions and control characters, keeping a field’s result', () => {
    expect(docBlocks('见\x13 HYPERLINK "http://x" \x14网站\x15。')).toEqual([{ kind: 'text', text: '见网站。', src: { line: 1 } }]);
    expect(docBlocks('第\x13 PAGE \x15页\x01\x08')).toEqual([{ kind: 'text', text: '第页', src: { line: 1 } }]);
    expect(docBlocks('甲\x02\x1f乙')).toEqual([{ kind: 'text', text: '甲乙', src: { line: 1 } }]);
  });

  it('a paragraph that is one empty cell is a cell; an empty paragraph is text; a row mark followed by spaces ends no table', () => {
    expect(docBlocks('表\r\x07\r正文').map((b) => (b.kind === 'table' ? b.rows[0]!.cells.map((c) => c.text) : b.text))).toEqual(['表', [''], '正文']);
    expect(docBlocks('a\r\rb').map((b) => [b.kind, b.kind === 'text' ? b.text : null])).toEqual([['text', 'a'], ['text', ''], ['text', 'b']]);
    expect(docBlocks('甲\x07 \r乙\x07').map((b) => b.kind)).toEqual(['table']);
  });

  it('two tables with a paragraph between are two blocks', () => {
    const blocks = docBlocks('a\x07\x07\r中\rb\x07\x07');
    expect(blocks.map((b) => [b.kind, b.src.line])).toEqual([['table', 1], ['text', 2], ['table', 3]]);
  });
});
