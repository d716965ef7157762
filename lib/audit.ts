/**
 * The engine's front door: page text or a DOM in, typed audit result out.
 * Pure: no browser extension API, no storage, no globals — the content script,
 * the CLI and the tests all call these.
 */
import type { Block } from './grid/types';
import { buildModel, withTextTables, type AuditOptions, type ReportModel } from './page/model';
import { textLines } from './text/lines';
import { domBlocks } from './page/dom-blocks';
import { anchorRoot, containerRoot, pageMeta, readabilityRoot, type RootChoice } from './page/content-root';
import { isTemplateLabel } from './template/labels';
import { isSectionHeading } from './page/sections';
import type { PageMeta } from './page/metadata';
import { buildResult, emptyResult, runRules, type FindingSources } from './result/build';
import { RULES } from './rules';
import type { ReportResult } from './result/schema';

export type { AuditOptions };

export interface Audit {
  result: ReportResult;
  /** Page elements or text lines of each finding's cell and related cells, by finding id. */
  sources: Map<string, FindingSources>;
  model: ReportModel | null;
  /** The content root an audit of a DOM used. */
  root?: Element;
}

/** Larger inputs are refused with a clear error rather than parsed for minutes. */
export const MAX_TEXT_CHARS = 20_000_000;

export function auditBlocks(blocks: Block[], meta: PageMeta, source: string, options: AuditOptions = {}): Audit {
  const model = buildModel(withTextTables(blocks), meta, source, options);
  if (!model.recognition.isReport) {
    return { result: buildResult(model, [], null), sources: new Map(), model };
  }
  const rules = model.recognition.attachmentOnly ? RULES.filter((r) => r.attachment) : RULES;
  const { findings, sources, errors } = runRules(model, rules);
  const error = errors.length ? `内部规则出错：${errors.join('；')}` : null;
  return { result: buildResult(model, findings, error), sources, model };
}

export function failed(source: string, e: unknown): Audit {
  const msg = e instanceof Error ? e.message : String(e);
  return { result: emptyResult(source, `无法审计：${msg}`.slice(0, 2000)), sources: new Map(), model: null };
}

/** A text extraction such as the seed files. */
export function auditText(text: string, source = 'text', options: AuditOptions = {}): Audit {
  try {
    if (text.length > MAX_TEXT_CHARS) return failed(source, new Error(`文本过大（${text.length} 字符）`));
    return auditBlocks(textLines(text), {}, source, options);
  } catch (e) {
    return failed(source, e);
  }
}

/** A page's DOM: a live document in the content script, a parsed one in Node. */
export function auditDocument(doc: Document, source: string, url: string | null = null, options: AuditOptions = {}): Audit {
  try {
    const { choice, blocks } = reportBlocks(doc);
    const meta = pageMeta(doc, choice.root, choice, url);
    const audit = auditBlocks(blocks, meta, source, options);
    return { ...audit, root: choice.root };
  } catch (e) {
    return failed(source, e);
  }
}

/**
 * The page's blocks, from where the report stands: a CMS container; else the
 * smallest element around the report's headings and tables (no second walk: the
 * body's blocks are filtered); else Readability's main content; else the body.
 */
function reportBlocks(doc: Document): { choice: RootChoice; blocks: Block[] } {
  const container = containerRoot(doc);
  if (container) return { choice: container, blocks: domBlocks(container.root) };
  const body = doc.body ?? doc.documentElement;
  const all = withTextTables(domBlocks(body));
  const inside = (root: Element) => all.filter((b) => !b.src.el || root.contains(b.src.el));
  const anchors = all.filter((b) => (b.kind === 'table' ? b.rows.some((r) => r.cells.some((c) => isTemplateLabel(c.text))) : isSectionHeading(b.text))).map((b) => b.src.el).filter((e): e is Element => !!e);
  const root = anchorRoot(anchors);
  if (root) return { choice: { root, via: 'anchors', title: null, publishedTime: null }, blocks: inside(root) };
  const r = readabilityRoot(doc);
  if (r) return { choice: r, blocks: inside(r.root) };
  return { choice: { root: body, via: 'body', title: null, publishedTime: null }, blocks: all };
}
