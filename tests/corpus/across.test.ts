/**
 * Checks across reports: organs with four consecutive years, each right on its
 * own; then one carry-over broken, one stock broken (each template), one report
 * that reuses last year's prose with new numbers, two organs with the same prose.
 * Exact findings on those, none on the untouched reports — which share only the
 * template's wording and the boilerplate of the 条例.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { acrossReports, keep } from '../../lib/pipeline/across';
import { ReportHistory } from '../../lib/history';
import { APPLICANT_COLS } from '../../lib/template/layout';
import { organYears, reportOf, shiftCarriedIn, type Report } from '../helpers/history-corpus';
import { mulberry32 } from '../helpers/template-data';
import { ownProse } from '../helpers/history-corpus';

const ORGANS = ['东湖街道', '西山镇', '南城区市场监督管理局', '北塘街道', '中塘街道'];
const source = (r: Report) => `${r.organ}-${r.year}.txt`;
const find = (rs: Report[], organ: string, year: number) => rs.find((r) => r.organ === organ && r.year === year)!;

function corpus() {
  const reports = ORGANS.flatMap((o, i) => organYears(o, i + 1));
  // 东湖街道 2021: 上年结转 differs from 2020's 结转下年度 in one column (the year still right on its own)
  const dh = find(reports, '东湖街道', 2021).filled;
  const col = APPLICANT_COLS.find((c) => dh.values.get(`requests/new/${c}`)! >= 2)!;
  shiftCarriedIn(dh, col, 2);
  // 东湖街道 2020 (2019 template): 上一年项目数量 of 行政许可 is not 2019's items + change
  const dh20 = find(reports, '东湖街道', 2020).filled;
  dh20.values.set('active/art20_5.license/prev_items', dh20.values.get('active/art20_5.license/prev_items')! + 1);
  // 西山镇 2022: 现行有效 of 行政规范性文件 is not 2021's in force + issued − repealed
  const xs = find(reports, '西山镇', 2022).filled;
  xs.values.set('active/art20_1.normative/in_force', xs.values.get('active/art20_1.normative/in_force')! + 3);
  // 南城区 2022 reuses its 2021 prose with new numbers
  const nc21 = find(reports, '南城区市场监督管理局', 2021);
  find(reports, '南城区市场监督管理局', 2022).prose = nc21.prose.map((s) => s.replace(/\d+/g, (d) => String(Number(d) + 7)));
  // 中塘街道 2021 prints 北塘街道's 2021 prose under its own name
  const bt = find(reports, '北塘街道', 2021);
  find(reports, '中塘街道', 2021).prose = bt.prose.map((s) => s.split('北塘街道').join('中塘街道'));
  return { reports, col };
}

function auditAll(reports: Report[], extra: { text: string; source: string }[] = []) {
  const items = [...reports.map((r) => ({ text: reportOf(r), source: source(r) })), ...extra].map((x) => keep(auditText(x.text, x.source)));
  return new Map(acrossReports(items, {}).map((r) => [r.source, r]));
}

describe('checks across years and organs', () => {
  const { reports, col } = corpus();
  // audited in each test, not once where the block is collected: a mutation run switches its mutant on per test
  let results: ReturnType<typeof auditAll>;
  beforeEach(() => {
    results = auditAll(reports);
  });
  const ids = (s: string) => results.get(s)!.findings.map((f) => f.id);

  it('each report is right on its own: no finding without the others', () => {
    for (const r of reports) expect([source(r), auditText(reportOf(r), source(r)).result.findings.map((f) => f.id)]).toEqual([source(r), []]);
  });

  it('the broken carry-over: this year’s cell flagged, naming last year’s report and value', () => {
    const f = results.get('东湖街道-2021.txt')!.findings;
    expect(f.map((x) => x.id)).toEqual([`cross-year:requests:carried_in:${col}`]);
    const last = find(reports, '东湖街道', 2020).filled.values.get(`requests/carried_out/${col}`)!;
    const now = find(reports, '东湖街道', 2021).filled.values.get(`requests/carried_in/${col}`)!;
    expect(f[0]).toMatchObject({ rule: 'cross-year:carried-over', severity: 'warning', actual: now, expected: null, args: { said: last, lastYear: 2020 } });
    expect(f[0]!.message).toContain(`2020 年报告（东湖街道2020年政府信息公开工作年度报告，发布于 东湖街道-2020.txt）「结转下年度继续办理`);
    expect(f[0]!.message).toContain('上年报告可能已更正');
  });

  it('the broken stock, 2019 template: 上一年项目数量 against last year’s items and change', () => {
    expect(ids('东湖街道-2020.txt')).toEqual(['cross-year:active:art20_5.license:prev_items']);
  });

  it('the broken stock, 2021 template: 现行有效件数 against last year’s, issued and repealed', () => {
    const f = results.get('西山镇-2022.txt')!.findings;
    expect(f.map((x) => x.id)).toEqual(['cross-year:active:art20_1.normative:in_force']);
    const v = find(reports, '西山镇', 2022).filled.values;
    expect(f[0]!.args.said).toBe(v.get('active/art20_1.normative/in_force')! - 3);
  });

  it('prose reused from last year with new numbers: one warning naming last year’s report, the sentences side by side', () => {
    const f = results.get('南城区市场监督管理局-2022.txt')!.findings;
    expect(f.map((x) => x.rule)).toEqual(['copied-text:previous-year']);
    expect(f[0]!.args).toMatchObject({ shared: 12, otherYear: 2021, other: '南城区市场监督管理局2021年政府信息公开工作年度报告' });
    expect(f[0]!.message).toMatch(/^正文 \d+% 的句子（12\/\d+）与本机关 2021 年报告（南城区市场监督管理局2021年政府信息公开工作年度报告）相同（数字、年份、机关名称不计）$/);
    // the first eight shown side by side
    expect(f[0]!.shared).toHaveLength(8);
    expect(Number(f[0]!.args.share)).toBeGreaterThanOrEqual(80);
    const pair = f[0]!.shared![0]!;
    expect(pair.ours).not.toBe(pair.theirs);
    expect(pair.ours.replace(/\d+/g, '#')).toBe(pair.theirs.replace(/\d+/g, '#'));
    // looking back only: the year copied from is not flagged for it
    expect(ids('南城区市场监督管理局-2021.txt')).toEqual([]);
    // and only one year back: the same prose two years on, with the whole history at hand, is not last year's
    const history = new ReportHistory([keep(auditText(reportOf(find(reports, '南城区市场监督管理局', 2021)), 'nc-2021.txt')).entry!]);
    const later = { ...find(reports, '南城区市场监督管理局', 2022), year: 2023 };
    later.filled = { ...later.filled, year: 2023 };
    expect(auditText(reportOf(later), 'nc-2023.txt', { history }).result.findings.filter((f) => f.rule.startsWith('copied-text'))).toEqual([]);
  });

  it('two organs with the same prose the same year: each names the other', () => {
    const a = results.get('北塘街道-2021.txt')!.findings;
    const b = results.get('中塘街道-2021.txt')!.findings;
    expect(a.map((x) => [x.rule, x.args.other])).toEqual([['copied-text:other-organ', '中塘街道2021年政府信息公开工作年度报告']]);
    expect(a[0]!.message).toMatch(/^正文 \d+% 的句子（\d+\/\d+）与另一机关同年报告（中塘街道2021年政府信息公开工作年度报告）相同（数字、年份、机关名称不计）$/);
    expect(b.map((x) => [x.rule, x.args.other])).toEqual([['copied-text:other-organ', '北塘街道2021年政府信息公开工作年度报告']]);
    expect(b[0]!.shared![0]!.ours).toContain('中塘街道');
    expect(b[0]!.shared![0]!.theirs).toContain('北塘街道');
  });

  it('every untouched report: no finding, though all share the template’s wording and the boilerplate', () => {
    const touched = new Set(['东湖街道-2021.txt', '东湖街道-2020.txt', '西山镇-2022.txt', '南城区市场监督管理局-2022.txt', '北塘街道-2021.txt', '中塘街道-2021.txt']);
    for (const r of reports) if (!touched.has(source(r))) expect([source(r), ids(source(r))]).toEqual([source(r), []]);
  });

  it('two records that claim the same organ and year with other figures: said, not guessed between', () => {
    const other = find(reports, '东湖街道', 2020);
    const rival = { ...other, filled: organYears('东湖街道', 99)[1]!.filled, prose: ownProse(mulberry32(7), '东湖街道', 2020) };
    const r = auditAll(reports, [{ text: reportOf(rival), source: 'mirror/东湖街道-2020.txt' }]);
    expect(r.get('东湖街道-2021.txt')!.findings.map((f) => f.id)).toEqual(['cross-year:ambiguous:previous']);
    expect(r.get('东湖街道-2021.txt')!.findings[0]!.message).toBe('有多份记录都称是本机关 2020 年的报告且数字不同（东湖街道-2020.txt、mirror/东湖街道-2020.txt），跨年核对未进行');
    expect(r.get('mirror/东湖街道-2020.txt')!.findings.filter((f) => f.id === 'cross-year:ambiguous:same-year').map((f) => f.message)).toEqual(['另有记录也称是本机关 2020 年的报告，数字不同：东湖街道2020年政府信息公开工作年度报告']);
  });

  it('the same report at two addresses is one report: no ambiguity', () => {
    const same = find(reports, '东湖街道', 2020);
    const r = auditAll(reports, [{ text: reportOf(same), source: 'mirror/东湖街道-2020.txt' }]);
    expect(r.get('东湖街道-2021.txt')!.findings.map((f) => f.id)).toEqual([`cross-year:requests:carried_in:${col}`]);
  });
});

describe('too little prose of its own to compare', () => {
  const { reports } = corpus();
  const short = (r: Report): Report => ({ ...r, prose: r.prose.slice(0, 3) });
  it('said as a notice when the organ\'s previous report is at hand; nothing without it', () => {
    const dh21 = short(find(reports, '东湖街道', 2021));
    const withPrevious = auditAll([find(reports, '东湖街道', 2020), dh21]).get('东湖街道-2021.txt')!;
    const notice = withPrevious.findings.filter((f) => f.rule === 'copied-text:too-little');
    expect(notice.map((f) => [f.severity, f.message])).toEqual([['notice', expect.stringMatching(/^正文中本机关自有的语句仅 [0-7] 句（少于 8 句），未核对是否重复其他报告$/)]]);
    // a notice costs nothing
    expect(withPrevious.score).toBe(auditAll([find(reports, '东湖街道', 2020), find(reports, '东湖街道', 2021)]).get('东湖街道-2021.txt')!.score);
    // another organ's report only, or the organ's next year only: no notice
    expect(auditAll([find(reports, '西山镇', 2021), dh21]).get('东湖街道-2021.txt')!.findings.map((f) => f.rule)).not.toContain('copied-text:too-little');
    expect(auditAll([find(reports, '东湖街道', 2022), dh21]).get('东湖街道-2021.txt')!.findings.map((f) => f.rule)).not.toContain('copied-text:too-little');
    // the organ's report of two years before is not its previous one
    expect(auditAll([find(reports, '东湖街道', 2019), dh21]).get('东湖街道-2021.txt')!.findings.map((f) => f.rule)).not.toContain('copied-text:too-little');
  });
  it('with the whole history at hand (a page’s audit), the organ’s report of two years before is still not its previous', () => {
    const dh21 = short(find(reports, '东湖街道', 2021));
    const notices = (year: number) => {
      const history = new ReportHistory([keep(auditText(reportOf(find(reports, '东湖街道', year)), `东湖街道-${year}.txt`)).entry!]);
      return auditText(reportOf(dh21), '东湖街道-2021.txt', { history }).result.findings.filter((f) => f.rule === 'copied-text:too-little').length;
    };
    expect([notices(2019), notices(2020)]).toEqual([0, 1]);
  });
  it('seven sentences of its own are too few, eight are enough (MIN_OWN_SENTENCES)', () => {
    // five sentences of prose and the two of its own the report's other sections print
    const said = (n: number) => auditAll([find(reports, '东湖街道', 2020), { ...find(reports, '东湖街道', 2021), prose: find(reports, '东湖街道', 2021).prose.slice(0, n) }]).get('东湖街道-2021.txt')!.findings.filter((f) => f.rule.startsWith('copied-text')).map((f) => f.message);
    expect(said(5)).toEqual(['正文中本机关自有的语句仅 7 句（少于 8 句），未核对是否重复其他报告']);
    expect(said(6)).toEqual([]);
  });
});

describe('a draft printed by many organs', () => {
  it('names at most the three reports it shares most with', () => {
    const organs = ['甲街道', '乙街道', '丙街道', '丁街道', '戊街道'];
    const reports = organs.map((o, i) => organYears(o, 50 + i).find((r) => r.year === 2021)!);
    const draft = reports[0]!.prose;
    for (const r of reports.slice(1)) r.prose = draft.map((x) => x.split(organs[0]!).join(r.organ));
    // 乙街道 prints ten of the draft's twelve sentences and two of its own: the others share less with it
    reports[1]!.prose = [...reports[1]!.prose.slice(0, 10), ...organYears('乙街道', 7).find((r) => r.year === 2021)!.prose.slice(0, 2)];
    // among thirty organs: five printing one draft are too few to make it common wording (at least a fifth of the organs)
    const others = Array.from({ length: 25 }, (_, i) => organYears(`第${i + 1}社区`, 80 + i).find((r) => r.year === 2021)!);
    const results = auditAll([...reports, ...others]);
    for (const r of reports) {
      const copied = results.get(source(r))!.findings.filter((f) => f.rule === 'copied-text:other-organ');
      // four others print it: three named
      expect([r.organ, copied.length]).toEqual([r.organ, 3]);
    }
    // the most shared first, then by address: 乙街道, sharing ten of twelve, is the one left out
    const named = (organ: string) => results.get(`${organ}-2021.txt`)!.findings.filter((f) => f.rule === 'copied-text:other-organ').map((f) => [f.args.other, f.args.share]);
    expect(named('甲街道')).toEqual([['丁街道2021年政府信息公开工作年度报告', 100], ['丙街道2021年政府信息公开工作年度报告', 100], ['戊街道2021年政府信息公开工作年度报告', 100]]);
    expect(named('乙街道').map(([, share]) => share)).toEqual([83, 83, 83]);
  });
});

describe('the sentence index', () => {
  it('a sentence many organs print is common wording, not copying', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      source: `s${i}`, title: null, organ: `机关${i}`, organKey: `机关${i}`, year: 2021, template: '2021' as const, figures: {},
      sentences: [{ h: 1, t: '共同' }, { h: 100 + i, t: '自己' }],
    }));
    const h = new ReportHistory(entries);
    expect(h.isCommon(1)).toBe(true);
    expect(h.isCommon(100)).toBe(false);
    expect(h.sharing([1, 100], 's5').map((x) => x.entry.source)).toEqual(['s0']);
  });
});

describe('what the checks across years say', () => {
  const years = () => organYears('东湖街道', 1);
  const said = (reports: Report[], of: string) => auditAll(reports).get(of)!.findings.map((f) => [f.id, f.message]);
  const rules = (reports: Report[], of: string) => auditAll(reports).get(of)!.findings.map((f) => f.rule);
  const at = (rs: Report[], year: number) => rs.find((r) => r.year === year)!;

  it('a carried-in total off while its columns agree: the total is compared, and the arithmetic agrees with last year', () => {
    const rs = years();
    const v = at(rs, 2021).filled.values;
    v.set('requests/carried_in/total', v.get('requests/carried_in/total')! + 1);
    expect(said([at(rs, 2020), at(rs, 2021)], '东湖街道-2021.txt')).toEqual([
      ['row-total:requests:carried_in:total', '上年结转申请·总计：填报 1，应为 0（涉及行合计与勾稽关系）'],
      ['cross-year:requests:carried_in:total', '本年表三「上年结转申请·总计」为 1，2020 年报告（东湖街道2020年政府信息公开工作年度报告，发布于 东湖街道-2020.txt）「结转下年度继续办理·总计」为 0；上年数字与表格的算术一致：该格应为 0'],
    ]);
  });
  it('the stock of each template, with the figures it adds', () => {
    const rs = years();
    const v20 = at(rs, 2020).filled.values;
    v20.set('active/art20_5.license/prev_items', v20.get('active/art20_5.license/prev_items')! + 1);
    expect(said([at(rs, 2019), at(rs, 2020)], '东湖街道-2020.txt')).toEqual([
      ['cross-year:active:art20_5.license:prev_items', '表二「行政许可·上一年项目数量」为 3，按 2019 年报告（东湖街道2019年政府信息公开工作年度报告，发布于 东湖街道-2019.txt）上一年项目数量 0 加本年增/减 2，推算为 2；请核对本年或上年报告（上年报告可能已更正）'],
    ]);
    expect(rules([at(rs, 2019), at(rs, 2020)], '东湖街道-2020.txt')).toEqual(['cross-year:stock']);
    const v22 = at(rs, 2022).filled.values;
    v22.set('active/art20_1.normative/in_force', v22.get('active/art20_1.normative/in_force')! + 3);
    expect(said([at(rs, 2021), at(rs, 2022)], '东湖街道-2022.txt')).toEqual([
      ['cross-year:active:art20_1.normative:in_force', '表二「规范性文件·现行有效件数」为 9，按 2021 年报告（东湖街道2021年政府信息公开工作年度报告，发布于 东湖街道-2021.txt）现行有效 6 件加本年制发 0、减本年废止 0，推算为 6；请核对本年或上年报告（上年报告可能已更正）'],
    ]);
  });
});
