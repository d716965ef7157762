/** Statistics over many audits: what a batch found, per site and year, and the most common findings. */
import type { ReportResult } from '../result/schema';

export interface BatchSummary {
  pages: number;
  reports: number;
  notReports: number;
  failed: number;
  withErrors: number;
  counts: { error: number; warning: number; notice: number };
  /** Rules by the number of reports they flag, most common first. */
  topRules: { rule: string; reports: number; findings: number }[];
}

export function summarise(reports: ReportResult[], top = 8): BatchSummary {
  const s: BatchSummary = { pages: reports.length, reports: 0, notReports: 0, failed: 0, withErrors: 0, counts: { error: 0, warning: 0, notice: 0 }, topRules: [] };
  const rules = new Map<string, { reports: number; findings: number }>();
  for (const r of reports) {
    if (r.error) s.failed++;
    else if (!r.isReport) s.notReports++;
    else {
      s.reports++;
      if (r.counts.error) s.withErrors++;
      for (const k of ['error', 'warning', 'notice'] as const) s.counts[k] += r.counts[k];
      const seen = new Set<string>();
      for (const f of r.findings) {
        const family = f.rule.split(':')[0]!;
        const e = rules.get(family) ?? { reports: 0, findings: 0 };
        e.findings++;
        if (!seen.has(family)) e.reports++;
        seen.add(family);
        rules.set(family, e);
      }
    }
  }
  s.topRules = [...rules].map(([rule, v]) => ({ rule, ...v })).sort((a, b) => b.reports - a.reports || b.findings - a.findings).slice(0, top);
  return s;
}

export interface SiteYearRow {
  site: string;
  year: number | null;
  summary: BatchSummary;
}

/** One row per site and report year. */
export function bySiteYear(reports: { href: string; result: ReportResult }[]): SiteYearRow[] {
  const groups = new Map<string, { site: string; year: number | null; results: ReportResult[] }>();
  for (const { href, result } of reports) {
    let site = href;
    try {
      site = new URL(href).hostname.replace(/^www\./, '');
    } catch {
      site = href.split('/')[0] ?? href;
    }
    const key = `${site}\u0000${result.year ?? ''}`;
    const g = groups.get(key) ?? { site, year: result.year, results: [] };
    g.results.push(result);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ site: g.site, year: g.year, summary: summarise(g.results, 3) }))
    .sort((a, b) => a.site.localeCompare(b.site) || (b.year ?? 0) - (a.year ?? 0));
}
