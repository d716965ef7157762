/** Rows whose text merged identical lines, read back by the template; what cannot be read back needs review. */
import { describe, expect, it } from 'vitest';
import { collapsedReadings } from '../../lib/template/runs';
import { solveRuns } from '../../lib/template/solve-runs';
import { countFindings, score, verdict } from '../../lib/result/score';
import { auditText } from '../../lib/pipeline/audit';

describe('collapsedReadings', () => {
  it('each value stands for one cell or more, neighbours never equal', () => {
    expect(collapsedReadings(['0'], 3)).toEqual([['0', '0', '0']]);
    expect(collapsedReadings(['1', '0', '1'], 4).map((r) => r.join(' ')).sort()).toEqual([
      '1 0 0 1',
      '1 0 1 1',
      '1 1 0 1',
    ]);
    // two equal neighbours, a blank, or more values than cells: no merging of lines gives that
    expect(collapsedReadings(['0', '0'], 3)).toEqual([]);
    expect(collapsedReadings(['1', ''], 3)).toEqual([]);
    expect(collapsedReadings(['1', '2', '3', '4'], 3)).toEqual([]);
  });
});

describe('solveRuns', () => {
  const rel = (target: string, plus: string[]) => ({ family: 'column-total' as const, table: 'requests' as const, target, plus, minus: [] });
  it('picks the one reading the relations allow, and leaves two that both fit undecided', () => {
    const rows = [
      { table: 'requests' as const, row: 'a', cols: ['x', 'y'], readings: [['1', '2'], ['2', '1']] },
      { table: 'requests' as const, row: 'b', cols: ['x', 'y'], readings: [['0', '5'], ['5', '0']] },
    ];
    const known = new Map([['t/x', 6], ['t/y', 2]]);
    // a.x + b.x = 6 and a.y + b.y = 2: only a = 1 2? no — a = 1,2 needs b = 5,0: 1+5 = 6, 2+0 = 2
    expect(solveRuns(rows, [rel('t/x', ['a/x', 'b/x']), rel('t/y', ['a/y', 'b/y'])], (_, k) => known.get(k))).toEqual([0, 1]);
    // a relation with a cell never read decides nothing
    expect(solveRuns(rows, [rel('t/z', ['a/x', 'b/x'])], () => undefined)).toEqual([null, null]);
    // both tables of readings fit: undecided
    known.set('t/x', 3).set('t/y', 3);
    expect(solveRuns(rows.map((r) => ({ ...r, readings: [['1', '2'], ['2', '1']] })), [rel('t/x', ['a/x', 'b/x']), rel('t/y', ['a/y', 'b/y'])], (_, k) => known.get(k))).toEqual([null, null]);
  });
});

describe('needs review', () => {
  it('counts apart, out of the score and the verdict, until the auditor confirms it', () => {
    const f = [{ severity: 'warning' as const, needsReview: true }, { severity: 'notice' as const }];
    const c = countFindings(f);
    expect(c).toEqual({ error: 0, warning: 0, notice: 1, review: 1 });
    expect(score(c)).toBe(100);
    expect(verdict(true, c, null)).toBe('pass');
    expect(countFindings(f, () => true)).toEqual({ error: 0, warning: 1, notice: 1 });
  });

  it('a real crawl that merged identical lines (莆田市审计局 2020): rows read back, the two the arithmetic cannot place said once per table', () => {
    const text = [
      '标题: 莆田市审计局2020年政府信息公开工作年度报告', '发布时间: 2021-01-05', '正文:',
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
      '一、本年新收政府信息公开申请数量', '0', '1', '0', '1', '二、上年结转政府信息公开申请数量', '0', '三、本年度办理结果',
      '（一）予以公开', '0', '1', '0', '1', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0', '（七）总计', '0', '1', '0', '1',
      '四、结转下年度继续办理', '0',
    ].join('\n');
    const r = auditText(text, 'putian.txt').result;
    const review = r.findings.filter((f) => f.needsReview);
    expect(review.map((f) => [f.id, f.severity])).toEqual([['shape:unreadable-rows:requests', 'warning']]);
    expect(review[0]!.message).toBe('表三有 3 行未能可靠读出（数值个数与模板列数不符、无法确定所在的列，或未找到该行），未核对：一、本年新收政府信息公开申请数量「0 1 0 1」、（一）予以公开「0 1 0 1」、（七）总计「0 1 0 1」（另有 3 行已还原）');
    expect(review[0]!.reason).toContain('无法由列数和勾稽关系确定');
    expect(r.counts.review).toBe(1);
    // no relation is run on the rows that could not be placed (the excerpt leaves the other rows out: those are missing)
    expect(r.findings.filter((f) => /^(row-total|column-total|balance|subtotal)/.test(f.rule))).toEqual([]);
    // and the review costs nothing: its warning is not among the counted warnings
    expect(r.counts.warning).toBe(r.findings.filter((f) => f.severity === 'warning' && !f.needsReview).length);
    expect(r.score).toBe(score(r.counts));
  });
});
