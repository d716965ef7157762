/**
 * What a batch found, over full results (lib/batch/summary.ts, the command line's summary): pages
 * by kind, findings by severity, families by the reports they flag, and one row per site and year.
 * The dashboard's same overview over summaries is summary.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, ReportResult } from '../../lib/result/schema';
import { bySiteYear, summarise } from '../../lib/batch/summary';

const f = (rule: string) => ({ rule }) as Finding;
function result(rules: string[], extra: Partial<ReportResult> = {}, counts = { error: 0, warning: 0, notice: 0 }): ReportResult {
  return { isReport: true, error: undefined, year: 2023, findings: rules.map(f), counts, ...extra } as ReportResult;
}

describe('summarise', () => {
  const list = [
    result(['row-total', 'row-total:blank', 'balance'], {}, { error: 3, warning: 0, notice: 0 }),
    result(['balance', 'deadline:late'], {}, { error: 0, warning: 2, notice: 1 }),
    result(['row-total'], { error: '读取失败' }, { error: 9, warning: 9, notice: 9 }),
    result(['section'], { isReport: false }, { error: 0, warning: 5, notice: 0 }),
    result([], {}, { error: 1, warning: 0, notice: 0 }),
  ];

  it('counts pages by kind, findings of reports alone, families once per report, most reports then most findings first', () => {
    expect(summarise(list)).toEqual({
      pages: 5,
      reports: 3,
      notReports: 1,
      failed: 1,
      withErrors: 2,
      counts: { error: 4, warning: 2, notice: 1 },
      topRules: [
        { rule: 'balance', reports: 2, findings: 2 },
        { rule: 'row-total', reports: 1, findings: 2 },
        { rule: 'deadline', reports: 1, findings: 1 },
      ],
    });
    expect(summarise(list, 1).topRules).toEqual([{ rule: 'balance', reports: 2, findings: 2 }]);
    expect(summarise([])).toEqual({ pages: 0, reports: 0, notReports: 0, failed: 0, withErrors: 0, counts: { error: 0, warning: 0, notice: 0 }, topRules: [] });
  });

  it('of families flagging as many reports, the one with more findings first, whatever the order met', () => {
    const rules = (list: ReportResult[]) => summarise(list).topRules.map((r) => r.rule);
    expect(rules([result(['a']), result(['b', 'b'])])).toEqual(['b', 'a']);
    expect(rules([result(['b', 'b']), result(['a'])])).toEqual(['b', 'a']);
  });

  it('keeps eight families unless asked for another number', () => {
    const many = result(Array.from({ length: 10 }, (_, i) => `r${i}`));
    expect(summarise([many]).topRules).toHaveLength(8);
  });
});

describe('bySiteYear', () => {
  it('one row per site (www. dropped) and year, sites in order and the newest year first, no year last; three families each', () => {
    const rows = bySiteYear([
      { href: 'https://www.b.gov.cn/1', result: result(['x', 'y', 'z', 'w'], { year: 2022 }) },
      { href: 'https://b.gov.cn/2', result: result(['x'], { year: 2022 }) },
      { href: 'https://a.gov.cn/1', result: result([], { year: null }) },
      { href: 'https://a.gov.cn/2', result: result([], { year: 2021 }) },
      { href: 'https://b.gov.cn/3', result: result([], { year: 2023 }) },
      { href: 'relative/path', result: result([], { year: 2020 }) },
      ...[2019, 2021, 2020, 2022].map((year) => ({ href: `https://c.gov.cn/${year}`, result: result([], { year }) })),
    ]);
    expect(rows.map((r) => [r.site, r.year, r.summary.pages])).toEqual([
      ['a.gov.cn', 2021, 1],
      ['a.gov.cn', null, 1],
      ['b.gov.cn', 2023, 1],
      ['b.gov.cn', 2022, 2],
      ['c.gov.cn', 2022, 1],
      ['c.gov.cn', 2021, 1],
      ['c.gov.cn', 2020, 1],
      ['c.gov.cn', 2019, 1],
      ['relative', 2020, 1],
    ]);
    expect(rows[3]!.summary.topRules.map((r) => r.rule)).toEqual(['x', 'y', 'z']);
  });
});
