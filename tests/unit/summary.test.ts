/**
 * A record's summary, field by field: what the dashboard's list, filters, overview and history
 * read instead of the record. Exact values, so that a summary that counts, cuts or names one
 * thing wrong fails here and not only in the scale test's comparison with the records.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import type { Finding, ReportResult } from '../../lib/result/schema';
import { recordFromResult, type PageRecord, type Review } from '../../lib/store/schema';
import { bySiteYear, hasFindings, MAX_COPIES, MAX_SEARCH_CHARS, readSummary, summaryOf, SUMMARY_VERSION, topRules, type RecordSummary } from '../../lib/store/summary';

const base = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), 'x').result;
const proto = base.findings[0]!;
const AT = new Date(Date.UTC(2026, 0, 2, 3));

/** A finding like the seed's first, with its own id, rule, severity, message and arguments. */
function finding(id: string, rule: string, severity: Finding['severity'], message: string, extra: Partial<Finding> = {}): Finding {
  return { ...proto, id, rule, severity, message, repair: undefined, ...extra } as Finding;
}

const review = (status: Review['status']): Review => ({ status, note: '', at: '2026-01-03T00:00:00.000Z' });

function record(findings: Finding[], reviews: Record<string, Review> = {}, result: Partial<ReportResult> = {}, extra: Partial<PageRecord> = {}): PageRecord {
  const r = { ...base, ...result, findings } as ReportResult;
  return { ...recordFromResult('https://www.a.gov.cn/1.html', 'www.a.gov.cn/1.html', r, reviews, AT), ...extra };
}

describe('summaryOf', () => {
  const copied = finding('c1', 'copied-text:previous-year', 'warning', '与上年报告雷同', {
    args: { otherSource: 'https://www.a.gov.cn/0.html', other: '2022年报告', otherYear: 2022, share: 61 },
    shared: [{ ours: '我们的句子', theirs: '他们的句子' }],
  });
  const bare = finding('c2', 'copied-text:other-organ', 'notice', '与他机关雷同', { args: {} });
  const fs = [
    finding('a', 'row-total', 'error', '甲'),
    finding('b', 'row-total:blank', 'error', '乙'),
    finding('x', 'cross-year:carried', 'warning', '丙'),
    finding('y', 'cross-year:ambiguous', 'notice', '丁'),
    copied,
    bare,
  ];
  const rec = record(fs, { a: review('confirmed'), b: review('dismissed'), c2: review('dismissed') }, {
    figures: { 'requests/new/total': 5, 'active/art20_1.rules/in_force': 2, 'active/art20_1.normative/in_force': 3, 'requests/carried_out/total': 0 },
  });
  // made in each test, not here: a mutation run switches its mutant on per test, after the file's collection
  let s: RecordSummary;
  beforeEach(() => {
    s = summaryOf(rec);
  });

  it('counts findings by severity and review status, by family, and those across years that are not ambiguous', () => {
    expect(s.findings).toEqual({
      error: { open: 0, confirmed: 1, dismissed: 1 },
      warning: { open: 2, confirmed: 0, dismissed: 0 },
      notice: { open: 1, confirmed: 0, dismissed: 1 },
    });
    expect(s.families).toEqual({ 'row-total': 2, 'cross-year': 2, 'copied-text': 2 });
    expect(s.crossYear).toBe(1);
    expect(s.reviewed).toEqual({ confirmed: 1, dismissed: 2 });
  });

  it('keeps the messages one a line, the copies with their other report, the key figures summed or null', () => {
    expect(s.text).toBe('甲\n乙\n丙\n丁\n与上年报告雷同\n与他机关雷同');
    expect(s.copies).toEqual([
      { rule: 'copied-text:previous-year', otherSource: 'https://www.a.gov.cn/0.html', other: '2022年报告', otherYear: 2022, share: 61, shared: [{ ours: '我们的句子', theirs: '他们的句子' }] },
      { rule: 'copied-text:other-organ', otherSource: '', other: '', otherYear: null, share: 0, shared: [] },
    ]);
    expect(s.figures).toEqual({ new: 5, carried_in: null, answered: null, carried_out: 0, in_force: 5 });
  });

  it('carries the record’s own fields, and says what kind of page it is', () => {
    expect(s).toMatchObject({
      sv: SUMMARY_VERSION, url: 'www.a.gov.cn/1.html', href: 'https://www.a.gov.cn/1.html', auditedAt: AT.toISOString(),
      title: base.title, organ: base.organ, year: base.year, verdict: rec.verdict, score: rec.score, counts: rec.counts,
      isReport: true, failed: false, kind: null, rawErrors: base.counts.error, hasIdentity: false, file: null, page: null,
    });
    const file = summaryOf(record([], {}, { file: { kind: 'docx' } as ReportResult['file'], error: '读不出' }, { file: 'https://www.a.gov.cn/1.docx', page: 'https://www.a.gov.cn/p.html', identity: { note: 'x' } as PageRecord['identity'] }));
    expect(file).toMatchObject({ failed: true, kind: 'docx', file: 'https://www.a.gov.cn/1.docx', page: 'https://www.a.gov.cn/p.html', hasIdentity: true, text: '', copies: [], families: {} });
    expect(readSummary(s)).toEqual(s);
    expect(readSummary({ ...s, sv: SUMMARY_VERSION - 1 })).toBeNull();
    expect(readSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('cuts the search text at its cap and stops adding to it there; keeps at most the cap of copies', () => {
    const long = '长'.repeat(MAX_SEARCH_CHARS - 3);
    const t = summaryOf(record([finding('1', 'row-total', 'error', long), finding('2', 'row-total', 'error', 'ABCDE'), finding('3', 'row-total', 'error', 'Z')])).text;
    expect(t).toBe(`${long}\nAB`);
    const exact = summaryOf(record([finding('1', 'row-total', 'error', 'x'.repeat(MAX_SEARCH_CHARS - 2)), finding('2', 'row-total', 'error', 'y')])).text;
    expect(exact).toBe(`${'x'.repeat(MAX_SEARCH_CHARS - 2)}\ny`);
    const many = Array.from({ length: MAX_COPIES + 3 }, (_, i) => finding(`c${i}`, 'copied-text:other-organ', 'warning', `c${i}`, { args: { other: `第${i}份` } }));
    const copies = summaryOf(record(many)).copies;
    expect(copies).toHaveLength(MAX_COPIES);
    expect(copies.at(-1)!.other).toBe(`第${MAX_COPIES - 1}份`);
  });
});

/** A summary with only what the overview reads. */
function sum(href: string, year: number | null, families: Record<string, number>, extra: Partial<RecordSummary> = {}): RecordSummary {
  return { href, year, families, failed: false, isReport: true, rawErrors: 0, ...extra } as RecordSummary;
}

describe('hasFindings', () => {
  const s = { findings: { error: { open: 0, confirmed: 2, dismissed: 0 }, warning: { open: 0, confirmed: 0, dismissed: 0 }, notice: { open: 1, confirmed: 0, dismissed: 3 } } } as RecordSummary;
  it('any finding, or one of a severity and status', () => {
    expect(hasFindings(s)).toBe(true);
    expect(hasFindings(s, 'error')).toBe(true);
    expect(hasFindings(s, 'warning')).toBe(false);
    expect(hasFindings(s, 'error', 'open')).toBe(false);
    expect(hasFindings(s, 'error', 'confirmed')).toBe(true);
    expect(hasFindings(s, '', 'dismissed')).toBe(true);
    expect(hasFindings(s, 'notice', 'confirmed')).toBe(false);
    expect(hasFindings(s, '', 'open')).toBe(true);
    const none = { findings: { error: { open: 0, confirmed: 0, dismissed: 0 }, warning: { open: 0, confirmed: 0, dismissed: 0 }, notice: { open: 0, confirmed: 0, dismissed: 0 } } } as RecordSummary;
    expect(hasFindings(none)).toBe(false);
    expect(hasFindings(none, '', 'open')).toBe(false);
  });
});

describe('topRules and bySiteYear', () => {
  // listed so that neither the families nor the sites come in the order they are ranked in
  const list = [
    sum('not a url/at all', 2021, {}),
    sum('https://b.gov.cn/1', null, { deadline: 1, balance: 1 }, { rawErrors: 1 }),
    sum('https://www.a.gov.cn/4', 2022, { section: 1 }, { isReport: false }),
    sum('https://www.a.gov.cn/3', 2023, { balance: 5 }, { failed: true, rawErrors: 1 }),
    sum('https://a.gov.cn/2', 2023, { 'row-total': 1 }),
    sum('https://www.a.gov.cn/1', 2023, { 'row-total': 2, balance: 1 }, { rawErrors: 3 }),
    sum('https://www.b.gov.cn/9', 2020, {}),
    sum('https://b.gov.cn/8', 2024, {}),
  ];

  it('counts each family once per report and its findings, failures and non-reports left out; most reports, then most findings, first', () => {
    expect(topRules(list, 10)).toEqual([
      { rule: 'row-total', reports: 2, findings: 3 },
      { rule: 'balance', reports: 2, findings: 2 },
      { rule: 'deadline', reports: 1, findings: 1 },
    ]);
    expect(topRules(list, 1)).toEqual([{ rule: 'row-total', reports: 2, findings: 3 }]);
  });

  it('groups by site (www. dropped) and year, newest year first and no year last; counts reports and those with errors', () => {
    expect(bySiteYear(list)).toEqual([
      { site: 'a.gov.cn', year: 2023, reports: 2, withErrors: 1, topRules: [{ rule: 'row-total', reports: 2, findings: 3 }, { rule: 'balance', reports: 1, findings: 1 }] },
      { site: 'a.gov.cn', year: 2022, reports: 0, withErrors: 0, topRules: [] },
      { site: 'b.gov.cn', year: 2024, reports: 1, withErrors: 0, topRules: [] },
      { site: 'b.gov.cn', year: 2020, reports: 1, withErrors: 0, topRules: [] },
      { site: 'b.gov.cn', year: null, reports: 1, withErrors: 1, topRules: [{ rule: 'deadline', reports: 1, findings: 1 }, { rule: 'balance', reports: 1, findings: 1 }] },
      { site: 'not a url', year: 2021, reports: 1, withErrors: 0, topRules: [] },
    ]);
  });
});
