/**
 * Numbers a report's sentences state that have a counterpart in the tables:
 * requests received, carried in and over, answered; reviews and lawsuits;
 * procurement; regulations and normative documents; penalties and licences.
 * Only what one sentence says is read: numbers in different sentences are never paired.
 */
import { chineseNumber, foldText } from './normalize';

export type ClaimKind =
  | 'requests-received' | 'requests-carried-in' | 'requests-carried-out' | 'requests-answered'
  | 'disclosed-or-partial' | 'disclosed' | 'partial' | 'withheld' | 'unavailable' | 'not-processed' | 'other-handling'
  | 'reviews' | 'lawsuits'
  | 'procurement-count' | 'procurement-amount'
  | 'normative-issued' | 'rules-issued' | 'normative-in-force' | 'rules-in-force' | 'normative-repealed' | 'rules-repealed'
  | 'penalties' | 'licences';

export interface Claim {
  kind: ClaimKind;
  value: number;
  /** For amounts: the unit printed (元, 万元, 亿元). */
  unit?: string;
}

/** Sentences about petitions, complaints and hotlines count other things (议案 of deputies, not 行政复议案件). */
const OFF_TOPIC = /信访|投诉|举报|咨询|热线|来电|来信|留言|建议提案|提案|(?<!复)议案/;
const UNIT = '(?:件|条|个|份|次|宗|起|项|部)';
const NUM = '(\\d+)';
/** A result group's words, then its count: "予以公开258件", "无法提供的申请 5 件", "不予处理（…）3件". */
const group = (words: string) => new RegExp(`${words}(?:的)?(?:申请|信息)?(?:[(（][^)）]{0,12}[)）])?(?:为|共|计)?${NUM}${UNIT}`);
/** A reason of 无法提供 (the organ does not hold it, has no such information) right before the words of another result. */
const UNAVAILABLE_REASON = '(?:非[^，,。；]{0,8}职[能责]|不属于[^，,。；]{0,8}|不掌握[^，,。；]{0,8}|(?:无|没有)(?:相关|现成|此类|该)[^，,。；]{0,8}|不存在[^，,。；]{0,8})';
/**
 * Statements about handling requests: their words, or a list of 表三's results that names 无法提供 or 不予处理 after
 * another result, each with its count (「予以公开及部分公开258件，占33.9%；不予公开35件…；无法提供265件…」, the request
 * said in the statement before; real: 上海市人民政府办公厅 2019).
 */
const ABOUT_REQUESTS = /申请|办理|答复|办结|受理|处理结果|(?:予以公开|部分公开|不予公开|无法提供|不予处理)[^。；\d]{0,16}\d+件[^。]*?(?:无法提供|不予处理)[^。；\d]{0,16}\d+件/;
/**
 * The information an organ made, in the three kinds it falls into (共制发政府信息487条，其中主动公开…117条、依申请公开274条、
 * 不予公开96条; 主动公开138份、依申请公开及不予公开431份): its 不予公开 counts information kept back, not requests refused.
 */
const INFO_KINDS = /主动公开[^。；\d]{0,12}\d+(?:条|份|件)?[^。；]{0,80}?依申请公开(?:[^。；\d]{0,8}\d+(?:条|份|件)[^。；\d]{0,2}|及|和|、)不予公开/;

/**
 * A number grouped by thousands with the ASCII comma (a city's 29,130件): its digits. Not the Chinese comma (，), which
 * parts a list however its numbers stand (申请5，其中…).
 */
const GROUPED = /(?<![\d０-９.,])[\d０-９]{1,3}(?:,[\d０-９]{3})+(?![\d０-９,])/g;

/** Fold, drop spaces, and write small Chinese numerals before a unit as digits (两件 → 2件). */
export function claimText(s: string): string {
  return foldText(s.includes(',') ? s.replace(GROUPED, (m) => m.replace(/,/g, '')) : s)
    .replace(/\s+/g, '')
    // not in set phrases: “三个一”工作机制, 两个确保
    .replace(/([零〇一二两三四五六七八九十]{1,3})(?=(?:件|条|个|份|次|宗|起|项|部)(?![零〇一二两三四五六七八九十]))/g, (m) => {
      const n = chineseNumber(m.replace('两', '二'));
      return n === null ? m : String(n);
    });
}

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /** A sentence stating none. */
  zero?: RegExp;
  needs?: RegExp;
  /** Read also in a sentence that mentions petitions and hotlines (a result group's own label names 信访举报投诉). */
  anyTopic?: boolean;
  /** A statement about something else that reads alike. */
  not?: RegExp;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'requests-received',
    // 公开申请 without 信息 too (共受理公开申请34件; real: 平潭综合实验区管委会办公室 2025)
    re: new RegExp(`(?:收到|受理|接到|接收|新收)[^。；，,]{0,16}?(?:政府)?(?:信息)?公开申请(?:数量)?[^。；\\d]{0,8}?${NUM}${UNIT}?(?![\\d.%])`),
    // 未收到法人或其他组织…申请 says nothing of the total: only a sentence naming no applicant kind is a zero
    zero: /(?:未|没有)(?:收到|接到|受理)(?![^。；]{0,12}?(?:公民|自然人|法人|企业|组织|机构))[^。；]{0,12}?(?:信息公开申请|依申请公开)/,
  },
  { kind: 'requests-received', re: new RegExp(`(?:收到|受理|接到|接收|新收)[^。；，,]{0,6}?依申请公开(?:申请)?[^。；\\d]{0,6}?${NUM}${UNIT}?(?![\\d.%])`) },
  { kind: 'requests-carried-in', re: new RegExp(`上一?年度?结转[^。；\\d]{0,10}?${NUM}${UNIT}`) },
  { kind: 'requests-carried-out', re: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?[^。；\\d]{0,6}?${NUM}${UNIT}`) },
  // not 「其中属于已主动公开答复数4件」: a part of the answers, not their number
  // nor a result's answers (给予同意公开答复 1 件，不予公开答复3件，因无法提供相关信息答复2件: real, 平潭综合实验区市场监督管理局 2025)
  { kind: 'requests-answered', re: new RegExp(`(?<![^。；，,]*(?:(?<!申请)公开|提供|处理|不予|同意|告知|说明)[^。；，,]{0,8})(?:办结|答复|回复)(?!数)(?:了)?[^。；，,\\d]{0,12}?${NUM}${UNIT}`), needs: /申请/ },
  // 全年办理政府信息公开申请1件 (real: 平潭综合实验区旅游与文化体育局 2025): the requests handled, 办理结果's total
  { kind: 'requests-answered', re: new RegExp(`办理(?:了)?(?:政府)?信息公开申请${NUM}${UNIT}`) },
  // the result groups of 表三, as reports sum them up in a sentence
  { kind: 'disclosed-or-partial', anyTopic: true, re: group('予以公开(?:及|和|与|、|或)部分公开'), needs: ABOUT_REQUESTS },
  { kind: 'disclosed', anyTopic: true, re: group('(?<!部分)予以公开(?!(?:及|和|与|、|或)部分公开)'), needs: ABOUT_REQUESTS },
  { kind: 'partial', anyTopic: true, re: group('(?<!(?:及|和|与|、|或))部分公开(?!(?:及|和|与|、|或))'), needs: ABOUT_REQUESTS },
  // not where its reason is one of 无法提供's (非我局职能不予公开3件, 无相关统计数据不予公开1件: the word used loosely; real:
  // 莆田市统计局 2020, its 表三 counting them under 无法提供)
  { kind: 'withheld', anyTopic: true, re: group(`(?<!${UNAVAILABLE_REASON})不予公开`), needs: ABOUT_REQUESTS, not: INFO_KINDS },
  { kind: 'unavailable', anyTopic: true, re: group('无法提供'), needs: ABOUT_REQUESTS },
  { kind: 'not-processed', anyTopic: true, re: group('不予处理'), needs: ABOUT_REQUESTS },
  { kind: 'other-handling', anyTopic: true, re: group('其他处理'), needs: ABOUT_REQUESTS },
  {
    kind: 'reviews',
    re: new RegExp(`行政复议(?:案件|申请)?[^。；，,\\d]{0,6}?${NUM}${UNIT}`),
    zero: /(?:未|没有|无)(?:发生|收到|出现|涉及)?[^。；]{0,24}?行政复议/,
  },
  {
    kind: 'lawsuits',
    // not the cases of one instance (一审行政诉讼案件687件 beside 行政诉讼立案731件: real, 上海市 2020): 表四 counts lawsuits brought
    re: new RegExp(`(?<![一二]审|再审|终审)行政诉讼(?:案件)?[^。；，,\\d]{0,6}?${NUM}${UNIT}`),
    zero: /(?:未|没有|无)(?:发生|收到|出现|涉及)?[^。；]{0,30}?行政诉讼/,
  },
  { kind: 'procurement-count', re: new RegExp(`采购(?:项目)?[^。；\\d]{0,6}?${NUM}(?:个|项|批|次)`) },
  { kind: 'procurement-amount', re: /采购[^。；]{0,30}?(\d+(?:\.\d+)?)(万元|亿元|元)/ },
  {
    kind: 'normative-issued',
    re: new RegExp(`(?:制定|出台|制发|印发)(?:了)?(?:行政)?规范性文件${NUM}${UNIT}`),
    zero: /(?:未|没有|无)(?:制定|出台|制发|印发)(?:过)?(?:行政)?规范性文件/,
  },
  {
    kind: 'rules-issued',
    re: new RegExp(`(?:制定|出台|发布)(?:了)?(?:政府)?规章${NUM}${UNIT}`),
    zero: /(?:未|没有|无)(?:制定|出台|发布)(?:过)?(?:政府)?规章/,
  },
  // 表二 (2021): documents in force and repealed
  {
    kind: 'normative-in-force',
    // (…规范性文件34件，现行有效件数424件: the clause after the documents' count, its subject left out — real: 平潭综合实验区管委会办公室 2022)
    re: new RegExp(`(?:现行有效(?:的)?(?:行政)?规范性文件[^。；，,\\d]{0,4}?|(?:行政)?规范性文件[^。；，\\d]{0,8}?现行有效[^。；，,\\d]{0,3}?|(?:行政)?规范性文件\\d+${UNIT}[，,]现行有效(?:件数|的)?(?:为|共|有)?)${NUM}${UNIT}`),
  },
  { kind: 'rules-in-force', re: new RegExp(`(?:现行有效(?:的)?(?:政府)?规章[^。；，,\\d]{0,4}?|(?:政府)?规章[^。；，\\d]{0,8}?现行有效[^。；，,\\d]{0,3}?)${NUM}${UNIT}`) },
  { kind: 'normative-repealed', re: new RegExp(`废止(?:了)?(?:行政)?规范性文件[^。；，,\\d]{0,4}?${NUM}${UNIT}`) },
  { kind: 'rules-repealed', re: new RegExp(`废止(?:了)?(?:政府)?规章[^。；，,\\d]{0,4}?${NUM}${UNIT}`) },
  { kind: 'penalties', re: new RegExp(`(?:作出|办理|实施|做出)(?:了)?(?:各类)?行政处罚(?:决定|案件)?[^。；\\d]{0,4}?${NUM}${UNIT}`) },
  { kind: 'licences', re: new RegExp(`(?:作出|办理|受理|审批|办结)(?:了)?(?:各类)?行政许可(?:事项|决定|申请)?[^。；\\d]{0,4}?${NUM}${UNIT}`) },
];

/**
 * A figure that counts days, not things: 「收到的政府信息公开申请要求在2个工作日内录入」 (real: 上海市 2020) is a time limit.
 * Only where the count has no unit or 个, the unit of a duration.
 */
function isDuration(m: RegExpExecArray, t: string): boolean {
  return /(?:\d|个)$/.test(m[0]) && /^(?:个)?(?:工作日|自然日|日|天|小时|月|周|星期)/.test(t.slice(m.index + m[0].length));
}

/**
 * The claims a sentence states. `statement`, the whole statement (up to its 。) the sentence stands in, says what
 * it is about: 「依申请公开信息中，…343件，占62.9%；不予公开35件，占6.4%」 is about requests in each of its clauses.
 */
export function findClaims(sentence: string, statement = sentence): Claim[] {
  const t = claimText(sentence);
  const about = statement === sentence ? t : claimText(statement);
  const offTopic = OFF_TOPIC.test(t);
  const out: Claim[] = [];
  const seen = new Set<ClaimKind>();
  for (const p of PATTERNS) {
    if (seen.has(p.kind) || (offTopic && !p.anyTopic) || (p.needs && !p.needs.test(about)) || p.not?.test(t)) continue;
    const m = p.re.exec(t);
    if (m) {
      const value = Number(m[1]);
      if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && /^年/.test(t.slice(m.index + m[0].length))) || isDuration(m, t)) continue;
      out.push(p.kind === 'procurement-amount' ? { kind: p.kind, value, unit: m[2]! } : { kind: p.kind, value });
      seen.add(p.kind);
    } else if (p.zero?.test(t)) {
      out.push({ kind: p.kind, value: 0 });
      seen.add(p.kind);
    }
  }
  return out;
}

export interface SumClaim {
  total: number;
  parts: number[];
  unit: string;
  /**
   * The list says it is whole: it ends with a catch-all (其他…), or it names the three kinds all information
   * made falls into (主动公开 / 依申请公开 / 不予公开): then the parts must make up the total.
   */
  catchAll: boolean;
}

export interface PercentClaim {
  part: number;
  total: number;
  percent: number;
  decimals: number;
  /** 占比达 96%: at least; 近 50%: at most. */
  bound?: 'floor' | 'ceiling';
}

/** "共 N 件，其中 A 件、B 件" — the parts a sentence lists after 其中/分别/包括. */
const TOTAL = /(?:(?<!公)共|总计|合计|累计|总数为?)计?[^。；\d]{0,8}?(\d+)(件|条|个|项|起|次|份)/;
/** A total the list follows at once without 共: 「主动公开各类政府信息33条，其中…」. */
const TOTAL_BEFORE_LIST = /(?<![\d.])(\d+)(件|条|个|项|起|次|份)(?=[，,：:]?(?:其中|包括))/;

/** A total a list is said to be of: 「在主动公开的90条政府信息中，…类信息共1条；…25条」. */
const TOTAL_AMONG = /在[^。；，,]{0,16}?(?<![\d.])(\d+)(件|条|个|项|起|次|份)[^。；，,\d]{0,12}?中[，,：:]/;

/**
 * A count of information a list of its kinds follows at once, with no 其中 (「主动公开政府信息364条，人事信息17条，…，
 * 其他应主动公开的政府信息19条」 — real: 平潭综合实验区行政审批局 2022): read as a sum only where the list ends with
 * its catch-all 其他 and has three kinds or more (a bare list of counts is as often a string of other facts).
 */
const BARE_TOTAL = /(?:政府|政务)信息(?:数)?(?<![\d.])(\d+)(条|件|个|项|份)(?=[，,])|(?<![\d.])(\d+)(条|件|个|项|份)(?:政府|政务)信息(?=[，,])/;

export function findSum(sentence: string): SumClaim | null {
  const t = claimText(sentence);
  const among = TOTAL_AMONG.exec(t);
  const said = TOTAL.exec(t);
  const listed = TOTAL_BEFORE_LIST.exec(t);
  const first = said && (!listed || said.index <= listed.index) ? said : listed;
  const total = among && (!first || among.index <= first.index) ? among : first;
  if (total) {
    const after = t.slice(total.index + total[0].length);
    const lead = total === among ? /^/.exec(after) : /^[^。；]{0,6}?(?:其中|分别为|分别是|分别|包括)/.exec(after);
    if (lead) return listSum(after.slice(lead[0].length), { n: Number(total[1]), unit: total[2]! }, total === among)?.sum ?? null;
  }
  // no 共 and no 其中: a count of information its list of kinds follows at once, ending with 其他
  // (a sentence with a 其中 of its own lists after that; a kind of information, …类信息N条, is a part, not a total)
  const bare = /其中|包括|分别/.test(t) ? null : BARE_TOTAL.exec(t);
  if (!bare || (total && total.index < bare.index)) return null;
  const count = { n: Number(bare[1] ?? bare[3]), unit: (bare[2] ?? bare[4])! };
  // (the list starts after the comma the count is followed by)
  const read = listSum(t.slice(bare.index + bare[0].length + 1), count, false);
  return read && read.sum.parts.length >= 3 && read.sum.catchAll && !read.partition ? read.sum : null;
}

/** The parts a list after its total (`n` of `unit`) names (`among`: the total is what the list is said to be among, 在…中). */
function listSum(after: string, total: { n: number; unit: string }, among: boolean): { sum: SumClaim; partition: boolean } | null {
  // the list ends where a new statement begins (办结、答复 …); what brackets hold breaks an item down further (主动公开117条
  // （涵盖…10条、…81条）、依申请公开274条): not the list's own parts (blanked, the places kept)
  const list = after
    // (…规范性文件3条等，截止2023年底，累计主动公开政府信息960条: the list ends at its 等, a running total is no part)
    .split(/[，,]?(?:办结|答复|回复|已全部|均已)|(?<=\d(?:件|条|个|项|起|次|份|部)?)等(?=[，,；;。]|$)|[，,](?:截[至止]|累计)/)[0]!
    .replace(/[（(][^（）()]*[）)]/g, (m) => '　'.repeat(m.length));
  const unit = total.unit;
  // a list runs on across ； until its parts make up the total: there it ends (「…其他信息15条；主动公开网站信息259条」)
  // a part may print its count without the unit, right after its words (主动公开信息数169，依申请公开信息数317条;
  // 国土资源城乡建设环保能源类信息 45，其他类4条 — real: 平潭综合实验区自然资源与生态环境局 2023)
  const partRe = new RegExp(`(\\d+)${unit}(?![\\d%])|(?<=[\\u4e00-\\u9fff])(\\d+)(?=[，,、；;。]|$)`, 'g');
  // (a count that restates the total among its parts is none of them: 在主动公开的90条政府信息中，全文电子化的…共90条，…)
  const restates = (m: RegExpMatchArray) => among && Number(m[1] ?? m[2]) === total.n;
  let end = list.length;
  let running = 0;
  for (const chunk of list.matchAll(/[^；;]*[；;]?/g)) {
    for (const m of chunk[0].matchAll(partRe)) if (!restates(m)) running += Number(m[1] ?? m[2]);
    if (running === total.n && chunk[0].length) {
      end = chunk.index! + chunk[0].length;
      break;
    }
  }
  const found = [...list.slice(0, end).matchAll(partRe)].filter((x) => !restates(x));
  // a part whose stated share is of an earlier part, not of the total (共有89项，其中行政许可57项，实现…的有45项，占比78.9%):
  // what follows breaks that part down, and the list of the total's own parts ends before it
  const nested = found.findIndex((x, i) => {
    const share = SHARE_AFTER.exec(list.slice(x.index! + x[0].length));
    if (!share) return false;
    // (to the decimals printed: a floor 达 X% fits too many bases to tell one)
    const claim = percent(x[1] ?? x[2]!, total.n, share[2]!, '');
    return found.slice(0, i).some((y) => shareFits({ ...claim, total: Number(y[1] ?? y[2]) }));
  });
  if (nested > 0) found.length = nested;
  const parts = found.map((x) => Number(x[1] ?? x[2]));
  if (parts.length < 2) return null;
  // the last item's words: what stands between the part before it and its own number
  const last = found[found.length - 1]!;
  const before = found[found.length - 2]!;
  const words = list.slice(before.index! + before[0].length, last.index);
  const items = list.slice(0, end);
  // (two of them counted together make two parts: 主动公开138份、依申请公开及不予公开431份)
  const partition = /主动公开/.test(items) && /依申请公开/.test(items) && /不予公开/.test(items) && parts.length <= 3;
  // the last item is the rest (其他应主动公开的…, 统计信息、…等其他类信息): the list claims to be whole
  return { sum: { total: total.n, parts, unit, catchAll: partition || /其他/.test(words) }, partition };
}

/**
 * A share needs a percent sign, in any of the forms NFKC folds to % (full-width ％, small ﹪): a text without
 * one is passed over before it is folded (most of a report's paragraphs; folding them was 2 ms of a page's audit).
 */
const PERCENT_SIGN = /[%％﹪]/;

/** Words between 占比 and the number: 达/超过/以上 make a share a floor, 近/接近 a ceiling. */
const BOUND = '[^。；\\d]{0,3}?';

/** A share stated right after a count (…的有45项，占比78.9%): its words, its number. */
const SHARE_AFTER = new RegExp(`^[^。；;\\d%]{0,20}?[，,]?(?:占|占比|占总数的?|比例为|比例)(${BOUND})(\\d+(?:\\.\\d+)?)%`);

/** A stated share its counts give, to the decimals it prints (a floor 达 X% when they reach it, a ceiling 近 X% below). */
export function shareFits(p: PercentClaim): boolean {
  const exact = (p.part / p.total) * 100;
  if (Math.abs(exact - p.percent) <= 0.5 * 10 ** -p.decimals + 1e-9) return true;
  return (p.bound === 'floor' && exact >= p.percent) || (p.bound === 'ceiling' && exact <= p.percent);
}

function percent(part: string, total: number, pct: string, words: string): PercentClaim {
  const bound = /达|超过|超|以上/.test(words) ? 'floor' : /近|接近/.test(words) ? 'ceiling' : undefined;
  return { part: Number(part), total, percent: Number(pct), decimals: pct.split('.')[1]?.length ?? 0, ...(bound ? { bound } : {}) };
}

/** "N 件，占 X%": a count and its share of the sentence's total. */
export function findPercents(sentence: string): PercentClaim[] {
  if (!PERCENT_SIGN.test(sentence)) return [];
  const t = claimText(sentence);
  const total = TOTAL.exec(t);
  if (!total || Number(total[1]) === 0) return [];
  const out: PercentClaim[] = [];
  const re = new RegExp(`(\\d+)${total[2]}[，,]?(?:占|占比|占总数的?|比例为|比例)(${BOUND})(\\d+(?:\\.\\d+)?)%(以上)?`, 'g');
  const after = t.slice(total.index + total[0].length);
  const counts = [...after.matchAll(new RegExp(`(?<![\\d.])(\\d+)${total[2]}`, 'g'))];
  for (const m of after.matchAll(re)) {
    const claim = percent(m[1]!, Number(total[1]), m[3]!, m[2]! + (m[4] ?? ''));
    // a share of a count the sentence listed before it, not of its total (共有89项，其中行政许可57项，…的有45项，占比78.9%)
    const exact = { ...claim, bound: undefined };
    const base = shareFits(claim) ? undefined : counts.find((c) => c.index! < m.index! && Number(c[1]) > claim.part && shareFits({ ...exact, total: Number(c[1]) }));
    out.push(base ? { ...claim, total: Number(base[1]) } : claim);
  }
  return out;
}

const SHARE = /(?<![\d.])(\d+)(个|项|件|条)[^。；;\d%]{0,20}?[，,]?(?:占|占比|占总数的?|比例为|比例)([^。；\d]{0,3}?)(\d+(?:\.\d+)?)%(以上)?/g;
const COUNT = /(?<![\d.])(\d+)(个|项|件|条)/g;

/**
 * Shares stated after a count without 共 (「梳理58个办事事项……56项，占比达96%。即办事项46项，占比76.6%」):
 * the base is the one count the paragraph states before its first share. A paragraph with none, or with
 * several candidates, says nothing here.
 */
export function findParagraphPercents(paragraph: string): PercentClaim[] {
  if (!PERCENT_SIGN.test(paragraph)) return [];
  const t = claimText(paragraph);
  if (TOTAL.test(t)) return [];
  const shares = [...t.matchAll(SHARE)];
  if (!shares.length) return [];
  const head = t.slice(0, shares[0]!.index);
  const bases = [...head.matchAll(COUNT)].filter((c) => !/^[年月日号]/.test(t.slice(c.index! + c[0].length)));
  if (bases.length !== 1) return [];
  const base = Number(bases[0]![1]);
  if (!base || shares.some((m) => Number(m[1]) > base)) return [];
  return shares.map((m) => percent(m[1]!, base, m[4]!, m[3]! + (m[5] ?? '')));
}
