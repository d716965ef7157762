/**
 * The engine's front door, and the whole pipeline in one place:
 *   page (a DOM) or text → blocks (content root, tables, text layouts)
 *   → model (template cells, title, organ, year, dates, sections, recognition)
 *   → rules → analysis (repairs) → findings → result.
 * Pure: no browser extension API, no storage, no globals — the content script,
 * the CLI and the tests all call these.
 */
import type { AuditOptions, Block, PageDocument, PageElement, PageMeta, ReportModel } from '../model';
import { MAX_LINES, moreLinesThan } from '../text/lines';
import { textBlocks } from '../readers/text';
import { pageMeta, reportBlocks } from '../page/content-root';
import { RULES } from '../rules';
import { emptyResult } from '../result/empty';
import type { ReportResult } from '../result/schema';
import { buildModel } from './model';
import { runRules, type FindingSources, type RuleRuns } from './findings';
import { buildResult } from './result';

export type { AuditOptions };
export type { FindingSources };

export interface Audit {
  result: ReportResult;
  /** Page elements or text lines of each finding's cell and related cells, by finding id. */
  sources: Map<string, FindingSources>;
  model: ReportModel | null;
  /** What the audit read: the blocks and the page's metadata (a snapshot keeps them, ./snapshot.ts). */
  input: { blocks: Block[]; meta: PageMeta } | null;
  /** The content root an audit of a DOM used. */
  root?: PageElement;
  /** What each rule that does not read the history found: an audit made again beside other reports takes it (auditAgain). */
  runs?: RuleRuns;
}

/** Larger inputs are refused with a clear error rather than parsed for minutes. */
export const MAX_TEXT_CHARS = 20_000_000;

/** Blocks (tables already found in their text) → the audit. */
export function auditBlocks(blocks: Block[], meta: PageMeta, source: string, options: AuditOptions = {}): Audit {
  return auditModel(buildModel(blocks, meta, source, options), { blocks, meta });
}

/** A model → its audit; `earlier`: the rule runs of an audit of the same model (./findings.ts). */
function auditModel(model: ReportModel, input: NonNullable<Audit['input']>, earlier?: RuleRuns): Audit {
  if (!model.recognition.isReport) {
    return { result: buildResult(model, [], null), sources: new Map(), model, input };
  }
  const rules = model.recognition.attachmentOnly ? RULES.filter((r) => r.attachment) : RULES;
  const { findings, sources, errors, runs } = runRules(model, rules, earlier);
  const error = errors.length ? `内部规则出错：${errors.join('；')}` : null;
  return { result: buildResult(model, findings, error), sources, model, input, runs };
}

/**
 * An audit made again beside other reports (`options`: the first audit's, with the history): the same model, the
 * rules that read the history run on it, every other rule's findings taken from the first audit. The same as
 * auditing its blocks again with these options, for a fraction of the work: the model is not built again, and most
 * rules do not run.
 */
export function auditAgain(a: Audit, options: AuditOptions): Audit {
  if (!a.model || !a.input) return a;
  const again = auditModel({ ...a.model, options }, a.input, a.runs);
  // what the first audit's caller added: the file it read, the page's content root
  return { ...again, result: a.result.file ? { ...again.result, file: a.result.file } : again.result, ...(a.root ? { root: a.root } : {}) };
}

/**
 * The audit let go of its page, in place: no source of a block, a cell or a finding keeps the element it was read
 * from, and the content root is gone — for a caller that marks nothing on the page and holds many audits (the
 * command line holds a region's until it audits them again beside each other). Only the blocks' and their cells'
 * sources hold elements (lib/page/dom-blocks.ts, lib/grid/html-table.ts); the model and the findings share them.
 */
export function withoutPage(a: Audit): Audit {
  for (const b of a.input?.blocks ?? []) {
    delete b.src.el;
    if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) delete c.src.el;
  }
  const { root: _, ...rest } = a;
  return { ...rest, sources: new Map() };
}

/** An audit that could not run: the reason, in words. */
export function failed(source: string, e: unknown): Audit {
  const msg = e instanceof Error ? e.message : String(e);
  return { result: emptyResult(source, `无法审计：${msg}`.slice(0, 2000)), sources: new Map(), model: null, input: null };
}

/** A text extraction such as the seed files. */
export function auditText(text: string, source = 'text', options: AuditOptions = {}): Audit {
  try {
    if (text.length > MAX_TEXT_CHARS) return failed(source, new Error(`文本过大（${text.length} 字符）`));
    // past any report's length, only the beginning is read, and the audit says so
    const meta = moreLinesThan(text) ? { cut: { what: 'lines' as const, kept: MAX_LINES } } : {};
    return auditBlocks(textBlocks(text), meta, source, options);
  } catch (e) {
    return failed(source, e);
  }
}

/** A page's DOM: a live document in the content script, a parsed one in Node. */
export function auditDocument(doc: PageDocument, source: string, url: string | null = null, options: AuditOptions = {}): Audit {
  try {
    const { choice, blocks, cut } = reportBlocks(doc);
    const meta = { ...pageMeta(doc, choice.root, choice, url), ...(cut ? { cut: { what: 'page' as const, kept: cut } } : {}) };
    return { ...auditBlocks(blocks, meta, source, options), root: choice.root };
  } catch (e) {
    return failed(source, e);
  }
}
