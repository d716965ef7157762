/**
 * The cheap check the content script runs on every page before any parsing:
 * the URL, the title and a bounded sample of the page's text. It must cost
 * next to nothing on the pages that are not reports (see `npm run bench`).
 */

import type { PageElement, PageNode } from '../model';
import { looksLikeReportTitle } from './metadata';

const URL_SIGNAL = /xxgkannualreport|zfxxgknb|\/ndbg\/|\/gknb\/|\/xxgknb\/|nianbao/i;
const TEXT_SIGNAL = /本年新收政府信息公开申请|主动公开政府信息情况|收到和处理政府信息公开申请|政府信息公开工作年度报告|政府信息公开行政复议/;
/** Characters of text read at most, and text nodes. */
const SAMPLE_CHARS = 40_000;
const SAMPLE_NODES = 4_000;
/** A label split over several text nodes is still seen: each node is tested with the end of the one before. */
const CARRY = 24;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

export interface PrecheckInput {
  href: string;
  title: string;
  body: PageElement | null;
}

export function precheck(p: PrecheckInput): boolean {
  if (URL_SIGNAL.test(p.href.split('#')[0]!) || looksLikeReportTitle(p.title)) return true;
  return !!p.body && textSignal(p.body);
}

/** Whether the first part of the page's text names the report's tables or sections. */
export function textSignal(root: PageElement): boolean {
  let chars = 0;
  let nodes = 0;
  let tail = '';
  const test = (text: string): boolean => {
    chars += text.length;
    const s = tail + text;
    if (TEXT_SIGNAL.test(s)) return true;
    tail = s.slice(-CARRY);
    return false;
  };
  // a browser walks its text nodes natively; the light tree has no walker and is walked here
  const w = root.ownerDocument?.createTreeWalker?.(root, SHOW_TEXT);
  if (w) {
    for (let n = w.nextNode(); n && chars < SAMPLE_CHARS && nodes++ < SAMPLE_NODES; n = w.nextNode()) {
      if (test(n.nodeValue ?? '')) return true;
    }
    return false;
  }
  const stack: PageNode[] = [root];
  while (stack.length && chars < SAMPLE_CHARS && nodes < SAMPLE_NODES) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) {
      nodes++;
      if (test(n.nodeValue ?? '')) return true;
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return false;
}
