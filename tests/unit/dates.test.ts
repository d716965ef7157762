import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../lib/text/dates';

describe('dates', () => {
  it.each([
    ['2021年2月4日', '2021-02-04'],
    ['2021 年 02 月 04 日', '2021-02-04'],
    ['2021-02-04', '2021-02-04'],
    ['2021/2/4', '2021-02-04'],
    ['2021.02.04', '2021-02-04'],
    ['二〇二一年二月四日', '2021-02-04'],
    ['二〇二二年一月二十四日', '2022-01-24'],
    ['２０２２年１月２４日', '2022-01-24'],
    ['发布时间：2021-01-25 09:30', '2021-01-25'],
  ])('reads %j', (raw, iso) => {
    expect(parseDate(raw)?.iso).toBe(iso);
  });

  it.each(['2021年2月30日', '2021-13-01', '1.2.3', '第2021号', '2021年'])('rejects %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('finds several dates in order', () => {
    expect(findDates('自2020年1月1日起至2020年12月31日止').map((d) => d.iso)).toEqual(['2020-01-01', '2020-12-31']);
  });
});
