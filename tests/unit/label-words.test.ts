/**
 * Each word of the template as classifyLabel names it, exactly (labels.test.ts matches a part of each answer): 表二's
 * groups, header, rows, columns and their units; 表三's rows, phase, header, groups, items and total; 表四's
 * headers; 其他 and 总计; and each length bound at its edge.
 */
import { describe, expect, it } from 'vitest';
import { classifyLabel, isTemplateLabel, itemNumber } from '../../lib/template/labels';

const cases: [string, unknown][] = [
  ['第二十条第（一）项', { table: 'active', kind: 'group', group: 'art20_1' }],
  ['第二十条第(十)项', { table: 'active', kind: 'group', group: 'art20_10' }],
  // an ordinal of two numerals is read whole, in a group's number and before a label
  ['第二十条第（十一）项', { table: 'active', kind: 'group', group: 'art20_11' }],
  ['十一、规章', { table: 'active', kind: 'row', row: 'rules', group: 'art20_1' }],
  ['（十二）规章', { table: 'active', kind: 'row', row: 'rules', group: 'art20_1' }],
  // an ordinal is taken off only at the label's start, a note in brackets only at its end: inside, they keep the label
  // too long to be a group's (13 characters and more)
  ['三类不予公开的信息一、其他', null],
  ['（甲）不予公开的信息（三）', null],
  ['无法提供（注：本机关不掌握的）信息（件）', { table: 'requests', kind: 'item', n: null, group: 'unavailable' }],
  ['第二十条', null],
  ['信息内容', { table: 'active', kind: 'header' }],
  ['一、信息内容', { table: 'active', kind: 'header' }],
  ['规章', { table: 'active', kind: 'row', row: 'rules', group: 'art20_1' }],
  ['规范性文件', { table: 'active', kind: 'row', row: 'normative', group: 'art20_1' }],
  ['行政许可', { table: 'active', kind: 'row', row: 'license', group: 'art20_5' }],
  ['其他对外管理服务事项', { table: 'active', kind: 'row', row: 'other_services', group: 'art20_5' }],
  ['行政处罚', { table: 'active', kind: 'row', row: 'penalty', group: 'art20_6' }],
  ['行政强制', { table: 'active', kind: 'row', row: 'coercion', group: 'art20_6' }],
  ['行政事业性收费', { table: 'active', kind: 'row', row: 'fees', group: 'art20_8' }],
  ['政府集中采购', { table: 'active', kind: 'row', row: 'procurement', group: 'art20_9' }],
  ['本年新制作数量', { table: 'active', kind: 'col', col: 'new_made' }],
  ['本年新公开数量', { table: 'active', kind: 'col', col: 'new_published' }],
  ['对外公开总数量', { table: 'active', kind: 'col', col: 'total_published' }],
  ['上一年项目数量', { table: 'active', kind: 'col', col: 'prev_items' }],
  ['本年增/减', { table: 'active', kind: 'col', col: 'delta' }],
  ['本年增减', { table: 'active', kind: 'col', col: 'delta' }],
  ['本年处理决定数量', { table: 'active', kind: 'col', col: 'decisions' }],
  ['处理决定数量', { table: 'active', kind: 'col', col: 'decisions' }],
  ['采购项目数量', { table: 'active', kind: 'col', col: 'count' }],
  ['本年制发件数', { table: 'active', kind: 'col', col: 'issued' }],
  ['本年废止件数', { table: 'active', kind: 'col', col: 'repealed' }],
  ['现行有效件数', { table: 'active', kind: 'col', col: 'in_force' }],
  ['采购总金额', { table: 'active', kind: 'col', col: 'amount' }],
  ['采购总金额（万元）', { table: 'active', kind: 'col', col: 'amount', unit: '万元' }],
  ['采购总金额(单位:元)', { table: 'active', kind: 'col', col: 'amount', unit: '元' }],
  ['本年收费金额（元）', { table: 'active', kind: 'col', col: 'amount_wan', unit: '元' }],
  ['本年收费金额(单位元)', { table: 'active', kind: 'col', col: 'amount_wan', unit: '元' }],
  ['本年收费金额（单位：万元）', { table: 'active', kind: 'col', col: 'amount_wan', unit: '万元' }],
  ['本年新', { table: 'active', kind: 'col', col: '', cut: true }],
  ['一、本年新收政府信息公开申请数量', { table: 'requests', kind: 'row', row: 'new' }],
  ['本年度新收申请', { table: 'requests', kind: 'row', row: 'new' }],
  ['二、上年结转政府信息公开申请数量', { table: 'requests', kind: 'row', row: 'carried_in' }],
  ['上年度结转', { table: 'requests', kind: 'row', row: 'carried_in' }],
  ['上一年度结转', { table: 'requests', kind: 'row', row: 'carried_in' }],
  ['四、结转下年度继续办理', { table: 'requests', kind: 'row', row: 'carried_out' }],
  ['结转下一年度继续办理', { table: 'requests', kind: 'row', row: 'carried_out' }],
  ['三、本年度办理结果', { table: 'requests', kind: 'phase' }],
  ['（勾稽关系：一+二=三+四）', { table: 'requests', kind: 'header' }],
  ['申请人情况', { table: 'requests', kind: 'header' }],
  ['自然人', { table: 'requests', kind: 'header', col: 'natural' }],
  ['法人或其他组织', { table: 'requests', kind: 'header' }],
  ['商业企业', { table: 'requests', kind: 'header', col: 'business' }],
  ['科研机构', { table: 'requests', kind: 'header', col: 'research' }],
  ['社会公益组织', { table: 'requests', kind: 'header', col: 'public_interest' }],
  ['法律服务机构', { table: 'requests', kind: 'header', col: 'legal_service' }],
  ['小计', { table: 'requests', kind: 'header', col: 'org_subtotal' }],
  ['12.其他', { table: 'requests', kind: 'item', n: 12, group: null }],
  ['1、属于国家秘密', { table: 'requests', kind: 'item', n: 1, group: 'withheld' }],
  ['123.属于国家秘密', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['（七）总计', { table: 'requests', kind: 'total' }],
  ['（八）总计', { table: null, kind: 'ambiguous', word: 'total' }],
  ['(一)予以公开', { table: 'requests', kind: 'group', group: 'disclosed', ord: 1 }],
  ['予以公开', { table: 'requests', kind: 'group', group: 'disclosed', ord: null }],
  ['（二）部分公开', { table: 'requests', kind: 'group', group: 'partial', ord: 2 }],
  ['（三）不予公开', { table: 'requests', kind: 'group', group: 'withheld', ord: 3 }],
  ['（四）无法提供', { table: 'requests', kind: 'group', group: 'unavailable', ord: 4 }],
  ['（五）不予处理', { table: 'requests', kind: 'group', group: 'not_processed', ord: 5 }],
  ['（六）其他处理', { table: 'requests', kind: 'group', group: 'other', ord: 6 }],
  ['其他处理', { table: 'requests', kind: 'group', group: 'other', ord: null }],
  ['部分公开（区分处理的，只计这一情形，不计其他情形）', { table: 'requests', kind: 'group', group: 'partial', ord: null }],
  ['属于国家秘密', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['其他法律行政法规禁止公开', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['危及“三安全一稳定”', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['保护第三方合法权益', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['属于三类内部事务信息', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['属于四类过程性信息', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['属于行政执法案卷', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['属于行政查询事项', { table: 'requests', kind: 'item', n: null, group: 'withheld' }],
  ['本机关不掌握相关政府信息', { table: 'requests', kind: 'item', n: null, group: 'unavailable' }],
  ['没有现成信息需要另行制作', { table: 'requests', kind: 'item', n: null, group: 'unavailable' }],
  ['补正后申请内容仍不明确', { table: 'requests', kind: 'item', n: null, group: 'unavailable' }],
  ['信访举报投诉类申请', { table: 'requests', kind: 'item', n: null, group: 'not_processed' }],
  ['重复申请', { table: 'requests', kind: 'item', n: null, group: 'not_processed' }],
  ['申请人重复申请', null],
  ['要求提供公开出版物', { table: 'requests', kind: 'item', n: null, group: 'not_processed' }],
  ['无正当理由大量反复申请', { table: 'requests', kind: 'item', n: null, group: 'not_processed' }],
  ['要求行政机关确认或重新出具已获取信息', { table: 'requests', kind: 'item', n: null, group: 'not_processed' }],
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', { table: 'requests', kind: 'item', n: 1, group: 'other' }],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', { table: 'requests', kind: 'item', n: 2, group: 'other' }],
  // too long to be a bare item: a sentence
  ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', null],
  ['行政复议', { table: 'appeals', kind: 'header', group: 'review' }],
  ['行政诉讼', { table: 'appeals', kind: 'header' }],
  ['结果维持', { table: 'appeals', kind: 'header', part: 'upheld' }],
  ['结果纠正', { table: 'appeals', kind: 'header', part: 'corrected' }],
  ['其他结果', { table: 'appeals', kind: 'header', part: 'other' }],
  ['尚未审结', { table: 'appeals', kind: 'header', part: 'pending' }],
  ['复议后起诉', { table: 'appeals', kind: 'header', group: 'suit_after_review' }],
  ['未经复议直接起诉', { table: 'appeals', kind: 'header', group: 'suit_direct' }],
  ['行政诉讼未经复议直接起诉', { table: 'appeals', kind: 'header', group: 'suit_direct' }],
  ['其他', { table: null, kind: 'ambiguous', word: 'other' }],
  ['合计', { table: null, kind: 'ambiguous', word: 'total' }],
  ['总计', { table: null, kind: 'ambiguous', word: 'total' }],
  ['', null],
  ['（单位：万元）', null],
  ['本机关全年予以公开的政府信息很多很多很多', null],
];

describe('classifyLabel, word by word', () => {
  it.each(cases)('%s', (label, expected) => {
    expect(classifyLabel(label)).toEqual(expected);
  });
});

describe('classifyLabel’s length bounds', () => {
  it('a label of 80 characters at most', () => {
    expect(classifyLabel('1.' + '甲'.repeat(78))).toEqual({ table: 'requests', kind: 'item', n: 1, group: null });
    expect(classifyLabel('1.' + '甲'.repeat(79))).toBeNull();
  });

  it('a group’s words in a label of 12 characters, or 40 after its ordinal, or any length after 部分公开', () => {
    expect(classifyLabel('予以公开' + '甲'.repeat(8))).toMatchObject({ kind: 'group', group: 'disclosed', ord: null });
    expect(classifyLabel('予以公开' + '甲'.repeat(9))).toBeNull();
    expect(classifyLabel('（一）予以公开' + '甲'.repeat(36))).toMatchObject({ kind: 'group', group: 'disclosed', ord: 1 });
    expect(classifyLabel('（一）予以公开' + '甲'.repeat(37))).toBeNull();
    expect(classifyLabel('部分公开' + '甲'.repeat(36))).toMatchObject({ kind: 'group', group: 'partial' });
  });

  it('an item’s words in a label of 30 characters at most', () => {
    expect(classifyLabel('属于国家秘密' + '甲'.repeat(24))).toMatchObject({ kind: 'item', group: 'withheld' });
    expect(classifyLabel('属于国家秘密' + '甲'.repeat(25))).toBeNull();
  });
});

describe('itemNumber and isTemplateLabel', () => {
  it('the item a keyword names, whatever number the label prints', () => {
    expect(itemNumber('7.属于国家秘密')).toBe(1);
    expect(itemNumber('12、出版物')).toBe(3);
    expect(itemNumber('逾期未按收费通知要求缴纳费用')).toBe(2);
    expect(itemNumber('（三）不予公开')).toBeNull();
    expect(itemNumber('申请人重复申请')).toBeNull();
  });

  it('a label of one of the tables, not 其他 or 总计 alone', () => {
    expect(isTemplateLabel('规章')).toBe(true);
    expect(isTemplateLabel('结果维持')).toBe(true);
    expect(isTemplateLabel('总计')).toBe(false);
    expect(isTemplateLabel('本机关')).toBe(false);
  });
});
