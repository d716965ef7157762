/**
 * Bad input, generated: random and mutated markup, absurd spans, deep nesting,
 * empty tables, huge cells, control characters, mixed encodings, template labels
 * in random places. The engine returns a schema-valid result for every input, and
 * no error: every such input is readable (the engine catches what throws and turns
 * it into an error result, so "no throw" alone would pass on a broken engine).
 * The test's time limit bounds the time.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { auditHtml } from '../../lib/node';
import { decode } from '../../lib/text/decode';
import { ReportResult } from '../../lib/result/schema';

const LABELS = [
  '第二十条第（一）项', '信息内容', '本年新制作数量', '规章', '规范性文件', '行政许可', '政府集中采购',
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（三）不予公开',
  '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理', '行政复议', '行政诉讼', '结果维持', '总计', '其他', '本年新',
  '一、总体情况', '六、其他需要报告的事项', '2021年1月31日', '统计期限自2020年1月1日起至2020年12月31日止',
];
const TAGS = ['table', 'tr', 'td', 'th', 'tbody', 'p', 'div', 'span', 'br', 'pre', 'b', 'font', 'h1'];
const SAMPLE = readFileSync(new URL('../fixtures/pages/sample-report.html', import.meta.url), 'utf8');

const text = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.integer({ min: -5, max: 100000 }).map(String),
  fc.constantFrom('—', '/', '无', '', ' ', '&nbsp;', '１２３', '1,234', '5件', '3.5', '\u0000\u0007\u001b', '\ufeff\u200b', '<', '&', '"'),
  fc.string({ maxLength: 12 }),
);
const attr = fc.oneof(
  fc.constant(''),
  fc.constantFrom(0, -1, 1, 2, 3, 10000, 65535, 2147483647).chain((n) => fc.constantFrom(` rowspan="${n}"`, ` colspan="${n}"`, ` rowspan=${n} colspan=${n}`)),
  fc.constantFrom(' rowspan="x"', ' colspan=""', ' hidden', ' style="display:none"'),
);

/** Random markup: trees of table and text tags with labels and numbers, sometimes left unclosed. */
const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), attr, fc.array(tie('node'), { maxLength: 6 }), fc.boolean()).map(
      ([tag, a, kids, close]) => `<${tag}${a}>${(kids as string[]).join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node as fc.Arbitrary<string>;

const valid = (r: ReportResult) => {
  const p = ReportResult.safeParse(r);
  if (!p.success) throw new Error(JSON.stringify(p.error.issues[0]));
  if (r.error !== null) throw new Error(`the engine failed: ${r.error}`);
  if (r.verdict === 'error') throw new Error('verdict error without an error');
};

describe('the engine never fails and always answers with a valid result', () => {
  it('random markup', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 8 }), (parts) => {
        const html = `<html><body>${parts.join('')}</body></html>`;
        valid(auditHtml(html, 'fuzz').result);
        valid(auditText(parts.join('\n'), 'fuzz').result);
      }),
      { numRuns: 300 },
    );
  });

  it('a real report, mutated: text cut, tags dropped, labels and junk inserted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(SAMPLE.length), fc.nat(400), fc.oneof(text, markup, fc.constant(''))), { minLength: 1, maxLength: 12 }),
        (edits) => {
          let html = SAMPLE;
          for (const [at, cut, insert] of edits) html = html.slice(0, at % html.length) + insert + html.slice((at % html.length) + cut);
          valid(auditHtml(html, 'mutant').result);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a mutant fast-check found: a table whose values stood out of their rows with no row undecided before its missing rows', () => {
    let html = SAMPLE;
    for (const [at, cut] of [[8011, 231], [7034, 190], [7821, 353], [74693, 158]] as const) html = html.slice(0, at % html.length) + html.slice((at % html.length) + cut);
    valid(auditHtml(html, 'mutant').result);
  });

  it('a mutant fast-check found: a title whose year ran into digits before it (１２３020年…) gave the year 3020', () => {
    let html = SAMPLE;
    for (const [at, cut, insert] of [[420, 346, '0'], [75440, 1, '１２３'], [32737, 4, '0']] as const) html = html.slice(0, at % html.length) + insert + html.slice((at % html.length) + cut);
    const r = auditHtml(html, 'mutant').result;
    valid(r);
    expect(r.year).toBe(2020);
  });

  it('deep nesting, empty tables, a million-character cell, absurd spans', () => {
    const cases = [
      `${'<table><tr><td>'.repeat(300)}规章${'</td></tr></table>'.repeat(300)}`,
      '<table></table><table><tr></tr></table><table><tr><td></td></tr><tr><td></td></tr></table>',
      `<table><tr><td>${'规'.repeat(1_000_000)}</td><td>1</td></tr><tr><td>规章</td><td>1</td></tr></table>`,
      `<table>${'<tr><td rowspan="10000" colspan="10000">1</td><td rowspan="0" colspan="-3">2</td></tr>'.repeat(300)}</table>`,
      `${'<div>'.repeat(50_000)}一、总体情况${'</div>'.repeat(50_000)}`,
    ];
    for (const c of cases) valid(auditHtml(`<html><body>${c}</body></html>`, 'edge').result);
  });

  it('bytes in any encoding decode to text that audits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(null, 'text/html; charset=gbk', 'text/html; charset=utf-8', 'text/html; charset=bogus'), (bytes, type) => {
        const t = decode(bytes, type);
        expect(typeof t).toBe('string');
        valid(auditText(t, 'bytes').result);
      }),
      { numRuns: 200 },
    );
  });
});
