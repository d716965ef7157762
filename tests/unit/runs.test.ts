/** Cells that ran together: the readings of a run of digits, and joined labels cut into the template's. */
import { describe, expect, it } from 'vitest';
import { MAX_READINGS, brokenNumberReadings, collapsedReadings, readingsOf } from '../../lib/template/runs';
import { splitLabels } from '../../lib/grid/run-together';

describe('readingsOf', () => {
  it('lists every reading as k numbers, without leading zeros', () => {
    expect(readingsOf(['02422'], 3)).toEqual([['0', '2', '422'], ['0', '24', '22'], ['0', '242', '2']]);
    expect(readingsOf(['8855698'], 3)).toContainEqual(['88', '55', '698']);
    expect(readingsOf(['000'], 3)).toEqual([['0', '0', '0']]);
    expect(readingsOf(['00'], 3)).toEqual([]);
  });
  it('keeps a sign for 本年增/减 and up to six decimals for amounts (万元 to the yuan prints four)', () => {
    expect(readingsOf(['22-318'], 3)).toEqual([['2', '2', '-318'], ['22', '-3', '18'], ['22', '-31', '8']]);
    expect(readingsOf(['240.02'], 1)).toEqual([['240.02']]);
    expect(readingsOf(['5949.088667'], 1)).toEqual([['5949.088667']]);
    expect(readingsOf(['1.2345678'], 1)).toEqual([]);
    // a plus sign too (行政许可0+11: 0 | +1 | 1)
    expect(readingsOf(['0+11'], 3)).toEqual([['0', '+1', '1']]);
    // 政府集中采购82059.2090万元 (real: 平潭综合实验区自然资源与生态环境局 2019): 8 items and 2059.2090 万元, or …
    expect(readingsOf(['82059.2090'], 2)).toEqual([['8', '2059.2090'], ['820', '59.2090'], ['8205', '9.2090'], ['82059.20', '90'], ['82059.209', '0']]);
  });
  it('tokens a space kept apart give one number or more each', () => {
    expect(readingsOf(['0', '24', '22'], 3)).toEqual([['0', '24', '22']]);
    expect(readingsOf(['12', '3'], 3)).toEqual([['1', '2', '3']]);
  });
  it('gives up (null) rather than list too many', () => {
    expect(readingsOf(['1'.repeat(30)], 15)).toBeNull();
    expect(MAX_READINGS).toBe(5000);
    // 5,001 readings (counted by a search without the bound): one past it
    expect(readingsOf(['9470901337604000375'], 11)).toBeNull();
  });
  it('asks for at least one number', () => {
    expect(readingsOf([], 0)).toEqual([]);
    expect(readingsOf(['12'], 0)).toEqual([]);
    expect(readingsOf(['12'], -1)).toEqual([]);
  });
});

describe('collapsedReadings at its edges', () => {
  it('as many values as cells: the row as printed', () => {
    expect(collapsedReadings(['1', '2', '3'], 3)).toEqual([['1', '2', '3']]);
  });
  it('no values, or a value that is only spaces: nothing', () => {
    expect(collapsedReadings([], 0)).toEqual([]);
    expect(collapsedReadings([], 2)).toEqual([]);
    expect(collapsedReadings([' '], 2)).toEqual([]);
    expect(collapsedReadings(['1', '\u3000'], 3)).toEqual([]);
  });
});

describe('brokenNumberReadings', () => {
  it('joins one or two neighbouring pairs of bare digits, every way that gives k numbers', () => {
    expect(brokenNumberReadings(['1', '62', '3'], 2)).toEqual([['1', '623'], ['162', '3']]);
    expect(brokenNumberReadings(['12', '3', '4'], 2)).toEqual([['12', '34'], ['123', '4']]);
    expect(brokenNumberReadings(['1', '2', '3', '4'], 2)).toEqual([['12', '34']]);
    expect(brokenNumberReadings(['1', '0', '5'], 2)).toEqual([['10', '5']]);
  });
  it('wants one or two numbers too many', () => {
    expect(brokenNumberReadings(['1', '2'], 2)).toEqual([]);
    expect(brokenNumberReadings(['1'], 2)).toEqual([]);
    expect(brokenNumberReadings(['1', '2', '3', '4', '5', '6'], 3)).toEqual([]);
    expect(brokenNumberReadings(['1', '2', '3', '4', '5'], 3)).toEqual([['1', '23', '45'], ['12', '3', '45'], ['12', '34', '5']]);
  });
  it('joins only a first part without sign, decimals or leading zero to a second of digits alone, into a number', () => {
    expect(brokenNumberReadings(['', '12', '3'], 2)).toEqual([]);
    expect(brokenNumberReadings(['-1', '2', '3'], 2)).toEqual([['-1', '23']]);
    expect(brokenNumberReadings(['1.5', '2', '3'], 2)).toEqual([['1.5', '23']]);
    expect(brokenNumberReadings(['0', '5', '3'], 2)).toEqual([['0', '53']]);
    expect(brokenNumberReadings(['9', '-2', '.5'], 2)).toEqual([]);
    expect(brokenNumberReadings(['9', '2.5', '3'], 2)).toEqual([]);
    expect(brokenNumberReadings(['1234567', '8', '3'], 2)).toEqual([['1234567', '83']]);
  });
});

describe('splitLabels', () => {
  it('cuts joined labels at their ordinals and into the template’s words', () => {
    expect(splitLabels('三、本年度办理结果(一)予以公开')).toEqual(['三、本年度办理结果', '(一)予以公开']);
    expect(splitLabels('(三)不予公开1.属于国家秘密')).toEqual(['(三)不予公开', '1.属于国家秘密']);
    expect(splitLabels('自然人法人或其他组织总计')).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(splitLabels('结果维持结果纠正其他结果尚未审结总计')).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
  it('keeps 第(一)项 whole, and text that is no label as it is', () => {
    expect(splitLabels('第二十条第(一)项')).toEqual(['第二十条第(一)项']);
    expect(splitLabels('本机关全年工作')).toEqual(['本机关全年工作']);
  });
});
