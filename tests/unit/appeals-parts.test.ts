/**
 * 表四 printed in parts, as pages too narrow for its fifteen columns set it: 行政复议's five columns in a table of their
 * own and 行政诉讼's ten in another, or a row for each kind (行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）)
 * with the five results across. The real pages of 上海市人民政府办公厅 2019 (901: 表四 with blanks, 均获维持 weighed
 * against it) and 上海市 2020 (906), so transformed, say what the pages say; before, 表四 was read as ten values or not at
 * all (表四只有表头).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { classifyLabel } from '../../lib/template/labels';
import { appealsRows, appealsSplit, transformed } from '../helpers/table-transforms';

const real = (name: string) => readFileSync(new URL(`../fixtures/real/jiangsu-shanghai/${name}.html`, import.meta.url), 'utf8');
const P901 = real('901_shanghai-bgt-2019');
const P906 = real('906_shanghai-city-2020');

const audit = (html: string) => auditHtml(html, 'p.html').result;
const said = (html: string) => audit(html).findings.filter((f) => f.severity !== 'notice').map((f) => `${f.id} ${f.severity}: ${f.message}`);
const appeals = (html: string) => {
  const a = auditHtml(html, 'p.html');
  const t = a.result.tables.find((x) => x.table === 'appeals');
  return { found: t?.found, cells: a.result.findings.filter((f) => f.rule.includes('appeal') || f.id.includes(':appeals:')).map((f) => f.id) };
};

/** A page of 表四 alone, its cells as given, in the form asked. */
function page(table: string) {
  return `<!doctype html><html><head><title>某局2023年政府信息公开工作年度报告</title></head><body><h1>某局2023年政府信息公开工作年度报告</h1><p>四、政府信息公开行政复议、行政诉讼情况</p>${table}<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
}
const PARTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const td = (x: string) => `<td>${x}</td>`;
const whole = (v: string[]) =>
  `<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>${PARTS.map(td).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>${[...PARTS, ...PARTS].map(td).join('')}</tr><tr>${v.map(td).join('')}</tr></table>`;
/** review 1 upheld + 1 corrected = 2 but total printed 3; suits consistent. */
const V = ['1', '1', '0', '0', '3', '2', '0', '0', '1', '3', '0', '0', '0', '0', '0'];

describe('表四 in parts, on the real pages', () => {
  const P901_SAID = said(P901);
  const P906_SAID = said(P906);

  it('the pages say what they say (901: 均获维持 against 2 pending, 906: 表三 only)', () => {
    expect(P901_SAID.some((s) => s.startsWith('narrative:appeals:counts:review.pending'))).toBe(true);
    expect(P906_SAID).toHaveLength(6);
  });

  it('two tables, 行政复议 then 行政诉讼, each with its header', () => {
    expect(said(transformed(P901, appealsSplit))).toEqual(P901_SAID);
    expect(said(transformed(P906, appealsSplit))).toEqual(P906_SAID);
  });

  it('a row for each kind, in the template’s order or not', () => {
    for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) {
      expect(said(transformed(P901, appealsRows(order)))).toEqual(P901_SAID);
      expect(said(transformed(P906, appealsRows(order)))).toEqual(P906_SAID);
    }
    // the kinds named 行政诉讼·… or 行政诉讼-…
    expect(said(transformed(P901, appealsRows([0, 1, 2], ['行政复议', '行政诉讼·未经复议直接起诉', '行政诉讼-复议后起诉'])))).toEqual(P901_SAID);
  });
});

describe('表四 in parts: where the values go', () => {
  const expected = appeals(page(whole(V)));

  it('the whole table: review.total 3 against 1 + 1', () => {
    expect(expected).toEqual({ found: true, cells: ['appeal-total:appeals:counts:review.total'] });
  });

  it('two tables give the same finding at the same cell', () => {
    const two = `<table><tr><td colspan="5">行政复议</td></tr><tr>${PARTS.map(td).join('')}</tr><tr>${V.slice(0, 5).map(td).join('')}</tr></table><p>&nbsp;</p><table><tr><td colspan="10">行政诉讼</td></tr><tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>${[...PARTS, ...PARTS].map(td).join('')}</tr><tr>${V.slice(5).map(td).join('')}</tr></table>`;
    expect(appeals(page(two))).toEqual(expected);
  });

  it('rows named by kind are put in the template’s order; unnamed rows of five in the order printed', () => {
    const rows = (order: number[], names: string[]) =>
      `<table><tr>${td('类别')}${PARTS.map(td).join('')}</tr>${order.map((k) => `<tr>${td(names[k]!)}${V.slice(k * 5, k * 5 + 5).map(td).join('')}</tr>`).join('')}</table>`;
    const NAMES = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    expect(appeals(page(rows([0, 1, 2], NAMES)))).toEqual(expected);
    expect(appeals(page(rows([2, 1, 0], NAMES)))).toEqual(expected);
    // names that are no kind: the order printed — the review row printed last is read as 复议后起诉's
    const moved = appeals(page(rows([1, 2, 0], ['复议', '直诉', '复诉'].map((x) => `${x}`))));
    expect(moved.cells).not.toContain('appeal-total:appeals:counts:review.total');
  });

  it('a part of five alone is no row; ten after a part of five is its rest, ten alone is read as before', () => {
    expect(appeals(page(`<table><tr><td colspan="5">行政复议</td></tr><tr>${PARTS.map(td).join('')}</tr><tr>${V.slice(0, 5).map(td).join('')}</tr></table>`)).found).toBe(false);
    // ten alone: 表四 printed short (shape says so), as before
    const ten = appeals(page(`<table><tr><td colspan="10">行政诉讼</td></tr><tr>${[...PARTS, ...PARTS].map(td).join('')}</tr><tr>${V.slice(5).map(td).join('')}</tr></table>`));
    expect(ten.cells).toContain('shape:appeals:counts:*');
  });

  it('parts that run past fifteen start over: 5, 5, then 10 is no row of 5 + 5 + 10', () => {
    const t = `<table><tr>${td('类别')}${PARTS.map(td).join('')}</tr><tr>${td('行政复议')}${V.slice(0, 5).map(td).join('')}</tr><tr>${td('行政诉讼')}${V.slice(5, 10).map(td).join('')}</tr></table><table><tr>${[...PARTS, ...PARTS].map(td).join('')}</tr><tr>${V.slice(5).map(td).join('')}</tr></table>`;
    expect(appeals(page(t)).cells).toContain('shape:appeals:counts:*');
  });
});

describe('行政诉讼 naming its kind', () => {
  it.each([
    ['行政诉讼（未经复议直接起诉）', 'suit_direct'],
    ['行政诉讼(复议后起诉)', 'suit_after_review'],
    ['行政诉讼·复议后起诉', 'suit_after_review'],
    ['行政诉讼—未经复议直接起诉', 'suit_direct'],
    ['行政诉讼：复议后起诉', 'suit_after_review'],
  ])('%s → %s', (text, group) => {
    expect(classifyLabel(text)).toEqual({ table: 'appeals', kind: 'header', group });
  });

  it('not another word in its brackets', () => {
    expect(classifyLabel('行政诉讼（其他）')).toBeNull();
    expect(classifyLabel('行政诉讼（')).toBeNull();
  });
});
