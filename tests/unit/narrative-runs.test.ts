/**
 * What the text says of a 表二 cell whose row could not be read, weighed against every reading of the row's digits
 * (lib/rules/narrative-runs.ts): the readings with blank cells, the cell a claim names, and the finding said only
 * where no reading gives the cell the claimed figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { activeCellOf, undecidedClaim } from '../../lib/rules/narrative-runs';
import { readingsWithBlanks } from '../../lib/template/runs';
import type { ReportModel } from '../../lib/model';
import { narrative } from '../../lib/rules/narrative';
import { findClaims } from '../../lib/text/claims';

const REAL_703 = readFileSync(join(__dirname, '../fixtures/real/fujian6/703_pingtan-gwhbgs-2022.txt'), 'utf8');

describe('readingsWithBlanks', () => {
  it('every reading of the runs as k cells, a cell a number or blank, none across two runs, no leading zero but 0', () => {
    expect(readingsWithBlanks(['12'], 2)!.map((r) => r.map((x) => x ?? '_').join('|')).sort()).toEqual(['12|_', '1|2', '_|12']);
    expect(readingsWithBlanks(['1', '2'], 2)!.map((r) => r.join('|'))).toEqual(['1|2']);
    expect(readingsWithBlanks(['1', '2'], 3)!.map((r) => r.map((x) => x ?? '_').join('|')).sort()).toEqual(['1|2|_', '1|_|2', '_|1|2']);
    // 05 is no number; 0 is
    expect(readingsWithBlanks(['05'], 2)!.map((r) => r.join('|'))).toEqual(['0|5']);
    expect(readingsWithBlanks(['123'], 1)!.map((r) => r.join('|'))).toEqual(['123']);
    // more runs than cells: none
    expect(readingsWithBlanks(['1', '2', '3'], 2)).toEqual([]);
    // 34089 in three cells: 89 or 9 or 4089 … in the last, never 424
    const all = readingsWithBlanks(['34089'], 3)!;
    expect(all).toHaveLength(16);
    expect(all.some((r) => r[2] === 424)).toBe(false);
    expect(all).toContainEqual([34, 0, 89]);
    expect(all).toContainEqual([340, 89, null]);
  });

  it('too many readings to weigh: null, not a partial list', () => {
    expect(readingsWithBlanks(['1'.repeat(40)], 8)).toBeNull();
  });
});

describe('activeCellOf', () => {
  it('names the 表二 cell of each one-figure claim, by the template’s version', () => {
    expect(activeCellOf('normative-issued', '2021')).toEqual({ row: 'art20_1.normative', col: 'issued' });
    expect(activeCellOf('normative-issued', '2019')).toEqual({ row: 'art20_1.normative', col: 'new_made' });
    expect(activeCellOf('rules-issued', '2019')).toEqual({ row: 'art20_1.rules', col: 'new_made' });
    expect(activeCellOf('normative-in-force', '2021')).toEqual({ row: 'art20_1.normative', col: 'in_force' });
    expect(activeCellOf('normative-in-force', '2019')).toBeNull();
    expect(activeCellOf('rules-repealed', '2021')).toEqual({ row: 'art20_1.rules', col: 'repealed' });
    expect(activeCellOf('penalties', '2019')).toEqual({ row: 'art20_6.penalty', col: 'decisions' });
    expect(activeCellOf('licences', '2021')).toEqual({ row: 'art20_5.license', col: 'decisions' });
    expect(activeCellOf('procurement-count', '2019')).toEqual({ row: 'art20_9.procurement', col: 'count' });
    expect(activeCellOf('requests-received', '2021')).toBeNull();
  });
});

describe('a claim against an undecided 表二 row (real: 平潭综合实验区管委会办公室 2022, labelled by hand)', () => {
  it('the subject-less clause after the documents’ count is a claim of those in force', () => {
    expect(findClaims('本年度制发规范性文件34件，现行有效件数424件。', '本年度制发规范性文件34件，现行有效件数424件。')).toEqual([
      { kind: 'normative-issued', value: 34 },
      { kind: 'normative-in-force', value: 424 },
    ]);
    // another noun after 现行有效 is no claim of normative documents
    expect(findClaims('制发规范性文件3件，现行有效规章5件。', '制发规范性文件3件，现行有效规章5件。').map((c) => c.kind)).not.toContain('normative-in-force');
  });

  it('现行有效 424 against 「34089」: one warning on the cell, outside needs review though the row is undecided; 34 issued fits a reading', () => {
    const audit = auditText(REAL_703, '703');
    const drafts = narrative.check(audit.model!);
    expect(drafts).toEqual([{
      rule: 'narrative:every-reading',
      table: 'active',
      cell: { row: 'art20_1.normative', col: 'in_force' },
      expected: null,
      actual: null,
      msg: 'f_narrative_every_reading',
      args: { whatClaim: '@claim_normative_in_force', said: 424, digits: '34089', n: 16, quote: '八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。' },
      where: '八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。',
      src: audit.model!.mapping.tables.active.rowSrc.get('art20_1.normative'),
      relatedSrc: [drafts[0]!.relatedSrc![0]],
    }]);
    const f = audit.result.findings.find((x) => x.rule === 'narrative:every-reading')!;
    expect([f.severity, f.needsReview]).toEqual(['warning', undefined]);
    expect(f.message).toBe('正文称现行有效行政规范性文件 424，表二「规范性文件」的数字连在一起印作「34089」，按列数的 16 种读法（含空白格）「现行有效件数」都不是 424');
  });

  it('a figure some reading gives, or the documents in force before this year’s where the text counts them so, says nothing', () => {
    const fits = REAL_703.replace('现行有效件数424件', '现行有效件数89件');
    expect(narrative.check(auditText(fits, '703').model!)).toEqual([]);
    // 89 − 34 = 55 in force before this year's, counted apart from the 34 made this year
    const before = REAL_703.replace('现行有效件数424件', '现行有效件数55件');
    expect(narrative.check(auditText(before, '703').model!)).toEqual([]);
    // said twice, one finding
    const twice = REAL_703.replace('现行有效件数424件。', '现行有效件数424件。现行有效规范性文件424件。');
    expect(narrative.check(auditText(twice, '703').model!)).toHaveLength(1);
    const notBefore = REAL_703.replace('本年度制发规范性文件34件，现行有效件数424件', '发布规范性文件34件，现行有效件数55件');
    expect(narrative.check(auditText(notBefore, '703').model!).map((d) => d.args!.said)).toEqual([55]);
  });
});

describe('undecidedClaim on a row made by hand', () => {
  const model = (digits: string) =>
    ({
      version: '2021',
      mapping: {
        issues: [{ kind: 'run-together', table: 'active', told: 0, widened: 0, src: {}, undecided: [{ row: 'art20_1.normative', label: '行政规范性文件', digits, how: 'merged', cols: ['issued', 'repealed', 'in_force'] }] }],
        tables: { active: { rowSrc: new Map([['art20_1.normative', { line: 7 }]]) } },
      },
    }) as unknown as ReportModel;
  const s = (text: string) => ({ text, src: { line: 1 }, statement: text }) as never;
  const claim = (kind: 'normative-in-force' | 'normative-issued', value: number) => ({ kind, value });

  it('a blank cell is read as 0: a figure of 0 fits a reading that leaves the cell blank', () => {
    expect(undecidedClaim(model('34'), claim('normative-in-force', 0), s('现行有效0件'))).toBeNull();
    expect(undecidedClaim(model('34'), claim('normative-in-force', 5), s('现行有效5件'))?.cell).toEqual({ row: 'art20_1.normative', col: 'in_force' });
  });

  it('runs that are not plain digits (a sign, a point) are weighed not at all', () => {
    expect(undecidedClaim(model('3-4089'), claim('normative-in-force', 424), s('现行有效424件'))).toBeNull();
    expect(undecidedClaim(model('3 4089'), claim('normative-in-force', 424), s('现行有效424件'))?.args?.digits).toBe('3 4089');
  });

  it('the documents in force before this year’s are what else only a figure of those in force may be', () => {
    // 89 − 34 = 55 in force before this year: a figure of documents issued this year is not helped by it
    const text = REAL_703.replace('本年度制发规范性文件34件', '本年度制发规范性文件55件');
    expect(narrative.check(auditText(text, '703').model!).map((d) => [d.cell!.col, d.args!.said])).toEqual([['issued', 55], ['in_force', 424]]);
  });
});
