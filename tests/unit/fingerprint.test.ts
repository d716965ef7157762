/**
 * A report's own sentences as the copied-prose check compares them (lib/text/fingerprint.ts), by
 * value: what makes two sentences the same (figures, years, the organ's name, punctuation), what is
 * not the report's own (boilerplate, headings, short or mostly numeric pieces), each once, the caps.
 */
import { describe, expect, it } from 'vitest';
import { hash32, normaliseSentence, organKey, ownSentences } from '../../lib/text/fingerprint';

const PROSE = '我们坚持以公开为常态、不公开为例外的原则，推进决策公开和执行公开。';

describe('normaliseSentence and organKey', () => {
  it('figures, Chinese counts before a unit and the organ become marks; spaces and punctuation go', () => {
    expect(normaliseSentence('南门街道2022年收到申请 12.5 件，办结三十件。', '南门街道')).toBe('@#年收到申请#件办结#件');
    expect(normaliseSentence('南门街道（某）说：“是”——好…', '南')).toBe('南门街道某说是好');
    expect(normaliseSentence('二〇二二年', null)).toBe('#年');
    expect(normaliseSentence('12.55件', null)).toBe('#件');
    expect(normaliseSentence('南门办结', '南门')).toBe('@办结');
    expect(normaliseSentence('南门办结', '南')).toBe('南门办结');
  });

  it('an organ’s name without spaces, brackets or punctuation, folded', () => {
    expect(organKey(' 示例市（本级）人民政府·办公室 ')).toBe('示例市本级人民政府办公室');
    expect(organKey('《某》「局」-—_、，,。.')).toBe('某局');
  });

  it('FNV-1a over the code units', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('ab')).not.toBe(hash32('ba'));
  });
});

describe('ownSentences', () => {
  it('keeps prose once (the same with other figures is the same), as printed', () => {
    const y1 = '本机关2022年组织政务公开培训5次，覆盖全体工作人员。';
    const out = ownSentences([y1, '本机关2023年组织政务公开培训18次，覆盖全体工作人员。'], null);
    expect(out).toEqual([{ h: hash32(normaliseSentence(y1, null)), t: y1 }]);
    expect(ownSentences([`${PROSE}本年度共有5人参加培训并取得良好效果。`], null).map((s) => s.t)).toEqual([PROSE, '本年度共有5人参加培训并取得良好效果。']);
  });

  it('leaves out boilerplate, headings, short pieces and figures in prose form', () => {
    const lines = [
      '根据《中华人民共和国政府信息公开条例》要求，编制本报告。',
      '一、总体情况总体情况总体情况总体情况',
      '如对本报告有任何疑问，请与我们联系。',
      '本年度未发生因政府信息公开申请行政复议的情况。',
      '特此报告，请审阅并提出宝贵意见建议。',
      '短句子。',
      '收到1件2件3件4件5件6件7件8件。',
    ];
    expect(ownSentences(lines, null)).toEqual([]);
    // fourteen characters as compared are prose; thirteen are not
    expect(ownSentences(['我们持续推进政务公开标准化', '我们持续推进政务公开标准化建'], null).map((s) => s.t)).toEqual(['我们持续推进政务公开标准化建']);
    // a quarter of the marks is still prose: exactly at the edge it stays
    expect(normaliseSentence('第1项第2项第3项第4项完成好了。', null)).toHaveLength(16);
    expect(ownSentences(['第1项第2项第3项第4项完成好了。'], null).map((s) => s.t)).toEqual(['第1项第2项第3项第4项完成好了。']);
    expect(ownSentences(['第1项第2项第3项第4项第5项完。'], null)).toEqual([]);
  });

  it('cuts what it shows at 160 characters and keeps at most 400 sentences', () => {
    const long = `${'我们持续推进政务公开标准化规范化建设'.repeat(10)}。`;
    expect(ownSentences([long], null)[0]!.t).toBe(`${long.slice(0, 160)}…`);
    expect(ownSentences([long.slice(0, 160)], null)[0]!.t).toBe(long.slice(0, 160));
    const many = Array.from({ length: 450 }, (_, i) => `第${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}${'东西南北中'[Math.floor(i / 120)]}类事项公开工作持续推进。`);
    expect(ownSentences(many, null)).toHaveLength(400);
  });
});
