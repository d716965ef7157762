/**
 * A report page turned into text the three ways archives, crawlers and copies do it:
 *   flattened  the page's textContent: a few long lines, a table's cells run together (6000017)
 *   fragments  one text node per line, as a copy out of a viewer or a crawler's node walk gives it
 *   merged     fragments where runs of identical consecutive lines became one (1 0 0 0 0 0 1 → 1 0 1)
 * Each carries a crawler's header (标题: …, 发布时间: …) in place of the page's <head>.
 */
import { parseFullHtml } from '../../lib/node';

export type TextForm = 'flattened' | 'fragments' | 'merged';
export const TEXT_FORMS: TextForm[] = ['flattened', 'fragments', 'merged'];

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'LI', 'TABLE', 'SECTION', 'ARTICLE', 'BR']);

/** The text nodes of the body in order, each trimmed, with where a block element ends. */
function nodes(doc: Document): { text: string; block: boolean }[] {
  const out: { text: string; block: boolean }[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
        if (t) out.push({ text: t, block: false });
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        walk(c);
        if (BLOCK.has(tag) && out.length) out[out.length - 1]!.block = true;
      }
    }
  };
  walk(doc.body);
  return out;
}

function header(doc: Document): string {
  const title = doc.querySelector('title')?.textContent?.trim() ?? '';
  const date = doc.querySelector('meta[name="PubDate"],meta[name="pubdate"]')?.getAttribute('content') ?? '';
  return [`标题: ${title}`, `发布时间: ${date}`, '文号: ', '发布机构: ', '==================== 正文 ===================='].join('\n');
}

export function toTextForm(html: string, form: TextForm): string {
  const doc = parseFullHtml(html);
  const ns = nodes(doc);
  if (form === 'flattened') {
    // textContent: nothing between a table's cells; a paragraph's text runs into the next one's
    return `${header(doc)}\n${ns.map((n) => n.text).join('')}`;
  }
  const lines = ns.map((n) => n.text);
  const kept = form === 'merged' ? lines.filter((l, i) => i === 0 || l !== lines[i - 1]) : lines;
  return `${header(doc)}\n${kept.join('\n')}`;
}
