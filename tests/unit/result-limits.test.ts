/**
 * A result never fails its own schema on the way out: texts are bounded where findings are made (lib/result/limits.ts),
 * and a report that would still fail (an engine defect) is written as one that could not be audited, the export going
 * on with the others. Found when a folder held one report's text in 160 forms: 「另有记录也称是本机关…」 named every
 * other form, past 2,000 characters, and the command stopped with a ZodError after writing half its JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { toJson } from '../../lib/result/format';
import { bounded, MAX_TEXT } from '../../lib/result/limits';
import { ReportResult } from '../../lib/result/schema';

const R0 = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), 'seed-000').result;

describe('bounded', () => {
  it('keeps a text of MAX_TEXT characters, cuts a longer one to MAX_TEXT with its end marked', () => {
    expect(MAX_TEXT).toBe(2000);
    expect(bounded('甲'.repeat(2000))).toBe('甲'.repeat(2000));
    expect(bounded('甲'.repeat(2001))).toBe(`${'甲'.repeat(1999)}…`);
    expect(bounded('甲'.repeat(2001)).length).toBe(2000);
    expect(bounded('abcdef', 4)).toBe('abc…');
  });
});

describe('the JSON export of a report that fails the schema', () => {
  it('writes it as a report that could not be audited, saying which field, and goes on with the others', () => {
    const broken: ReportResult = { ...R0, source: 'broken.txt', findings: [{ ...R0.findings[0]!, message: '长'.repeat(2500) }] };
    const out = JSON.parse(toJson([broken, R0]));
    expect(out.reports).toHaveLength(2);
    expect(out.reports[0]).toMatchObject({ source: 'broken.txt', isReport: false, verdict: 'error', error: '审计结果未通过格式校验（findings.0.message），未写出', findings: [] });
    expect(out.reports[1].findings).toHaveLength(R0.findings.length);
    expect(ReportResult.safeParse(out.reports[1]).success).toBe(true);
  });
});
