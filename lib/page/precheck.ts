/**
 * The cheap check the content script runs on every page before any parsing:
 * the URL, the title and a bounded sample of the page's text. It must cost
 * next to nothing on the pages that are not reports (see `npm run bench`).
 */

const URL_SIGNAL = /xxgkannualreport|zfxxgknb|\/ndbg\/|\/gknb\/|\/xxgknb\/|nianbao/i;
const TITLE_SIGNAL = /信息公开.{0,12}(?:年度报告|年报)|政务公开.{0,8}年度报告|年度.{0,12}信息公开.{0,6}报告/;
const TEXT_SIGNAL = /本年新收政府信息公开申请|主动公开政府信息情况|收到和处理政府信息公开申请|政府信息公开工作年度报告|政府信息公开行政复议/;
/** Characters of text read at most. */
const SAMPLE = 60_000;
const TEXT_NODE = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface PrecheckInput {
  href: string;
  title: string;
  body: Element | null;
}

export function precheck(p: PrecheckInput): boolean {
  if (URL_SIGNAL.test(p.href) || TITLE_SIGNAL.test(p.title)) return true;
  return !!p.body && TEXT_SIGNAL.test(sampleText(p.body, SAMPLE));
}

/** Nodes visited at most: a page of markup with little text stays cheap too. */
const MAX_NODES = 8_000;

/** Up to `max` characters of an element's text, in document order, scripts left out. */
export function sampleText(root: Element, max: number): string {
  let out = '';
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length && out.length < max && visited++ < MAX_NODES) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (SKIP.has((n as Element).tagName)) continue;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
