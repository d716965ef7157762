/**
 * A row's label wrapped over lines around its values, joined back into one row (lib/grid/label-heads): the head above
 * the row's line (a browser's copy), the head above and the end below the values (pdftotext -layout, pdfplumber), an
 * item's number alone. Each case at its edge, and what only looks so left alone.
 */
import { describe, expect, it } from 'vitest';
import { joinLabelHeads } from '../../lib/grid/label-heads';
import { textLines } from '../../lib/text/lines';

/** One text block per string, numbered from line 1, as a text file gives them. */
const lines = (texts: string[]) => textLines(texts.join('\n'));
/** Each line out as [text, the line it starts on]. */
const heads = (texts: string[]) => joinLabelHeads(lines(texts)).map((l) => [l.text, l.src.line]);
/** The lines come out as they went in. */
const kept = (texts: string[]) => expect(heads(texts)).toEqual(texts.map((t, k) => [t, k + 1]));

describe('joinLabelHeads: a row label’s head wrapped above its row (a browser’s copy of a cell with a <br>)', () => {
  it('the head goes onto its row’s line, before its cells or its digits; the row keeps its line', () => {
    expect(heads(['一、本年新收政府', '信息公开申请数量\t 29 \t 11'])).toEqual([['一、本年新收政府信息公开申请数量\t 29 \t 11', 2]]);
    expect(heads(['2.其他法律行政', '法规禁止公开 0  3  0'])).toEqual([['2.其他法律行政法规禁止公开 0  3  0', 2]]);
    expect(heads(['(四)无法提供\t1.本机关不掌握', '相关政府信息\t5\t0'])).toEqual([['(四)无法提供\t1.本机关不掌握相关政府信息\t5\t0', 2]]);
  });
  it('two labels each whole stay two lines: a row of its own, a group above its first item', () => {
    expect(heads(['行政许可', '行政处罚\t0'])).toEqual([['行政许可', 1], ['行政处罚\t0', 2]]);
    expect(heads(['(三)不予公开', '1.属于国家秘密\t8'])).toEqual([['(三)不予公开', 1], ['1.属于国家秘密\t8', 2]]);
  });
  it('a header that goes on (本年收费金额（单位：万元）) never swallows the row the next line names', () => {
    expect(heads(['信息内容      本年收费金额（单位：万元）', '行政事业性收费   0'])).toEqual([['信息内容      本年收费金额（单位：万元）', 1], ['行政事业性收费   0', 2]]);
  });
  it('a line with values, a sentence, or a next line without a row’s values is left alone', () => {
    expect(heads(['一、本年新收政府\t3', '信息公开申请数量\t 29'])).toEqual([['一、本年新收政府\t3', 1], ['信息公开申请数量\t 29', 2]]);
    expect(heads(['规章\t3\t2.其他法律行政', '法规禁止公开\t0'])).toEqual([['规章\t3\t2.其他法律行政', 1], ['法规禁止公开\t0', 2]]);
    expect(heads(['一、本年新收政府。', '信息公开申请数量\t 29'])).toEqual([['一、本年新收政府。', 1], ['信息公开申请数量\t 29', 2]]);
    expect(heads(['一、本年新收政府', '信息公开申请数量'])).toEqual([['一、本年新收政府', 1], ['信息公开申请数量', 2]]);
  });
});

describe('joinLabelHeads: a label set over three lines, its values on the middle one (pdftotext -layout)', () => {
  const row = ['  0    0    3    0    0    0    3'];
  it('the values alone between the label’s head and end: one row on the values’ line', () => {
    expect(heads(['   5.要求行政机关确认或重新出具', ...row, '     已获取信息'])).toEqual([['5.要求行政机关确认或重新出具已获取信息  0    0    3    0    0    0    3', 2]]);
    // a tab text keeps its tabs
    expect(heads(['5.要求行政机关确认或重新出具', '\t0\t3', '已获取信息'])).toEqual([['5.要求行政机关确认或重新出具已获取信息\t0\t3', 2]]);
  });
  it('a middle piece of the label goes in the label; a piece of another column’s label before it', () => {
    expect(heads(['1.申请人无正当理由逾期不补', '正、行政机关不再处理其政府   2   0   7', '（六）      信息公开申请'])).toEqual([
      ['（六）  1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  2   0   7', 2],
    ]);
    // a piece that names nothing is tried in the label first: 度办 stays inside, the label still 表三's 部分公开
    expect(heads(['（二）部分公开（区分处理的，只计这一', '度办        0   0   4', '    情形，不计其他情形）'])).toEqual([
      ['（二）部分公开（区分处理的，只计这一度办情形，不计其他情形）  0   0   4', 2],
    ]);
    expect(heads(['  其他处   2.申请人逾期未按收费通知要求', '费用、行政机关不再处理   0  7  7', '理     其政府信息公开申请'])).toEqual([
      ['其他处  理  2.申请人逾期未按收费通知要求费用、行政机关不再处理其政府信息公开申请  0  7  7', 2],
    ]);
    // a piece a single space before the middle piece is another column's (他处理 of 其他处理)
    expect(heads(['（六）其 2.申请人逾期未按收费通知要求缴纳', '他处理 费用、行政机关不再处理其政府信息 0 0 6', '公开申请'])).toEqual([
      ['他处理  （六）其 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  0 0 6', 2],
    ]);
  });
  it('a group’s label on its middle item’s line goes before the item, whose label is made whole', () => {
    expect(heads(['2.没有现成信息', '(四)无法提供 2 0 4', '需要另行制作'])).toEqual([['(四)无法提供  2.没有现成信息需要另行制作  2 0 4', 2]]);
  });
  it('an item’s number alone between its head and its values goes before the head', () => {
    expect(heads(['申请人无正当理由逾期不补正、行政机关', '1.', '   8   0   0   8', '不再处理其政府信息公开申请'])).toEqual([
      ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  8   0   0   8', 3],
    ]);
  });
  it('a whole label and its values alone on the next line: one row; a single value is a bare layout’s cell', () => {
    expect(heads(['（三）不予公 4.保护第三方合法权益', '   0    0    7', '', '开'])).toEqual([
      ['（三）不予公 4.保护第三方合法权益  0    0    7', 2],
      ['', 3],
      ['开', 4],
    ]);
    expect(heads(['规章', '0', '0'])).toEqual([['规章', 1], ['0', 2], ['0', 3]]);
  });
  it('a piece of another column alone between a head and the line with its rest goes before the row', () => {
    expect(heads(['（六）其他处 2.申请人逾期未按收费通知要求缴纳费用、', '理', '行政机关不再处理其政府信息公开申请   2   0'])).toEqual([
      ['理  （六）其他处 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请   2   0', 3],
    ]);
    // a head without its ordinal is a middle piece of a longer label: left to the lines around it
    kept(['费通知要求缴纳费', '理', '用、行政机关不再处  0  4  3']);
  });
  it('what only looks so is left alone', () => {
    // a row whole on the middle line, a group's label set around it
    kept(['（四）无法提', '2.没有现成信息需要另行制作  8  0  4', '供']);
    // 表二's header, a row, the next group's label
    kept(['信息内容上一年项目数量本年增/减', '行政事业性收费 13  -3', '第二十条第(九)项']);
    kept(['信息内容   本年处理决定数量', '行政许可     0   3', '第二十条第（六）项']);
    // prose broken a piece a line, a number alone between
    kept(['件，上年结转', '1', '件，办结']);
    // the last line opens a label of its own, or names a row alone: the row is the first two lines
    expect(heads(['5.要求行政机关确认或重新出具', '  0  3  0', '1.申请人无正当理由'])).toEqual([['5.要求行政机关确认或重新出具  0  3  0', 2], ['1.申请人无正当理由', 3]]);
    expect(heads(['不予处理 5.要求行政机关', '  0  3  0', '不予处理'])).toEqual([['不予处理 5.要求行政机关  0  3  0', 2], ['不予处理', 3]]);
    // a middle line of more than 40 characters is no piece of a wrapped label
    kept(['5.要求行政机关确认或重新出具', `${'甲'.repeat(41)}  0  3  0`, '已获取信息']);
    // what stands alone between a head and the line with its rest is a piece of four characters at most
    kept(['（六）其他处 2.申请人逾期未按收费通知要求缴纳费用、', '甲乙丙丁戊', '行政机关不再处理其政府信息公开申请   2   0']);
    // a middle piece without its number (由逾期不补正、行 is not where the label starts)
    kept(['由逾期不补正、行', '  0  0  0  0  0  0', '政机关不再处理其']);
  });
});
