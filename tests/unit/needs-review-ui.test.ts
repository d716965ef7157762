// @vitest-environment happy-dom
/** Needs review where the auditor reads findings: its own group first, its own badge and count, why it is doubtful, and confirm / dismiss as any other. */
import { beforeEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { auditText } from '../../lib/pipeline/audit';
import { applyReviews } from '../../lib/result/review';
import { FindingGroups } from '../../components/Findings';
import { Counts } from '../../components/Summary';

// real: 莆田市审计局 2020 as its crawler kept it (merged identical lines): one 表三 row the arithmetic cannot place
const TEXT = ['标题: 莆田市审计局2020年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
  '一、本年新收政府信息公开申请数量', '0', '1', '0', '1', '二、上年结转政府信息公开申请数量', '0'].join('\n');

describe('needs review in the finding lists', () => {
  // audited in each test, not where the block is collected: a mutation run switches its mutant on per test
  let result: ReturnType<typeof auditText>['result'];
  let doubtful: (typeof result)['findings'][number];
  beforeEach(() => {
    result = auditText(TEXT, 'r.txt').result;
    doubtful = result.findings.find((f) => f.needsReview)!;
  });

  it('comes first, in a group of its own, with its badge and why; the counted findings stay in their groups', () => {
    const box = document.createElement('div');
    const reviewed: string[] = [];
    render(h(FindingGroups, { findings: result.findings, onReview: (id: string, s: string | null) => void reviewed.push(`${id} ${s}`) }), box);
    const groups = [...box.querySelectorAll('section.nb-group')].map((s) => s.getAttribute('data-group'));
    expect(groups[0]).toBe('review');
    const group = box.querySelector('section[data-group=review]')!;
    expect(group.querySelector('h3')!.textContent).toBe('需人工核对');
    expect([...group.querySelectorAll('li')].map((li) => li.getAttribute('data-finding'))).toEqual([doubtful.id]);
    expect(group.querySelector('[data-testid=needs-review]')!.textContent).toBe('待核对');
    expect(group.querySelector('[data-testid=review-reason]')!.textContent).toContain('无法由列数和勾稽关系确定');
    // nowhere else
    expect(box.querySelectorAll(`[data-finding="${doubtful.id}"]`)).toHaveLength(1);
    // confirmed or dismissed like any other
    (group.querySelector('button[data-action=confirm]') as HTMLButtonElement).click();
    expect(reviewed).toEqual([`${doubtful.id} confirmed`]);
  });

  it('is counted apart, and counts as its severity once the auditor confirms it', () => {
    const box = document.createElement('div');
    render(h(Counts, { result }), box);
    expect(box.querySelector('[data-testid=review-count]')!.textContent).toBe('1需人工核对');
    const confirmed = applyReviews(result, { [doubtful.id]: { status: 'confirmed', note: '' } });
    expect(confirmed.counts.review ?? 0).toBe(0);
    expect(confirmed.counts.warning).toBe(result.counts.warning + 1);
    expect(confirmed.score).toBe(Math.max(0, result.score! - 3));
    render(h(Counts, { result: confirmed }), box);
    expect(box.querySelector('[data-testid=review-count]')).toBeNull();
  });
});
