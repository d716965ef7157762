/** Drafts from the rules → findings with stable ids and messages; the report result. */
import type { Source } from '../grid/types';
import type { ReportModel } from '../page/model';
import { describeSource } from '../page/model';
import { RULES, type Draft, type Rule } from '../rules';
import { annotateCulprits } from '../analysis/culprit';
import { TABLES } from '../template/layout';
import { formatMessage } from './messages';
import { countFindings, score, verdict } from './score';
import type { Finding, ReportResult, Severity } from './schema';

export interface FindingSources {
  cell: Source | null;
  related: Source[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function findingId(family: string, rule: string, d: Pick<Draft, 'table' | 'cell' | 'key'>): string {
  if (d.cell && d.table) return `${family}:${d.table}:${d.cell.row}:${d.cell.col}`;
  return [rule, d.table, d.key].filter(Boolean).join(':');
}

function toFinding(m: ReportModel, rule: Rule, d: Draft): Finding {
  const ruleId = d.rule ?? rule.id;
  const args = { ...d.args };
  // an extra row is named by its own printed label
  const extra = d.table && d.cell ? m.mapping.tables[d.table].labels.get(d.cell.row) : undefined;
  if (extra) args.rowText = extra;
  const f: Finding = {
    id: findingId(rule.family, ruleId, d),
    rule: ruleId,
    severity: d.severity ?? rule.severity,
    table: d.table,
    cell: d.cell,
    related: d.related ?? [],
    expected: d.expected ?? null,
    actual: d.actual ?? null,
    message: '',
    where: d.where ?? describeSource(d.src),
    msg: d.msg,
    args,
    culprit: d.culprit ?? null,
    suggested: d.suggested ?? null,
  };
  f.message = formatMessage(f, 'zh');
  return f;
}

export function runRules(m: ReportModel, rules: Rule[] = RULES): { findings: Finding[]; sources: Map<string, FindingSources>; errors: string[] } {
  const items: { f: Finding; s: FindingSources; n: number }[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const rule of rules) {
    let drafts: Draft[];
    try {
      drafts = rule.check(m);
    } catch (e) {
      errors.push(`${rule.id}: ${(e as Error)?.message ?? e}`);
      continue;
    }
    for (const d of drafts) {
      const f = toFinding(m, rule, d);
      const dup = seen.get(f.id) ?? 0;
      seen.set(f.id, dup + 1);
      if (dup) f.id += `#${dup + 1}`;
      items.push({ f, s: { cell: d.src ?? null, related: d.relatedSrc ?? [] }, n: items.length });
    }
  }
  items.sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.n - b.n);
  try {
    annotateCulprits(m, items.map((i) => i.f));
  } catch (e) {
    errors.push(`culprit: ${(e as Error)?.message ?? e}`);
  }
  return { findings: items.map((i) => i.f), sources: new Map(items.map((i) => [i.f.id, i.s])), errors };
}

export function emptyResult(source: string, error: string | null): ReportResult {
  return {
    source, isReport: false, title: null, organ: null, year: null, datedOn: null, publishedOn: null, template: null,
    tables: [], findings: [], counts: { error: 0, warning: 0, notice: 0 }, score: null, verdict: error ? 'error' : 'not-report', error,
  };
}

export function buildResult(m: ReportModel, findings: Finding[], error: string | null): ReportResult {
  const isReport = m.recognition.isReport;
  const counts = countFindings(findings);
  return {
    source: m.source,
    isReport,
    title: m.title?.value ?? null,
    organ: m.organ,
    year: m.year.year,
    datedOn: m.signed?.value.iso ?? null,
    publishedOn: m.published?.iso ?? null,
    template: isReport ? m.version : null,
    tables: TABLES.map((table) => {
      const t = m.mapping.tables[table];
      return { table, found: t.found, rows: t.rows.length, cols: t.found ? t.cols.length : 0 };
    }),
    findings,
    counts,
    score: isReport && !m.recognition.attachmentOnly ? score(counts) : null,
    verdict: verdict(isReport, counts, error),
    error,
  };
}
