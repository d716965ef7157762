/** The findings the panel steps through: those that stand on a page element, errors first, then warnings, in page order. */
import type { Finding } from '@/lib/result/schema';
import { SEVERITY_RANK } from '@/lib/result/score';
import { minOf } from '@/lib/arrays';

export function stepOrder(findings: Finding[], located: (id: string) => boolean): Finding[] {
  return findings.filter((f) => f.severity !== 'notice' && located(f.id)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** A finding's rule family (`row-total` for `row-total:blank`): the panel's groups, shown or hidden on the page together. */
export function familyOf(f: Pick<Finding, 'rule'>): string {
  return f.rule.split(':')[0]!;
}

export interface RuleGroup {
  family: string;
  findings: Finding[];
}

/** Findings grouped by rule family: groups with errors first, then warnings, then notices; in order of first finding within. */
export function ruleGroups(findings: Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const f of findings) {
    const family = familyOf(f);
    const g = groups.get(family);
    if (g) g.findings.push(f);
    else groups.set(family, { family, findings: [f] });
  }
  const worst = (g: RuleGroup) => minOf(g.findings.map((f) => SEVERITY_RANK[f.severity]));
  return [...groups.values()].sort((a, b) => worst(a) - worst(b));
}
