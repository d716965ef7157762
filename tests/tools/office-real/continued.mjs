// report-2021-cms (tests/fixtures/pages/) with 表三 broken into two tables, a 续表 under the first, as a report laid out
// over two pages of Word carries it to its web page: each part repeats the header (the second with a short 项目 where
// the first has the long note) and its own rowspans. LibreOffice lays each table out at its own width, so the page's
// edge cuts the two parts at different columns, and may fall inside a number (tests/fixtures/office-pages/README.md).
// Writes the pages into the folder given; make-office-real.sh exports them to PDF.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const out = process.argv[2];
if (!out) throw new Error('usage: node continued.mjs <folder>');
const page = readFileSync(join(here, '../../fixtures/pages/report-2021-cms.html'), 'utf8');
const at = page.indexOf('申请人情况');
const t0 = page.lastIndexOf('<table', at);
const t1 = page.indexOf('</table>', at) + '</table>'.length;
const table = page.slice(t0, t1);
const open = table.match(/<table[^>]*>/)[0];
const rows = table.match(/<tr[\s\S]*?<\/tr>/g);
const head = rows.slice(0, 3);
const NOTE = '(本列数据的勾稽<br />关系为：第一项加第二项之和，等于第三项加第四项之和)';
const CELL = 'nowrap="nowrap" style="border:1px solid #000;text-align:center"';

/** The page with 表三 broken before the row whose label starts with `before`; `pad` no-break spaces after 四、结转下年度继续办理. */
function continued(before, pad = 0) {
  const split = rows.findIndex((r) => r.includes(`>${before}`));
  const a = rows.slice(3, split);
  const b = rows.slice(split);
  const first = a.findIndex((r) => r.includes('本年度办理结果'));
  a[first] = a[first].replace(/rowspan="\d+"/, `rowspan="${a.length - first}"`);
  // the second part's rows of 三、本年度办理结果 (all but 四、结转下年度继续办理) under a label of their own
  b[0] = b[0].replace('<tr>', `<tr><td ${CELL} rowspan="${b.length - 1}">三、本年度办理结果</td>`);
  b[b.length - 1] = b[b.length - 1].replace('>四、结转下年度继续办理<', `>四、结转下年度继续办理${'&nbsp;'.repeat(pad)}<`);
  const second = [head[0].replace(NOTE, '项目'), ...head.slice(1)];
  const html = `${open}${[...head, ...a].join('')}</table><p style="text-align:center">（续表）</p>${open}${[...second, ...b].join('')}</table>`;
  return page.slice(0, t0) + html + page.slice(t1);
}

if (!page.includes(NOTE) || rows.length !== 28) throw new Error('report-2021-cms.html changed: look at continued.mjs again');
const pages = {
  // broken before (六)其他处理: the first part keeps five columns, the second (its labels the longest) four
  'report-2021-cms-continued-other': continued('(六)其他处理'),
  // broken before (七)总计: the first part keeps four columns, the second (short labels) all seven
  'report-2021-cms-continued-total': continued('(七)总计'),
  // and the second part's label padded: the page's edge falls inside 总计's 216 (printed 21) and 7
  'report-2021-cms-continued-edge': continued('(七)总计', 36),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(out, `${name}.html`), html);
