/**
 * What a cell rule hands the later stages, draft by draft: the cell, the cells it rests on and where each was
 * read, the figures its words name. The grouping may speak for several drafts at once (blank cells become one
 * notice per table), so what each rule itself read is pinned here, on the model the pipeline built.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { blankCell } from '../../lib/rules/blank-cell';
import { stock } from '../../lib/rules/stock';
import { stockItems } from '../../lib/rules/stock-items';
import { rowTotal } from '../../lib/rules/row-total';
import { balance } from '../../lib/rules/balance';
import { appealTotal } from '../../lib/rules/appeal-total';
import { columnTotal } from '../../lib/rules/column-total';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const base = (): Filled => randomFilled(mulberry32(5), '2019', '测试街道');
const modelOf = (text: string) => auditText(text, 'test').model!;

describe('blank-cell', () => {
  it('one draft per blank cell, read as 0, with what was printed there (空白 for nothing)', () => {
    const text = reportText(base()).replace('行政强制\t0\t0\t0', '行政强制\t—\t\t无');
    expect(blankCell.check(modelOf(text))).toEqual([
      { table: 'active', cell: { row: 'art20_6.coercion', col: 'prev_items' }, actual: 0, msg: 'f_blank_cell', args: { raw: '—' }, src: { line: 18 } },
      { table: 'active', cell: { row: 'art20_6.coercion', col: 'delta' }, actual: 0, msg: 'f_blank_cell', args: { raw: '空白' }, src: { line: 18 } },
      { table: 'active', cell: { row: 'art20_6.coercion', col: 'decisions' }, actual: 0, msg: 'f_blank_cell', args: { raw: '无' }, src: { line: 18 } },
    ]);
  });
  it('a report without blanks gives none', () => {
    expect(blankCell.check(modelOf(reportText(base())))).toEqual([]);
  });
});

describe('stock', () => {
  it('names 本年新公开数量 as the cell it rests on, and where both were read', () => {
    const f = base();
    f.values.set('active/art20_1.normative/new_made', 5);
    f.values.set('active/art20_1.normative/new_published', 5);
    f.values.set('active/art20_1.normative/total_published', 2);
    expect(stock.check(modelOf(reportText(f)))).toEqual([{
      table: 'active',
      cell: { row: 'art20_1.normative', col: 'total_published' },
      related: [{ row: 'art20_1.normative', col: 'new_published' }],
      expected: 5,
      actual: 2,
      msg: 'f_stock',
      args: { expected: 5, actual: 2 },
      src: { line: 10 },
      relatedSrc: [{ line: 10 }],
    }]);
  });
  it('a total equal to the new ones holds; a row short of its total cell is not read', () => {
    const f = base();
    f.values.set('active/art20_1.normative/new_made', 5);
    f.values.set('active/art20_1.normative/new_published', 5);
    f.values.set('active/art20_1.normative/total_published', 5);
    expect(stock.check(modelOf(reportText(f)))).toEqual([]);
    const short = reportText(base()).replace(/规章\t\d+\t\d+\t\d+/, '规章\t3\t3');
    expect(stock.check(modelOf(short))).toEqual([]);
  });
});

describe('stock:items', () => {
  it('names 上一年项目数量, the figures it adds, and where they were read', () => {
    const f = base();
    f.values.set('active/art20_6.penalty/prev_items', 1);
    f.values.set('active/art20_6.penalty/delta', -3);
    expect(stockItems.check(modelOf(reportText(f)))).toEqual([{
      table: 'active',
      cell: { row: 'art20_6.penalty', col: 'delta' },
      related: [{ row: 'art20_6.penalty', col: 'prev_items' }],
      expected: null,
      actual: -2,
      msg: 'f_stock_items',
      args: { prev: 1, delta: -3, actual: -2 },
      src: { line: 17 },
      relatedSrc: [{ line: 17 }],
    }]);
  });
  it('a fall to exactly 0 holds; a row short of its change is not read', () => {
    const f = base();
    f.values.set('active/art20_6.penalty/prev_items', 3);
    f.values.set('active/art20_6.penalty/delta', -3);
    expect(stockItems.check(modelOf(reportText(f)))).toEqual([]);
    const short = reportText(base()).replace(/行政处罚\t\d+\t-?\d+\t\d+/, '行政处罚\t3');
    expect(stockItems.check(modelOf(short))).toEqual([]);
  });
});

describe('an arithmetic rule with blanks in its relation', () => {
  // 本年新收's total left blank; one part of 部分公开 blank while its total is one more than the printed parts
  const blanks = () =>
    reportText(base())
      .replace(/^(一、本年新收政府信息公开申请数量(?:\t\d+){6})\t\d+$/m, '$1\t—')
      .replace(/^(（二）部分公开（区分处理的，只计这一情形，不计其他情形）)\t\d+((?:\t\d+){5})\t(\d+)$/m, (_, a, b, c) => `${a}\t—${b}\t${Number(c) + 1}`);
  const applicants = (row: string) => ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org'].map((col) => ({ row, col }));

  it('a blank total says what its printed parts give; a total beside blank parts names no value, only the printed sum and how many are blank', () => {
    expect(rowTotal.check(modelOf(blanks()))).toEqual([
      {
        table: 'requests', cell: { row: 'new', col: 'total' }, related: applicants('new'), src: { line: 30 }, relatedSrc: Array(6).fill({ line: 30 }),
        rule: 'row-total:blank', blank: true, actual: null, expected: 128, msg: 'f_blank_total', args: { expected: 128, fam: '@fam_row_total' },
      },
      {
        table: 'requests', cell: { row: 'result.partial', col: 'total' }, related: applicants('result.partial'), src: { line: 33 }, relatedSrc: Array(6).fill({ line: 33 }),
        rule: 'row-total:with-blanks', expected: null, actual: 23, msg: 'f_with_blanks', args: { sum: 17, n: 1, fam: '@fam_row_total' },
      },
    ]);
  });
  it('the balance names its target among the cells related, and where the other three were read', () => {
    expect(balance.check(modelOf(blanks()))).toEqual([{
      table: 'requests',
      cell: { row: 'result.total', col: 'total' },
      related: [{ row: 'new', col: 'total' }, { row: 'carried_in', col: 'total' }, { row: 'result.total', col: 'total' }, { row: 'carried_out', col: 'total' }],
      src: { line: 51 },
      relatedSrc: [{ line: 30 }, { line: 31 }, { line: 52 }],
      rule: 'balance:with-blanks', expected: null, actual: 183, msg: 'f_with_blanks', args: { sum: 55, n: 1, fam: '@fam_balance' },
    }]);
  });
});

describe('a row wrong however its run-together digits are read (lib/template/read-runs.ts, failingEvery)', () => {
  const real = (name: string) => readFileSync(join(__dirname, '../fixtures/real/fujian7', name), 'utf8');

  it('表四 of 808: 复议后起诉’s total fails in all 24 splits — one error on that total, its parts related, no value named', () => {
    const audit = auditText(real('808_pingtan-shs-2024.txt'), '808');
    const drafts = appealTotal.check(audit.model!);
    expect(drafts).toEqual([{
      rule: 'appeal-total:every-reading',
      table: 'appeals',
      cell: { row: 'counts', col: 'suit_after_review.total' },
      related: ['upheld', 'corrected', 'other', 'pending'].map((p) => ({ row: 'counts', col: `suit_after_review.${p}` })),
      expected: null,
      actual: null,
      src: drafts[0]!.src,
      msg: 'f_every_reading',
      args: { digits: '00202000001324015', n: 24, fam: '@fam_appeal_total' },
    }]);
    expect(drafts[0]!.src).toEqual({ line: 10 });
    const f = audit.result.findings.find((x) => x.rule === 'appeal-total:every-reading')!;
    expect([f.id, f.severity, f.needsReview, f.repair, f.expected, f.actual]).toEqual(['appeal-total:appeals:counts:suit_after_review.total', 'error', undefined, null, null, null]);
    expect(f.message).toBe('行政诉讼（复议后起诉）·总计：本行各格数字连在一起（「00202000001324015」），按列数拆分的 24 种读法下复议诉讼合计都不成立，无论怎样读都有误');
    // the row itself stays unread: said once as needs review
    expect(audit.result.findings.filter((x) => x.needsReview).map((x) => x.id)).toEqual(['shape:run-together-undecided:appeals']);
  });

  it('表三 of 811: （七）总计「191000019」 fails its total in all seven splits — no other family, and the culprit analysis leaves it alone', () => {
    const audit = auditText(real('811_pingtan-zrz-2023.txt'), '811');
    expect(rowTotal.check(audit.model!).filter((d) => d.rule === 'row-total:every-reading').map((d) => [d.cell, d.args])).toEqual([
      [{ row: 'result.total', col: 'total' }, { digits: '191000019', n: 7, fam: '@fam_row_total' }],
    ]);
    // the column total and the balance also end on （七）总计's total cell: neither is said of every reading
    expect(columnTotal.check(audit.model!).some((d) => d.rule?.endsWith(':every-reading'))).toBe(false);
    expect(balance.check(audit.model!).some((d) => d.rule?.endsWith(':every-reading'))).toBe(false);
    const f = audit.result.findings.find((x) => x.id === 'row-total:requests:result.total:total')!;
    expect([f.rule, f.covers, f.repair]).toEqual(['row-total:every-reading', [], null]);
    // 部分公开's own fault keeps its repairs
    expect(audit.result.findings.find((x) => x.id === 'row-total:requests:result.partial:total')!.repair?.kind).toBe('ambiguous');
  });
});
