import { describe, expect, it } from 'vitest';
import { classifyLabel, isHeaderWords, itemNumber } from '../../lib/template/labels';
import { detectVersion } from '../../lib/template/version';

describe('template labels as pages print them', () => {
  it.each([
    ['第二十条第（一）项', { table: 'active', kind: 'group', group: 'art20_1' }],
    ['第二十条第(九)项', { table: 'active', kind: 'group', group: 'art20_9' }],
    ['第 二十 条 第（ 五 ）项', { table: 'active', kind: 'group', group: 'art20_5' }],
    ['规 章', { table: 'active', kind: 'row', row: 'rules' }],
    ['行政规范性文件', { table: 'active', kind: 'row', row: 'normative' }],
    ['本年增／减', { table: 'active', kind: 'col', col: 'delta' }],
    // real: 平潭综合实验区旅游与文化体育局 2019
    ['本年增/减量', { table: 'active', kind: 'col', col: 'delta' }],
    ['本年增减量', { table: 'active', kind: 'col', col: 'delta' }],
    ['采购总金额（单位:万元）', { table: 'active', kind: 'col', col: 'amount', unit: '万元' }],
    ['本年新', { table: 'active', kind: 'col', cut: true }],
    ['一、本年新收政府信息公开申请数量', { table: 'requests', kind: 'row', row: 'new' }],
    ['四、结转下年度继续办理', { table: 'requests', kind: 'row', row: 'carried_out' }],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { table: 'requests', kind: 'group', group: 'partial' }],
    ['(三) 不予公开', { table: 'requests', kind: 'group', group: 'withheld' }],
    ['（七）总计', { table: 'requests', kind: 'total' }],
    ['3.危及“三安全一稳定”', { table: 'requests', kind: 'item', n: 3, group: 'withheld' }],
    ['5.要求行政机关确认或重新出具已获取信息', { table: 'requests', kind: 'item', n: 5, group: 'not_processed' }],
    ['结果 纠正', { table: 'appeals', kind: 'header', part: 'corrected' }],
    ['总计', { table: null, kind: 'ambiguous', word: 'total' }],
  ])('%s', (label, expected) => {
    expect(classifyLabel(label)).toMatchObject(expected);
  });

  it('finds an item by its words when its number is wrong', () => {
    expect(itemNumber('7.属于国家秘密')).toBe(1);
  });

  it('does not take prose for labels', () => {
    expect(classifyLabel('2020年，街道认真贯彻条例。')).toBeNull();
  });
});

describe('template version', () => {
  it('2019 from 2019 labels, 2021 from 2021 labels', () => {
    expect(detectVersion(['本年新制作数量', '上一年项目数量'], null).version).toBe('2019');
    expect(detectVersion(['本年制发件数', '本年处理决定数量'], null).version).toBe('2021');
  });
  it('by the report year when no label tells', () => {
    expect(detectVersion(['规章'], 2022).version).toBe('2021');
    expect(detectVersion([], 2020).version).toBe('2019');
  });
  it('says when both appear', () => {
    expect(detectVersion(['本年新制作数量', '上一年项目数量', '本年制发件数', '现行有效件数'], 2021).mixed).toBe(true);
  });
});

describe('isHeaderWords', () => {
  it('three words or more of 表三’s or 表四’s header and nothing else, spaces aside', () => {
    expect(isHeaderWords('结果维持结果纠正其他结果尚未审结总计')).toBe(true);
    expect(isHeaderWords('未经复议直接起诉复议后起诉行政诉讼')).toBe(true);
    expect(isHeaderWords('自然人 商业企业 总计')).toBe(true);
    expect(isHeaderWords('申请人情况法人或其他组织商业企业科研机构社会公益组织法律服务机构其他')).toBe(true);
  });

  it('not two words, nor words with anything else', () => {
    expect(isHeaderWords('结果维持结果纠正')).toBe(false);
    expect(isHeaderWords('结果维持结果纠正其他结果尚未审结总计。')).toBe(false);
    expect(isHeaderWords('本年制发件数本年废止件数现行有效件数')).toBe(false);
    expect(isHeaderWords('')).toBe(false);
  });
});
