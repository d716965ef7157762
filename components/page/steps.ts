/** The findings the panel steps through: those that stand on a page element, errors first, then warnings, in page order. */
import type { Finding } from '@/lib/result/schema';
import { SEVERITY_RANK } from '@/lib/result/score';

export function stepOrder(findings: Finding[], located: (id: string) => boolean): Finding[] {
  return findings.filter((f) => f.severity !== 'notice' && located(f.id)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
