/** Words the exports print for severities, verdicts and rule families, in both locales. */
import type { Lang } from '../template/layout';
import type { Severity, Verdict } from '../result/schema';

export const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  notice: { zh: '提示', en: 'notice' },
};

export const VERDICT_LABEL: Record<Verdict, Record<Lang, string>> = {
  pass: { zh: '合格', en: 'pass' },
  warn: { zh: '有警告', en: 'warnings' },
  fail: { zh: '有错误', en: 'errors' },
  'not-report': { zh: '非年报页面', en: 'not a report' },
  error: { zh: '无法审计', en: 'could not audit' },
};

export const FAMILY_LABEL: Record<string, Record<Lang, string>> = {
  'row-total': { zh: '行合计', en: 'row total' },
  'column-total': { zh: '列合计', en: 'column total' },
  subtotal: { zh: '小计', en: 'subtotal' },
  balance: { zh: '勾稽关系', en: 'balance' },
  'appeal-total': { zh: '复议诉讼合计', en: 'appeal total' },
  stock: { zh: '存量', en: 'stock' },
  shape: { zh: '表格结构', en: 'table shape' },
  'template-version': { zh: '模板版本', en: 'template version' },
  section: { zh: '章节', en: 'sections' },
  narrative: { zh: '正文与表格', en: 'text vs tables' },
  plausibility: { zh: '数值合理性', en: 'plausibility' },
  deadline: { zh: '时限', en: 'deadline' },
  'blank-cell': { zh: '空白单元格', en: 'blank cell' },
};

export function familyLabel(rule: string, lang: Lang = 'zh'): string {
  return FAMILY_LABEL[rule.split(':')[0]!]?.[lang] ?? rule;
}
