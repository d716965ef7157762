/** Reading text out of DOM elements the way a reader sees it, with standard DOM APIs only. */

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

const TEXT = 3;
const ELEMENT = 1;

export function tagOf(n: Node): string {
  return (n as Element).tagName ? (n as Element).tagName.toLowerCase() : '';
}

/** Hidden by markup (not by style sheets, which a pure engine cannot see). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.children.length === 0) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Text of one element (a table cell): block children and <br> become spaces. */
export function elementText(el: Element): string {
  if (el.children.length === 0) return el.textContent ?? '';
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const tag = tagOf(n);
    if (SKIP_TAGS.has(tag) || (n !== el && isHidden(n as Element))) continue;
    if (tag === 'br' || (n !== el && BLOCK_TAGS.has(tag))) out += ' ';
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
