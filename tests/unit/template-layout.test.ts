/**
 * The national template as data (lib/template/layout.ts), pinned word for word: every row and column key with its
 * Chinese and English label (what findings, exports and the letter print), each version's groups, 表三's rows in
 * order, 表四's columns, and the labels of keys the template lacks.
 */
import { describe, expect, it } from 'vitest';
import type { TableId } from '../../lib/model';
import {
  ACTIVE_LAYOUT,
  APPEAL_COLS,
  APPLICANT_COLS,
  REQUEST_COL_ORDER,
  TABLES,
  colLabel,
  requestGroups,
  requestRows,
  resultLeafRows,
  rowLabel,
  tableLabel,
  tableShort,
} from '../../lib/template/layout';

/** Every row of the template: key, table, 中文, English. */
const ROWS: [string, string, string, string][] = [
  ['art20_1.rules', 'active', '规章', 'Rules'],
  ['art20_1.normative', 'active', '规范性文件', 'Normative documents'],
  ['art20_5.license', 'active', '行政许可', 'Administrative licensing'],
  ['art20_5.other_services', 'active', '其他对外管理服务事项', 'Other external services'],
  ['art20_6.penalty', 'active', '行政处罚', 'Administrative penalties'],
  ['art20_6.coercion', 'active', '行政强制', 'Administrative coercion'],
  ['art20_8.fees', 'active', '行政事业性收费', 'Administrative fees'],
  ['art20_9.procurement', 'active', '政府集中采购', 'Government procurement'],
  ['new', 'requests', '本年新收申请', 'New requests'],
  ['carried_in', 'requests', '上年结转申请', 'Carried in from last year'],
  ['result.disclosed', 'requests', '予以公开', 'Disclosed'],
  ['result.partial', 'requests', '部分公开', 'Partly disclosed'],
  ['result.withheld.1', 'requests', '不予公开·属于国家秘密', 'Withheld · state secrets'],
  ['result.withheld.2', 'requests', '不予公开·其他法律行政法规禁止公开', 'Withheld · barred by other laws'],
  ['result.withheld.3', 'requests', '不予公开·危及“三安全一稳定”', 'Withheld · endangers security or stability'],
  ['result.withheld.4', 'requests', '不予公开·保护第三方合法权益', 'Withheld · third-party rights'],
  ['result.withheld.5', 'requests', '不予公开·属于三类内部事务信息', 'Withheld · internal affairs'],
  ['result.withheld.6', 'requests', '不予公开·属于四类过程性信息', 'Withheld · process information'],
  ['result.withheld.7', 'requests', '不予公开·属于行政执法案卷', 'Withheld · enforcement files'],
  ['result.withheld.8', 'requests', '不予公开·属于行政查询事项', 'Withheld · administrative queries'],
  ['result.unavailable.1', 'requests', '无法提供·本机关不掌握相关政府信息', 'Cannot be provided · not held by this organ'],
  ['result.unavailable.2', 'requests', '无法提供·没有现成信息需要另行制作', 'Cannot be provided · would need to be created'],
  ['result.unavailable.3', 'requests', '无法提供·补正后申请内容仍不明确', 'Cannot be provided · still unclear after correction'],
  ['result.not_processed.1', 'requests', '不予处理·信访举报投诉类申请', 'Not processed · petitions and complaints'],
  ['result.not_processed.2', 'requests', '不予处理·重复申请', 'Not processed · repeated requests'],
  ['result.not_processed.3', 'requests', '不予处理·要求提供公开出版物', 'Not processed · published materials'],
  ['result.not_processed.4', 'requests', '不予处理·无正当理由大量反复申请', 'Not processed · mass repeated requests'],
  ['result.not_processed.5', 'requests', '不予处理·要求行政机关确认或重新出具已获取信息', 'Not processed · confirm or reissue held information'],
  ['result.other', 'requests', '其他处理', 'Other handling'],
  ['result.total', 'requests', '办理结果总计', 'Results total'],
  ['carried_out', 'requests', '结转下年度继续办理', 'Carried over to next year'],
  ['result.other.1', 'requests', '其他处理·申请人逾期不补正', 'Other handling · applicant did not correct in time'],
  ['result.other.2', 'requests', '其他处理·申请人逾期未缴纳费用', 'Other handling · applicant did not pay fees'],
  ['result.other.3', 'requests', '其他处理·其他', 'Other handling · other'],
  ['extra.3', 'active', '附加行3', 'extra row 3'],
  ['header', 'requests', '表头', 'Header'],
  ['*', 'requests', '整表', 'Whole table'],
  ['counts', 'appeals', '案件数', 'Cases'],
];
/** Every column: table, key, 中文, English. */
const COLS: [string, string, string, string][] = [
  ['active', 'new_made', '本年新制作数量', 'Made this year'],
  ['active', 'new_published', '本年新公开数量', 'Published this year'],
  ['active', 'total_published', '对外公开总数量', 'Total published'],
  ['active', 'prev_items', '上一年项目数量', 'Items last year'],
  ['active', 'delta', '本年增/减', 'Change this year'],
  ['active', 'decisions', '处理决定数量', 'Decisions'],
  ['active', 'count', '采购项目数量', 'Procurement projects'],
  ['active', 'amount', '采购总金额', 'Procurement amount'],
  ['active', 'issued', '本年制发件数', 'Issued this year'],
  ['active', 'repealed', '本年废止件数', 'Repealed this year'],
  ['active', 'in_force', '现行有效件数', 'In force'],
  ['active', 'amount_wan', '本年收费金额（万元）', 'Fees this year (10k yuan)'],
  ['requests', 'natural', '自然人', 'Natural persons'],
  ['requests', 'business', '商业企业', 'Businesses'],
  ['requests', 'research', '科研机构', 'Research institutions'],
  ['requests', 'public_interest', '社会公益组织', 'Public-interest organisations'],
  ['requests', 'legal_service', '法律服务机构', 'Legal service providers'],
  ['requests', 'other_org', '其他', 'Other organisations'],
  ['requests', 'total', '总计', 'Total'],
  ['requests', 'org_subtotal', '法人或其他组织小计', 'Organisations subtotal'],
  ['appeals', 'review.upheld', '行政复议·结果维持', 'Administrative review · upheld'],
  ['appeals', 'review.corrected', '行政复议·结果纠正', 'Administrative review · corrected'],
  ['appeals', 'review.other', '行政复议·其他结果', 'Administrative review · other outcome'],
  ['appeals', 'review.pending', '行政复议·尚未审结', 'Administrative review · pending'],
  ['appeals', 'review.total', '行政复议·总计', 'Administrative review · total'],
  ['appeals', 'suit_direct.upheld', '行政诉讼（未经复议直接起诉）·结果维持', 'Lawsuits filed directly · upheld'],
  ['appeals', 'suit_direct.corrected', '行政诉讼（未经复议直接起诉）·结果纠正', 'Lawsuits filed directly · corrected'],
  ['appeals', 'suit_direct.other', '行政诉讼（未经复议直接起诉）·其他结果', 'Lawsuits filed directly · other outcome'],
  ['appeals', 'suit_direct.pending', '行政诉讼（未经复议直接起诉）·尚未审结', 'Lawsuits filed directly · pending'],
  ['appeals', 'suit_direct.total', '行政诉讼（未经复议直接起诉）·总计', 'Lawsuits filed directly · total'],
  ['appeals', 'suit_after_review.upheld', '行政诉讼（复议后起诉）·结果维持', 'Lawsuits after review · upheld'],
  ['appeals', 'suit_after_review.corrected', '行政诉讼（复议后起诉）·结果纠正', 'Lawsuits after review · corrected'],
  ['appeals', 'suit_after_review.other', '行政诉讼（复议后起诉）·其他结果', 'Lawsuits after review · other outcome'],
  ['appeals', 'suit_after_review.pending', '行政诉讼（复议后起诉）·尚未审结', 'Lawsuits after review · pending'],
  ['appeals', 'suit_after_review.total', '行政诉讼（复议后起诉）·总计', 'Lawsuits after review · total'],
];

describe('labels of the template’s keys', () => {
  it.each(ROWS)('row %s (%s): %s / %s', (row, table, zh, en) => {
    expect([rowLabel(table as TableId, row), rowLabel(table as TableId, row, 'en')]).toEqual([zh, en]);
  });

  it.each(COLS)('column %s.%s: %s / %s', (table, col, zh, en) => {
    expect([colLabel(table as TableId, col), colLabel(table as TableId, col, 'en')]).toEqual([zh, en]);
  });

  it('tables, short and long', () => {
    expect(TABLES.map((t) => [tableShort(t), tableShort(t, 'en'), tableLabel(t), tableLabel(t, 'en')])).toEqual([
      ['表二', 'Table 2', '表二 主动公开政府信息情况', 'Table 2 · Proactive disclosure'],
      ['表三', 'Table 3', '表三 收到和处理政府信息公开申请情况', 'Table 3 · Requests received and handled'],
      ['表四', 'Table 4', '表四 政府信息公开行政复议、行政诉讼情况', 'Table 4 · Reviews and lawsuits'],
    ]);
    expect([tableShort(null), tableLabel(null, 'en')]).toEqual(['', '']);
  });

  it('keys the template lacks, or names in another table', () => {
    expect(rowLabel(null, 'art20_1.rules')).toBe('规章');
    expect(rowLabel('active', 'rules', 'en')).toBe('Rules');
    expect(rowLabel('active', 'extra.x')).toBe('extra.x');
    expect(rowLabel('requests', 'result.withheld.9')).toBe('不予公开·9');
    expect(rowLabel('requests', 'result.withheld.9', 'en')).toBe('Withheld · 9');
    expect(rowLabel('requests', 'result.nothing')).toBe('result.nothing');
    expect(rowLabel('requests', 'something')).toBe('something');
    // an extra row of 表二 only, its number whole; the keys read whole, not inside a longer one
    expect([rowLabel('active', 'extra.12'), rowLabel('requests', 'extra.3'), rowLabel('active', 'extra.3x'), rowLabel('active', 'xextra.3')]).toEqual(['附加行12', 'extra.3', 'extra.3x', 'xextra.3']);
    expect([rowLabel('requests', 'result.withheld.12'), rowLabel('requests', 'result.withheld.1x'), rowLabel('requests', 'xresult.withheld')]).toEqual(['不予公开·12', 'result.withheld.1x', 'xresult.withheld']);
    expect([colLabel('requests', '*'), colLabel('active', '*', 'en')]).toEqual(['整行', 'whole row']);
    expect(colLabel(null, 'natural')).toBe('自然人');
    expect(colLabel('active', 'natural', 'en')).toBe('Natural persons');
    expect(colLabel('requests', 'new_made')).toBe('本年新制作数量');
    expect(colLabel('appeals', 'review.nothing')).toBe('review.nothing');
    expect(colLabel('appeals', 'nothing.total')).toBe('nothing.total');
    expect(colLabel('appeals', 'x')).toBe('x');
  });
});

describe('the template’s shape', () => {
  it('表二’s groups, columns and rows in each version', () => {
    expect(ACTIVE_LAYOUT['2019'].map((g) => [g.key, g.zh, g.cols.join(' '), g.rows.join(' ')])).toEqual([
      ['art20_1', '第二十条第（一）项', 'new_made new_published total_published', 'rules normative'],
      ['art20_5', '第二十条第（五）项', 'prev_items delta decisions', 'license other_services'],
      ['art20_6', '第二十条第（六）项', 'prev_items delta decisions', 'penalty coercion'],
      ['art20_8', '第二十条第（八）项', 'prev_items delta', 'fees'],
      ['art20_9', '第二十条第（九）项', 'count amount', 'procurement'],
    ]);
    expect(ACTIVE_LAYOUT['2021'].map((g) => [g.key, g.zh, g.cols.join(' '), g.rows.join(' ')])).toEqual([
      ['art20_1', '第二十条第（一）项', 'issued repealed in_force', 'rules normative'],
      ['art20_5', '第二十条第（五）项', 'decisions', 'license'],
      ['art20_6', '第二十条第（六）项', 'decisions', 'penalty coercion'],
      ['art20_8', '第二十条第（八）项', 'amount_wan', 'fees'],
    ]);
  });

  it('表三’s columns, groups and rows in order', () => {
    expect(REQUEST_COL_ORDER).toEqual(['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total']);
    expect(APPLICANT_COLS).toEqual(REQUEST_COL_ORDER.slice(0, 6));
    expect(requestGroups('2019').map((g) => [g.key, g.zh, g.en, g.items.length])).toEqual([
      ['disclosed', '予以公开', 'Disclosed', 0],
      ['partial', '部分公开', 'Partly disclosed', 0],
      ['withheld', '不予公开', 'Withheld', 8],
      ['unavailable', '无法提供', 'Cannot be provided', 3],
      ['not_processed', '不予处理', 'Not processed', 5],
      ['other', '其他处理', 'Other handling', 0],
    ]);
    expect(requestGroups('2021').map((g) => g.items.length)).toEqual([0, 0, 8, 3, 5, 3]);
    expect(resultLeafRows('2019')).toHaveLength(19);
    expect(resultLeafRows('2021').slice(-3)).toEqual(['result.other.1', 'result.other.2', 'result.other.3']);
    expect(requestRows('2019')).toEqual(['new', 'carried_in', ...resultLeafRows('2019'), 'result.total', 'carried_out']);
    expect(resultLeafRows('2019').slice(0, 3)).toEqual(['result.disclosed', 'result.partial', 'result.withheld.1']);
  });

  it('表四’s fifteen columns, group by group', () => {
    expect(APPEAL_COLS).toHaveLength(15);
    expect(APPEAL_COLS.slice(0, 6)).toEqual(['review.upheld', 'review.corrected', 'review.other', 'review.pending', 'review.total', 'suit_direct.upheld']);
    expect(APPEAL_COLS.at(-1)).toBe('suit_after_review.total');
  });
});
