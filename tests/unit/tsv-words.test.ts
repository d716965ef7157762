/**
 * Tesseract's TSV as words (lib/readers/ocr-page.ts tsvWords), asked directly: word rows only, what is left of a
 * rule dropped, each word placed on its line's median foot at the line's median height, its image's index kept.
 */
import { describe, expect, it } from 'vitest';
import { tsvWords } from '../../lib/readers/ocr-page';

const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** A word row: image, block, paragraph, line, word; box; confidence; text. */
const word = (img: number, line: number, n: number, [l, t, w, h]: number[], conf: number, text: string) => ['5', img, 1, 1, line, n, l, t, w, h, conf, text].join('\t');

describe('tsvWords', () => {
  it('reads word rows only, skipping the header, other levels and short rows', () => {
    const tsv = [HEAD, '4\t0\t1\t1\t1\t0\t0\t0\t100\t20\t-1\t', word(0, 1, 1, [10, 5, 20, 10], 91.5, '规章'), '5\t0\t1', ''].join('\n');
    expect(tsvWords(tsv)).toEqual([{ text: '规章', box: [10, 5, 30, 15], conf: 91.5, img: 0 }]);
    expect(tsvWords(word(0, 1, 1, [10, 5, 20, 10], 90, '首行'))).toEqual([]);
  });

  it('drops blank words and what is left of a rule, keeps a word that only starts or ends with one', () => {
    const tsv = [HEAD, word(0, 1, 1, [0, 0, 5, 10], 90, ' '), word(0, 1, 2, [5, 0, 5, 10], 90, '|'), word(0, 1, 3, [10, 0, 5, 10], 90, '丨｜¦!'), word(0, 1, 4, [20, 0, 5, 10], 90, '|12'), word(0, 1, 5, [30, 0, 5, 10], 90, '12|')];
    expect(tsvWords(tsv.join('\n')).map((w) => w.text)).toEqual(['|12', '12|']);
  });

  it('sets each word of a line on the line’s median foot and height; lines apart by image, block, paragraph and line', () => {
    const tsv = [
      HEAD,
      // one line: feet 20, 22, 30 (median 22); heights 10, 2, 12 (median 10)
      word(0, 1, 1, [0, 10, 10, 10], 90, '一'),
      word(0, 1, 2, [20, 20, 10, 2], 80, '二'),
      word(0, 1, 3, [40, 18, 10, 12], 70, '三'),
      // the same line number in another image is another line
      word(1, 1, 1, [0, 50, 10, 8], 60, '四'),
    ].join('\n');
    expect(tsvWords(tsv)).toEqual([
      { text: '一', box: [0, 12, 10, 22], conf: 90, img: 0 },
      { text: '二', box: [20, 12, 30, 22], conf: 80, img: 0 },
      { text: '三', box: [40, 12, 50, 22], conf: 70, img: 0 },
      { text: '四', box: [0, 50, 10, 58], conf: 60, img: 1 },
    ]);
  });

  it('of two words, the median is the larger', () => {
    const tsv = [HEAD, word(0, 2, 1, [0, 0, 10, 10], 90, 'a'), word(0, 2, 2, [20, 10, 10, 4], 90, 'b')].join('\n');
    expect(tsvWords(tsv).map((w) => w.box)).toEqual([[0, 4, 10, 14], [20, 4, 30, 14]]);
  });

  it('tells lines apart by each number, not by their digits run together (image 1 line 11 is not image 11 line 1)', () => {
    const tsv = [HEAD, word(1, 11, 1, [0, 0, 10, 10], 90, 'a'), word(11, 1, 1, [0, 20, 10, 4], 90, 'b')].join('\n');
    expect(tsvWords(tsv).map((w) => w.box)).toEqual([[0, 0, 10, 10], [0, 20, 10, 24]]);
  });
});
