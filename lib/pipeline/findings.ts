/**
 * Rules → drafts → analysis → findings: every rule runs on the model, the
 * analysis adds the repairs, and each draft becomes a finding with its stable id,
 * its registered code and severity, and its Chinese message.
 */
import type { Draft, Family, ReportModel, Severity, Source } from '../model';
import { RULES, codeOf, type Rule } from '../rules';
import { annotateRepairs } from '../analysis/culprit';
import { formatMessage } from '../result/messages';
import { SEVERITY_RANK } from '../result/score';
import type { Finding } from '../result/schema';

/** Page elements or text lines of a finding's cell and the cells it involves. */
export interface FindingSources {
  cell: Source | null;
  related: Source[];
}

/** `family:table:row:col` for a finding on a cell; else the code, the table and the rule's key. */
export function findingId(family: string, code: string, d: Pick<Draft, 'table' | 'cell' | 'key'>): string {
  if (d.cell && d.table) return `${family}:${d.table}:${d.cell.row}:${d.cell.col}`;
  return [code, d.table, d.key].filter(Boolean).join(':');
}

/** Where a finding without a page element stands, for people: a line of a text or a PDF page. */
export function describeSource(src: Source | null | undefined): string | null {
  if (!src) return null;
  if (src.page && src.line) return `第 ${src.page} 页第 ${src.line} 行`;
  if (src.page) return `第 ${src.page} 页`;
  if (src.line) return `第 ${src.line} 行`;
  return null;
}

interface Item {
  id: string;
  draft: Draft;
  code: string;
  family: Family;
  severity: Severity;
  n: number;
}

function toFinding(m: ReportModel, it: Item): Finding {
  const d = it.draft;
  const args = { ...d.args };
  // an extra row is named by its own printed label
  const extra = d.table && d.cell ? m.mapping.tables[d.table].labels.get(d.cell.row) : undefined;
  if (extra) args.rowText = extra;
  const repair = d.repair ?? null;
  const f: Finding = {
    id: it.id,
    rule: it.code,
    severity: it.severity,
    table: d.table,
    cell: d.cell,
    related: d.related ?? [],
    expected: d.expected ?? null,
    actual: d.actual ?? null,
    message: '',
    where: d.where ?? describeSource(d.src),
    msg: d.msg,
    args,
    repair,
    culprit: repair?.kind === 'unique' ? repair.cell : null,
    suggested: repair?.kind === 'unique' ? repair.to : null,
  };
  f.message = formatMessage(f, 'zh');
  return f;
}

export function runRules(m: ReportModel, rules: Rule[] = RULES): { findings: Finding[]; sources: Map<string, FindingSources>; errors: string[] } {
  const items: Item[] = [];
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
    for (const draft of drafts) {
      const code = draft.rule ?? rule.id;
      const registered = codeOf(code);
      if (!registered || !(code in rule.codes)) {
        errors.push(`${rule.id}: 未登记的问题代码 ${code}`);
        continue;
      }
      // two findings of one id (a row printed twice) keep apart by their order
      let id = findingId(registered.family, code, draft);
      const dup = seen.get(id) ?? 0;
      seen.set(id, dup + 1);
      if (dup) id += `#${dup + 1}`;
      items.push({ id, draft, code, family: registered.family, severity: registered.severity, n: items.length });
    }
  }
  items.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.n - b.n);
  try {
    annotateRepairs(m.mapping, items);
  } catch (e) {
    errors.push(`culprit: ${(e as Error)?.message ?? e}`);
  }
  const findings = items.map((it) => toFinding(m, it));
  const sources = new Map(items.map((it) => [it.id, { cell: it.draft.src ?? null, related: it.draft.relatedSrc ?? [] }]));
  return { findings, sources, errors };
}
