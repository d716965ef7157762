/** The toolbar badge for a tab: the number of errors, coloured by the worst severity. */
import type { ReportResult } from '../result/schema';

export const SEVERITY_COLOURS = { error: '#d93025', warning: '#e37400', notice: '#1a73e8', pass: '#188038' } as const;

/** From a result, or a record's reviewed counts (dismissed findings do not count). */
export function badgeFor(result: Pick<ReportResult, 'isReport' | 'counts'> | null): { text: string; color: string | null } {
  if (!result || !result.isReport) return { text: '', color: null };
  const c = result.counts;
  if (c.error) return { text: String(c.error), color: SEVERITY_COLOURS.error };
  if (c.warning) return { text: String(c.warning), color: SEVERITY_COLOURS.warning };
  return { text: '✓', color: SEVERITY_COLOURS.pass };
}
