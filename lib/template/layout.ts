/**
 * The national template 《政府信息公开工作年度报告格式》 as data: tables, rows,
 * columns and their canonical keys (see report-model.md). Labels carry Chinese
 * and English so every surface can name a cell in either language.
 */
import type { Label, Lang, TableId, Version } from '../model';

export const TABLES: TableId[] = ['active', 'requests', 'appeals'];

export const TABLE_LABELS: Record<TableId, Label> = {
  active: { zh: '表二 主动公开政府信息情况', en: 'Table 2 · Proactive disclosure' },
  requests: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3 · Requests received and handled' },
  appeals: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4 · Reviews and lawsuits' },
};

// ── 表二 active ────────────────────────────────────────────────────────────

export interface ActiveGroup {
  key: string;
  zh: string;
  cols: string[];
  rows: string[];
}

export const ACTIVE_LAYOUT: Record<Version, ActiveGroup[]> = {
  '2019': [
    { key: 'art20_1', zh: '第二十条第（一）项', cols: ['new_made', 'new_published', 'total_published'], rows: ['rules', 'normative'] },
    { key: 'art20_5', zh: '第二十条第（五）项', cols: ['prev_items', 'delta', 'decisions'], rows: ['license', 'other_services'] },
    { key: 'art20_6', zh: '第二十条第（六）项', cols: ['prev_items', 'delta', 'decisions'], rows: ['penalty', 'coercion'] },
    { key: 'art20_8', zh: '第二十条第（八）项', cols: ['prev_items', 'delta'], rows: ['fees'] },
    { key: 'art20_9', zh: '第二十条第（九）项', cols: ['count', 'amount'], rows: ['procurement'] },
  ],
  '2021': [
    { key: 'art20_1', zh: '第二十条第（一）项', cols: ['issued', 'repealed', 'in_force'], rows: ['rules', 'normative'] },
    { key: 'art20_5', zh: '第二十条第（五）项', cols: ['decisions'], rows: ['license'] },
    { key: 'art20_6', zh: '第二十条第（六）项', cols: ['decisions'], rows: ['penalty', 'coercion'] },
    { key: 'art20_8', zh: '第二十条第（八）项', cols: ['amount_wan'], rows: ['fees'] },
  ],
};

export const ACTIVE_ROWS: Record<string, Label & { group: string }> = {
  rules: { group: 'art20_1', zh: '规章', en: 'Rules' },
  normative: { group: 'art20_1', zh: '规范性文件', en: 'Normative documents' },
  license: { group: 'art20_5', zh: '行政许可', en: 'Administrative licensing' },
  other_services: { group: 'art20_5', zh: '其他对外管理服务事项', en: 'Other external services' },
  penalty: { group: 'art20_6', zh: '行政处罚', en: 'Administrative penalties' },
  coercion: { group: 'art20_6', zh: '行政强制', en: 'Administrative coercion' },
  fees: { group: 'art20_8', zh: '行政事业性收费', en: 'Administrative fees' },
  procurement: { group: 'art20_9', zh: '政府集中采购', en: 'Government procurement' },
};

export const ACTIVE_COLS: Record<string, Label> = {
  new_made: { zh: '本年新制作数量', en: 'Made this year' },
  new_published: { zh: '本年新公开数量', en: 'Published this year' },
  total_published: { zh: '对外公开总数量', en: 'Total published' },
  prev_items: { zh: '上一年项目数量', en: 'Items last year' },
  delta: { zh: '本年增/减', en: 'Change this year' },
  decisions: { zh: '处理决定数量', en: 'Decisions' },
  count: { zh: '采购项目数量', en: 'Procurement projects' },
  amount: { zh: '采购总金额', en: 'Procurement amount' },
  issued: { zh: '本年制发件数', en: 'Issued this year' },
  repealed: { zh: '本年废止件数', en: 'Repealed this year' },
  in_force: { zh: '现行有效件数', en: 'In force' },
  amount_wan: { zh: '本年收费金额（万元）', en: 'Fees this year (10k yuan)' },
};

// ── 表三 requests ──────────────────────────────────────────────────────────

export const REQUEST_COLS: Record<string, Label> = {
  natural: { zh: '自然人', en: 'Natural persons' },
  business: { zh: '商业企业', en: 'Businesses' },
  research: { zh: '科研机构', en: 'Research institutions' },
  public_interest: { zh: '社会公益组织', en: 'Public-interest organisations' },
  legal_service: { zh: '法律服务机构', en: 'Legal service providers' },
  other_org: { zh: '其他', en: 'Other organisations' },
  org_subtotal: { zh: '法人或其他组织小计', en: 'Organisations subtotal' },
  total: { zh: '总计', en: 'Total' },
};
export const REQUEST_COL_ORDER = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'];
/** The six applicant columns that add up to `total`. */
export const APPLICANT_COLS = REQUEST_COL_ORDER.slice(0, 6);
/** The five 法人或其他组织 columns among them, which a printed 小计 adds up. */
export const ORG_COLS = APPLICANT_COLS.slice(1);

export interface RequestGroup {
  key: string;
  zh: string;
  en: string;
  /** Item labels (zh, en); empty for a group that is itself a row. */
  items: Label[];
}

const WITHHELD: Label[] = [
  { zh: '属于国家秘密', en: 'state secrets' },
  { zh: '其他法律行政法规禁止公开', en: 'barred by other laws' },
  { zh: '危及“三安全一稳定”', en: 'endangers security or stability' },
  { zh: '保护第三方合法权益', en: 'third-party rights' },
  { zh: '属于三类内部事务信息', en: 'internal affairs' },
  { zh: '属于四类过程性信息', en: 'process information' },
  { zh: '属于行政执法案卷', en: 'enforcement files' },
  { zh: '属于行政查询事项', en: 'administrative queries' },
];
const UNAVAILABLE: Label[] = [
  { zh: '本机关不掌握相关政府信息', en: 'not held by this organ' },
  { zh: '没有现成信息需要另行制作', en: 'would need to be created' },
  { zh: '补正后申请内容仍不明确', en: 'still unclear after correction' },
];
const NOT_PROCESSED: Label[] = [
  { zh: '信访举报投诉类申请', en: 'petitions and complaints' },
  { zh: '重复申请', en: 'repeated requests' },
  { zh: '要求提供公开出版物', en: 'published materials' },
  { zh: '无正当理由大量反复申请', en: 'mass repeated requests' },
  { zh: '要求行政机关确认或重新出具已获取信息', en: 'confirm or reissue held information' },
];
const OTHER_2021: Label[] = [
  { zh: '申请人逾期不补正', en: 'applicant did not correct in time' },
  { zh: '申请人逾期未缴纳费用', en: 'applicant did not pay fees' },
  { zh: '其他', en: 'other' },
];

export function requestGroups(v: Version): RequestGroup[] {
  return [
    { key: 'disclosed', zh: '予以公开', en: 'Disclosed', items: [] },
    { key: 'partial', zh: '部分公开', en: 'Partly disclosed', items: [] },
    { key: 'withheld', zh: '不予公开', en: 'Withheld', items: WITHHELD },
    { key: 'unavailable', zh: '无法提供', en: 'Cannot be provided', items: UNAVAILABLE },
    { key: 'not_processed', zh: '不予处理', en: 'Not processed', items: NOT_PROCESSED },
    { key: 'other', zh: '其他处理', en: 'Other handling', items: v === '2021' ? OTHER_2021 : [] },
  ];
}

/** Result leaf rows of the template, in order (result.disclosed … result.other.3). */
export function resultLeafRows(v: Version): string[] {
  const out: string[] = [];
  for (const g of requestGroups(v)) {
    if (g.items.length === 0) out.push(`result.${g.key}`);
    else g.items.forEach((_, i) => out.push(`result.${g.key}.${i + 1}`));
  }
  return out;
}

export function requestRows(v: Version): string[] {
  return ['new', 'carried_in', ...resultLeafRows(v), 'result.total', 'carried_out'];
}

// ── 表四 appeals ───────────────────────────────────────────────────────────

export const APPEAL_GROUPS: Record<string, Label> = {
  review: { zh: '行政复议', en: 'Administrative review' },
  suit_direct: { zh: '行政诉讼（未经复议直接起诉）', en: 'Lawsuits filed directly' },
  suit_after_review: { zh: '行政诉讼（复议后起诉）', en: 'Lawsuits after review' },
};
export const APPEAL_PARTS: Record<string, Label> = {
  upheld: { zh: '结果维持', en: 'upheld' },
  corrected: { zh: '结果纠正', en: 'corrected' },
  other: { zh: '其他结果', en: 'other outcome' },
  pending: { zh: '尚未审结', en: 'pending' },
  total: { zh: '总计', en: 'total' },
};
export const APPEAL_COLS: string[] = Object.keys(APPEAL_GROUPS).flatMap((g) =>
  Object.keys(APPEAL_PARTS).map((p) => `${g}.${p}`),
);

// ── labels of any cell key ─────────────────────────────────────────────────

const SPECIAL_ROWS: Record<string, Label> = {
  new: { zh: '本年新收申请', en: 'New requests' },
  carried_in: { zh: '上年结转申请', en: 'Carried in from last year' },
  'result.total': { zh: '办理结果总计', en: 'Results total' },
  carried_out: { zh: '结转下年度继续办理', en: 'Carried over to next year' },
  counts: { zh: '案件数', en: 'Cases' },
  header: { zh: '表头', en: 'Header' },
  '*': { zh: '整表', en: 'Whole table' },
};

export function rowLabel(table: TableId | null, row: string, lang: Lang = 'zh'): string {
  if (SPECIAL_ROWS[row]) return SPECIAL_ROWS[row]![lang];
  if (table === 'active' || ACTIVE_ROWS[row.split('.')[1] ?? '']) {
    const k = row.split('.')[1] ?? row;
    if (ACTIVE_ROWS[k]) return ACTIVE_ROWS[k]![lang];
    const n = /^extra\.(\d+)$/.exec(row);
    if (n) return lang === 'zh' ? `附加行${n[1]}` : `extra row ${n[1]}`;
  }
  const m = /^result\.([a-z_]+)(?:\.(\d+))?$/.exec(row);
  if (m) {
    const g = requestGroups('2021').find((x) => x.key === m[1]) ?? requestGroups('2019').find((x) => x.key === m[1]);
    if (g) {
      if (!m[2]) return lang === 'zh' ? g.zh : g.en;
      const item = g.items[Number(m[2]) - 1];
      const name = item ? item[lang] : m[2];
      return lang === 'zh' ? `${g.zh}·${name}` : `${g.en} · ${name}`;
    }
  }
  return row;
}

export function colLabel(table: TableId | null, col: string, lang: Lang = 'zh'): string {
  if (col === '*') return lang === 'zh' ? '整行' : 'whole row';
  if (table === 'requests' && REQUEST_COLS[col]) return REQUEST_COLS[col]![lang];
  if (table === 'active' && ACTIVE_COLS[col]) return ACTIVE_COLS[col]![lang];
  const [g, p] = col.split('.');
  if (g && p && APPEAL_GROUPS[g] && APPEAL_PARTS[p]) {
    return lang === 'zh' ? `${APPEAL_GROUPS[g]!.zh}·${APPEAL_PARTS[p]!.zh}` : `${APPEAL_GROUPS[g]!.en} · ${APPEAL_PARTS[p]!.en}`;
  }
  return REQUEST_COLS[col]?.[lang] ?? ACTIVE_COLS[col]?.[lang] ?? col;
}

const TABLE_SHORT: Record<TableId, Label> = {
  active: { zh: '表二', en: 'Table 2' },
  requests: { zh: '表三', en: 'Table 3' },
  appeals: { zh: '表四', en: 'Table 4' },
};

export function tableShort(table: TableId | null, lang: Lang = 'zh'): string {
  return table ? TABLE_SHORT[table][lang] : '';
}

export function tableLabel(table: TableId | null, lang: Lang = 'zh'): string {
  return table ? TABLE_LABELS[table][lang] : '';
}
