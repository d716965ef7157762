/**
 * The text helpers every parser shares, asked directly at their edges: each fold, each kind of space and
 * control character, the clip at its length, Chinese numerals of every form the headings print.
 * (text-fast-paths.test.ts holds the shortcuts equal to the full work on random strings; this file says
 * what the full work is.)
 */
import { describe, expect, it } from 'vitest';
import { CN_NUMERALS, chineseNumber, cleanText, clip, foldText, labelKey, unifyRadicals } from '../../lib/text/normalize';

describe('unifyRadicals', () => {
  it('maps the supplement radicals by the table and the Kangxi ones by NFKC', () => {
    expect(unifyRadicals('南⻔街道')).toBe('南门街道');
    expect(unifyRadicals('⻘山区人⺠政府')).toBe('青山区人民政府');
    expect(unifyRadicals('⼭⼈')).toBe('山人');
    expect(unifyRadicals('⼾')).toBe('户');
  });

  it('leaves a radical with no ideograph listed as it is, and a string with none untouched', () => {
    expect(unifyRadicals('⺀')).toBe('⺀');
    const s = '南门街道';
    expect(unifyRadicals(s)).toBe(s);
  });
});

describe('foldText', () => {
  it('returns plain text as it is', () => {
    const s = '本年新收申请10件。\n（';
    expect(foldText('本年新收申请10件。')).toBe('本年新收申请10件。');
    expect(foldText(s)).toBe('本年新收申请10件。\n(');
  });

  it('maps full-width ASCII to half width', () => {
    expect(foldText('（一）予以公开：')).toBe('(一)予以公开:');
    expect(foldText('１２３ＡＢｃ～')).toBe('123ABc~');
  });

  it('drops control and zero-width characters', () => {
    expect(foldText('甲\u0001乙\u007f丙')).toBe('甲乙丙');
    expect(foldText('甲\u200b乙\ufeff丙\u00ad丁\u2060')).toBe('甲乙丙丁');
    expect(foldText('甲\u202e乙')).toBe('甲乙');
  });

  it('unifies quotes', () => {
    expect(foldText('“甲”„乙‟')).toBe('"甲""乙"');
    expect(foldText('‘甲’‚乙‛')).toBe("'甲''乙'");
  });

  it('maps radicals among other folds, and circles after a numeral as 〇', () => {
    expect(foldText('南⻔街道（')).toBe('南门街道(');
    expect(foldText('⺀\u200b')).toBe('⺀');
    expect(foldText('二○二一年')).toBe('二〇二一年');
    expect(foldText('二◯◯一年')).toBe('二〇〇一年');
    expect(foldText('十○')).toBe('十〇');
    // a circle that opens a line or follows other text is a bullet
    expect(foldText('○一是')).toBe('○一是');
    expect(foldText('甲○')).toBe('甲○');
  });
});

describe('cleanText', () => {
  it('returns a clean string itself, and trims one with only its ends to trim', () => {
    const s = '予以公开';
    expect(cleanText(s)).toBe(s);
    expect(cleanText('\u00a00\u00a0')).toBe('0');
    expect(cleanText(' 甲 ')).toBe('甲');
  });

  it('collapses every kind of space to one', () => {
    expect(cleanText('甲  乙')).toBe('甲 乙');
    expect(cleanText('甲\u3000\u00a0乙\t\n丙\u2003丁\u202f戊\u205f己')).toBe('甲 乙 丙 丁 戊 己');
  });

  it('drops control, vertical-tab and zero-width characters rather than spacing them', () => {
    expect(cleanText('甲\u000b乙')).toBe('甲乙');
    expect(cleanText('甲\u000c乙')).toBe('甲乙');
    expect(cleanText('甲\u0007乙')).toBe('甲乙');
    expect(cleanText('\u200b甲\u200e乙\u00ad')).toBe('甲乙');
    expect(cleanText('甲\u202e乙')).toBe('甲乙');
    expect(cleanText('甲\u007f 乙')).toBe('甲 乙');
  });

  it('maps radicals', () => {
    expect(cleanText('⻔')).toBe('门');
    expect(cleanText(' 南⻔ 街道 ')).toBe('南门 街道');
    expect(cleanText('⼭')).toBe('山');
  });
});

describe('labelKey', () => {
  it('lower-cases a plain label without other work', () => {
    expect(labelKey('ABC予以公开')).toBe('abc予以公开');
    expect(labelKey('（一）')).toBe('(一)');
  });

  it('folds and drops white space of every kind', () => {
    expect(labelKey('予以 公开')).toBe('予以公开');
    expect(labelKey('予以\u3000公开\n')).toBe('予以公开');
    expect(labelKey('（一）Ａ　Ｂ')).toBe('(一)ab');
    expect(labelKey('⻔ 牌')).toBe('门牌');
  });
});

describe('clip', () => {
  it('keeps a text of the length or shorter, and cuts a longer one with an ellipsis inside the length', () => {
    expect(clip('一二三', 3)).toBe('一二三');
    expect(clip('一二三四', 3)).toBe('一二…');
    expect(clip('一二三四', 4)).toBe('一二三四');
  });

  it('cleans before it measures, and cuts at 40 by default', () => {
    expect(clip('  甲   乙  ', 3)).toBe('甲 乙');
    const forty = '字'.repeat(40);
    expect(clip(forty)).toBe(forty);
    expect(clip(forty + '尾')).toBe('字'.repeat(39) + '…');
  });
});

describe('chineseNumber', () => {
  it('reads digits and digit-by-digit numerals', () => {
    expect(chineseNumber('12')).toBe(12);
    expect(chineseNumber('二〇二一')).toBe(2021);
    expect(chineseNumber('二零二二')).toBe(2022);
    expect(chineseNumber('一〇〇')).toBe(100);
  });

  it('reads numerals up to 99', () => {
    expect(chineseNumber('一')).toBe(1);
    expect(chineseNumber('九')).toBe(9);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('二十三')).toBe(23);
    expect(chineseNumber('九十九')).toBe(99);
  });

  it('names nothing it cannot read', () => {
    expect(chineseNumber('')).toBeNull();
    // two digits without 十 are neither a number up to 99 nor a year
    expect(chineseNumber('一二')).toBeNull();
    expect(chineseNumber('〇〇')).toBeNull();
    expect(chineseNumber('零')).toBeNull();
    expect(chineseNumber('两')).toBeNull();
    expect(chineseNumber('十十')).toBeNull();
    expect(chineseNumber('一2')).toBeNull();
    // read whole: digits then something else, or numerals with something before or after
    expect(chineseNumber('12a')).toBeNull();
    expect(chineseNumber('二〇二一年')).toBeNull();
    expect(chineseNumber('第二〇二一')).toBeNull();
    expect(chineseNumber('甲')).toBeNull();
  });

  it('the numerals headings print, by position', () => {
    expect(CN_NUMERALS[0]).toBe('');
    expect(CN_NUMERALS[3]).toBe('三');
    expect(CN_NUMERALS[10]).toBe('十');
    expect(CN_NUMERALS).toHaveLength(11);
  });
});
