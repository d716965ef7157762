/**
 * Prose into paragraphs, statements and sentences (lib/text/sentences.ts), case by case: which
 * line goes on with the one before (a crawler's one fragment per line) and which stands alone,
 * where a statement ends (。！？ only) and where a sentence does (also ；), and the places kept.
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../lib/model';
import { paragraphs, sentences, splitSentences, statements } from '../../lib/text/sentences';
import { wrapWidth } from '../../lib/text/width';

const prose = (...lines: string[]): TextBlock[] => lines.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
const texts = (bs: readonly { text: string }[]) => bs.map((b) => b.text);

describe('paragraphs', () => {
  it('a line goes on when the one before ends without a stop and either is a number, or it opens with punctuation or a unit', () => {
    expect(texts(paragraphs(prose('办结', '403', '件，按时办结率100%。')))).toEqual(['办结403件，按时办结率100%。']);
    expect(texts(paragraphs(prose('共收到申请1', '62件。')))).toEqual(['共收到申请162件。']);
    expect(texts(paragraphs(prose('本年度', '，我们', '（一）', '主动公开')))).toEqual(['本年度，我们', '（一）', '主动公开']);
    expect(texts(paragraphs(prose('收到申请', '件')))).toEqual(['收到申请件']);
    expect(texts(paragraphs(prose('收到申请', '3.5', '万元')))).toEqual(['收到申请3.5万元']);
  });

  it('a line stands alone after a stop, after a blank line, after a short heading, or when neither side is a number', () => {
    expect(texts(paragraphs(prose('已办结。', '403件')))).toEqual(['已办结。', '403件']);
    for (const stop of ['！', '!', '？', '?', '；', ';', '：', ':']) expect(texts(paragraphs(prose(`办结${stop}`, '403件'))), stop).toEqual([`办结${stop}`, '403件']);
    expect(texts(paragraphs(prose('办结', '', '403件')))).toEqual(['办结', '403件']);
    expect(texts(paragraphs(prose('一、总体情况', '2022年，本机关')))).toEqual(['一、总体情况', '2022年，本机关']);
    expect(texts(paragraphs(prose('（二）依申请公开2', '件')))).toEqual(['（二）依申请公开2件']);
    expect(texts(paragraphs(prose(`一、${'很长的标题'.repeat(6)}`, '2022年')))).toEqual([`一、${'很长的标题'.repeat(6)}2022年`]);
    expect(texts(paragraphs(prose('本机关', '认真落实')))).toEqual(['本机关', '认真落实']);
    // a number inside a line, not at its edge, joins nothing
    expect(texts(paragraphs(prose('本机关', '认真落实2项工作')))).toEqual(['本机关', '认真落实2项工作']);
    expect(texts(paragraphs(prose('第2次会议召开', '认真落实')))).toEqual(['第2次会议召开', '认真落实']);
    // a heading of 30 characters is still a heading
    const h30 = `一、${'标'.repeat(28)}`;
    expect(texts(paragraphs(prose(h30, '2022年')))).toEqual([h30, '2022年']);
  });

  it('a text wrapped a printed line a line (a PDF’s): a line without its stop goes on with the next, but for a heading', () => {
    // 淮安市洪泽区人民政府 2024 as pdftotext -raw sets it: lines of 28 characters, some cut short at a change of font
    const body = Array.from({ length: 8 }, (_, i) => `围绕区委区政府中心工作以完善信息公开制度推进公开平台建设第${i}`.slice(0, 28));
    const lines = ['（二）依申请公开情况。根据《条例》和上级部门关于依申', '请办理的规范要求，强化组织领导、规范办理流程。', '2024 年，', '区政府办代表区政府受理政府', '信息公开申请 17 件，均已在法定期限内予以答复', '三、收到和处理政府信息公开申请情况', '（一）主动公开情况', ...body.map((b) => `${b}。`)];
    expect(wrapWidth(lines)).toBe(58);
    const out = texts(paragraphs(prose(...lines)));
    expect(out.slice(0, 4)).toEqual([
      '（二）依申请公开情况。根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、规范办理流程。',
      '2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复',
      '三、收到和处理政府信息公开申请情况',
      '（一）主动公开情况',
    ]);
    // not wrapped (a crawled page's paragraphs end anywhere): the same lines stand as they are
    expect(texts(paragraphs(prose(...lines.slice(0, 5))))).toEqual(lines.slice(0, 5));
  });

  it('wrapWidth: eight long lines at one width or more, most long lines within three characters under it', () => {
    const at = (w: number, n: number) => Array.from({ length: n }, () => '字'.repeat(w / 2));
    expect(wrapWidth(at(56, 8))).toBe(56);
    expect(wrapWidth(at(56, 7))).toBeNull();
    expect(wrapWidth([...at(56, 8), ...at(50, 8)])).toBe(56);
    expect(wrapWidth([...at(56, 8), ...at(46, 7), ...at(60, 3)])).toBeNull();
    expect(wrapWidth([...at(56, 8), ...at(38, 30)])).toBe(56);
    // within six columns under it, not seven; of two widths as common, the wider
    expect(wrapWidth([...at(56, 8), ...at(50, 8)])).toBe(56);
    expect(wrapWidth([...at(56, 8), ...at(42, 9)])).toBe(42);
    expect(wrapWidth([...at(56, 9), ...at(48, 8), ...at(40, 2)])).toBeNull();
    expect(wrapWidth([...at(54, 8), ...at(56, 8)])).toBe(56);
  });

  it('keeps the first line’s place, cleans each line, and draws one prose once', () => {
    const p = prose('  办结 ', '403', '件。');
    const got = paragraphs(p);
    expect(got).toEqual([{ kind: 'text', text: '办结403件。', src: { line: 1 } }]);
    expect(paragraphs(p)).toBe(got);
    expect(paragraphs(p.slice())).not.toBe(got);
  });
});

describe('statements and sentences', () => {
  const p = prose('共156条，其中规章12条；规范性文件45条。', '是否按时？是！', '未完');
  it('a statement ends at 。！？ only; a sentence at ；too, each with its statement', () => {
    expect(texts(statements(p))).toEqual(['共156条，其中规章12条；规范性文件45条。', '是否按时？', '是！', '未完']);
    expect(sentences(p).map((s) => [s.text, s.statement, s.src.line])).toEqual([
      ['共156条，其中规章12条；', '共156条，其中规章12条；规范性文件45条。', 1],
      ['规范性文件45条。', '共156条，其中规章12条；规范性文件45条。', 1],
      ['是否按时？', '是否按时？', 2],
      ['是！', '是！', 2],
      ['未完', '未完', 3],
    ]);
    expect(statements(p)).toBe(statements(p));
    expect(sentences(p)).toBe(sentences(p));
  });

  it('splitSentences keeps each stop with its piece and the rest after the last', () => {
    expect(splitSentences('甲。乙；丙;丁！戊!己？庚?辛')).toEqual(['甲。', '乙；', '丙;', '丁！', '戊!', '己？', '庚?', '辛']);
    expect(splitSentences('')).toEqual([]);
    expect(texts(sentences(prose('  。 ')))).toEqual(['。']);
  });
});
