/** The report links of a listing page (a site's 政府信息公开年报 column, or any page of report links). */
import { looksLikeReportTitle } from '../page/metadata';
import { ATTACHMENT, LISTING_MIN } from '../page/recognise';
import { cleanText } from '../text/normalize';
import type { PageContainer, PageElement } from '../model';

/** URL families report pages use, and the columns that list them. */
const REPORT_URL = /\/art\/\d{4}\/\d{1,2}\/\d{1,2}\/art_\d+_\d+\.html|\/\d{6}\/t\d{8}_\d+\.s?html|\/content\/post_\d+\.html|xxgkannualreport|zfxxgknb|\/ndbg\/|\/gknb\//i;

/** A report file: PDF or Word. */
export const REPORT_FILE = /\.(?:pdf|docx?)$/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * What a link says: its text, or its title attribute when that says more (a listing cuts long titles to
 * "示例区2022年政府信息公开工作年…" and keeps the whole one in `title`; an image link has only the title).
 */
function linkText(a: PageElement): string {
  const shown = cleanText(a.textContent ?? '');
  const titled = cleanText(a.getAttribute('title') ?? '');
  return titled.length > shown.length ? titled : shown;
}

export interface ReportLink {
  url: string;
  text: string;
}

/** One host, with or without its www. (www.x.gov.cn ~ x.gov.cn): the hosts a same-site batch follows. */
export function sameHost(a: URL, b: URL): boolean {
  const site = (h: string) => h.replace(/^www\./, '');
  return site(a.hostname) === site(b.hostname);
}

/** The page's address and its first `limit` links with an http(s) address, each resolved against it; null when the address is none. */
function webLinks(root: PageContainer, baseUrl: string, limit: number): { base: URL; links: [PageElement, URL][] } | null {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return null;
  }
  const links: [PageElement, URL][] = [];
  const anchors = root.getElementsByTagName('a');
  for (let i = 0, seen = 0; i < anchors.length && seen < limit; i++) {
    const a = anchors[i]!;
    const href = a.getAttribute('href');
    if (!href) continue;
    seen++;
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    if (/^https?:$/.test(u.protocol)) links.push([a, u]);
  }
  return { base, links };
}

/**
 * Report links in a page, same site (or same origin when `sameOrigin`: the
 * extension fetches from the page itself, where the browser allows only that).
 */
/** `counted.total`, when given, gets how many report links there are, beyond `max` too (a batch says what it leaves out). */
export function reportLinks(root: PageContainer, baseUrl: string, max = 500, sameOrigin = false, counted?: { total: number }): ReportLink[] {
  const page = webLinks(root, baseUrl, 5000);
  if (!page) return [];
  const { base } = page;
  const seen = new Set<string>();
  const out: ReportLink[] = [];
  for (const [a, u] of page.links) {
    if (!(sameOrigin ? u.origin === base.origin : sameHost(u, base))) continue;
    // a report published as a file (PDF, Word) is a report link too; other attachments are not
    const file = REPORT_FILE.test(u.pathname);
    if (ATTACHMENT.test(u.pathname) && !file) continue;
    u.hash = '';
    const text = linkText(a);
    const named = file && looksLikeReportTitle(safeDecode(u.pathname.split('/').pop() ?? ''));
    if (!looksLikeReportTitle(text) && !named && !(REPORT_URL.test(u.href) && /报告|年报/.test(text))) continue;
    if (u.href === base.href.split('#')[0] || seen.has(u.href)) continue;
    seen.add(u.href);
    if (counted) counted.total++;
    if (out.length < max) out.push({ url: u.href, text: text.slice(0, 200) });
    else if (!counted) break;
  }
  return out;
}

export { LISTING_MIN };

/** Words a page puts on the link to its report's file: 全真版, 附件, 下载, 原文 … */
const FILE_WORDS = /年报|年度报告|全真版|附件|下载|原文|全文|PDF|pdf|Word|WORD|word|文档/;

/**
 * The report files a report page links: PDF or Word links whose text or file
 * name names a report, or says it is the report's file (全真版, 附件下载 …). Any host:
 * a page's file often lives on another (its reading asks for that host's permission).
 */
export function reportFiles(root: PageContainer, baseUrl: string, max = 10): ReportLink[] {
  const page = webLinks(root, baseUrl, 2000);
  if (!page) return [];
  const seen = new Set<string>();
  const out: ReportLink[] = [];
  for (const [a, u] of page.links) {
    if (!REPORT_FILE.test(u.pathname)) continue;
    u.hash = '';
    const text = linkText(a);
    const name = safeDecode(u.pathname.split('/').pop() ?? '');
    if (!looksLikeReportTitle(text) && !looksLikeReportTitle(name) && !FILE_WORDS.test(text) && !FILE_WORDS.test(name)) continue;
    if (seen.has(u.href)) continue;
    seen.add(u.href);
    out.push({ url: u.href, text: (text || name).slice(0, 200) });
    if (out.length >= max) break;
  }
  return out;
}
