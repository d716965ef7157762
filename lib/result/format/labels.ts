/** Words the exports print for severities, verdicts and rule families: from the locale files. */
import type { Lang, Severity } from '../../model';
import type { Verdict } from '../schema';
import { t } from '../wording';
import { familyKey } from '../../rules/types';

export const severityLabel = (s: Severity, lang: Lang = 'zh') => t(`ui_sev1_${s}`, lang);
export const verdictLabel = (v: Verdict, lang: Lang = 'zh') => t(`ui_verdict_${v.replace('-', '_')}`, lang);
export const familyLabel = (rule: string, lang: Lang = 'zh') => t(familyKey(rule), lang);
