import { describe, expect, it } from 'vitest';
import { damagedTextLayer, unmappedGlyphs } from '../../lib/readers/pdf-read';
import type { PdfPage } from '../../lib/readers/pdf-lines';

const page = (...strs: string[]): PdfPage => ({ width: 595, height: 842, items: strs.map((str) => ({ str, transform: [10, 0, 0, 10, 0, 0], width: 10, height: 10 })) });

describe('a PDF text layer whose fonts leave characters unknown', () => {
  it('counts U+FFFD, private-use and control characters among the characters, spaces aside', () => {
    expect(unmappedGlyphs([page('政\uFFFD\uFFFD开', ' \u3000\t\r\n'), page('\uE001\uF8FF\uE000x', '\uF900', '\u0003\u001f ')])).toEqual({ unmapped: 7, chars: 11 });
  });

  it('is damaged from 20 unknown characters that are 2% of them or more', () => {
    const of = (unknown: number, known: number) => [page('\uFFFD'.repeat(unknown) + '年'.repeat(known))];
    expect(damagedTextLayer(of(20, 980))).toEqual({ unmapped: 20, chars: 1000 });
    expect(damagedTextLayer(of(20, 981))).toBeNull();
    expect(damagedTextLayer(of(19, 0))).toBeNull();
    expect(damagedTextLayer(of(19, 1))).toBeNull();
    expect(damagedTextLayer(of(0, 1000))).toBeNull();
  });
});
