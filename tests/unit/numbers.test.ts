import { describe, expect, it } from 'vitest';
import { parseValue } from '../../lib/text/numbers';
import { segments } from '../../lib/template/reading';

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
    // 本年增/减 with its sign in words (real: 莆田市民族与宗教事务局 2019)
    ['增3', 3, null],
    ['增 3', 3, null],
    ['增加12', 12, null],
    ['减2', -2, null],
    ['减少1', -1, null],
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

describe('a sign word alone is no number', () => {
  it.each(['增', '减', '增加', '减少', '增长3', '3增', '减-2'])('%j is text', (raw) => {
    expect(parseValue(raw).kind).toBe('text');
  });
});

describe('segments: 本年增/减’s sign word on a line of its own before its number (增 / 3)', () => {
  const cell = (text: string) => ({ text, src: { line: 1 } });
  const read = (texts: string[]) => segments(texts.map(cell), false).map((g) => [g.labels.map((c) => c.text), g.values.map((c) => c.text)]);
  it('is one value with it; the row’s other values stay in the row', () => {
    expect(read(['行政许可', '2', '增', '3', '7', '其他对外管理服务事项', '35', '减少', '1', '10'])).toEqual([
      [['行政许可'], ['2', '增3', '7']],
      [['其他对外管理服务事项'], ['35', '减少1', '10']],
    ]);
  });
  it('not before a label, a blank or a signed number: then it is a label as before', () => {
    expect(read(['行政许可', '2', '增', '行政处罚', '7'])).toEqual([[['行政许可'], ['2']], [['增', '行政处罚'], ['7']]]);
    expect(read(['行政许可', '2', '增', '—', '7'])).toEqual([[['行政许可'], ['2']], [['增'], ['—', '7']]]);
    expect(read(['行政许可', '2', '增', '-3'])).toEqual([[['行政许可'], ['2']], [['增'], ['-3']]]);
    expect(read(['行政许可', '2', '增', '3月'])).toEqual([[['行政许可'], ['2']], [['增', '3月'], []]]);
  });
  it('a run of digits with a sign inside (0+11, 16-12) is a value where cells ran together, a label elsewhere', () => {
    const cells = ['行政许可', '0+11', '行政事业性收费', '16-12'].map(cell);
    expect(segments(cells, true).map((g) => g.values.map((c) => c.text))).toEqual([['0+11'], ['16-12']]);
    expect(segments(cells, false).map((g) => g.values.map((c) => c.text))).toEqual([[]]);
  });
});
