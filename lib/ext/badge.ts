/** The toolbar badge for a tab: the number of errors, coloured by the worst severity. */
import type { Lang } from '../model';
import type { ReportResult } from '../result/schema';
import { t } from '../result/wording';

export const SEVERITY_COLOURS = { error: '#d93025', warning: '#e37400', notice: '#1a73e8', pass: '#188038' } as const;

/**
 * From a result, or a record's reviewed counts (dismissed findings do not count);
 * the toolbar button's title says the counts in the browser's language.
 */
export function badgeFor(result: Pick<ReportResult, 'isReport' | 'counts'> | null, lang: Lang = 'zh'): { text: string; color: string | null; title: string } {
  const name = t('extName', lang);
  if (!result || !result.isReport) return { text: '', color: null, title: name };
  const c = result.counts;
  const title = t('ui_badge_title', lang, { name, e: c.error, w: c.warning, n: c.notice });
  if (c.error) return { text: String(c.error), color: SEVERITY_COLOURS.error, title };
  if (c.warning) return { text: String(c.warning), color: SEVERITY_COLOURS.warning, title };
  return { text: '✓', color: SEVERITY_COLOURS.pass, title };
}
