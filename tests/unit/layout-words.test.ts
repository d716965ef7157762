/**
 * What the layout findings say, word for word: departures from the template's format that the engine reads
 * through (a cut header, an added row or column, a row printed twice, rows the text merged). The scale limits
 * (shape:too-large) are pinned by hardening.test.ts, outside the mutation run for their size.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { orgSubtotalText, reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const said = (text: string) => auditText(text, 'test').result.findings.map((f) => [f.id, f.rule, f.message]);
const street = () => reportText(randomFilled(mulberry32(5), '2019', '测试街道'));

describe('the layout findings’ words', () => {
  it('a crawled report: a header cut short, rows the text merged, and one it could not place', () => {
    // real: 莆田市体育局 2020 as a crawler kept it (one cell a line, identical neighbours merged), its first header cut to 本年新
    const crawled = readFileSync(new URL('../fixtures/real/samples/003_putian-tyj-2020.txt', import.meta.url), 'utf8').replace('本年新\n制作数量\n本年新\n公开数量', '本年新\n本年新公开数量');
    expect(said(crawled)).toEqual([
      ['shape:unreadable-rows:active', 'shape:unreadable-rows', '表二有 1 行未能可靠读出（数值个数与模板列数不符、无法确定所在的列，或未找到该行），未核对：规范性文件「4 6」（另有 7 行已还原）'],
      ['shape:active:header:new_made', 'shape:cut-header', '表二表头「本年新」不完整，应为「本年新制作数量」'],
      ['shape:collapsed-rows:requests', 'shape:collapsed-rows', '表三有 23 行在文本中合并了相同的相邻数值，已按列数和勾稽关系还原'],
      ['shape:collapsed-rows:appeals', 'shape:collapsed-rows', '表四有 1 行在文本中合并了相同的相邻数值，已按列数和勾稽关系还原'],
    ]);
  });
  it('a row the template lacks, and a row printed twice', () => {
    expect(said(street().replace(/规范性文件\t\d+\t\d+\t\d+/, (m) => `${m}\n其他文件\t2\t2\t2`))).toEqual([
      ['shape:active:extra.1:*', 'shape:extra-row', '表二增加了模板没有的行「其他文件」，按所在栏目核对'],
    ]);
    expect(said(street().replace(/^(行政许可\t.*)$/m, '$1\n$1'))).toEqual([['shape:active:art20_5.license:*', 'shape:duplicate-row', '表二「行政许可」行出现两次，只核对第一次']]);
  });
  it('a 法人或其他组织 subtotal column', () => {
    const text = orgSubtotalText(2);
    expect(said(text).filter(([, rule]) => rule === 'shape:subtotal-column')).toEqual([
      ['shape:requests:*:org_subtotal', 'shape:subtotal-column', '表三增加了模板没有的“法人或其他组织”小计列，已核对其小计'],
    ]);
  });
});
