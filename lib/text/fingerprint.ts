/**
 * A report's own sentences, as the copied-prose check compares them: numbers,
 * years and the organ's name do not tell two sentences apart (a report that
 * reuses last year's text with new figures is still the same text), and the
 * template's fixed wording and the statutory boilerplate every report prints are
 * not the report's own.
 */
import { foldText } from './normalize';
import { splitSentences } from './sentences';

/** An organ's name as reports are matched by it: folded, without spaces, brackets or punctuation. */
export function organKey(organ: string): string {
  return foldText(organ).replace(/[\s()（）【】《》〈〉「」『』"'“”‘’、，,。.·•\-—_]/g, '');
}

/** Words every report prints because the template or the 条例 says so. */
const BOILERPLATE = [
  /统计期限|统计时限|统计数据期限/,
  /根据.{0,4}中华人民共和国政府信息公开条例.{0,40}(?:编制|公布|发布|撰写|形成|制作)/,
  /(?:编制|公布|发布|撰写|形成)本(?:年度)?报告/,
  /本(?:年度)?报告(?:由|包括|分为|的电子版|电子版|可在|全文)/,
  /如对本(?:年度)?报告有(?:任何)?(?:疑问|问题|意见)/,
  /(?:联系|咨询)(?:电话|地址|方式)/,
  /^(?:一|二|三|四|五|六)、/,
  /^(?:第二十条第|信息内容|本年新|上一年项目|处理决定数量|采购项目数量)/,
  /本(?:年度)?(?:未|没有)(?:发生|收到|产生)/,
  /^特此(?:报告|公告)/,
  /以下简称《?条例》?/,
  /贯彻(?:落实|执行)?《?(?:中华人民共和国)?政府信息公开条例》?/,
];

/** With fewer sentences of its own than this, a report has too little prose to say it was copied. */
export const MIN_OWN_SENTENCES = 8;

/** Shorter than this, a sentence is a heading or a formula, not prose anyone copies. */
const MIN_CHARS = 14;
const MAX_SENTENCES = 400;
const MAX_SHOWN = 160;

/** The sentence as compared: no organ, digits as #, no spaces or punctuation. */
export function normaliseSentence(s: string, organ: string | null): string {
  let t = foldText(s);
  if (organ && organ.length >= 2) t = t.split(organ).join('@');
  return t
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/[〇零一二三四五六七八九十百千万]+(?=[年月日项件个条次人家])/g, '#')
    .replace(/[\s，,。.；;：:、！!？?（）()《》“”"'‘’\-—…·]/g, '');
}

/** FNV-1a, 32 bits: a sentence's hash. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The report's own sentences from its prose lines: each once, with its hash and as printed. */
export function ownSentences(lines: string[], organ: string | null): { h: number; t: string }[] {
  const out: { h: number; t: string }[] = [];
  const seen = new Set<number>();
  for (const line of lines) {
    for (const part of splitSentences(line)) {
      const s = part.trim();
      if (!s || BOILERPLATE.some((re) => re.test(s))) continue;
      const n = normaliseSentence(s, organ);
      // mostly numbers (a table row that stayed text) is no prose
      if (n.length < MIN_CHARS || (n.match(/#/g)?.length ?? 0) * 4 > n.length) continue;
      const h = hash32(n);
      if (seen.has(h)) continue;
      seen.add(h);
      out.push({ h, t: s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s });
      if (out.length >= MAX_SENTENCES) return out;
    }
  }
  return out;
}
