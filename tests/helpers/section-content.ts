/**
 * What the section checks (lib/rules/section-content.ts) say of a report whose sections 五 and 六 were drawn
 * from the sentence pools of tests/tools/documents/prose.ts — the oracle is which of those sentences the
 * report prints, read from the generator's own words, not from the rule's:
 * - 五's problems (「仍存在一些不足」, 「有待进一步提高…」) with none of its three sentences of measures;
 * - (2021 template) neither 「上年度报告中提出的问题已逐项制定整改措施」 nor 总体情况's 「对发现的问题及时督促整改」;
 * - (2021 template) not 六's 「本机关…年度未收取信息处理费」.
 */
import { foldText } from '../../lib/text/normalize';

export function sectionContentExpected(prose: string[], year: number): string[] {
  const text = foldText(prose.join('')).replace(/\s+/g, '');
  const has = (s: string) => text.includes(s);
  const problems = has('仍存在一些不足') || has('有待进一步提高');
  const measures = has('下一步将重点做好以下工作') || has('已逐项制定整改措施') || has('进一步加强与上级主管部门的沟通对接');
  const rectified = has('已逐项制定整改措施') || has('对发现的问题及时督促整改');
  const out: string[] = [];
  if (problems && !measures) out.push('section-content:no-measures');
  if (year >= 2021 && !rectified) out.push('section-content:no-rectification');
  if (year >= 2021 && !has('未收取信息处理费')) out.push('section-content:no-fees');
  return out.sort();
}
