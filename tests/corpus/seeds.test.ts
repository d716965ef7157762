/**
 * The five seed reports (tests/fixtures, copied from the shared seeds) give exactly
 * the findings an auditor finds in them (report-model.md), and nothing else.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { ReportResult } from '../../lib/result/schema';
import { culpritText } from '../../lib/result/wording';

const seed = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

interface Expect {
  file: string;
  meta: Partial<ReportResult>;
  /** id → [severity, expected, actual], every finding (a table's blank cells are one notice). */
  findings: Record<string, [string, number | null, number | null]>;
  /** Cells the blank-cell notice of 表三 lists. */
  blankCells: number;
}

const SEEDS: Expect[] = [
  {
    file: '000_dccf7277737237a5.txt',
    meta: { isReport: true, title: '2020年上塘街道政府信息公开工作年度报告', organ: '上塘街道', organLevel: 'township', year: 2020, template: '2019', datedOn: null, provenance: { organ: 'title', year: 'title', level: 'name' } },
    findings: {
      'row-total:requests:new:total': ['error', 2, 1],
      'row-total:requests:result.disclosed:total': ['error', 3, 0],
      // the blank （七）总计·总计: the balance with the corrected 本年新收 needs 3, as its row does — one answer
      // the blank （七）总计·总计 whose row prints 3: its row and the balance, one finding
      'row-total:requests:result.total:total': ['error', 3, null],
      // the text's 2 agrees with the arithmetic: 本年新收·总计 should be 2
      'narrative:requests:new:total': ['warning', 2, 1],
      'section:numbering:一、2020年政务公开工作完成情况及成效': ['warning', null, null],
      'blank-cell:requests:*:*': ['notice', null, null],
    },
    blankCells: 131,
  },
  {
    file: '001_d0214403203dae15.txt',
    meta: { isReport: true, title: '政府信息公开工作年度报告', organ: '八泉街道办事处', year: 2021, template: '2021', datedOn: '2022-01-24', provenance: { organ: 'signature', year: 'signature', level: 'name' } },
    findings: {
      'narrative:procurement-dropped:active:procurement': ['warning', null, null],
      'plausibility:active:art20_8.fees:amount_wan': ['warning', 3.98, 39800],
      // 六 reads only 「无」: no word on 信息处理费, which the 2021 template asks of every organ; 五 names this year's
      // problems and measures but nothing of last year's
      'section-content:no-fees': ['warning', null, null],
      'shape:title-year': ['notice', null, null],
      'section-content:no-rectification': ['notice', null, null],
    },
    blankCells: 0,
  },
  {
    file: '002_d2562da69713e31b.txt',
    meta: { isReport: true, title: null, organ: '东通化街道', year: 2020, template: '2019', provenance: { organ: 'text', year: 'period', level: 'name' } },
    findings: {
      'shape:title-missing': ['notice', null, null],
      'shape:active:header:new_made': ['notice', null, null],
      'shape:active:header:new_published': ['notice', null, null],
    },
    blankCells: 0,
  },
  {
    file: '003_c3aabf95d6dbbe44.txt',
    meta: { isReport: true, title: null, organ: '龙门街道', year: 2020, template: '2019' },
    findings: {
      'shape:appeals:counts:*': ['error', 15, 16],
      'appeal-total:appeals:counts:suit_after_review.total': ['error', 1, 0],
      'section:numbering:二、收到和处理政府信息公开申请情况': ['warning', null, null],
      'shape:title-missing': ['notice', null, null],
    },
    blankCells: 0,
  },
  {
    file: '004_0c8d149e9c0e9704.txt',
    meta: { isReport: true, title: '澄月街道政府信息公开工作年度报告', organ: '澄月街道', year: 2020, template: '2019', datedOn: '2021-02-04' },
    findings: {
      'shape:active:art20_8.fees:*': ['error', 2, 3],
      'shape:requests:*:*': ['error', 7, 14],
      'stock:active:extra.1:total_published': ['error', 86, 0],
      'narrative:active:art20_9.procurement:count': ['warning', null, 62],
      'narrative:active:art20_9.procurement:amount': ['warning', null, 9722328],
      'deadline:late': ['warning', null, null],
      'shape:title-year': ['notice', null, null],
      'shape:active:extra.1:*': ['notice', null, null],
    },
    blankCells: 0,
  },
];

describe.each(SEEDS)('seed $file', (s) => {
  // audited in each test, not where the block is collected: a mutation run switches its mutant on per test
  let result: ReturnType<typeof auditText>['result'];
  beforeEach(() => {
    result = auditText(seed(s.file), s.file).result;
  });

  it('is a valid audit result', () => {
    expect(() => ReportResult.parse(result)).not.toThrow();
    expect(result.error).toBeNull();
  });

  it('reads the report metadata', () => {
    expect(result).toMatchObject(s.meta);
  });

  it('gives exactly the expected findings', () => {
    const got = Object.fromEntries(result.findings.map((f) => [f.id, [f.severity, f.expected, f.actual]]));
    expect(got).toEqual(s.findings);
  });

  it('lists its blank cells in one notice', () => {
    const blanks = result.findings.filter((f) => f.rule === 'blank-cell');
    expect(blanks.length).toBe(s.blankCells ? 1 : 0);
    if (s.blankCells) {
      expect(blanks[0]!.related).toHaveLength(s.blankCells);
      expect(blanks[0]!.covers).toEqual(blanks[0]!.related.map((c) => `blank-cell:requests:${c.row}:${c.col}`));
    }
  });

  it('finds all three tables', () => {
    expect(result.tables.map((t) => t.found)).toEqual([true, true, true]);
  });

  it('every finding on a cell agrees on what the cell should be', () => {
    const byCell = new Map<string, Set<number | null>>();
    for (const f of result.findings) {
      if (!f.cell || f.cell.row === '*' || f.cell.col === '*') continue;
      const k = `${f.table}/${f.cell.row}/${f.cell.col}`;
      const v = byCell.get(k) ?? new Set();
      if (f.expected !== null && f.rule.split(':')[0] !== 'shape') v.add(f.expected);
      byCell.set(k, v);
    }
    for (const [k, v] of byCell) expect([...v], k).toHaveLength(Math.min(v.size, 1));
  });
});

describe('seed details', () => {
  it('the clean seed 002 gives no narrative, plausibility, deadline or section finding', () => {
    const { result } = auditText(seed('002_d2562da69713e31b.txt'));
    expect(result.findings.filter((f) => /^(narrative|plausibility|deadline|section)/.test(f.rule))).toEqual([]);
    expect(result.verdict).toBe('pass');
  });

  it('000: flags the cells report-model.md names, with the cells that entered the sum', () => {
    const { result } = auditText(seed('000_dccf7277737237a5.txt'));
    const f = result.findings.find((x) => x.id === 'row-total:requests:new:total')!;
    expect(f.table).toBe('requests');
    expect(f.cell).toEqual({ row: 'new', col: 'total' });
    expect(f.related.map((r) => r.col)).toEqual(['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org']);
    expect(f.message).toBe('本年新收申请：总计填报 1，各类申请人合计为 2');
    // a blank total whose printed parts hold numbers is checked against them: its row and the balance, one finding
    const b = result.findings.find((x) => x.id === 'row-total:requests:result.total:total')!;
    expect(b.related).toEqual([
      ...['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org'].map((col) => ({ row: 'result.total', col })),
      { row: 'new', col: 'total' }, { row: 'carried_in', col: 'total' }, { row: 'carried_out', col: 'total' },
    ]);
    expect(b.covers).toEqual(['row-total:requests:result.total:total', 'balance:requests:result.total:total']);
    expect(result.verdict).toBe('fail');
  });

  it('000: the blank （七）总计·总计 says it is blank, never 填报 0, and what it should hold', () => {
    const { result } = auditText(seed('000_dccf7277737237a5.txt'));
    const f = result.findings.find((x) => x.id === 'row-total:requests:result.total:total')!;
    expect(f).toMatchObject({ blank: true, actual: null, expected: 3 });
    expect(f.message).toBe('办理结果总计·总计：空白（按 0 计），应为 3（涉及行合计与勾稽关系）');
    expect(f.message).not.toContain('填报 0');
    const notice = result.findings.find((x) => x.id === 'blank-cell:requests:*:*')!;
    expect(notice.related).not.toContainEqual({ row: 'result.total', col: 'total' });
    expect(notice.message).toBe('表三有 131 个单元格未填数字（空白、“—”或“无”，按 0 计）');
  });

  it('000: the narrative finding says what the text and the table print and that the text agrees with the arithmetic', () => {
    const { result } = auditText(seed('000_dccf7277737237a5.txt'));
    const f = result.findings.find((x) => x.id === 'narrative:requests:new:total')!;
    expect(f.message).toBe('正文称收到信息公开申请 2，表三「本年新收申请·总计」为 1；正文与表格的算术一致：该格应为 2');
  });

  it('000: the likely culprits are the three totals, with the values that repair every relation', () => {
    const { result } = auditText(seed('000_dccf7277737237a5.txt'));
    const errs = result.findings.filter((x) => x.severity === 'error');
    expect(errs.map((x) => [x.id, x.culprit, x.suggested])).toEqual([
      ['row-total:requests:new:total', { row: 'new', col: 'total' }, 2],
      ['row-total:requests:result.disclosed:total', { row: 'result.disclosed', col: 'total' }, 3],
      ['row-total:requests:result.total:total', { row: 'result.total', col: 'total' }, 3],
    ]);
    expect(errs[0]!.repair).toEqual({
      kind: 'unique', cell: { row: 'new', col: 'total' }, to: 2, fixes: ['row-total', 'balance'],
      changes: [{ row: 'new', col: 'total', from: 1, to: 2 }, { row: 'result.disclosed', col: 'total', from: 0, to: 3 }, { row: 'result.total', col: 'total', from: 0, to: 3 }],
    });
    expect(errs[0]!.args).not.toHaveProperty('changes');
    expect(culpritText(errs[0]!)).toBe(
      '表三 · 本年新收申请 · 总计 可能有误：改为 2 后，行合计与勾稽关系均成立。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 予以公开 · 总计 改为 3、表三 · 办理结果总计 · 总计 改为 3',
    );
  });

  it('003: the appeals total cannot be told from the cell beside it: the analysis says so', () => {
    const { result } = auditText(seed('003_c3aabf95d6dbbe44.txt'));
    const f = result.findings.find((x) => x.rule === 'appeal-total')!;
    expect(f.culprit).toBeNull();
    expect(culpritText(f)).toBe('无法确定哪个单元格有误：表四 · 行政诉讼（复议后起诉）·总计 改为 1，或表四 · 行政诉讼（复议后起诉）·结果纠正 改为 0，都能使关系成立');
  });

  it('003: reads the appeals row as printed and reports the extra value', () => {
    const { result } = auditText(seed('003_c3aabf95d6dbbe44.txt'));
    const f = result.findings.find((x) => x.rule === 'shape:extra-values')!;
    expect(f.message).toContain('多出的数值：1');
  });

  it('004: the extra row is named by its own label', () => {
    const { result } = auditText(seed('004_0c8d149e9c0e9704.txt'));
    const f = result.findings.find((x) => x.rule === 'stock')!;
    expect(f.message).toMatch(/^其他（本单位/);
  });

  it('finding ids are stable across runs', () => {
    const a = auditText(seed('000_dccf7277737237a5.txt')).result.findings.map((f) => f.id);
    const b = auditText(seed('000_dccf7277737237a5.txt')).result.findings.map((f) => f.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });
});
