/**
 * Findings an auditor can forward as they are (the patterns published reports
 * show): one cause gives one finding; nothing is computed from blank cells; the
 * organ, its level and deadline are read from the organ's own name; the text is
 * read in the phrasings real reports use; the score is not decided by notices.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import { applyReviews, reviewOf } from '../../lib/result/review';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';
import { resultLeafRows } from '../../lib/template/layout';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const audit = (name: string, html = page(name)) => auditHtml(html, name).result;
const summary = (r: ReturnType<typeof audit>) => Object.fromEntries(r.findings.map((f) => [f.id, [f.severity, f.expected, f.actual, f.covers.length]]));

describe('a 总计 column left blank on every result row (a provincial office’s 2019 report)', () => {
  // audited in each test, not where the block is collected: a mutation run switches its mutant on per test
  let r: ReturnType<typeof audit>;
  beforeEach(() => {
    r = audit('report-blank-total-column.html');
  });

  it('is one finding that lists each blank row and its sum, and nothing else', () => {
    expect(summary(r)).toEqual({ 'row-total:requests:*:total': ['error', null, null, 20] });
    const [f] = r.findings;
    expect(f!.blank).toBe(true);
    expect(f!.related).toEqual(resultLeafRows('2019').map((row) => ({ row, col: 'total' })));
    // each blank's value is the sum of what its row prints
    const html = page('report-blank-total-column.html');
    expect(f!.repair?.kind).toBe('fill');
    const fills = f!.repair!.kind === 'fill' ? f!.repair!.changes : [];
    expect(fills).toHaveLength(19);
    expect(fills.every((c) => c.from === 0 && c.to > 0)).toBe(true);
    expect(f!.message).toMatch(/^表三「总计」列有 19 格空白（按 0 计），按各行已填数字应为：予以公开 \d+、部分公开 \d+、/);
    expect(html).toContain('江州省人民政府办公厅');
  });

  it('covers the row totals and the printed （七）总计 whose parts are all blank, and says no 应为 0', () => {
    const [f] = r.findings;
    expect(f!.covers).toEqual([...resultLeafRows('2019').map((row) => `row-total:requests:${row}:total`), 'column-total:requests:result.total:total']);
    expect(r.findings.some((x) => x.expected === 0)).toBe(false);
    expect(JSON.stringify(r.findings)).not.toContain('应为 0');
  });

  it('one cause costs the score once; the organ is provincial', () => {
    expect(r).toMatchObject({ organ: '江州省人民政府办公厅', organLevel: 'provincial', verdict: 'fail', score: 90 });
  });
});

describe('who published the report', () => {
  it('a zone’s management committee reporting for its area: a government’s own report, due 31 March; another body’s sentence is not the organ', () => {
    const r = audit('report-zone-march.html');
    expect(r).toMatchObject({ organ: '江州综合实验区管理委员会', organLevel: 'county', government: true, year: 2023, publishedOn: '2024-03-10', verdict: 'pass' });
    expect(r.provenance).toEqual({ organ: 'signature', year: 'title', level: 'name' });
    expect(r.findings.filter((f) => f.rule.startsWith('deadline'))).toEqual([]);
  });

  it('without a signature the organ is the subject of the report’s own sentences, not the office a sentence mentions', () => {
    const html = page('report-zone-march.html').replace(/<p style="text-align:right">江州综合实验区管理委员会<\/p>/, '');
    const r = audit('zone-unsigned', html);
    expect(r.organ).toBe('江州综合实验区管理委员会');
    expect(r.provenance.organ).toBe('text');
    expect(r.government).toBe(true);
  });

  it('a city bureau whose name holds 城乡 is a city department: its 规章 are no finding, its deadline 31 January', () => {
    const r = audit('report-city-bureau.html');
    expect(r).toMatchObject({ organ: '江州市住房和城乡建设局', organLevel: 'municipal', government: false, verdict: 'pass', findings: [] });
    const late = auditHtml(page('report-city-bureau.html').replace(/2023年1月16日/, '2023年2月16日'), 'late').result;
    expect(late.findings.map((f) => [f.id, f.message])).toEqual([['deadline:late', '报告落款日期 2023-02-16，晚于县级以上人民政府部门的公开期限 2023-01-31']]);
  });

  it('the year from the statistics period when the report has no title', () => {
    const r = audit('report-untitled.html');
    expect(r).toMatchObject({ title: null, year: 2023, template: '2021', organ: '江州市江北区民政局' });
    expect(r.provenance.year).toBe('period');
  });

  it('the auditor’s corrections of organ, level and year are used, and said to be the auditor’s', () => {
    const html = page('report-city-bureau.html').replace(/2023年1月16日/, '2023年3月16日');
    expect(auditHtml(html, 'x').result.findings.map((f) => f.id)).toEqual(['deadline:late']);
    const r = auditHtml(html, 'x', null, { identity: { organ: '江州市人民政府', level: 'municipal', government: true, year: 2022 } }).result;
    expect(r).toMatchObject({ organ: '江州市人民政府', organLevel: 'municipal', government: true, year: 2022, provenance: { organ: 'auditor', year: 'auditor', level: 'auditor' } });
    expect(r.findings).toEqual([]);
  });
});

describe('text against tables, in the phrasings real reports use', () => {
  // audited in each test, not where the block is collected: a mutation run switches its mutant on per test
  let r: ReturnType<typeof audit>;
  beforeEach(() => {
    r = audit('report-narrative-phrasings.html');
  });
  it('group totals and documents in force: said and printed, no second 应为', () => {
    expect(r.findings.map((f) => [f.id, f.rule, f.expected, f.actual, f.message])).toEqual([
      ['narrative:active:art20_1.normative:in_force', 'narrative:normative-in-force', null, 470, '正文称现行有效行政规范性文件 393，表二「规范性文件·现行有效件数」为 470；请核对正文或表格'],
      ['narrative:requests:result.disclosed:total', 'narrative:disclosed-or-partial', null, null, '正文称予以公开及部分公开 258，表三“予以公开”与“部分公开”合计为 275'],
      ['narrative:requests:result.unavailable.1:total', 'narrative:unavailable', null, null, '正文称无法提供 265，表三“无法提供”各项合计为 337'],
    ]);
    expect(r.findings[2]!.related).toEqual([{ row: 'result.unavailable.2', col: 'total' }, { row: 'result.unavailable.3', col: 'total' }]);
  });
});

describe('one fact, one finding', () => {
  it('a late report signed and published after the deadline: one finding citing both dates', () => {
    const r = audit('report-late.html');
    const late = r.findings.filter((f) => f.rule.startsWith('deadline'));
    expect(late.map((f) => [f.id, f.covers, f.message])).toEqual([
      ['deadline:late', ['deadline:late:signed', 'deadline:late:published'], '报告落款日期 2021-02-04、发布日期 2021-02-05均晚于乡镇（街道）（按地方通知，默认次年 1 月 31 日，可在设置中调整）的公开期限 2021-01-31'],
    ]);
  });

  it('one wrong cell breaking its row and its column is one finding on that cell', () => {
    const f = randomFilled(mulberry32(31), '2019', '测试街道');
    f.values.set('requests/result.partial/research', f.values.get('requests/result.partial/research')! + 4);
    const r = auditText(reportText(f), 't').result;
    const errors = r.findings.filter((x) => x.severity === 'error');
    expect(errors.map((x) => [x.id, x.covers])).toEqual([
      ['row-total:requests:result.partial:research', ['row-total:requests:result.partial:total', 'column-total:requests:result.total:research']],
    ]);
    expect(errors[0]!.expected).toBe(f.values.get('requests/result.partial/research')! - 4);
  });
});

describe('the score', () => {
  it('notices decide nothing: one slip and forty blanks scores above three slips', () => {
    const one = randomFilled(mulberry32(41), '2019', '测试街道');
    one.values.set('appeals/counts/review.total', one.values.get('appeals/counts/review.total')! + 1);
    one.raw = new Map();
    let blanks = 0;
    for (const [k, v] of one.values) if (v === 0 && k.startsWith('requests/') && blanks < 40) one.raw.set(k, '—'), blanks++;
    const three = randomFilled(mulberry32(41), '2019', '测试街道');
    for (const g of ['review', 'suit_direct', 'suit_after_review']) three.values.set(`appeals/counts/${g}.total`, three.values.get(`appeals/counts/${g}.total`)! + 1);
    const a = auditText(reportText(one), 'one').result;
    const b = auditText(reportText(three), 'three').result;
    expect(a.counts).toMatchObject({ error: 1, notice: 1 });
    expect(a.findings.find((f) => f.rule === 'blank-cell')!.related.length).toBeGreaterThanOrEqual(30);
    expect(b.counts.error).toBe(3);
    expect(a.score).toBe(90);
    expect(b.score).toBe(70);
  });

  it('a dismissed finding leaves the counts, the score and the verdict, counted apart; a dismissal made before grouping still counts', () => {
    const r = audit('report-2019-split.html');
    const [f] = r.findings;
    const reviewed = applyReviews(r, { 'row-total:requests:result.disclosed:total': { status: 'dismissed', note: '口径' } });
    expect(reviewOf(f!, { 'column-total:requests:result.total:natural': { status: 'confirmed', note: '' } }).status).toBe('confirmed');
    expect(reviewed).toMatchObject({ verdict: 'pass', score: 100, counts: { error: 0, warning: 0, notice: 0, dismissed: 1 }, findings: [] });
    const kept = applyReviews(r, { [f!.id]: { status: 'dismissed', note: '口径' } }, { includeDismissed: true });
    expect(kept.findings.map((x) => x.review)).toEqual([{ status: 'dismissed', note: '口径' }]);
  });
});

