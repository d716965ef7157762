/**
 * Where the report stands in a page: the CMS content containers government sites
 * use; else the smallest element holding the report's own section headings and
 * template tables; else the element Readability picks as the main content; else
 * <body>. Readability runs on a clone whose elements carry their index in the
 * original, so that the root we return is the page's own element.
 */
import { Readability } from '@mozilla/readability';
import type { Block, PageDocument, PageElement, PageMeta } from '../model';
import { cleanText } from '../text/normalize';
import { isTemplateLabel } from '../template/labels';
import { isSectionHeading } from '../template/sections';
import { withTextTables } from '../grid/text-layouts';
import { domBlocks } from './dom-blocks';
import { bodyOf, classAttr, elementsOf, hasClass, queryAll, tagOf } from './dom-text';

export const CONTAINERS = [
  '#zoom', '.TRS_Editor', '.trs_editor_view', '#UCAP-CONTENT', '.pages_content', '#ivs_content',
  '.article', '.view.TRS_UEDITOR', '.TRS_UEDITOR', '#Zoom', '.zoom', '#content', '.content', 'article',
];

/** Text that says the element holds the report body rather than a menu. */
const BODY_SIGNAL = /总体情况|本年新收|主动公开政府信息情况|收到和处理政府信息公开申请|信息公开.*年度报告/;

export interface RootChoice {
  root: PageElement;
  via: 'container' | 'anchors' | 'readability' | 'body';
  title: string | null;
  publishedTime: string | null;
}

const INDEX_ATTR = 'data-nb-i';

/** A selector of CONTAINERS: a tag, or #id, or .class.class. */
const SIMPLE = CONTAINERS.map((sel) => ({
  tag: /^[a-z]+$/.test(sel) ? sel : null,
  id: sel.startsWith('#') ? sel.slice(1) : null,
  classes: sel.startsWith('.') ? sel.slice(1).split('.') : [],
}));

/** Whether the element matches the selector. */
function matches(s: (typeof SIMPLE)[number], el: PageElement, id: string | null, classes: string): boolean {
  if (s.tag) return tagOf(el) === s.tag;
  if (s.id) return id === s.id;
  for (const c of s.classes) if (!hasClass(classes, c)) return false;
  return true;
}

/** Which of CONTAINERS the element matches, by index. */
function containersOf(el: PageElement): number[] {
  const id = el.getAttribute('id');
  const classes = classAttr(el);
  const out: number[] = [];
  SIMPLE.forEach((s, i) => {
    if (matches(s, el, id, classes)) out.push(i);
  });
  return out;
}

/** Whether the element matches any of CONTAINERS (no list made: asked of every element in the light tree). */
function isContainer(el: PageElement): boolean {
  const id = el.getAttribute('id');
  const classes = classAttr(el);
  for (const s of SIMPLE) if (matches(s, el, id, classes)) return true;
  return false;
}

/** A CMS content container that holds the report, or null. Containers earlier in CONTAINERS win; then document order. */
export function containerRoot(doc: PageDocument): RootChoice | null {
  // one query for all the selectors rather than one each
  const matched: PageElement[][] = SIMPLE.map(() => []);
  for (const el of queryAll(doc, CONTAINERS.join(','), isContainer)) {
    for (const i of containersOf(el)) matched[i]!.push(el);
  }
  for (const els of matched) {
    for (const el of els) {
      const text = el.textContent ?? '';
      if (text.length > 200 && BODY_SIGNAL.test(text)) return { root: el, via: 'container', title: null, publishedTime: null };
    }
  }
  return null;
}

/** The smallest element holding every anchor (section headings, template tables), or null with fewer than two. */
export function anchorRoot(anchors: PageElement[]): PageElement | null {
  return anchors.length >= 2 ? commonAncestor(anchors.slice(0, 2000)) : null;
}

/** Readability's cost grows with nesting depth; past these bounds the page is read whole. */
const READABILITY_MAX_ELEMENTS = 60_000;
const READABILITY_MAX_DEPTH = 120;

function tooDeep(root: PageElement): boolean {
  const stack: [PageElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > READABILITY_MAX_DEPTH) return true;
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return false;
}

export function readabilityRoot(doc: PageDocument): RootChoice | null {
  try {
    if (!doc.documentElement || tooDeep(doc.documentElement)) return null;
    const originals: PageElement[] = [];
    // a PageDocument's copy is a full DOM (model/dom.ts): Readability changes it, never the page
    const clone = doc.cloneNode(true) as Document;
    const a = elementsOf(doc.documentElement);
    const b = clone.documentElement ? elementsOf(clone.documentElement) : [];
    if (a.length !== b.length || a.length > READABILITY_MAX_ELEMENTS) return null;
    for (let i = 0; i < a.length; i++) {
      originals.push(a[i]!);
      b[i]!.setAttribute(INDEX_ATTR, String(i));
    }
    const article = new Readability(clone, { keepClasses: true, charThreshold: 200 }).parse();
    if (!article?.content) return null;
    const kept: PageElement[] = [];
    for (const m of article.content.matchAll(/data-nb-i="(\d+)"/g)) {
      const el = originals[Number(m[1])];
      if (el) kept.push(el);
    }
    const root = commonAncestor(kept.slice(0, 2000));
    if (!root || !BODY_SIGNAL.test(root.textContent ?? '')) return null;
    return { root, via: 'readability', title: article.title ?? null, publishedTime: article.publishedTime ?? null };
  } catch {
    return null;
  }
}

function commonAncestor(els: PageElement[]): PageElement | null {
  if (!els.length) return null;
  const chain: PageElement[] = [];
  for (let e: PageElement | null = els[0]!; e; e = e.parentElement) chain.push(e);
  let best = 0;
  for (const el of els.slice(1)) {
    let i = -1;
    for (let e: PageElement | null = el; e && i < 0; e = e.parentElement) i = chain.indexOf(e);
    if (i < 0) return null;
    best = Math.max(best, i);
  }
  return chain[best] ?? null;
}

/** The page's first ten h1, h2, .title and #title elements, in document order. */
function headings(doc: PageDocument): PageElement[] {
  const isHeading = (el: PageElement) => {
    const tag = tagOf(el);
    return tag === 'h1' || tag === 'h2' || el.getAttribute('id') === 'title' || hasClass(classAttr(el), 'title');
  };
  return queryAll(doc, 'h1, h2, .title, #title', isHeading).slice(0, 10);
}

/** Page metadata: title, meta tags, links of the content root. */
export function pageMeta(doc: PageDocument, root: PageElement, choice: RootChoice, url: string | null): PageMeta {
  const metaTags: Record<string, string> = {};
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('http-equiv') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (name && content && !(name in metaTags)) metaTags[name] = content.slice(0, 500);
  }
  const links = Array.from(root.getElementsByTagName('a'))
    .filter((a) => a.hasAttribute('href'))
    .slice(0, 500)
    .map((a) => ({ text: cleanText(a.textContent ?? '').slice(0, 200), href: a.getAttribute('href') ?? '' }));
  const titles = [
    choice.title,
    metaTags['articletitle'],
    metaTags['og:title'],
    ...headings(doc).map((h) => h.textContent),
    doc.title,
  ]
    .map((t) => cleanText(t ?? ''))
    .filter((t) => t && t.length <= 200);
  return { titles, metaTags, publishedTime: choice.publishedTime, links, url };
}

/**
 * The page's blocks, from where the report stands, with the tables that lost
 * their markup found in its text: a CMS container; else the smallest element
 * around the report's headings and tables (no second walk: the body's blocks are
 * filtered); else Readability's main content; else the body.
 */
/** Documents parsed from a page cut short (lib/node's parseHtml): what the audit must say it did not read. */
const shortened = new WeakMap<PageDocument, number>();

/** The page `doc` was parsed from was cut at `kept` characters. */
export function markShortened(doc: PageDocument, kept: number) {
  shortened.set(doc, kept);
}

export function reportBlocks(doc: PageDocument): { choice: RootChoice; blocks: Block[]; cut?: number } {
  const limits = { cut: shortened.get(doc) ?? 0 };
  const container = containerRoot(doc);
  if (container) return { choice: container, blocks: withTextTables(domBlocks(container.root, limits)), cut: limits.cut };
  const body = bodyOf(doc);
  const all = withTextTables(domBlocks(body, limits));
  const cut = limits.cut;
  const inside = (root: PageElement) => all.filter((b) => !b.src.el || root.contains(b.src.el));
  const anchors = all
    .filter((b) => (b.kind === 'table' ? b.rows.some((r) => r.cells.some((c) => isTemplateLabel(c.text))) : isSectionHeading(b.text)))
    .map((b) => b.src.el)
    .filter((e): e is PageElement => !!e);
  const root = anchorRoot(anchors);
  if (root) return { choice: { root, via: 'anchors', title: null, publishedTime: null }, blocks: inside(root), cut };
  // Readability over a page past the bounds would cost more than the audit: not tried there
  const r = cut ? null : readabilityRoot(doc);
  if (r) return { choice: r, blocks: inside(r.root), cut };
  return { choice: { root: body, via: 'body', title: null, publishedTime: null }, blocks: all, cut };
}
