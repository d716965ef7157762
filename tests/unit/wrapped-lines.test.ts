/**
 * Lines a copy broke apart, joined back (lib/grid/wrapped-lines): fragments (an ordinal, a quote, a closing mark,
 * an open bracket) and a template label wrapped a piece per line in its narrow cell. Each case at its edge.
 */
import { describe, expect, it } from 'vitest';
import { joinWrappedLabels } from '../../lib/grid/wrapped-lines';
import { textLines } from '../../lib/text/lines';

/** One text block per string, numbered from line 1, as a text file gives them. */
const lines = (texts: string[]) => textLines(texts.join('\n'));
/** Each line out as [text, the line it starts on]. */
const join = (texts: string[]) => joinWrappedLabels(lines(texts)).map((l) => [l.text, l.src.line]);

describe('joinWrappedLabels: fragments', () => {
  it('an ordinal alone goes with the next line', () => {
    expect(join(['（二）', '部分公开'])).toEqual([['（二）部分公开', 1]]);
    expect(join(['三、', '收到和处理政府信息公开申请情况'])).toEqual([['三、收到和处理政府信息公开申请情况', 1]]);
    expect(join(['1.', '本年新收政府信息公开申请数量'])).toEqual([['1.本年新收政府信息公开申请数量', 1]]);
    expect(join(['1．', '自然人'])).toEqual([['1．自然人', 1]]);
    expect(join(['第二十条第（', '一）项'])).toEqual([['第二十条第（一）项', 1]]);
  });
  it('a numeral alone joins a next line that opens with its mark, and only then', () => {
    expect(join(['三', '、收到和处理政府信息公开申请情况'])).toEqual([['三、收到和处理政府信息公开申请情况', 1]]);
    expect(join(['十一', '、其他'])).toEqual([['十一、其他', 1]]);
    expect(join(['三', '收到和处理政府信息公开申请情况'])).toEqual([['三', 1], ['收到和处理政府信息公开申请情况', 2]]);
    expect(join(['三', '收到、处理'])).toEqual([['三', 1], ['收到、处理', 2]]);
    expect(join(['三项', '、其他'])).toEqual([['三项', 1], ['、其他', 2]]);
  });
  it('an opening quote goes with the next line, a closing mark with the line before', () => {
    expect(join(['“', '放管服', '”'])).toEqual([['“放管服”', 1]]);
    expect(join(['“放管服', '”'])).toEqual([['“放管服”', 1]]);
    expect(join(['甲', ')'])).toEqual([['甲)', 1]]);
    expect(join(['甲', '’'])).toEqual([['甲’', 1]]);
  });
  it('a closing mark after a blank line, and an ordinal before one, stay alone', () => {
    expect(join(['', '”'])).toEqual([['', 1], ['”', 2]]);
    expect(join(['（三）', ''])).toEqual([['（三）', 1], ['', 2]]);
    expect(join(['结果', '', '纠正'])).toEqual([['结果', 1], ['', 2], ['纠正', 3]]);
  });
  it('a line that leaves a bracket open takes the lines that close it, at most three more', () => {
    expect(join(['（二）部分公开（区分处理的，只计这一情形，', '不计其他情形）', '3'])).toEqual([
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1],
      ['3', 3],
    ]);
    expect(join(['甲（', '乙', '丙', '丁）'])).toEqual([['甲（乙丙丁）', 1]]);
    expect(join(['甲（', '乙', '丙', '丁', '戊）'])).toEqual([['甲（乙丙丁', 1], ['戊）', 5]]);
    // counted from the open line, wherever it stands
    expect(join(['正文', '正文', '甲（', '乙', '丙）'])).toEqual([['正文', 1], ['正文', 2], ['甲（乙丙）', 3]]);
  });
  it('the open line is at most 40 characters, the next at most 30', () => {
    expect(join([`${'甲'.repeat(39)}（`, '乙）'])).toEqual([[`${'甲'.repeat(39)}（乙）`, 1]]);
    expect(join([`${'甲'.repeat(40)}（`, '乙）'])).toEqual([[`${'甲'.repeat(40)}（`, 1], ['乙）', 2]]);
    expect(join(['甲（', `${'乙'.repeat(29)}）`])).toEqual([[`甲（${'乙'.repeat(29)}）`, 1]]);
    expect(join(['甲（', `${'乙'.repeat(30)}）`])).toEqual([['甲（', 1], [`${'乙'.repeat(30)}）`, 2]]);
  });
  it('a bracket the line closes itself takes nothing', () => {
    expect(join(['甲（乙）', '丙'])).toEqual([['甲（乙）', 1], ['丙', 2]]);
  });
});

describe('joinWrappedLabels: a label wrapped in its cell', () => {
  it('joins the pieces of a label, the fewest that make one, keeping the first line as its source', () => {
    expect(join(['结果', '纠正', '5'])).toEqual([['结果纠正', 1], ['5', 3]]);
    expect(join(['结果', '纠正', '尚未', '审结'])).toEqual([['结果纠正', 1], ['尚未审结', 3]]);
    expect(join(['结', '果', '纠', '正'])).toEqual([['结果纠正', 1]]);
    expect(join(['未经', '复议', '直接', '起诉'])).toEqual([['未经复议直接起诉', 1]]);
    expect(join([' 结果 ', ' 纠正 '])).toEqual([['结果纠正', 1]]);
    expect(join(['本年新', '制作数量'])).toEqual([['本年新制作数量', 1]]);
  });
  it('at most four pieces', () => {
    expect(join(['未', '经', '复', '议', '直接起诉'])).toEqual([['未', 1], ['经', 2], ['复', 3], ['议', 4], ['直接起诉', 5]]);
  });
  it('其他 and 总计 are labels of their own: they take one piece at most', () => {
    expect(join(['其他', '结果', '2'])).toEqual([['其他结果', 1], ['2', 3]]);
    expect(join(['结果', '纠正', '其他', '结果'])).toEqual([['结果纠正', 1], ['其他结果', 3]]);
    expect(join(['总计', '未经复议', '直接起诉'])).toEqual([['总计', 1], ['未经复议直接起诉', 2]]);
  });
  it('a section heading broken over lines is joined', () => {
    expect(join(['六、其他', '需要', '报告的事项'])).toEqual([['六、其他需要报告的事项', 1]]);
  });
  it('no piece is a number, a sentence, longer than ten characters, or a new ordinal', () => {
    expect(join(['12', '结果'])).toEqual([['12', 1], ['结果', 2]]);
    expect(join(['结果。', '纠正'])).toEqual([['结果。', 1], ['纠正', 2]]);
    expect(join(['结果', '1.纠正'])).toEqual([['结果', 1], ['1.纠正', 2]]);
    // a new ordinal opens its own item (whose words may follow: ./wrapped-lines itemWords)
    expect(join(['（三）不予公开', '1.属于', '国家秘密'])).toEqual([['（三）不予公开', 1], ['1.属于国家秘密', 2]]);
  });
  it('lines that join into nothing come out as they went in, the same objects', () => {
    const input = lines(['维持', '结果', '甲乙丙']);
    const out = joinWrappedLabels(input);
    expect(out).toHaveLength(3);
    out.forEach((l, i) => expect(l).toBe(input[i]));
  });
});

describe('joinWrappedLabels: a row whose values came on its label’s first line', () => {
  it('takes the label’s rest before its values', () => {
    expect(join(['（二）部分公开（区分处理的，只计这一情形， 9 0 2 0 1 3 15', '不计其他情形）'])).toEqual([
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形） 9 0 2 0 1 3 15', 1],
    ]);
  });
});

describe('joinWrappedLabels: an item of 表三 wrapped after its number (a cell a few characters wide, pdftotext -raw)', () => {
  it('its number with its first words and the pieces after: the most that name the item', () => {
    expect(join(['1.属于', '国家秘', '密', '2.其他'])).toEqual([['1.属于国家秘密', 1], ['2.其他', 4]]);
    expect(join(['2.其他', '法律行政法规禁止公开'])).toEqual([['2.其他法律行政法规禁止公开', 1]]);
    expect(join(['5.属于', '三类内部事务', '信息'])).toEqual([['5.属于三类内部事务信息', 1]]);
    expect(join(['1.本机', '关不掌握相关', '政府信', '息'])).toEqual([['1.本机关不掌握相关政府信息', 1]]);
  });

  it('stops at another ordinal, a group’s or a row’s label, a value, a sentence, a blank line and a known item’s words once named', () => {
    expect(join(['1.属于', '2.其他法律行政法规禁止公开'])).toEqual([['1.属于', 1], ['2.其他法律行政法规禁止公开', 2]]);
    expect(join(['1.属于', '（四）无法提供'])).toEqual([['1.属于', 1], ['（四）无法提供', 2]]);
    expect(join(['1.属于', '自然人', '国家秘密'])).toEqual([['1.属于', 1], ['自然人', 2], ['国家秘密', 3]]);
    // a first line with its row's values after the words is a row of its own (html-to-text's tables: 2.其他法律行政 0 3 … / 法规禁止公开)
    expect(join(['2.其他法律行政 0 3 0 0 1 8 12', '法规禁止公开'])).toEqual([['2.其他法律行政 0 3 0 0 1 8 12', 1], ['法规禁止公开', 2]]);
    expect(join(['1.属于', '0'])).toEqual([['1.属于', 1], ['0', 2]]);
    expect(join(['1.属于', '国家秘密。'])).toEqual([['1.属于', 1], ['国家秘密。', 2]]);
    expect(join(['1.属于', '', '国家秘密'])).toEqual([['1.属于', 1], ['', 2], ['国家秘密', 3]]);
    expect(join(['1.属于', '国家秘密', '法律行政法规禁止公开'])).toEqual([['1.属于国家秘密', 1], ['法律行政法规禁止公开', 3]]);
  });

  it('an item its number and words already name is left as it is; a piece over twenty characters ends the item, four are the most', () => {
    expect(join(['3.危及', '“三安全一稳定”'])).toEqual([['3.危及', 1], ['“三安全一稳定”', 2]]);
    expect(join(['5.属于三类内部事务', '信息'])).toEqual([['5.属于三类内部事务', 1], ['信息', 2]]);
    expect(join(['1.属于', '国家秘密国家秘密国家秘密国家秘密国家秘密国'])).toEqual([['1.属于', 1], ['国家秘密国家秘密国家秘密国家秘密国家秘密国', 2]]);
    expect(join(['1.属于', '国家秘密国家秘密国家秘密国家秘密国家秘密'])).toEqual([['1.属于国家秘密国家秘密国家秘密国家秘密国家秘密', 1]]);
    expect(join(['1.本', '机', '关', '不', '掌握相关政府信息'])).toEqual([['1.本机关不掌握相关政府信息', 1]]);
    expect(join(['1.本', '机', '关', '不', '掌', '握相关政府信息'])[0]![0]).not.toBe('1.本机关不掌握相关政府信息');
  });
});
