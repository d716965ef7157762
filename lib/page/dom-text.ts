/** Reading text out of DOM elements the way a reader sees it, with standard DOM APIs only (those of model/dom.ts). */
import type { PageDocument, PageElement, PageNode } from '../model';

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg',
  'canvas', 'select', 'textarea', 'button', 'input', 'option', 'video', 'audio', 'map', 'math',
]);

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

export function tagOf(n: PageNode): string {
  // localName is lower case already for HTML (no string made per node, as toLowerCase would on every call)
  const e = n as PageElement;
  return e.localName ?? (e.tagName ? e.tagName.toLowerCase() : '');
}

/** Hidden by markup (not by style sheets, which a pure engine cannot see). */
export function isHidden(el: PageElement): boolean {
  if (!el.hasAttributes()) return false;
  const style = el.getAttribute('style');
  if (style && (style.includes('none') || style.includes('hidden')) && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.hasAttribute('hidden') || (el.getAttribute('aria-hidden') === 'true' && el.childElementCount === 0);
}

/**
 * `root` and every element below it, in document order. Not getElementsByTagName('*'),
 * which finds nothing in linkedom; querySelectorAll('*') is one native walk in a
 * browser and one walk of linkedom's node list. The elements are of the root's own
 * kind: a full DOM's Elements for a full DOM's root (Readability's copy is marked through them).
 */
export function elementsOf<R extends PageElement, E extends PageElement>(root: R & { querySelectorAll(selectors: string): ArrayLike<E> }): (R | E)[] {
  const out: (R | E)[] = [root];
  const below: { querySelectorAll(selectors: string): ArrayLike<E> } = root;
  const all = below.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) out.push(all[i]!);
  return out;
}

/**
 * The elements matching `selectors` (a list of simple selectors), in document order: one native
 * query where the DOM answers selector lists (a browser), else one walk testing each element with
 * `test`, the same selectors in code (the light tree in Node, which answers none).
 */
export function queryAll(doc: PageDocument, selectors: string, test: (el: PageElement) => boolean): PageElement[] {
  if (!doc.documentElement) return [];
  try {
    return Array.from(doc.querySelectorAll(selectors));
  } catch {
    // one walk, no list of every element made first
    const root = doc.documentElement;
    const out: PageElement[] = test(root) ? [root] : [];
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) if (test(all[i]!)) out.push(all[i]!);
    return out;
  }
}

/** The page's <body>, else its root element; a document with neither has nothing to read. */
export function bodyOf(doc: PageDocument): PageElement {
  const el = doc.body ?? doc.documentElement;
  if (!el) throw new Error('页面没有任何元素');
  return el;
}

/** What \s matches, by code unit: what separates classes. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The element's class attribute ('' without one). */
export function classAttr(el: PageElement): string {
  // the attribute node: linkedom answers getAttribute('class') through a DOMTokenList it builds each time
  return el.getAttributeNode('class')?.value ?? '';
}

/**
 * Whether `name` (no space in it) is one of the classes of a class attribute (split at \s), with no list made: asked
 * of every element of a page where the DOM answers no selector list (the light tree).
 */
export function hasClass(classes: string, name: string): boolean {
  if (!classes || !name) return false;
  for (let at = classes.indexOf(name); at >= 0; at = classes.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isSpace(classes.charCodeAt(at - 1))) && (end === classes.length || isSpace(classes.charCodeAt(end)))) return true;
  }
  return false;
}
