/** The copied-prose check at its threshold: a share exactly at it is flagged; one sentence fewer is not. */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { ReportHistory } from '../../lib/history';
import { ownSentences } from '../../lib/text/fingerprint';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';
import type { HistoryEntry } from '../../lib/model';

const ORGAN = '东湖街道办事处';
const WORDS = ['社区网格', '老旧小区', '垃圾分类', '河道清理', '便民服务站', '养老驿站', '夜市摊位', '停车泊位', '电梯加装', '雨污分流'];
const own = WORDS.map((w, i) => `${ORGAN}围绕${w}工作第${i + 1}次召开专题协调会议并逐项公开办理进度和群众意见采纳情况。`);
const f = randomFilled(mulberry32(5), '2021', ORGAN);
f.year = 2022;
const text = reportText(f, { overview: own.join('') });

function other(shared: number): HistoryEntry {
  // another organ's report of the same year that prints `shared` of these sentences (under its own name) and its own others
  const lines = [...own.slice(0, shared).map((s) => s.split(ORGAN).join('西山镇人民政府')), ...Array.from({ length: 10 }, (_, i) => `西山镇人民政府推进第${i + 1}项农村人居环境整治并按月公开村级项目资金使用明细。`)];
  return { source: 'https://www.xishan.gov.cn/2022.html', title: null, organ: '西山镇人民政府', organKey: '西山镇人民政府', year: 2022, template: '2021', figures: {}, sentences: ownSentences(lines, '西山镇人民政府') };
}

describe('a share of own sentences against the copy threshold (50 %)', () => {
  // the report's own sentences: these ten and the two of the template's text the helper adds around them
  const mine = () => {
    const a = auditText(text, 'https://www.donghu.gov.cn/2022.html');
    return ownSentences(a.model!.prose.map((b) => b.text), ORGAN).length;
  };

  it('the report has twelve sentences of its own', () => {
    expect(mine()).toBe(12);
  });

  it('six of twelve (exactly 50 %) is copying; five is not', () => {
    const at = auditText(text, 'https://www.donghu.gov.cn/2022.html', { history: new ReportHistory([other(6)], 0.5) }).result;
    const below = auditText(text, 'https://www.donghu.gov.cn/2022.html', { history: new ReportHistory([other(5)], 0.5) }).result;
    expect(at.findings.filter((x) => x.rule.startsWith('copied-text')).map((x) => [x.args.share, x.args.shared, x.args.own])).toEqual([[50, 6, 12]]);
    expect(below.findings.filter((x) => x.rule.startsWith('copied-text'))).toEqual([]);
  });
});
