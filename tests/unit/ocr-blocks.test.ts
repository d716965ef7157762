/**
 * What OCR reads, laid out for the engine (lib/readers/ocr.ts), asked directly on pages made by hand: each slip put
 * right, words as PDF text items (points, origin bottom left), doubtful digits and unread cells with their boxes,
 * cells and doubts that overlap, ruled tables rebuilt band by band with their cells' words in reading order.
 */
import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE, ocrBlocks, ocrPdfPages, overlaps, slipsMended, type OcrPage, type OcrWord } from '../../lib/readers/ocr';

const word = (text: string, box: [number, number, number, number], conf = 95, image?: string): OcrWord => ({ text, box, conf, ...(image ? { image } : {}) });
/** A page of 144 dpi (2 pixels a point), 200 × 400 pixels. */
const page = (words: OcrWord[], extra: Partial<OcrPage> = {}): OcrPage => ({ width: 200, height: 400, dpi: 144, words, ...extra });

describe('slipsMended', () => {
  it('puts each of OCR’s usual slips right inside a number', () => {
    expect(['O', 'o', 'D', 'Q', 'l', 'I', '|', '!', 'S', 's', 'B', 'Z', 'z', 'g'].map((c) => slipsMended(`1${c}`))).toEqual(['10', '10', '10', '10', '11', '11', '11', '11', '15', '15', '18', '12', '12', '19']);
    expect(slipsMended('1,O5.l')).toBe('1,05.1');
    expect(slipsMended('１O')).toBe('１0');
  });

  it('a sign read as 十 before the digits is the sign (本年增/减 +5174 read 十5174 on a real print’s scan)', () => {
    expect([slipsMended('十5174'), slipsMended('十3'), slipsMended('十3O')]).toEqual(['+5174', '+3', '+30']);
    // 十 alone, after digits, or before other words is no sign
    expect([slipsMended('十'), slipsMended('3十'), slipsMended('十三'), slipsMended('十5x')]).toEqual([null, null, null, null]);
  });

  it('leaves a word with no digit, a word with other letters, and a number without slips', () => {
    expect([slipsMended('OO'), slipsMended('1Ox'), slipsMended('12'), slipsMended('1 O'), slipsMended('')]).toEqual([null, null, null, null, null]);
  });
});

describe('ocrPdfPages', () => {
  it('words as text items in points from the page’s foot, the page’s size in points', () => {
    const { pages, words, doubts } = ocrPdfPages([page([word('规章', [20, 100, 60, 120]), word('  ', [0, 0, 1, 1]), word(' 12 ', [100, 100, 120, 124])])]);
    expect(words).toBe(2);
    expect(doubts).toEqual([]);
    expect(pages).toEqual([
      {
        width: 100,
        height: 200,
        items: [
          { str: '规章', transform: [10, 0, 0, 10, 10, 140], width: 20, height: 10 },
          { str: '12', transform: [12, 0, 0, 12, 50, 138], width: 10, height: 12 },
        ],
      },
    ]);
  });

  it('a page of no resolution is taken at 72 dpi; a box of no height is one point high', () => {
    const { pages } = ocrPdfPages([{ width: 50, height: 60, dpi: 0, words: [word('甲', [1, 10, 3, 10])] }]);
    expect(pages[0]).toEqual({ width: 50, height: 60, items: [{ str: '甲', transform: [1, 0, 0, 1, 1, 50], width: 2, height: 1 }] });
  });

  it('a digit read with low confidence or mended is a doubt, with its box in points, its confidence and its image', () => {
    const { pages, doubts } = ocrPdfPages([
      page([
        word('12', [20, 100, 40, 120], LOW_CONFIDENCE - 0.6, 'data:image/png;base64,AA'),
        word('13', [20, 130, 40, 150], LOW_CONFIDENCE),
        word('1O', [60, 100, 80, 120], 99),
        word('规章', [100, 100, 140, 120], 10),
      ]),
      page([], { unread: [{ text: '', box: [10, 20, 30, 40], conf: 0, image: 'data:image/png;base64,BB' }] }),
    ]);
    expect(pages[0]!.items.map((i) => i.str)).toEqual(['12', '13', '10', '规章']);
    expect(doubts).toEqual([
      { page: 1, box: [10, 140, 20, 150], text: '12', conf: 79, image: 'data:image/png;base64,AA' },
      { page: 1, box: [30, 140, 40, 150], text: '1O', conf: 99 },
      { page: 2, box: [5, 180, 15, 190], text: '（未能识别）', conf: 0, image: 'data:image/png;base64,BB' },
    ]);
  });
});

describe('overlaps', () => {
  const doubt = { page: 1, box: [10, 10, 20, 20] as [number, number, number, number], text: '1', conf: 50 };
  it('on the same page, across in width, touching in height within a point', () => {
    expect(overlaps({ page: 1, box: [15, 15, 30, 30] }, doubt)).toBe(true);
    expect(overlaps({ page: 2, box: [15, 15, 30, 30] }, doubt)).toBe(false);
    expect(overlaps({ page: 1 }, doubt)).toBe(false);
    expect(overlaps({ page: 1, box: [20, 15, 30, 30] }, doubt)).toBe(false);
    expect(overlaps({ page: 1, box: [0, 15, 10.5, 30] }, doubt)).toBe(true);
    expect(overlaps({ page: 1, box: [15, 20.5, 30, 30] }, doubt)).toBe(true);
    expect(overlaps({ page: 1, box: [15, 21, 30, 30] }, doubt)).toBe(false);
    expect(overlaps({ page: 1, box: [15, 0, 30, 9.5] }, doubt)).toBe(true);
  });
});

describe('ocrBlocks', () => {
  /** A ruled table of two bands (rows) of two cells, its words placed in the cells. */
  const cells = (second: OcrWord[] = [word('12', [110, 140, 130, 160])]) => [
    { band: 0, box: [10, 100, 100, 130] as [number, number, number, number], words: [word('规章', [20, 105, 60, 125])] },
    { band: 0, box: [100, 100, 190, 130] as [number, number, number, number], words: [word('3', [110, 105, 120, 125])] },
    { band: 1, box: [100, 130, 190, 170] as [number, number, number, number], words: second },
    { band: 1, box: [10, 130, 100, 170] as [number, number, number, number], words: [word('规范性', [20, 135, 60, 150]), word('文件', [20, 152, 50, 167])] },
  ];

  it('rebuilds a table band by band, cells left to right, a cell’s lines top to bottom, placed among the prose by where it stands', () => {
    const p = page([word('标题', [20, 20, 60, 40]), word('规章', [20, 105, 60, 125]), word('后文', [20, 300, 60, 320])], { cells: cells() });
    const { blocks, words } = ocrBlocks([p]);
    expect(blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.text))).toEqual(['标题', [['规章', '3'], ['规范性文件', '12']], '后文']);
    const t = blocks[1]!;
    expect(t.kind === 'table' && [t.layout, t.size, t.src, t.rows[1]!.cells[1]!.src]).toEqual(['pdf', { rows: 2, cols: 2 }, { page: 1, line: 1, box: [5, 135, 50, 150] }, { page: 1, line: 2, box: [50, 115, 95, 135] }]);
    // the words inside a cell are read with the cell, not again as prose; each counted once
    expect(words).toBe(2 + 5);
    // a word whose middle stands on a cell's edge is the cell's
    const edge = ocrBlocks([page([word('边', [0, 110, 20, 120]), word('外', [0, 300, 19.8, 320])], { cells: cells() })]);
    expect(edge.blocks.filter((b) => b.kind === 'text').map((b) => b.kind === 'text' && b.text)).toEqual(['外']);
  });

  it('a cell’s words on one line are read left to right, each word’s slips mended', () => {
    // feet 160 and 169: within half a word's height, one line
    const { blocks } = ocrBlocks([page([], { cells: cells([word('2', [120, 140, 125, 160]), word('l3', [110, 149, 115, 169])]) })]);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows[1]!.cells[1]!.text).toBe('13 2');
    const two = ocrBlocks([page([], { cells: cells([word('2', [120, 140, 125, 160]), word('3', [110, 151, 115, 171])]) })]);
    expect(two.blocks[0]!.kind === 'table' && two.blocks[0]!.rows[1]!.cells[1]!.text).toBe('23');
  });

  it('a sign read as 十 as a word apart from its digits is the sign, the cell a doubt', () => {
    // real: 上海市 2020's print scanned, 本年增/减 +5174 read 十 / 5174
    const { blocks, doubts } = ocrBlocks([page([], { cells: cells([word('十', [108, 140, 116, 160], 90), word('5174', [118, 140, 150, 160], 96)]) })]);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows[1]!.cells[1]!.text).toBe('+5174');
    expect(doubts.map((d) => [d.text, d.box])).toEqual([['5174', [50, 115, 95, 135]]]);
    // 十 before words, or a cell's digits alone, as they are
    const words = ocrBlocks([page([], { cells: cells([word('十', [108, 140, 116, 160], 90), word('项', [118, 140, 130, 160], 96)]) })]);
    expect(words.blocks[0]!.kind === 'table' && words.blocks[0]!.rows[1]!.cells[1]!.text).toBe('十项');
    expect(words.doubts).toEqual([]);
  });

  it('bands apart by more than 6 pixels are two tables', () => {
    const far = cells().map((c) => (c.band === 1 ? { ...c, box: [c.box[0], 137, c.box[2], 170] as [number, number, number, number] } : c));
    expect(ocrBlocks([page([], { cells: far })]).blocks.map((b) => b.kind)).toEqual(['table', 'table']);
    const near = cells().map((c) => (c.band === 1 ? { ...c, box: [c.box[0], 136, c.box[2], 170] as [number, number, number, number] } : c));
    expect(ocrBlocks([page([], { cells: near })]).blocks.map((b) => b.kind)).toEqual(['table']);
  });

  it('a cell with a doubtful digit is a doubt with the cell’s box and its least sure digit', () => {
    const unsure = [word('1', [110, 140, 115, 160], 70, 'data:image/png;base64,CC'), word('2', [116, 140, 121, 160], 60)];
    const { doubts } = ocrBlocks([page([], { cells: cells(unsure) })]);
    expect(doubts).toEqual([{ page: 1, box: [50, 115, 95, 135], text: '2', conf: 60 }]);
    const mended = ocrBlocks([page([], { cells: cells([word('l2', [110, 140, 130, 160], 99, 'data:image/png;base64,DD')]) })]);
    expect(mended.doubts).toEqual([{ page: 1, box: [50, 115, 95, 135], text: 'l2', conf: 99, image: 'data:image/png;base64,DD' }]);
  });

  it('reads a cell’s lines top to bottom whatever order the words come in; feet half a word’s height apart are one line', () => {
    const text = (ws: OcrWord[]) => {
      const { blocks } = ocrBlocks([page([], { cells: cells(ws) })]);
      return blocks[0]!.kind === 'table' ? blocks[0]!.rows[1]!.cells[1]!.text : null;
    };
    expect(text([word('文件', [110, 152, 140, 167]), word('规范性', [110, 135, 160, 150])])).toBe('规范性文件');
    expect(text([word('2', [120, 140, 125, 160]), word('3', [110, 150, 115, 170])])).toBe('3 2');
    // each word trimmed before its slips are mended
    expect(text([word(' l2 ', [110, 140, 130, 160])])).toBe('12');
  });

  it('rows in the order of their bands, whatever order the cells come in', () => {
    const { blocks } = ocrBlocks([page([], { cells: [...cells()].reverse() })]);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['规章', '3'], ['规范性文件', '12']]);
  });

  it('a digit read at 80 is sure; of two as unsure, the first is said; the digit trimmed', () => {
    expect(ocrBlocks([page([], { cells: cells([word('12', [110, 140, 130, 160], LOW_CONFIDENCE)]) })]).doubts).toEqual([]);
    const tie = [word(' 1 ', [110, 140, 115, 160], 60, 'data:image/png;base64,AA'), word('2', [116, 140, 121, 160], 60), word('3', [122, 140, 127, 160], 70)];
    expect(ocrBlocks([page([], { cells: cells(tie) })]).doubts).toEqual([{ page: 1, box: [50, 115, 95, 135], text: '1', conf: 60, image: 'data:image/png;base64,AA' }]);
  });

  it('a word is the cell’s when its middle is inside the cell or on any of its edges, and prose when not', () => {
    const prose = (w: OcrWord) => ocrBlocks([page([w], { cells: cells() })]).blocks.filter((b) => b.kind === 'text').length;
    // on the left, right, top and bottom edges
    expect([word('左', [0, 110, 20, 120]), word('右', [180, 110, 200, 120]), word('上', [20, 95, 40, 105]), word('下', [20, 165, 40, 175])].map(prose)).toEqual([0, 0, 0, 0]);
    // just outside: left of the table, right of it, above and below
    expect([word('左', [0, 110, 19.8, 120]), word('右', [190, 110, 200.2, 120]), word('上', [20, 95, 40, 104.8]), word('下', [20, 165.2, 40, 175])].map(prose)).toEqual([1, 1, 1, 1]);
  });
});
