import { describe, expect, it } from 'vitest';
import { parseValue } from '../../lib/text/numbers';

describe('parseValue', () => {
  it.each([
    ['0', 0, null],
    ['12', 12, null],
    ['　　0', 0, null],
    ['１２３', 123, null],
    ['1,234', 1234, null],
    ['1，234，567', 1234567, null],
    ['2213552元', 2213552, '元'],
    ['103.3879万元', 103.3879, '万元'],
    ['5件', 5, '件'],
    ['5（件）', 5, '件'],
    ['-3', -3, null],
    ['－3', -3, null],
    ['+2', 2, null],
    ['51.95662', 51.95662, null],
    ['\u00a012\u00a0', 12, null],
  ])('reads %j as %d', (raw, value, unit) => {
    const p = parseValue(raw);
    expect(p.kind).toBe('number');
    expect(p.value).toBe(value);
    expect(p.unit).toBe(unit);
  });

  it.each(['', ' ', '　', '\u00a0', '—', '——', '-', '/', '／', '无', '--', '–'])('reads %j as a blank counted as 0', (raw) => {
    const p = parseValue(raw);
    expect(p.kind).toBe('blank');
    expect(p.value).toBe(0);
  });

  it.each(['规章', '1.属于国家秘密', '本年新', '1,2', '12abc', '见附件', '（一）予以公开'])('keeps %j as text', (raw) => {
    expect(parseValue(raw).kind).toBe('text');
  });

  it('marks dashes and 无 as markers, plain empties not', () => {
    expect(parseValue('—').marker).toBe(true);
    expect(parseValue('').marker).toBe(false);
  });
});

describe('foldText', () => {
  it('changes nothing that needs no change, and folds what does', async () => {
    const { foldText } = await import('../../lib/text/normalize');
    expect(foldText('2020年上塘街道（一）予以公开')).toBe('2020年上塘街道(一)予以公开');
    expect(foldText('规章 12、《条例》')).toBe('规章 12、《条例》');
    expect(foldText('“三安全一稳定”\u200b１２')).toBe('"三安全一稳定"12');
  });
  it('a circle after a numeral is the 〇 it stands for, one for one; a circle that is a bullet stays', async () => {
    const { foldText } = await import('../../lib/text/normalize');
    expect(foldText('二○二一年')).toBe('二〇二一年');
    expect(foldText('二◯◯一年')).toBe('二〇〇一年');
    expect(foldText('二○二○年○一是加强')).toBe('二〇二〇年○一是加强');
    expect(foldText('○一是加强')).toBe('○一是加强');
    expect(foldText('二○二一')).toHaveLength(4);
  });
});
