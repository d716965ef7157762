/**
 * Recognising the template's labels as real pages print them: full/half-width
 * brackets, spaces inside labels, local notes in brackets, cut headers.
 */
import { chineseNumber, labelKey } from '../text/normalize';
import { rememberByText } from '../text/remember';

export type LabelInfo =
  | { table: 'active'; kind: 'group'; group: string }
  | { table: 'active'; kind: 'header' }
  | { table: 'active'; kind: 'col'; col: string; cut?: boolean; unit?: string }
  | { table: 'active'; kind: 'row'; row: string; group: string }
  | { table: 'requests'; kind: 'header'; col?: string }
  | { table: 'requests'; kind: 'phase' }
  | { table: 'requests'; kind: 'row'; row: 'new' | 'carried_in' | 'carried_out' }
  | { table: 'requests'; kind: 'group'; group: string; ord: number | null }
  | { table: 'requests'; kind: 'item'; n: number | null; group: string | null }
  | { table: 'requests'; kind: 'total' }
  | { table: 'appeals'; kind: 'header'; part?: string; group?: string }
  | { table: null; kind: 'ambiguous'; word: 'other' | 'total' };

const ORDINALS = '一二三四五六七八九十';

/** Remove a leading ordinal (一、 / (三) / 1.) and trailing notes in brackets, from a label's key (folded: ：is :). */
function core(k: string): string {
  // each pattern tried only where the text could hold it: the engine runs cold in a page, where a regex costs
  let s = k;
  if (s && ORDINALS.includes(s[0]!)) s = s.replace(/^[一二三四五六七八九十]+[、.]/, '');
  if (s[0] === '(') s = s.replace(/^\([一二三四五六七八九十]+\)/, '');
  if (s.endsWith(')')) s = s.replace(/\((?:单位|区分|注|含|本|只计)[^)]*\)$/, '');
  if (s.endsWith(':')) s = s.slice(0, -1);
  return s;
}

/**
 * The template's words, looked up whole (a label is the word, once its ordinal and notes are gone)
 * or, where a label may go on, by how it starts or ends.
 */
const ACTIVE_ROW_WORDS = new Map<string, [string, string]>([
  ['规章', ['rules', 'art20_1']],
  ['规范性文件', ['normative', 'art20_1']],
  ['行政规范性文件', ['normative', 'art20_1']],
  ['行政许可', ['license', 'art20_5']],
  ['其他对外管理服务事项', ['other_services', 'art20_5']],
  ['行政处罚', ['penalty', 'art20_6']],
  ['行政强制', ['coercion', 'art20_6']],
  ['行政事业性收费', ['fees', 'art20_8']],
  ['政府集中采购', ['procurement', 'art20_9']],
]);
/** 表二's row labels as the template prints them. */
export const ACTIVE_ROW_LABELS: readonly string[] = [...ACTIVE_ROW_WORDS.keys()];

const ACTIVE_COL_WORDS = new Map<string, string>([
  ['本年新制作数量', 'new_made'],
  ['本年新公开数量', 'new_published'],
  ['对外公开总数量', 'total_published'],
  ['上一年项目数量', 'prev_items'],
  ['本年增/减', 'delta'],
  ['本年增减', 'delta'],
  ['本年增/减量', 'delta'],
  ['本年增减量', 'delta'],
  ['本年处理决定数量', 'decisions'],
  ['处理决定数量', 'decisions'],
  ['采购项目数量', 'count'],
  ['本年制发件数', 'issued'],
  ['本年废止件数', 'repealed'],
  ['现行有效件数', 'in_force'],
]);
/** 表二 headers that go on with their unit: 采购总金额（万元）. */
const ACTIVE_COL_STARTS: [string, string][] = [
  ['采购总金额', 'amount'],
  ['本年收费金额', 'amount_wan'],
];

const REQ_HEADERS = new Map<string, string | undefined>([
  ['申请人情况', undefined],
  ['自然人', 'natural'],
  ['法人或其他组织', undefined],
  ['商业企业', 'business'],
  ['科研机构', 'research'],
  ['社会公益组织', 'public_interest'],
  ['法律服务机构', 'legal_service'],
  ['小计', 'org_subtotal'],
]);

/** 表三's header words, 其他 and 总计 with them, longest first. */
const HEADER_WORDS = [...REQ_HEADERS.keys(), '其他', '总计'].sort((a, b) => b.length - a.length);

/**
 * 表三's column labels run together into one cell (申请人情况法人或其他组织商业企业…其他): the words in order, or null
 * when the text is not made of them alone (two at least, one of them no 其他 or 总计).
 */
export const headerRun: (text: string) => string[] | null = rememberByText(readHeaderRun);

function readHeaderRun(text: string): string[] | null {
  const words = splitWords(text, HEADER_WORDS);
  return words && words.length >= 2 && words.some((w) => REQ_HEADERS.has(w)) ? words : null;
}

/** A text (spaces aside) as a run of the given words, longest first where two start alike; null when it is not one. */
function splitWords(text: string, vocabulary: string[]): string[] | null {
  let rest = text.replace(/\s+/g, '');
  const words: string[] = [];
  while (rest) {
    const w = vocabulary.find((x) => rest.startsWith(x));
    if (!w) return null;
    words.push(w);
    rest = rest.slice(w.length);
  }
  return words;
}

const REQ_GROUP_WORDS: [string, string][] = [
  ['予以公开', 'disclosed'],
  ['部分公开', 'partial'],
  ['不予公开', 'withheld'],
  ['无法提供', 'unavailable'],
  ['不予处理', 'not_processed'],
  ['其他处理', 'other'],
];

const APPEAL_HEADERS = new Map<string, { part?: string; group?: string }>([
  ['行政复议', { group: 'review' }],
  ['行政诉讼', {}],
  ['结果维持', { part: 'upheld' }],
  ['结果纠正', { part: 'corrected' }],
  ['其他结果', { part: 'other' }],
  ['尚未审结', { part: 'pending' }],
  ['复议后起诉', { group: 'suit_after_review' }],
]);
const APPEAL_DIRECT = '未经复议直接起诉';

/** 行政诉讼 naming its kind in brackets or after a stop (行政诉讼(复议后起诉), 行政诉讼·未经复议直接起诉): a row of 表四 set as rows. */
function suitKind(c: string): { group: string } | undefined {
  const kind = c.slice(4).replace(/^[(\-—–·:/、]+|\)$/g, '');
  if (kind === APPEAL_DIRECT) return { group: 'suit_direct' };
  if (kind === '复议后起诉') return { group: 'suit_after_review' };
  return undefined;
}

/** 表四's header words (总计 and 其他结果 among them), longest first. */
export const APPEAL_WORDS = [...APPEAL_HEADERS.keys(), APPEAL_DIRECT, '总计'].sort((a, b) => b.length - a.length);

/** A first column's heading before 表四's kinds set as rows (类别 | 结果维持 … / 行政复议 | 0 …). */
export const KIND_HEADING = '(?:类别|类型|项目|案件类型|案件类别|种类|分类)';
/** That heading run into 表四's header words (类别结果维持…总计行政复议). */
export const KIND_COLUMN = new RegExp(`^${KIND_HEADING}(?=结果维持|行政复议|行政诉讼)`);

/**
 * 表四's header words run together, two or more, one of them its own (总计 is 表三's too), after its kinds' column
 * heading or not (类别结果维持…总计行政复议: a row of plain cells a tool joined): the words, else null.
 */
export const appealWords: (text: string) => string[] | null = rememberByText((text) => {
  const c = core(labelKey(text)).replace(KIND_COLUMN, '');
  const words = c.length >= 6 ? splitWords(c, APPEAL_WORDS) : null;
  return words && words.length >= 2 && words.some((w) => w !== '总计') ? words : null;
});

/**
 * The kind of 表四 a part's labels name together: 行政复议 (five columns), a kind of 行政诉讼 (five), 行政诉讼 whole (ten:
 * named alone or with both its kinds); undefined where they name none, or 行政复议 with 行政诉讼 (the whole table).
 */
export function partKind(labels: string[]): string | undefined {
  const kinds = new Set<string>();
  for (const l of labels) {
    const k = appealKindNamed(l);
    if (k) kinds.add(k);
  }
  if (kinds.has('review')) return kinds.size === 1 ? 'review' : undefined;
  const direct = kinds.has('suit_direct'), after = kinds.has('suit_after_review');
  if (direct && after) return 'suit';
  return direct ? 'suit_direct' : after ? 'suit_after_review' : kinds.has('suit') ? 'suit' : undefined;
}

/** 表四's kinds as its header words name them; 行政诉讼 alone is both its kinds (ten columns). */
const KIND_WORDS: [string[], string][] = [
  [['行政复议'], 'review'],
  [['行政诉讼'], 'suit'],
  [['行政诉讼', APPEAL_DIRECT, '复议后起诉'], 'suit'],
  [['行政诉讼', APPEAL_DIRECT], 'suit_direct'],
  [[APPEAL_DIRECT], 'suit_direct'],
  [['行政诉讼', '复议后起诉'], 'suit_after_review'],
  [['复议后起诉'], 'suit_after_review'],
];

/**
 * The one kind of 表四 a header label names (行政复议; 行政诉讼 — both its kinds; 行政诉讼（复议后起诉）; its words run
 * together with the columns' …), else undefined: a label naming 行政复议 and 行政诉讼 heads the whole table.
 */
export function appealKindNamed(text: string): string | undefined {
  const words = appealWords(text);
  const info = words ? null : classifyLabel(text);
  if (!words && (info?.table !== 'appeals' || info.kind !== 'header')) return undefined;
  // （附表）行政复议行政诉讼…未经复议直接起诉: the whole table's header, whatever word it ends with
  if (text.includes('行政复议') && text.includes('行政诉讼')) return undefined;
  if (info?.table === 'appeals' && info.group) return info.group;
  const kinds = (words ?? [core(labelKey(text))]).filter((w) => w === '行政复议' || w === '行政诉讼' || w === APPEAL_DIRECT || w === '复议后起诉');
  return KIND_WORDS.find(([ws]) => ws.length === kinds.length && ws.every((w, i) => kinds[i] === w))?.[1];
}

/** Words of 表三's and 表四's headers, longest first. */
const TABLE_HEADER_WORDS = [...new Set([...HEADER_WORDS, ...APPEAL_HEADERS.keys(), APPEAL_DIRECT])].sort((a, b) => b.length - a.length);

/**
 * A header's labels run together into one text (结果维持结果纠正其他结果尚未审结总计…, 申请人情况法人或其他组织…): made of
 * three words or more of 表三's or 表四's header and nothing else. A printed table squeezed into the page's width sets
 * them without gaps, and such a line is the table's, however long.
 */
export const isHeaderWords: (text: string) => boolean = rememberByText((text) => {
  const t = text.replace(/\s+/g, '');
  if ((splitWords(t, TABLE_HEADER_WORDS)?.length ?? 0) >= 3) return true;
  // a header wider than the page, its first and last words cut by the page's edges (持结果纠正…尚): the end of a word
  // before the words and the start of one after them
  const cutEnd = (n: number) => TABLE_HEADER_WORDS.some((w) => w.length > n && w.endsWith(t.slice(0, n)));
  const cutStart = (m: number) => TABLE_HEADER_WORDS.some((w) => w.length > m && w.startsWith(t.slice(t.length - m)));
  for (let n = 0; n <= 5; n++) {
    if (n && !cutEnd(n)) continue;
    for (let m = 0; m <= 5 && n + m < t.length; m++) {
      if ((n || m) && (!m || cutStart(m)) && (splitWords(t.slice(n, t.length - m), TABLE_HEADER_WORDS)?.length ?? 0) >= 3) return true;
    }
  }
  return false;
});

/** What a label cell is in the template, without context; null for an unknown label. */
export const classifyLabel: (text: string) => LabelInfo | null = rememberByText(classify);

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function classify(text: string): LabelInfo | null {
  const k = labelKey(text);
  if (!k || k.length > 80) return null;
  const c = core(k);

  const g = k.includes('第二十条') ? /第二十条第\(([一二三四五六七八九十]+)\)项/.exec(k) : null;
  if (g) return { table: 'active', kind: 'group', group: `art20_${chineseNumber(g[1]!)}` };
  if (c === '信息内容') return { table: 'active', kind: 'header' };
  const activeRow = ACTIVE_ROW_WORDS.get(c);
  if (activeRow) return { table: 'active', kind: 'row', row: activeRow[0], group: activeRow[1] };
  const col = ACTIVE_COL_WORDS.get(c) ?? ACTIVE_COL_STARTS.find(([w]) => c.startsWith(w))?.[1];
  if (col) {
    const unit = k.includes('万元') ? '万元' : k.includes('(单位:元)') || k.includes('(单位元)') || k.includes('(元)') ? '元' : undefined;
    return { table: 'active', kind: 'col', col, unit };
  }
  if (c === '本年新') return { table: 'active', kind: 'col', col: '', cut: true };

  // 本年度新收 / 上年度结转 as some reports word them (real: 莆田市体育局 2020)
  if (c.includes('本年新收') || c.includes('本年度新收')) return { table: 'requests', kind: 'row', row: 'new' };
  if (c.includes('上年结转') || c.includes('上年度结转') || c.includes('上一年度结转')) return { table: 'requests', kind: 'row', row: 'carried_in' };
  if (c.includes('结转下年度') || c.includes('结转下一年度')) return { table: 'requests', kind: 'row', row: 'carried_out' };
  if (c.includes('本年度办理结果')) return { table: 'requests', kind: 'phase' };
  if (k.includes('勾稽关系')) return { table: 'requests', kind: 'header', col: undefined };
  if (REQ_HEADERS.has(k)) return { table: 'requests', kind: 'header', col: REQ_HEADERS.get(k) };

  const item = isDigit(k[0]) ? /^(\d{1,2})[.、]\s*(.*)$/.exec(k) : null;
  if (item) return { table: 'requests', kind: 'item', n: Number(item[1]), group: itemGroup(item[2]!) };
  const ord = k[0] === '(' ? /^\(([一二三四五六七])\)/.exec(k) : null;
  if (ord && c === '总计') return { table: 'requests', kind: 'total' };
  if (c.length <= 40) {
    for (const [word, group] of REQ_GROUP_WORDS) {
      if (c.includes(word) && (ord || c.length <= 12 || c.startsWith('部分公开'))) {
        return { table: 'requests', kind: 'group', group, ord: ord ? chineseNumber(ord[1]!) : null };
      }
    }
  }
  const bareItem = itemGroup(c);
  if (bareItem && c.length <= 30) return { table: 'requests', kind: 'item', n: null, group: bareItem };

  const appeal = APPEAL_HEADERS.get(c) ?? (c.endsWith(APPEAL_DIRECT) ? { group: 'suit_direct' } : c.startsWith('行政诉讼') ? suitKind(c) : undefined);
  if (appeal) return { table: 'appeals', kind: 'header', ...appeal };

  if (c === '其他') return { table: null, kind: 'ambiguous', word: 'other' };
  if (c === '总计' || c === '合计') return { table: null, kind: 'ambiguous', word: 'total' };
  return null;
}

/** Item keywords, so that an item is found even when its number is missing or wrong (`^` a word that starts the item). */
const ITEM_WORDS: [string[], string, number][] = [
  [['国家秘密'], 'withheld', 1],
  [['禁止公开'], 'withheld', 2],
  [['三安全一稳定', '危及'], 'withheld', 3],
  [['第三方'], 'withheld', 4],
  [['内部事务'], 'withheld', 5],
  [['过程性'], 'withheld', 6],
  [['执法案卷'], 'withheld', 7],
  [['行政查询'], 'withheld', 8],
  [['不掌握'], 'unavailable', 1],
  [['另行制作', '没有现成'], 'unavailable', 2],
  [['补正后', '仍不明确'], 'unavailable', 3],
  [['信访', '举报投诉'], 'not_processed', 1],
  [['^重复申请'], 'not_processed', 2],
  [['出版物'], 'not_processed', 3],
  [['大量反复'], 'not_processed', 4],
  [['确认或重新出具', '重新出具'], 'not_processed', 5],
  [['逾期不补正', '不补正', '无正当理由逾期', '逾期不补'], 'other', 1],
  [['收费通知', '缴纳费用', '逾期未按收费'], 'other', 2],
];

/** Any item keyword anywhere: one test that most labels fail, before the keywords are tried in order. */
const ANY_ITEM_WORD = new RegExp(ITEM_WORDS.flatMap(([ws]) => ws.map((w) => w.replace(/^\^/, ''))).join('|'));

function hasWord(text: string, words: string[]): boolean {
  for (const w of words) if (w[0] === '^' ? text.startsWith(w.slice(1)) : text.includes(w)) return true;
  return false;
}

function itemGroup(words: string): string | null {
  if (!ANY_ITEM_WORD.test(words)) return null;
  for (const [ws, group] of ITEM_WORDS) if (hasWord(words, ws)) return group;
  return null;
}

/** The item number a keyword names within its group, or null. */
export const itemNumber: (text: string) => number | null = rememberByText(readItemNumber);

function readItemNumber(text: string): number | null {
  const k = core(labelKey(text));
  const c = isDigit(k[0]) ? k.replace(/^\d{1,2}[.、]/, '') : k;
  if (!ANY_ITEM_WORD.test(c)) return null;
  for (const [ws, , n] of ITEM_WORDS) if (hasWord(c, ws)) return n;
  return null;
}

/** True for a label that belongs to the template (used to spot tables that lost their markup). */
export function isTemplateLabel(text: string): boolean {
  const info = classifyLabel(text);
  return !!info && info.table !== null;
}
