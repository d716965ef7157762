/**
 * History cannot be poisoned from another site: a page on an unrelated site claiming to be an
 * organ's previous report neither overrides the organ's own (its site's or its government's)
 * nor, alone, turns the organ's report to warn — what it would say is listed for review, naming
 * the site it was published on.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { acrossReports, keep } from '../../lib/pipeline/across';
import { siteOf } from '../../lib/text/site';
import { organYears, reportOf, shiftCarriedIn, type Report } from '../helpers/history-corpus';
import { APPLICANT_COLS } from '../../lib/template/layout';

const OWN = (y: number) => `https://www.shili.gov.cn/zwgk/ndbg/${y}.html`;
const GOV = (y: number) => `https://zwgk.shili.gov.cn/art/${y}/1/20/art_${y}.html`;
const EVIL = 'https://evil.example.com/fake-2020.html';

function organ() {
  const years = organYears('东湖街道', 1);
  const y21 = years.find((r) => r.year === 2021)!;
  const y20 = years.find((r) => r.year === 2020)!;
  // the forged 2020: the genuine one with its carried-over figures changed in every column
  const fake: Report = { ...y20, filled: { ...y20.filled, values: new Map(y20.filled.values) } };
  for (const c of APPLICANT_COLS) fake.filled.values.set(`requests/carried_out/${c}`, (fake.filled.values.get(`requests/carried_out/${c}`) ?? 0) + 3);
  fake.filled.values.set('requests/carried_out/total', (fake.filled.values.get('requests/carried_out/total') ?? 0) + 18);
  return { y21, y20, fake };
}

const run = (items: { r: Report; source: string }[]) => new Map(acrossReports(items.map(({ r, source }) => keep(auditText(reportOf(r), source))), {}).map((x) => [x.source, x]));

describe('a forged previous-year report on an unrelated site', () => {
  const { y21, y20, fake } = organ();

  it('the genuine report beside its own previous year: no finding, as without the forgery', () => {
    const clean = run([{ r: y21, source: OWN(2021) }, { r: y20, source: GOV(2020) }]);
    const poisoned = run([{ r: y21, source: OWN(2021) }, { r: y20, source: GOV(2020) }, { r: fake, source: EVIL }]);
    expect(clean.get(OWN(2021))!.findings.map((f) => f.id)).toEqual([]);
    expect(poisoned.get(OWN(2021))!.findings.map((f) => f.id)).toEqual([]);
    expect(poisoned.get(OWN(2021))!.verdict).toBe('pass');
  });

  it('alone: its comparisons are listed for review, naming where it was published; the verdict and score stay', () => {
    const r = run([{ r: y21, source: OWN(2021) }, { r: fake, source: EVIL }]).get(OWN(2021))!;
    const cross = r.findings.filter((f) => f.rule.startsWith('cross-year:'));
    expect(cross.length).toBeGreaterThan(0);
    for (const f of cross) {
      expect(f.needsReview).toBe(true);
      expect(f.reason).toBe('比较的上一年度报告发布在另一网站（evil.example.com），不是本机关或其政府的网站：核对其来源后再采信');
      expect(f.message).toContain('发布于 evil.example.com');
    }
    expect(r).toMatchObject({ verdict: 'pass', score: 100 });
    expect(r.counts.review).toBe(cross.length);
  });

  it('the organ’s own previous year that breaks the carry-over is still a warning, naming its site', () => {
    const broken: Report = { ...y21, filled: { ...y21.filled, values: new Map(y21.filled.values) } };
    shiftCarriedIn(broken.filled, APPLICANT_COLS.find((c) => (broken.filled.values.get(`requests/new/${c}`) ?? 0) >= 2)!, 2);
    const r = run([{ r: broken, source: OWN(2021) }, { r: y20, source: GOV(2020) }, { r: fake, source: EVIL }]).get(OWN(2021))!;
    const cross = r.findings.filter((f) => f.rule.startsWith('cross-year:'));
    expect(cross.map((f) => [f.severity, !!f.needsReview])).toEqual([['warning', false]]);
    expect(cross[0]!.message).toContain('发布于 zwgk.shili.gov.cn');
  });
});

describe('the site of an address', () => {
  it('an organ’s site and its government’s share one; others do not', () => {
    expect(siteOf('https://www.shili.gov.cn/a')).toBe('shili.gov.cn');
    expect(siteOf('http://jyj.shili.gov.cn/b')).toBe('shili.gov.cn');
    expect(siteOf('https://evil.example.com/x')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
    expect(siteOf('reports/2021.pdf')).toBeNull();
  });
});
