/**
 * A section's own text: the prose lines from its heading to the next section's heading, as the
 * section checks read them (lib/rules/section-content.ts). Only where the headings leave no doubt
 * where the section begins and ends: its heading found, once (a heading printed twice in a row, or a
 * sub-heading that repeats the section's words, is one section), after the sections before it and
 * before those after it. Otherwise null: a section whose bounds are a guess is not read.
 */
import type { Heading, PageElement, ReportModel, Source, TextBlock } from '../model';
import { cleanText } from '../text/normalize';

export interface SectionText {
  n: number;
  heading: Heading;
  /** The section's lines: what its heading line prints after its title, then the lines up to the next section. */
  lines: string[];
  /** The last line of the section is the end of the report (no later section's heading). */
  toEnd: boolean;
  /** Where the next section's heading stands (null at the end of the report). */
  next: TextBlock | null;
}

/** The words a section title ends with: what follows on the heading's line is the section's text. */
const TITLE_END: Record<number, RegExp> = {
  5: /^.*?(?:改进情况|改进措施|整改情况|工作计划|工作打算|工作安排|工作思路|改进方向|情况|措施|计划|打算|方向)/,
  6: /^.*?(?:事项|情况)/,
};
/** The end of a title broken over two lines (五、存在的主要问题及改进 / 情况). */
const TITLE_REST = /^(?:及?(?:改进|整改))?(?:情况|措施|事项|计划|打算)[：:。.]?$/;

/**
 * What a heading's line prints after the section's title (「五、存在的主要问题及改进情况：无」 → 「无」). The section's
 * number needs no taking off: no number holds a colon or a title's last word.
 */
export function headingTail(h: Heading): string {
  const text = cleanText(h.text);
  const colon = text.search(/[：:]/);
  if (colon >= 0) return text.slice(colon + 1).trim();
  const end = h.section ? TITLE_END[h.section]?.exec(text) : null;
  // cleanText has trimmed the end already
  return end ? text.slice(end[0].length).replace(/^[。.\s]+/, '') : '';
}

/** Section `n`'s text, or null where its heading is not found or its bounds are in doubt. */
export function sectionText(m: Pick<ReportModel, 'headings' | 'prose'>, n: number): SectionText | null {
  const hs = m.headings.filter((h) => h.section !== null);
  const mine = hs.filter((h) => h.section === n);
  const first = mine[0];
  if (!first) return null;
  const next = hs.find((h) => h.index > first.index && h.section !== n) ?? null;
  // the section again after another one: which is it?
  if (next && mine.some((h) => h.index > next.index)) return null;
  // a later section before it, or an earlier one after it: the order the bounds rest on is broken
  if (hs.some((h) => (h.index < first.index && h.section! > n) || (h.index > first.index && h.section! < n))) return null;
  const end = next ? next.index : m.prose.length;
  const repeats = new Set(mine.map((h) => h.index));
  const lines: string[] = [];
  const tail = headingTail(first);
  if (tail) lines.push(tail);
  for (let i = first.index + 1; i < end; i++) {
    const h = repeats.has(i) ? mine.find((x) => x.index === i)! : null;
    const text = h ? headingTail(h) : cleanText(m.prose[i]!.text);
    // the title's last words on a line of their own
    if (!h && !tail && i === first.index + 1 && TITLE_REST.test(text) && !/(?:情况|措施|事项|计划|打算)$/.test(cleanText(first.text))) continue;
    if (text) lines.push(text);
  }
  return { n, heading: first, lines, toEnd: !next, next: next?.block ?? null };
}

/** Lines that end a section and are no part of it: the signature, the date, the site's buttons, the next heading's number broken off its title. */
const CLOSING = [
  /^[一二三四五六七八九十]{1,3}\s*[、.．]$/,
  /^[\d\s〇零一二三四五六七八九十年月日]+$/,
  /^[^。；;，,]{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\S]{0,120}$/,
  /^[（(]?此件(?:主动)?公开[)）]?$/,
  /^(?:附件下载|翻译|搜索|复制|此函|打印|关闭|返回顶部|【?打印本页】?|【?关闭窗口】?)$/,
  /^[^。；;，,：:]{2,40}(?:局|政府|办事处|街道|委员会|管委会|办公室|领导小组|中心|厅|委|办)$/,
];

/** The section's lines without the signature, date and page furniture (or a stray heading number) it ends with. */
export function withoutClosing(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && CLOSING.some((re) => re.test(lines[end - 1]!))) end--;
  return lines.slice(0, end);
}

// ── where a table stands against a section ───────────────────────────────────

const ORDER = new WeakMap<object, Map<PageElement, number>>();

/** Elements of a page in document order, counted once per page. */
function elementOrder(el: PageElement): Map<PageElement, number> | null {
  const doc = el.ownerDocument;
  if (!doc) return null;
  let order = ORDER.get(doc);
  if (!order) {
    order = new Map();
    // not getElementsByTagName('*'), which finds nothing in linkedom (every element's place unknown: no telling, ever)
    const all = doc.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) order.set(all[i]!, i);
    ORDER.set(doc, order);
  }
  return order;
}

/** Whether `a` stands before `b` in the report (true/false), or null where their sources cannot tell. */
export function before(a: Source, b: Source): boolean | null {
  if (a.el && b.el) {
    // a text block's element may hold the table too (text and table in one container, or one element): no telling
    if (a.el.contains(b.el) || b.el.contains(a.el)) return null;
    const order = elementOrder(a.el);
    const ia = order?.get(a.el);
    const ib = order?.get(b.el);
    return ia === undefined || ib === undefined ? null : ia < ib;
  }
  if (a.el || b.el) return null;
  if (a.page !== undefined || b.page !== undefined) {
    if (a.page === undefined || b.page === undefined) return null;
    if (a.page !== b.page) return a.page < b.page;
  }
  if (a.line !== undefined && b.line !== undefined) return a.line === b.line ? null : a.line < b.line;
  if (a.para !== undefined && b.para !== undefined) return a.para === b.para ? null : a.para < b.para;
  return null;
}

/**
 * Whether a table of the report stands inside the section (its text then is not all in its prose):
 * false only where every table is known to stand before or after it; null where some cannot be placed.
 */
export function tableInside(m: Pick<ReportModel, 'tables'>, s: SectionText): boolean | null {
  let unknown = false;
  for (const t of m.tables) {
    const afterStart = before(s.heading.block.src, t.src);
    if (afterStart === false) continue;
    const beforeEnd = s.next ? before(t.src, s.next.src) : true;
    if (beforeEnd === false) continue;
    if (afterStart === null || beforeEnd === null) unknown = true;
    else return true;
  }
  return unknown ? null : false;
}
