/**
 * Bad input gets a clear answer: a result with findings, in bounded time, and no
 * error — the engine turns what throws into an error result, so these tests assert
 * that no error occurred; an input that really cannot be read says so in words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { auditHtml } from '../../lib/node';
import { ReportResult } from '../../lib/result/schema';
import { runRules } from '../../lib/pipeline/findings';

const valid = (r: ReportResult) => {
  expect(() => ReportResult.parse(r)).not.toThrow();
  expect(r.error).toBeNull();
  expect(r.verdict).not.toBe('error');
};

describe('bad input', () => {
  it('a table with 5,000 rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i % 3 ? '规章' : '其他'}</td><td>${i}</td><td>${i}</td><td>${i}</td></tr>`).join('');
    const html = `<html><body><h1>2020年某街道政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><table><tr><td colspan=4>第二十条第（一）项</td></tr>${rows}</table></body></html>`;
    const { result } = auditHtml(html, 'big');
    valid(result);
    expect(result.isReport).toBe(true);
    expect(result.findings.some((f) => f.rule === 'shape:duplicate-row')).toBe(true);
  });

  it('broken markup', () => {
    const html = '<html><body><table><tr><td rowspan="x">规章<td>1<tr><td colspan=99999>0</table></td></div></span><p>一、总体情况<table><tr><td>';
    valid(auditHtml(html, 'broken').result);
  });

  it('binary junk as text and as html', () => {
    const junk = String.fromCharCode(...Array.from({ length: 20000 }, (_, i) => (i * 7919) % 65536));
    valid(auditText(junk, 'junk').result);
    valid(auditHtml(junk, 'junk').result);
  });

  it('deeply nested elements and a million-character cell', () => {
    const html = `<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}<table><tr><td>${'规'.repeat(1_000_000)}</td><td>1</td></tr><tr><td>a</td><td>b</td></tr></table></body></html>`;
    valid(auditHtml(html, 'deep').result);
  });

  it('control characters, full-width digits, odd spaces in a seed', () => {
    const seed = readFileSync(new URL('../fixtures/003_c3aabf95d6dbbe44.txt', import.meta.url), 'utf8');
    const odd = seed.replace(/\t0\t/g, '\t\u0000０\u200b\t').replace(/总体情况/, '总\u0007体情况');
    const { result } = auditText(odd, 'odd');
    valid(result);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual([
      'shape:appeals:counts:*', 'appeal-total:appeals:counts:suit_after_review.total',
    ]);
  });

  it('an empty page and an empty text', () => {
    expect(auditHtml('', 'e').result.verdict).toBe('not-report');
    expect(auditText('', 'e').result.verdict).toBe('not-report');
  });

  it('a text too large is refused with an error in words', () => {
    const r = auditText('x'.repeat(20_000_001), 'huge').result;
    expect(r.verdict).toBe('error');
    expect(r.error).toMatch(/^无法审计：文本过大（20000001 字符）$/);
  });

  it('a rule that throws is reported as an error of the audit, not swallowed', () => {
    const seed = readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8');
    const model = auditText(seed, 'seed').model!;
    const boom = { id: 'boom', family: 'shape' as const, codes: { 'shape:boom': { severity: 'error' as const, zh: '测试用规则', en: 'a test rule' } }, check: () => { throw new Error('爆了'); } };
    const { errors } = runRules(model, [boom]);
    expect(errors).toEqual(['boom: 爆了']);
    const unregistered = { ...boom, check: () => [{ rule: 'shape:nowhere', table: null, cell: null, msg: 'x' }] };
    expect(runRules(model, [unregistered]).errors).toEqual(['boom: 未登记的问题代码 shape:nowhere']);
  });
});
