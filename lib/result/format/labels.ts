/** Words the exports print for severities, verdicts and rule families: from the locale files. */
import type { Lang, Severity } from '../../model';
import type { Finding, Verdict } from '../schema';
import { t } from '../wording';
import { familyKey } from '../../rules/types';

export const severityLabel = (s: Severity, lang: Lang = 'zh') => t(`ui_sev1_${s}`, lang);
export const verdictLabel = (v: Verdict, lang: Lang = 'zh') => t(`ui_verdict_${v.replace('-', '_')}`, lang);
export const familyLabel = (rule: string, lang: Lang = 'zh') => t(familyKey(rule), lang);

/**
 * A finding about one cell's value: its printed and expected values fill the exports' 填报值 and 应为. A shape
 * finding's counts (5 values where the template has 7 columns), or a whole row's, column's or table's, are no
 * cell's value: those columns stay empty and its message says them.
 */
export function aboutOneValue(f: Pick<Finding, 'rule' | 'cell'>): boolean {
  return !f.rule.startsWith('shape:') && !!f.cell && f.cell.row !== '*' && f.cell.col !== '*';
}
