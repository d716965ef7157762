/**
 * The engine runs cold in a page, so its text helpers skip work a string does not need (one test
 * rather than several replacements, one match rather than a split tried at each character). Each
 * shortcut must give what the full work gives, on any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldText, labelKey, unifyRadicals } from '../../lib/text/normalize';
import { sentences, splitSentences } from '../../lib/text/sentences';
import type { TextBlock } from '../../lib/model';

const SPACES = /[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+/g;
const fullClean = (s: string) =>
  unifyRadicals(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(SPACES, ' ').trim());
const fullFold = (s: string) =>
  unifyRadicals(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'"));
const fullKey = (s: string) => fullFold(s).replace(SPACES, '').toLowerCase();
const fullSplit = (t: string) => t.split(/(?<=[。；;！!？?])/).filter((p) => p !== '');

/** Strings made of the characters that matter here: stops, spaces of every kind, control, zero-width, CJK, ASCII, full width. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('。', '；', ';', '！', '!', '？', '?', '，', ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2003', '\u202f', '\u205f', '\u000b', '\u000c'),
      fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u200b', '\u200e', '\u2060', '\ufeff', '\u00ad', '\u2028', '\u1680'),
      fc.constantFrom('本', '年', '新', '收', '（', '）', '(', ')', 'Ａ', '１', 'A', 'b', '1', '0', '-', '“', '’', '、', '《', '》'),
      fc.constantFrom('：', '，', '．', '－', '／', '～', '＂', '＇', '｀', '｛', '｝', 'ｚ', '！', '？', '；', '｡', 'ｶ', '\u3099', '\u0301', 'ﬁ', '①', '㈠'),
      // radicals as PDF text layers carry them: the supplement's (⻔ ⻘ ⺠), the Kangxi block's (⼭ ⼈), one with no ideograph listed (⺀)
      fc.constantFrom('⻔', '⻘', '⺠', '⼭', '⼈', '⺀', '⻳'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((xs) => xs.join(''));

describe('text shortcuts give what the full work gives', () => {
  const shortcuts: [string, (s: string) => unknown, (s: string) => unknown][] = [
    ['cleanText', cleanText, fullClean],
    ['foldText', foldText, fullFold],
    ['labelKey', labelKey, fullKey],
    ['splitSentences (cut where a split after each stop cuts)', splitSentences, fullSplit],
  ];
  for (const [name, fast, full] of shortcuts) {
    it(name, () => {
      fc.assert(fc.property(tricky, (s) => {
        expect(fast(s)).toEqual(full(s));
      }), { numRuns: 3000 });
    });
  }

  it('known cases', () => {
    expect(foldText('（一）予以公开：')).toBe('(一)予以公开:');
    expect(cleanText('\u00a00\u00a0')).toBe('0');
    expect(splitSentences('甲。乙；丙！丁')).toEqual(['甲。', '乙；', '丙！', '丁']);
    expect(splitSentences('。。')).toEqual(['。', '。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('sentences of one prose are drawn once, and are those of each line', () => {
    const prose: TextBlock[] = [
      { kind: 'text', text: '  本年新收申请10件。  办结9件；', src: {} },
      { kind: 'text', text: '\u3000', src: {} },
      { kind: 'text', text: '无句号', src: {} },
    ];
    const a = sentences(prose);
    expect(a.map((s) => s.text)).toEqual(['本年新收申请10件。', '办结9件；', '无句号']);
    expect(sentences(prose)).toBe(a);
    expect(sentences(prose.slice())).not.toBe(a);
  });
});
