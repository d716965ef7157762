/** PDF text items of one row printed on slightly different baselines (a label's font, a number's) are one line; a line's height apart they are two. */
import { describe, expect, it } from 'vitest';
import { pageLines, type PdfTextItem } from '../../lib/readers/pdf';

const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.9, height: size });

describe('baselines', () => {
  it('within a third of the text’s size: one line, its chunks in order', () => {
    const lines = pageLines({ width: 595, height: 842, items: [item('一、本年新收政府信息公开申请数量', 60, 500), item('12', 300, 500.8), item('3', 360, 499.2), item('15', 420, 501.5)] });
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['一、本年新收政府信息公开申请数量', '12', '3', '15']]);
  });

  it('half the size apart or more: two lines', () => {
    const lines = pageLines({ width: 595, height: 842, items: [item('二、上年结转政府信息公开申请数量', 60, 500), item('7', 300, 505)] });
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['7'], ['二、上年结转政府信息公开申请数量']]);
  });
});
