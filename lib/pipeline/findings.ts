/**
 * Rules → drafts → analysis → findings: every rule runs on the model, the
 * analysis adds the repairs and groups what one cause breaks, and each draft
 * becomes a finding with its stable id, its registered code and severity, and
 * its Chinese message.
 */
import type { AuditOptions, CellRef, Draft, OcrDoubt, ReportModel, Source, TableId } from '../model';
import { overlaps } from '../readers/ocr';
import { RULES, codeOf, type Rule } from '../rules';
import { ARITHMETIC } from '../rules/types';
import { SEVERITY_RANK } from '../rules/severity';
import { annotateRepairs } from '../analysis/culprit';
import { findingId, groupFindings, type Item, type Review } from '../analysis/group';
import { formatMessage, t } from '../result/wording';
import type { Evidence, Finding } from '../result/schema';
import { clip } from '../text/normalize';
import { bounded } from '../result/limits';
import { errorMessage } from '../errors';

/** Where a finding stands in the report: its cell, the cells it involves, and for a whole row, column or table the cells it marks one by one. */
export interface FindingSources {
  cell: Source | null;
  related: Source[];
  parts: { cell: CellRef; src: Source }[];
}

export { findingId };

/** Findings that compare the text or another report with a table's cells: doubtful where the table could not be read whole. */
const DOUBTFUL_FAMILIES = new Set(['narrative', 'cross-year']);

/** Where a finding without a page element stands, for people: a line of a text or a PDF page. */
export function describeSource(src: Source | null | undefined): string | null {
  if (!src) return null;
  if (src.page && src.line) return `第 ${src.page} 页第 ${src.line} 行`;
  if (src.para) return `第 ${src.para} 段`;
  if (src.page) return `第 ${src.page} 页`;
  if (src.line) return `第 ${src.line} 行`;
  return null;
}

/** A row's cells as printed, in the order the page prints them, each under its template column. */
function printedRow(m: ReportModel, table: TableId, row: string): NonNullable<Evidence['row']> | null {
  const t = m.mapping.tables[table];
  if (!t.rowSrc.has(row)) return null;
  const cells: { col: string; text: string }[] = [];
  for (const c of t.cells.values()) if (c.row === row && cells.length < 40) cells.push({ col: c.col, text: clip(c.raw, 40) });
  return { key: row, label: t.printed.get(row) ?? '', cells };
}

/** A digit the OCR was unsure of in a cell the finding rests on (its own, a related one, or one it marks): the least sure. */
export function ocrDoubtOf(m: ReportModel, d: Draft): OcrDoubt | null {
  const doubts = m.meta.ocr?.doubts;
  if (!doubts?.length) return null;
  // the cells as mapped (a rule names them; where they stand is the mapping's), and what the rule says it stands on
  const t = d.table ? m.mapping.tables[d.table] : null;
  const cellSrc = (c: CellRef | null | undefined) => (t && c ? t.cells.get(`${c.row}/${c.col}`)?.src : undefined);
  const srcs = [cellSrc(d.cell), ...(d.related ?? []).map(cellSrc), d.src, ...(d.relatedSrc ?? []), ...(d.parts ?? []).map((p) => p.src)].filter((s): s is Source => !!s?.box);
  let least: OcrDoubt | null = null;
  for (const doubt of doubts) if (srcs.some((s) => overlaps(s, doubt)) && (!least || doubt.conf < least.conf)) least = doubt;
  return least;
}

/**
 * On a scan read by OCR, what stands as read: arithmetic between cells all read, and what rests on dates or on
 * other reports. The rest — a row short of values, a missing heading or row, a blank, a number in the prose —
 * may be the engine's miss as much as the report's: needs review.
 */
const SURE_ON_SCAN = new Set<string>([...ARITHMETIC, 'stock', 'deadline', 'cross-year', 'copied-text']);

/** The findings that say how a file was read: they rest on nothing read. */
const READING_CODES = new Set(['shape:ocr', 'shape:ocr-damaged', 'shape:damaged-text']);

/**
 * Whether a finding on a scan, or on a PDF whose text layer leaves characters unknown, rests on what was missed: not
 * of a family read surely, or a cell it involves blank.
 */
function missableOnScan(m: ReportModel, d: Draft, code: string, family: string): boolean {
  if ((!m.meta.ocr && !m.meta.damaged) || READING_CODES.has(code)) return false;
  // a date read from a damaged text layer may be the wrong one: its label (发布时间：) lost with the unknown characters
  if (!SURE_ON_SCAN.has(family) || (family === 'deadline' && !m.meta.ocr)) return true;
  const t = d.table ? m.mapping.tables[d.table] : null;
  return !!d.blank || [d.cell, ...(d.related ?? [])].some((c) => !!c && !!t?.cells.get(`${c.row}/${c.col}`)?.blank);
}

/** What a finding rests on, as printed: the sentence, heading or date its rule quotes, its table row, and a scanned digit's image. */
function evidenceOf(m: ReportModel, d: Draft): Evidence | null {
  const row = d.table && d.cell && d.cell.row !== '*' ? printedRow(m, d.table, d.cell.row) : null;
  const text = d.where ? d.where.slice(0, 2000) : null;
  const image = ocrDoubtOf(m, d)?.image ?? null;
  if (!row && !text && !image) return null;
  return { ...(text ? { text } : {}), ...(row ? { row } : {}), ...(image ? { image } : {}) };
}

const boundedOrNull = (s: string | null) => (s === null ? null : bounded(s));

function toFinding(m: ReportModel, it: Item): Finding {
  const d = it.draft;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d.args ?? {})) args[k] = typeof v === 'string' ? bounded(v) : v;
  // an extra row is named by its own printed label
  const extra = d.table && d.cell ? m.mapping.tables[d.table].labels.get(d.cell.row) : undefined;
  if (extra) args.rowText = extra;
  const repair = d.repair ?? null;
  const evidence = evidenceOf(m, d);
  const f: Finding = {
    id: it.id,
    rule: it.code,
    severity: it.severity,
    table: d.table,
    cell: d.cell,
    related: d.related ?? [],
    // one id once, however many of the grouped relations named it
    covers: d.covers ? [...new Set(d.covers)] : [],
    expected: d.expected ?? null,
    actual: d.blank ? null : (d.actual ?? null),
    blank: !!d.blank,
    message: '',
    where: boundedOrNull(d.where ?? describeSource(d.src)),
    msg: d.msg,
    args,
    repair,
    culprit: repair?.kind === 'unique' ? repair.cell : null,
    suggested: repair?.kind === 'unique' ? repair.to : null,
    ...(evidence ? { evidence } : {}),
    ...(d.shared?.length ? { shared: d.shared.slice(0, 20) } : {}),
    ...(it.review ? { needsReview: true, reason: bounded(it.review.text), ...(it.review.key ? { reasonKey: it.review.key } : {}), ...(it.review.args ? { reasonArgs: it.review.args } : {}) } : {}),
  };
  f.message = bounded(formatMessage(f, 'zh'));
  return f;
}

/** Why a finding needs review, from a locale key: in Chinese, and the key and its arguments for other languages. */
function keyed(key: string, args?: Record<string, string | number>): Review {
  return { text: t(key, 'zh', args), key, ...(args ? { args } : {}) };
}

/** Findings listed at most (a real report has a few dozen; thousands come only from a crafted input). */
export const MAX_FINDINGS = 1_000;

function withoutHistory(o: AuditOptions): AuditOptions {
  const { history: _, ...rest } = o;
  return rest;
}

/**
 * What the rules that do not read the history found on a model, by rule id: an audit repeated beside other reports
 * (lib/pipeline/audit.ts, auditAgain) takes them as they are and runs only the rules that do.
 */
export type RuleRuns = ReadonlyMap<string, readonly Draft[] | { error: string }>;

/**
 * Every rule on the model, then the analysis. `earlier`: the runs of an audit of the same model without this one's
 * history, whose rules that do not read it are not run again.
 */
export function runRules(
  m: ReportModel, rules: Rule[] = RULES, earlier?: RuleRuns,
): { findings: Finding[]; sources: Map<string, FindingSources>; errors: string[]; runs: RuleRuns } {
  const items: Item[] = [];
  const errors: string[] = [];
  const runs = new Map<string, readonly Draft[] | { error: string }>();
  // a rule that does not say it reads the history never sees it: what it finds is the same beside other reports
  const plain: ReportModel = m.options.history ? { ...m, options: withoutHistory(m.options) } : m;
  // tables some of whose rows could not be read: what the text says against them rests on a doubtful reading
  const doubtful = new Set(m.mapping.issues.flatMap((i) => (i.kind === 'run-together' && i.undecided.length ? [i.table] : [])));
  const seen = new Map<string, number>();
  for (const rule of rules) {
    let run = rule.history ? undefined : earlier?.get(rule.id);
    if (!run) {
      try {
        run = rule.check(rule.history ? m : plain);
      } catch (e) {
        run = { error: errorMessage(e) };
      }
    }
    if (!rule.history) runs.set(rule.id, run);
    if ('error' in run) {
      errors.push(`${rule.id}: ${run.error}`);
      continue;
    }
    const drafts = run;
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
      // on a scan the OCR's doubt comes first: its digit, or what it may have missed; then the code's own doubt
      const scanned = ocrDoubtOf(m, draft);
      const review: Review | null = scanned
        ? keyed('review_ocr_digit', { text: scanned.text, conf: scanned.conf })
        : missableOnScan(m, draft, code, registered.family)
          ? keyed(!m.meta.damaged ? 'review_ocr_reading' : m.meta.ocr ? 'review_ocr_damaged_reading' : 'review_damaged_reading')
          : registered.review
            ? { text: registered.zh }
            : draft.doubt
              ? keyed(draft.doubt.key, draft.doubt.args)
              : DOUBTFUL_FAMILIES.has(registered.family) && draft.table && doubtful.has(draft.table) && !code.endsWith(':every-reading')
                ? keyed('review_doubtful_table')
                : null;
      items.push({ id, draft, code, family: registered.family, severity: registered.severity, n: items.length, ...(review ? { review } : {}) });
    }
  }
  let listed = items;
  try {
    // each stage returns new values: an exception leaves the rules' drafts whole, never half-annotated
    const repaired = annotateRepairs(m.mapping, items.map((it) => ({ draft: it.draft, family: it.family })));
    const annotated = items.map((it) => {
      const repair = repaired.get(it.draft);
      return repair ? { ...it, draft: { ...it.draft, repair } } : it;
    });
    listed = groupFindings(m.mapping, annotated);
  } catch (e) {
    errors.push(`analysis: ${errorMessage(e)}`);
  }
  listed.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.n - b.n);
  // a crafted input can break thousands of relations: the worst are listed, and how many were left out is said
  if (listed.length > MAX_FINDINGS) {
    const left = listed.length - MAX_FINDINGS;
    listed = listed.slice(0, MAX_FINDINGS);
    const draft: Draft = { rule: 'shape:too-many-findings', table: null, cell: null, msg: 'f_too_many_findings', args: { kept: MAX_FINDINGS, left }, key: 'findings' };
    const registered = codeOf('shape:too-many-findings')!;
    listed.push({ id: findingId(registered.family, 'shape:too-many-findings', draft), draft, code: 'shape:too-many-findings', family: registered.family, severity: registered.severity, n: items.length });
  }
  const findings = listed.map((it) => toFinding(m, it));
  const sources = new Map(
    listed.map((it) => [it.id, { cell: it.draft.src ?? null, related: it.draft.relatedSrc ?? [], parts: it.draft.parts ?? [] }]),
  );
  return { findings, sources, errors, runs };
}
