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
    // the circles typed for 〇 (U+25CB, U+25EF)
    ['二○二二年一月十日', '2022-01-10'],
    ['二◯二◯年十二月三十一日', '2020-12-31'],
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

  it('a date from 1990 to 2100 with a real month and day; the edges each way', () => {
    for (const ok of ['1990年1月1日', '2100年12月31日', '2024年2月29日', '2021年12月31日']) expect(parseDate(ok), ok).not.toBeNull();
    for (const no of ['1989年12月31日', '2101年1月1日', '2021年0月1日', '2021年1月0日', '2023年2月29日', '2021年12月32日']) expect(parseDate(no), no).toBeNull();
  });

  it('dates of different forms in the order the text has them', () => {
    expect(findDates('2021-01-05印发，二〇二〇年一月一日施行，2020年3月1日起').map((d) => d.iso)).toEqual(['2021-01-05', '2020-01-01', '2020-03-01']);
  });
});
