/**
 * Radicals a PDF-to-text tool lifted out of their line put back (lib/text/radical-lines.ts), as pdfplumber and
 * pdftotext -layout leave them in Chromium's prints of the 2021 sample (tests/fixtures/pdf-text, pdf-layout).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeRadicals } from '../../lib/text/radical-lines';
import { auditText } from '../../lib/pipeline/audit';

describe('placeRadicals', () => {
  it('a line of them above: each group into the next line’s spaces in order, its own line left blank', () => {
    expect(placeRadicals('⽰ ⻘⼭ ⺠ ⼯\n2023年 例市 区 政局政府信息公开 作年度报告')).toBe('\n2023年示例市青山区民政局政府信息公开工作年度报告');
    expect(placeRadicals('⾏ ⾏\n四、政府信息公开 政复议、 政诉讼情况')).toBe('\n四、政府信息公开行政复议、行政诉讼情况');
  });

  it('a numeral alone above a line opening with its mark goes before it', () => {
    expect(placeRadicals('⼀\n、总体情况')).toBe('\n一、总体情况');
    expect(placeRadicals('⼆\r\n  、主动公开政府信息情况')).toBe('\r\n  二、主动公开政府信息情况');
  });

  it('set after their line, two spaces or more away (pdftotext -layout): into its spaces in order', () => {
    expect(placeRadicals('      四、政府信息公开 政复议、 政诉讼情况     ⾏              ⾏')).toBe('      四、政府信息公开行政复议、行政诉讼情况');
    expect(placeRadicals('四、政府信息公开 政复议、 政诉讼情况  ⾏  ⾏\r\n')).toBe('四、政府信息公开行政复议、行政诉讼情况\r\n');
  });

  it('kept in place a space either side (pypdf): the spaces go where both sides are Chinese, in a stretch with a word', () => {
    expect(placeRadicals('2023年 ⽰ 例市 ⻘⼭ 区 ⺠ 政局政府信息公开 ⼯ 作年度报告')).toBe('2023年示例市青山区民政局政府信息公开工作年度报告');
    expect(placeRadicals('四、政府信息公开 ⾏ 政复议、 ⾏ 政诉讼情况')).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(placeRadicals('⼀ 、总体情况\n⼆ 、主动公开政府信息情况')).toBe('一、总体情况\n二、主动公开政府信息情况');
    // next to digits, a row's 无, letters set a space apart, a cell of its own: left apart
    expect(placeRadicals('自 2024 年 1 ⽉ 1 ⽇⾄ 2024 年')).toBe('自 2024 年 1 月 1 日至 2024 年');
    expect(placeRadicals('行政处罚 ⽆ ⽆ ⽆')).toBe('行政处罚 无 无 无');
    expect(placeRadicals('其 他 ⾏ 政')).toBe('其 他 行 政');
    expect(placeRadicals('⾏政复议 ⾏政诉讼')).toBe('行政复议 行政诉讼');
    expect(placeRadicals('( ⼀ ) 予以公开 2 0')).toBe('( 一 ) 予以公开 2 0');
  });

  it('where the spaces are not as many as the groups, nothing moves; every radical is still read as its ideograph', () => {
    expect(placeRadicals('⾸⻚\n政务公开')).toBe('首页\n政务公开');
    expect(placeRadicals('⾏ ⾏\n四、政府信息公开 政复议、政诉讼情况')).toBe('行 行\n四、政府信息公开 政复议、政诉讼情况');
    expect(placeRadicals('⼀\n总体情况')).toBe('一\n总体情况');
    expect(placeRadicals('规章 0 0 0     ⾏')).toBe('规章 0 0 0     行');
    expect(placeRadicals('⾏ 政\n规章 0')).toBe('⾏ 政\n规章 0'.replace('⾏', '行'));
    // the last line has no line after it
    expect(placeRadicals('正文\n⾏')).toBe('正文\n行');
  });

  it('keeps the text’s lines and leaves a text without radicals the same string', () => {
    const text = '一、总体情况\n规章 0 0 0\n';
    expect(placeRadicals(text)).toBe(text);
    const printed = readFileSync(new URL('../fixtures/pdf-text/printed-2021-chromium.plumber.txt', import.meta.url), 'utf8');
    expect(placeRadicals(printed).split('\n')).toHaveLength(printed.split('\n').length);
    expect(placeRadicals(printed)).not.toMatch(/[\u2e80-\u2ef3\u2f00-\u2fd5]/);
  });

  it('a print’s headings found again: no section said missing (pdfplumber’s text of the 2021 sample printed by Chromium)', () => {
    const printed = readFileSync(new URL('../fixtures/pdf-text/printed-2021-chromium.plumber.txt', import.meta.url), 'utf8');
    const rules = auditText(printed).result.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => f.rule);
    expect(rules).toEqual(['row-total']);
  });
});
