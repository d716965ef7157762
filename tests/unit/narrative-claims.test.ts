/**
 * The numbers a sentence states, each against the cell (or the cells' sum) it names: every claim the text can make,
 * in both template versions, with the words and cells of the finding it gives when the table prints another number,
 * and the readings it may fairly mean (new + carried in, the item it names, in force before this year's).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft, TableId } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { narrative, toWan } from '../../lib/rules/narrative';
import { cellOf } from '../../lib/template/relations';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';

let f19: Filled;
let f21: Filled;
beforeEach(() => {
  f19 = randomFilled(mulberry32(5), '2019', '测试街道');
  f19.values.set('active/art20_9.procurement/amount', 250_000);
  f21 = randomFilled(mulberry32(5), '2021', '测试街道');
  for (const [k, n] of Object.entries({ 'rules/issued': 1, 'rules/repealed': 2, 'rules/in_force': 6, 'normative/issued': 3, 'normative/repealed': 4, 'normative/in_force': 40 })) {
    const [row, col] = k.split('/');
    f21.values.set(`active/art20_1.${row}/${col}`, n);
  }
  f21.values.set('requests/result.other.1/total', 2);
  f21.values.set('requests/result.other.3/total', 5);
});

const v = (f: Filled, key: string) => f.values.get(key)!;

/** The rule's drafts for a report whose overview is `overview`, with the cells it names. */
function check(f: Filled, overview: string) {
  const model = auditText(reportText(f, { overview }), 'test').model!;
  return { model, drafts: narrative.check(model) };
}

/** What a finding says and where, without the sources' ids. */
const shape = (d: Draft) => ({ rule: d.rule, table: d.table, cell: d.cell, related: d.related, actual: d.actual, blank: d.blank, msg: d.msg, args: d.args, where: d.where });

/** A one-cell finding: the sentence says `said`, the cell prints `printed`. */
function oneCell(rule: string, table: TableId, row: string, col: string, said: number, printed: number, sentence: string) {
  return {
    rule: `narrative:${rule}`, table, cell: { row, col }, related: [], actual: printed, blank: false, msg: 'f_narrative_cell',
    args: { whatClaim: `@claim_${rule.replace(/-/g, '_')}`, said, printed, quote: sentence }, where: sentence,
  };
}

describe('a claim against one cell', () => {
  const CASES: [string, '2019' | '2021', TableId, string, string, (n: number) => string][] = [
    ['requests-received', '2019', 'requests', 'new', 'total', (n) => `本年度共收到政府信息公开申请${n}件。`],
    ['requests-carried-in', '2019', 'requests', 'carried_in', 'total', (n) => `上年结转政府信息公开申请${n}件。`],
    ['requests-carried-out', '2019', 'requests', 'carried_out', 'total', (n) => `结转下年度继续办理${n}件。`],
    ['requests-answered', '2019', 'requests', 'result.total', 'total', (n) => `全年办结政府信息公开申请${n}件。`],
    ['disclosed', '2019', 'requests', 'result.disclosed', 'total', (n) => `在办理的申请中，予以公开${n}件。`],
    ['partial', '2019', 'requests', 'result.partial', 'total', (n) => `在办理的申请中，部分公开${n}件。`],
    ['other-handling', '2019', 'requests', 'result.other', 'total', (n) => `在办理的申请中，其他处理${n}件。`],
    ['reviews', '2019', 'appeals', 'counts', 'review.total', (n) => `本年度发生行政复议案件${n}件。`],
    ['procurement-count', '2019', 'active', 'art20_9.procurement', 'count', (n) => `政府集中采购项目${n}个。`],
    ['normative-issued', '2019', 'active', 'art20_1.normative', 'new_made', (n) => `本年制发规范性文件${n}件。`],
    ['normative-issued', '2021', 'active', 'art20_1.normative', 'issued', (n) => `本年制发规范性文件${n}件。`],
    ['rules-issued', '2019', 'active', 'art20_1.rules', 'new_made', (n) => `本年制定规章${n}件。`],
    ['rules-issued', '2021', 'active', 'art20_1.rules', 'issued', (n) => `本年制定规章${n}件。`],
    ['normative-in-force', '2021', 'active', 'art20_1.normative', 'in_force', (n) => `现行有效规范性文件${n}件。`],
    ['rules-in-force', '2021', 'active', 'art20_1.rules', 'in_force', (n) => `现行有效规章${n}件。`],
    ['normative-repealed', '2021', 'active', 'art20_1.normative', 'repealed', (n) => `本年废止规范性文件${n}件。`],
    ['rules-repealed', '2021', 'active', 'art20_1.rules', 'repealed', (n) => `本年废止规章${n}件。`],
    ['penalties', '2019', 'active', 'art20_6.penalty', 'decisions', (n) => `全年作出行政处罚决定${n}件。`],
    ['penalties', '2021', 'active', 'art20_6.penalty', 'decisions', (n) => `全年作出行政处罚决定${n}件。`],
    ['licences', '2019', 'active', 'art20_5.license', 'decisions', (n) => `全年作出行政许可决定${n}件。`],
    ['licences', '2021', 'active', 'art20_5.license', 'decisions', (n) => `全年作出行政许可决定${n}件。`],
  ];
  it.each(CASES)('%s (%s): the printed number agrees; another is found on its cell', (rule, version, table, row, col, say) => {
    const f = version === '2019' ? f19 : f21;
    const printed = v(f, `${table}/${row}/${col}`);
    expect(check(f, say(printed)).drafts).toEqual([]);
    const sentence = say(printed + 1);
    const { model, drafts } = check(f, sentence);
    expect(drafts.map(shape)).toEqual([oneCell(rule, table, row, col, printed + 1, printed, sentence)]);
    const [d] = drafts;
    expect(d!.src).toBe(cellOf(model.mapping, table, row, col)!.src);
    expect(d!.relatedSrc).toHaveLength(1);
    expect(d!.relatedSrc![0]).not.toBe(d!.src);
  });

  it('what only the 2021 template prints is not read from a 2019 report', () => {
    for (const s of ['现行有效规范性文件99件。', '现行有效规章99件。', '本年废止规范性文件99件。', '本年废止规章99件。']) expect(check(f19, s).drafts).toEqual([]);
  });

  it('a cell printed blank says so in place of its number, its row blank too', () => {
    const row = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'];
    f19.raw = new Map(row.map((c) => [`requests/carried_in/${c}`, '']));
    const sentence = '上年结转政府信息公开申请3件。';
    const [d] = check(f19, sentence).drafts;
    expect([d!.actual, d!.blank, d!.msg, d!.args]).toEqual([0, true, 'f_narrative_cell', { whatClaim: '@claim_requests_carried_in', said: 3, printed: '@printed_blank', quote: sentence }]);
  });

  it('a total printed blank beside its row’s printed parts: weighed against their sum, and said so', () => {
    f19.raw = new Map([['requests/carried_in/total', '']]);
    const parts = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org'].reduce((n, c) => n + v(f19, `requests/carried_in/${c}`), 0);
    const sentence = `上年结转政府信息公开申请${parts + 1}件。`;
    const [d] = check(f19, sentence).drafts;
    expect([d!.actual, d!.blank, d!.msg, d!.args]).toEqual([0, true, 'f_narrative_cell_rows', { whatClaim: '@claim_requests_carried_in', said: parts + 1, printed: parts, quote: sentence }]);
    // the parts' sum stated: nothing for the text to answer (the blank is the row-total rule's)
    expect(check(f19, `上年结转政府信息公开申请${parts}件。`).drafts).toEqual([]);
  });
});

describe('a claim against a sum of cells', () => {
  const items = (f: Filled, group: string, n: number) => Array.from({ length: n }, (_, i) => `result.${group}.${i + 1}`);
  const total = (f: Filled, rows: string[]) => rows.reduce((s, r) => s + v(f, `requests/${r}/total`), 0);
  const CASES: [string, '2019' | '2021', string, number, string][] = [
    ['withheld', '2019', 'withheld', 8, '不予公开'],
    ['unavailable', '2019', 'unavailable', 3, '无法提供'],
    ['not-processed', '2019', 'not_processed', 5, '不予处理'],
    ['other-handling', '2021', 'other', 3, '其他处理'],
  ];
  it.each(CASES)('%s (%s): the items’ totals summed, the first item marked and the others related', (rule, version, group, n, words) => {
    const f = version === '2019' ? f19 : f21;
    const rows = items(f, group, n);
    const sum = total(f, rows);
    expect(check(f, `在办理的申请中，${words}${sum}件。`).drafts).toEqual([]);
    const sentence = `在办理的申请中，${words}${sum + 1}件。`;
    const { model, drafts } = check(f, sentence);
    expect(drafts.map(shape)).toEqual([
      {
        rule: `narrative:${rule}`, table: 'requests', cell: { row: rows[0], col: 'total' }, related: rows.slice(1).map((row) => ({ row, col: 'total' })),
        actual: null, blank: false, msg: 'f_narrative_sum_cells',
        args: { whatClaim: `@claim_${rule.replace(/-/g, '_')}`, said: sum + 1, printed: sum, what: `@group_${group}`, quote: sentence }, where: sentence,
      },
    ]);
    const cells = rows.map((r) => cellOf(model.mapping, 'requests', r, 'total')!.src);
    expect(drafts[0]!.src).toBe(cells[0]);
    expect(drafts[0]!.relatedSrc!.slice(1)).toEqual(cells.slice(1));
    expect(drafts[0]!.relatedSrc).toHaveLength(n);
  });

  it('予以公开 and 部分公开 together, and the two lawsuit totals', () => {
    const both = v(f19, 'requests/result.disclosed/total') + v(f19, 'requests/result.partial/total');
    const s1 = `在办理的申请中，予以公开和部分公开的申请${both + 2}件。`;
    expect(check(f19, s1).drafts.map(shape)).toEqual([
      {
        rule: 'narrative:disclosed-or-partial', table: 'requests', cell: { row: 'result.disclosed', col: 'total' }, related: [{ row: 'result.partial', col: 'total' }],
        actual: null, blank: false, msg: 'f_narrative_sum_cells',
        args: { whatClaim: '@claim_disclosed_or_partial', said: both + 2, printed: both, what: '@group_disclosed_or_partial', quote: s1 }, where: s1,
      },
    ]);
    const suits = v(f19, 'appeals/counts/suit_direct.total') + v(f19, 'appeals/counts/suit_after_review.total');
    expect(check(f19, `本年度发生行政诉讼案件${suits}件。`).drafts).toEqual([]);
    const s2 = `本年度发生行政诉讼案件${suits + 1}件。`;
    expect(check(f19, s2).drafts.map(shape)).toEqual([
      {
        rule: 'narrative:lawsuits', table: 'appeals', cell: { row: 'counts', col: 'suit_direct.total' }, related: [{ row: 'counts', col: 'suit_after_review.total' }],
        actual: null, blank: false, msg: 'f_narrative_sum_cells',
        args: { whatClaim: '@claim_lawsuits', said: suits + 1, printed: suits, what: '@group_lawsuits', quote: s2 }, where: s2,
      },
    ]);
  });

  it('a group with an item the table lacks is not summed', () => {
    const model = auditText(reportText(f19, { overview: '在办理的申请中，无法提供999件。' }), 'test').model!;
    expect(narrative.check(model).map((d) => d.rule)).toEqual(['narrative:unavailable']);
    model.mapping.tables.requests.cells.delete('result.unavailable.2/total');
    expect(narrative.check(model)).toEqual([]);
  });

  it('the two lawsuit totals, one of them not in the table: not summed', () => {
    const model = auditText(reportText(f19, { overview: '本年度发生行政诉讼案件999件。' }), 'test').model!;
    expect(narrative.check(model).map((d) => d.rule)).toEqual(['narrative:lawsuits']);
    model.mapping.tables.appeals.cells.delete('counts/suit_after_review.total');
    expect(narrative.check(model)).toEqual([]);
  });
});

describe('the readings a sentence may fairly mean', () => {
  it('received: new requests, or new and carried in together when the sentence says it counts those', () => {
    const both = v(f19, 'requests/new/total') + v(f19, 'requests/carried_in/total');
    expect(check(f19, `本年度共受理政府信息公开申请${both}件（含上年结转）。`).drafts).toEqual([]);
    expect(check(f19, `本年度共收到政府信息公开申请${both}件。`).drafts.map((d) => d.rule)).toEqual(['narrative:requests-received']);
  });

  it('a result group: its whole, or the one item the sentence names (not when it names two)', () => {
    const first = v(f19, 'requests/result.unavailable.1/total');
    const second = v(f19, 'requests/result.unavailable.2/total');
    expect(check(f19, `在办理的申请中，因本机关不掌握相关信息无法提供${first}件。`).drafts).toEqual([]);
    expect(check(f19, `在办理的申请中，因没有现成信息无法提供${second}件。`).drafts).toEqual([]);
    expect(check(f19, `在办理的申请中，因本机关不掌握相关信息无法提供${second}件。`).drafts.map((d) => d.rule)).toEqual(['narrative:unavailable']);
    expect(check(f19, `在办理的申请中，因本机关不掌握或没有现成信息无法提供${first}件。`).drafts.map((d) => d.rule)).toEqual(['narrative:unavailable']);
    // an item named without its 属于: 国家秘密
    const secret = v(f19, 'requests/result.withheld.1/total');
    expect(check(f19, `在办理的申请中，涉及国家秘密不予公开${secret}件。`).drafts).toEqual([]);
  });

  it('in force: the documents before this year’s, when the sentence adds those issued this year', () => {
    expect(check(f21, '现行有效规范性文件37件，动态更新本年度制发的规范性文件3件。').drafts).toEqual([]);
    expect(check(f21, '现行有效规范性文件37件，另有本年制发的3件。').drafts).toEqual([]);
    expect(check(f21, '现行有效规范性文件37件。').drafts.map((d) => d.rule)).toEqual(['narrative:normative-in-force']);
  });
});

describe('one finding per cell, each cell on its own', () => {
  it('the same wrong number twice is one finding; two cells wrong are two', () => {
    const n = v(f19, 'requests/new/total') + 1;
    expect(check(f19, `本年度共收到政府信息公开申请${n}件。全年共收到政府信息公开申请${n}件。`).drafts).toHaveLength(1);
    const r = v(f19, 'appeals/counts/review.total') + 1;
    expect(check(f19, `本年度共收到政府信息公开申请${n}件。本年度发生行政复议案件${r}件。`).drafts.map((d) => d.rule)).toEqual(['narrative:requests-received', 'narrative:reviews']);
  });
});

describe('procurement amounts', () => {
  it('in 万元 against a column printed in 元: within half a 元-per-10k of rounding agrees, more is found with both readings', () => {
    expect(check(f19, '政府集中采购总金额25万元。').drafts).toEqual([]);
    expect(check(f19, '政府集中采购总金额250000元。').drafts).toEqual([]);
    expect(check(f19, '政府集中采购总金额25.01万元。').drafts).toEqual([]);
    const sentence = '政府集中采购总金额25.02万元。';
    const { model, drafts } = check(f19, sentence);
    expect(drafts.map(shape)).toEqual([
      {
        rule: 'narrative:procurement-amount', table: 'active', cell: { row: 'art20_9.procurement', col: 'amount' }, related: undefined, actual: 250_000, blank: undefined,
        msg: 'f_narrative_amount',
        args: { whatClaim: '@claim_procurement_amount', said: 25.02, tableWan: 25, raw: '250000元', assumed: '元', quote: sentence }, where: sentence,
      },
    ]);
    expect(drafts[0]!.src).toBe(cellOf(model.mapping, 'active', 'art20_9.procurement', 'amount')!.src);
    expect(drafts[0]!.relatedSrc).toHaveLength(1);
    expect(drafts[0]!.relatedSrc![0]).not.toBe(drafts[0]!.src);
  });

  it('a column without its unit may be 元 or 万元; a large sum is compared to its own share', () => {
    f19.units = {};
    expect(check(f19, '政府集中采购总金额25万元。').drafts).toEqual([]);
    expect(check(f19, '政府集中采购总金额250000万元。').drafts).toEqual([]);
    expect(check(f19, '政府集中采购总金额25亿元。').drafts).toEqual([]);
    const [d] = check(f19, '政府集中采购总金额26万元。').drafts;
    expect(d!.args).toMatchObject({ said: 26, tableWan: 25, raw: '250000', assumed: '元' });
    // 10 亿元 = 100,000 万元: a sum said within 0.05% of itself (about 50 万元) agrees
    f19.values.set('active/art20_9.procurement/amount', 1_000_000_000);
    expect(check(f19, '政府集中采购总金额100040万元。').drafts).toEqual([]);
    expect(check(f19, '政府集中采购总金额100060万元。').drafts.map((d) => d.rule)).toEqual(['narrative:procurement-amount']);
  });

  it('toWan: 元 and 亿元 converted, 万元 and no unit as they are', () => {
    expect([toWan(50_000, '元'), toWan(2, '亿元'), toWan(7, '万元'), toWan(7, null)]).toEqual([5, 20_000, 7, 7]);
  });
});

describe('procurement in a 2021 report', () => {
  it('stated at all: one finding, with what it said', () => {
    const s = '政府集中采购项目3个，采购金额20万元。';
    expect(check(f21, `${s}另有政府集中采购项目5个。`).drafts.map(shape)).toEqual([
      { rule: 'narrative:procurement-dropped', table: 'active', cell: null, related: undefined, actual: undefined, blank: undefined, msg: 'f_narrative_dropped', args: { count: 3, amount: '20万元' }, where: s },
    ]);
    expect(check(f21, '政府集中采购项目3个。').drafts.map((d) => d.args)).toEqual([{ count: 3, amount: '—' }]);
    expect(check(f21, '政府集中采购金额20万元。').drafts.map((d) => d.args)).toEqual([{ count: '—', amount: '20万元' }]);
    expect(check(f19, '政府集中采购项目3个，采购金额20万元。').drafts.map((d) => d.rule)).not.toContain('narrative:procurement-dropped');
  });
});
