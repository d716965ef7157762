/**
 * The deadline's words, at its edges: the last day and the day after, a government's own report, both dates
 * said in one finding, a report dated inside its year, and the statistics period (whole, part, or another year).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const report = (o: { title?: string; signed?: string; overview?: string } = {}, organ = '测试街道') => reportText(randomFilled(mulberry32(5), '2019', organ), o);
const said = (text: string) => auditText(text, 'test').result.findings.filter((f) => f.rule.startsWith('deadline')).map((f) => [f.id, f.message, f.where]);
const TOWNSHIP = '乡镇（街道）（按地方通知，默认次年 1 月 31 日，可在设置中调整）';

describe('late or early', () => {
  it('31 January is in time, 1 February late; a county government’s own report has until 31 March', () => {
    expect(said(report({ signed: '2021年1月31日' }))).toEqual([]);
    expect(said(report({ signed: '2021年2月1日' }))).toEqual([['deadline:late', `报告落款日期 2021-02-01，晚于${TOWNSHIP}的公开期限 2021-01-31`, '2021年2月1日']]);
    expect(said(report({ signed: '2021年3月31日' }, '某某县人民政府'))).toEqual([]);
    expect(said(report({ signed: '2021年4月1日' }, '某某县人民政府'))).toEqual([['deadline:late', '报告落款日期 2021-04-01，晚于县级以上人民政府本级的公开期限 2021-03-31', '2021年4月1日']]);
  });
  it('signed and published both late: one finding citing both dates; only the late one when the other is in time', () => {
    expect(said(`发布时间：2021-02-06\n${report({ signed: '2021年2月4日' })}`)).toEqual([
      ['deadline:late', `报告落款日期 2021-02-04、发布日期 2021-02-06均晚于${TOWNSHIP}的公开期限 2021-01-31`, '2021年2月4日；2021-02-06'],
    ]);
    expect(said(`发布时间：2021-01-26\n${report({ signed: '2021年2月4日' })}`)).toEqual([
      ['deadline:late', `报告落款日期 2021-02-04，晚于${TOWNSHIP}的公开期限 2021-01-31`, '2021年2月4日'],
    ]);
  });
  it('dated on or before the last day of its year: too early to cover it, both dates in one finding', () => {
    expect(said(report({ signed: '2020年12月31日' }))).toEqual([['deadline:early', '报告落款日期 2020-12-31 早于报告年度 2020 结束，报告不能涵盖全年', '2020年12月31日']]);
    expect(said(`发布时间：2020-12-06\n${report({ signed: '2020年12月4日' })}`)).toEqual([
      ['deadline:early', '报告落款日期 2020-12-04、发布日期 2020-12-06均早于报告年度 2020 结束，报告不能涵盖全年', '2020年12月4日；2020-12-06'],
    ]);
  });
});

describe('signed before the year ended, published after it', () => {
  const dated = (text: string) => auditText(text, 'test').result.findings.filter((f) => f.rule.startsWith('deadline:')).map((f) => [f.rule, f.severity, f.message]);
  it('a slip of the pen (real: 苏平片区管理局 2019, signed 2019年1月3日, published 2020-01-16): a notice of the date, not an early report', () => {
    expect(dated(`发布时间：2021-01-16\n${report({ signed: '2020年1月3日' })}`)).toEqual([
      ['deadline:signed-slip', 'notice', '报告落款日期 2020-01-03 早于报告年度 2020 结束，但页面发布于 2021-01-16：落款日期疑为笔误，请核对'],
    ]);
    // published inside the year too, or no date published: early as a fact
    expect(dated(`发布时间：2020-12-31\n${report({ signed: '2020年1月3日' })}`).map((x) => x[0])).toEqual(['deadline:early']);
    expect(dated(report({ signed: '2020年1月3日' })).map((x) => x[0])).toEqual(['deadline:early']);
  });
});

describe('no organ read', () => {
  /** A report that names no organ: its title, prose and signature say none. */
  const unnamed = (signed: string) => auditText(reportText(randomFilled(mulberry32(5), '2019', ''), { signed }), 'test').result;
  const late = (signed: string) => unnamed(signed).findings.filter((f) => f.rule === 'deadline:late').map((f) => [f.message, !!f.needsReview, f.reason ?? null]);
  it('late by a department’s deadline only: for review, saying the government’s; after 31 March: late as a fact', () => {
    expect(unnamed('2021年2月4日').organ).toBeNull();
    expect(late('2021年1月31日')).toEqual([]);
    expect(late('2021年2月4日')).toEqual([
      [
        '报告落款日期 2021-02-04，晚于县级以上人民政府部门的公开期限 2021-01-31',
        true,
        '未能读出发布机关：按部门的期限（1 月 31 日）判断为逾期，但若为县级以上人民政府本级报告，期限为 2021-03-31，并未逾期。请核对发布机关。',
      ],
    ]);
    expect(late('2021年4月1日')).toEqual([['报告落款日期 2021-04-01，晚于县级以上人民政府部门的公开期限 2021-01-31', false, null]]);
    // the verdict counts only the certain one
    expect(unnamed('2021年2月4日').findings.some((f) => f.rule === 'deadline:late' && !f.needsReview)).toBe(false);
    // an organ read whose level is not known (某某服务中心): no government, a department's deadline, late as a fact
    const centre = auditText(report({ signed: '2021年2月4日' }, '某某服务中心'), 'test').result;
    expect(centre.findings.filter((f) => f.rule === 'deadline:late').map((f) => !!f.needsReview)).toEqual([false]);
  });
});

describe('the statistics period', () => {
  const period = (overview: string) => said(report({ overview }));
  it('the whole year, with or without its end year, or “until” its last day, is right', () => {
    expect(period('本报告中所列数据的统计期限自2020年1月1日至12月31日。')).toEqual([]);
    expect(period('本报告所列数据统计截至2020年12月31日。')).toEqual([]);
  });
  it('from during the year to its end is part of it (a notice); another end or another year is wrong', () => {
    const part = '本报告中所列数据的统计期限自2020年9月1日起至2020年12月31日止。';
    expect(period(part)).toEqual([['deadline:partial-year', '统计期限为 2020-09-01 — 2020-12-31，只涵盖 2020 年的一部分', part]]);
    const until = '本报告所列数据统计截至2020年11月30日。';
    expect(period(until)).toEqual([['deadline:period', '正文所述统计期限（— 2020-11-30）与报告年度 2020 不符，应为 2020 年 1 月 1 日至 12 月 31 日', until]]);
    const last = '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。';
    expect(period(last)).toEqual([['deadline:period', '正文所述统计期限（2019-01-01 — 2019-12-31）与报告年度 2020 不符，应为 2020 年 1 月 1 日至 12 月 31 日', last]]);
  });
  it('a start before the year or after it is no part of it; spaces inside the dates are read through', () => {
    expect(period('本报告中所列数据的统计期限自2019年9月1日起至2020年12月31日止。').map(([id]) => id)).toEqual(['deadline:period']);
    expect(period('本报告中所列数据的统计期限自2021年3月1日起至2020年12月31日止。').map(([id]) => id)).toEqual(['deadline:period']);
    expect(period('本报告统计期限自 2020 年 1 月 1 日至 2020 年 11 月 30 日。').map(([, message]) => message)).toEqual(['正文所述统计期限（2020-01-01 — 2020-11-30）与报告年度 2020 不符，应为 2020 年 1 月 1 日至 12 月 31 日']);
  });
  it('a date that is no date is said as ?; a span of dates in a sentence about something else is no period', () => {
    expect(period('本报告统计期限自2020年1月1日至2020年12月32日。').map(([, message]) => message)).toEqual(['正文所述统计期限（2020-01-01 — ?）与报告年度 2020 不符，应为 2020 年 1 月 1 日至 12 月 31 日']);
    expect(period('本报告所列数据统计截至2020年2月30日。').map(([, message]) => message)).toEqual(['正文所述统计期限（— ?）与报告年度 2020 不符，应为 2020 年 1 月 1 日至 12 月 31 日']);
    expect(period('2020年1月1日至2020年6月30日，我们开展了专项检查。')).toEqual([]);
  });
});

describe('what a deadline finding rests on', () => {
  it('a report without a year has no deadline; a late signature is marked on its line', () => {
    expect(said(report({ title: '测试街道政府信息公开工作年度报告', overview: '我们认真贯彻落实条例。', signed: '2020年12月1日' }))).toEqual([]);
    const late = auditText(report({ signed: '2021年2月4日' }), 'test');
    expect(late.sources.get('deadline:late')).toEqual({ cell: { line: 67 }, related: [], parts: [] });
  });
});
