/**
 * Section 五 copied from the organ's previous report (lib/rules/section-content.ts), with the history a page's
 * audit has: the share at the threshold, the previous report sharing most (ties by address), and only last year's.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { keep } from '../../lib/pipeline/across';
import { ReportHistory } from '../../lib/history';
import type { HistoryEntry } from '../../lib/model';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const PROBLEMS = ['一是政策解读形式比较单一，图解视频偏少。', '二是基层公开专区更新不够及时，部分栏目内容滞后。', '三是依申请公开答复文书格式还不够规范。', '四是公开工作人员业务培训覆盖面不足。'];
const MEASURE = '下一步将加强培训，整改上年度存在的问题。';

const report = (year: number, problems: string[]) => {
  const f = randomFilled(mulberry32(5), '2021', '测试街道');
  f.year = year;
  return reportText(f, { five: problems.join('') + MEASURE });
};
const entry = (year: number, problems: string[], source: string): HistoryEntry => keep(auditText(report(year, problems), source)).entry!;
const copied = (history: HistoryEntry[], problems = PROBLEMS) =>
  auditText(report(2022, problems), 'x-2022.txt', { history: new ReportHistory(history) })
    .result.findings.filter((f) => f.rule === 'section-content:five-copied')
    .map((f) => [f.message, f.args.otherSource]);
const words = (share: number, shared: number, own: number) =>
  `第五部分「存在的主要问题及改进情况」${share}% 的句子（${shared}/${own}）与本机关 2021 年报告（测试街道2021年政府信息公开工作年度报告）相同：问题和改进措施照抄上年（数字、年份、机关名称不计）`;

describe('section 五 copied from last year', () => {
  it('said with its share and the report it repeats; half exactly is copying, less is not', () => {
    expect(copied([entry(2021, PROBLEMS, 'a-2021.txt')])).toEqual([[words(100, 5, 5), 'a-2021.txt']]);
    expect(copied([entry(2021, PROBLEMS.slice(0, 1), 'a-2021.txt')], PROBLEMS.slice(0, 3))).toEqual([[words(50, 2, 4), 'a-2021.txt']]);
    expect(copied([entry(2021, PROBLEMS.slice(0, 1), 'a-2021.txt')])).toEqual([]);
  });
  it('three sentences of its own are enough to say it, two are not; the sentences shared are shown side by side', () => {
    expect(copied([entry(2021, PROBLEMS.slice(0, 2), 'a-2021.txt')], PROBLEMS.slice(0, 2))).toEqual([[words(100, 3, 3), 'a-2021.txt']]);
    expect(copied([entry(2021, PROBLEMS.slice(0, 1), 'a-2021.txt')], PROBLEMS.slice(0, 1))).toEqual([]);
    const found = auditText(report(2022, PROBLEMS.slice(0, 2)), 'x-2022.txt', { history: new ReportHistory([entry(2021, PROBLEMS.slice(0, 2), 'a-2021.txt')]) })
      .result.findings.find((f) => f.rule === 'section-content:five-copied');
    expect(found?.shared).toEqual([...PROBLEMS.slice(0, 2), MEASURE].map((t) => ({ ours: t, theirs: t })));
  });
  it('names the record of last year sharing most, the first address on a tie; a report of two years before is none', () => {
    expect(copied([entry(2021, PROBLEMS.slice(0, 2), 'a-2021.txt'), entry(2021, PROBLEMS.slice(0, 3), 'b-2021.txt')])).toEqual([[words(80, 4, 5), 'b-2021.txt']]);
    expect(copied([entry(2021, PROBLEMS.slice(0, 3), 'b-2021.txt'), entry(2021, PROBLEMS.slice(1, 4), 'a-2021.txt')])).toEqual([[words(80, 4, 5), 'a-2021.txt']]);
    // a record sharing fewer does not displace one sharing more, whatever its address; on a tie the first address stays
    expect(copied([entry(2021, PROBLEMS.slice(0, 3), 'b-2021.txt'), entry(2021, PROBLEMS.slice(0, 2), 'a-2021.txt')])).toEqual([[words(80, 4, 5), 'b-2021.txt']]);
    expect(copied([entry(2021, PROBLEMS.slice(0, 3), 'a-2021.txt'), entry(2021, PROBLEMS.slice(1, 4), 'b-2021.txt')])).toEqual([[words(80, 4, 5), 'a-2021.txt']]);
    expect(copied([entry(2020, PROBLEMS, 'a-2020.txt')])).toEqual([]);
    expect(copied([entry(2020, PROBLEMS, 'a-2020.txt'), entry(2021, PROBLEMS.slice(0, 2), 'b-2021.txt')])).toEqual([[words(60, 3, 5), 'b-2021.txt']]);
    // the report itself, were it in its own history, is no other report
    expect(copied([entry(2021, PROBLEMS, 'x-2022.txt')])).toEqual([]);
  });
});
