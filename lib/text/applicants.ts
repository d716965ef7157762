/**
 * Who asked: the requests a sentence counts by applicant (「共收到申请3份，其中法人申请1件、自然人申请2件」, 「涉及自然人72件、
 * 商业企业3件」, 「收到自然人政府信息公开申请8条」), against 表三's columns. Only a sentence that says whether it counts the
 * requests received or those answered is read, and only a kind named alone: 「收到公民、法人和其他组织政府信息公开申请28件」
 * names every applicant at once and counts none of them.
 */
import { claimText } from './claims';

/** The applicant kinds a sentence may name, in 表三's order: a column, or `org`, every 法人或其他组织 column together. */
export const APPLICANT_KINDS = ['natural', 'org', 'business', 'research', 'public_interest', 'legal_service'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export interface ApplicantClaim {
  kind: ApplicantKind;
  value: number;
}

export interface ApplicantClaims {
  /** The row the counts are of: 本年新收 (收到, 受理 …) or the results' total (答复, 办结 …). */
  row: 'new' | 'result.total';
  claims: ApplicantClaim[];
}

/** Each kind's words, the longer first (法人或其他组织 before 法人, 商业企业 before 企业). */
const KINDS: [ApplicantKind, string][] = [
  ['natural', '自然人|公民'],
  ['org', '法人(?:或|和|及|与)其他组织|法人'],
  ['business', '商业企业|(?<!商业)企业'],
  ['research', '科研机构'],
  ['public_interest', '社会公益组织'],
  ['legal_service', '法律服务机构'],
];

const UNIT = '(?:件|条|个|份|次|宗|起|项)';
/** What may stand between a kind and its count: 自然人申请6件, 自然人政府信息公开申请19条, 公民办理政府信息公开申请2条, 自然人72件. */
const LINK = '(?:提出|办理)?(?:的)?(?:政府)?(?:信息)?(?:公开)?(?:申请)?(?:数|数量)?(?:共|共计|为)?';
/** Any kind's words. */
const ANY_KIND = `(?:${KINDS.map(([, w]) => w).join('|')}|其他组织)`;
/** A kind named after another (公民、法人和其他组织) counts none of them alone: what follows a kind's words is its count or nothing. */
const JOINED = '[、，,和及或与]';

const PATTERNS = KINDS.map(([kind, words]) => ({
  kind,
  re: new RegExp(`(?<!${ANY_KIND}${JOINED})(?:${words})${LINK}(\\d+)${UNIT}`),
}));

const RECEIVED = /收到|受理|接到|接收|新收/g;
const ANSWERED = /答复|办结|回复|办理/g;
/** Words before the first kind that count something else (a result: 予以公开, 不予公开 …; petitions and hotlines). */
const OTHER_COUNT = /予以公开|部分公开|不予|无法提供|其他处理|结转|信访|投诉|举报|咨询|热线|复议|诉讼/;

/** The applicant counts a sentence states, with the row they are of; null where it states none or does not say which. */
export function findApplicants(sentence: string, statement = sentence): ApplicantClaims | null {
  if (!/自然人|公民|法人|企业|科研机构|社会公益组织|法律服务机构/.test(sentence)) return null;
  const t = claimText(sentence);
  const claims: (ApplicantClaim & { at: number })[] = [];
  // (a kind named twice: its first count)
  for (const p of PATTERNS) {
    const m = p.re.exec(t);
    if (m) claims.push({ kind: p.kind, value: Number(m[1]), at: m.index });
  }
  if (!claims.length) return null;
  const first = claims.reduce((at, c) => Math.min(at, c.at), Infinity);
  // what the counts are of is said before them: in the sentence, else in the statement before it (共收到申请20件；其中自然人19件)
  const head = t.slice(0, first);
  const whole = claimText(statement);
  const verbs = (s: string) => ({ received: lastIndex(s, RECEIVED), answered: lastIndex(s, ANSWERED) });
  const own = verbs(head);
  const lead = own.received >= 0 || own.answered >= 0 || whole === t ? head : whole.slice(0, Math.max(0, whole.indexOf(t))) + head;
  if (OTHER_COUNT.test(lead)) return null;
  // the verb nearest the counts says which
  const { received, answered } = lead === head ? own : verbs(lead);
  if (received < 0 && answered < 0) return null;
  const row = received > answered ? 'new' : 'result.total';
  return { row, claims: claims.sort((a, b) => a.at - b.at).map(({ kind, value }) => ({ kind, value })) };
}

/** Where the last match of a global `re` in `s` starts; -1 for none. */
function lastIndex(s: string, re: RegExp): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}
