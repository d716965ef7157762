/**
 * Word tables as offices leave them: a label cell split in two (（一）予以公开 | (empty) | 258 …, a stray vertical line),
 * cells left blank printed as — or /, and rows of the template's groups (（三）不予公开) printed with a dash in every
 * value cell. None of them changes a figure, so none may change a finding: the real pages of 上海市人民政府办公厅 2019
 * (901) and 上海市 2020 (906) and generated reports, each transformed as such a table would be, give the findings of the
 * page as it was published.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlTable } from '../../lib/grid/html-table';
import type { PageElement } from '../../lib/model';
import { auditHtml, parseHtml } from '../../lib/node';
import { renderReport } from '../helpers/report-html';
import { groupRows, markBlanks, splitLabels, transformed, unRowspan } from '../helpers/table-transforms';
import { cellKeys, mulberry32, randomFilled } from '../helpers/template-data';

const real = (name: string) => readFileSync(new URL(`../fixtures/real/jiangsu-shanghai/${name}.html`, import.meta.url), 'utf8');
const P901 = real('901_shanghai-bgt-2019');
const P906 = real('906_shanghai-city-2020');

const audit = (html: string) => auditHtml(html, 'p.html').result;
const said = (html: string) => audit(html).findings.filter((f) => f.severity !== 'notice').map((f) => `${f.id} ${f.severity}${f.needsReview ? ' review' : ''}: ${f.message}`);

describe('the real pages, transformed as Word tables are', () => {
  const P901_SAID = said(P901);
  const P906_SAID = said(P906);

  it('what the pages say (the ground the transformed pages are weighed against)', () => {
    expect(P901_SAID.map((s) => s.split(':')[0])).toEqual(['row-total', 'narrative', 'narrative']);
    expect(P906_SAID.map((s) => s.split(' ')[0])).toEqual([
      'row-total:requests:new:total',
      'balance:requests:result.total:natural',
      'balance:requests:result.total:business',
      'balance:requests:result.total:research',
      'balance:requests:result.total:public_interest',
      'balance:requests:result.total:legal_service',
    ]);
  });

  it('901: label cells split in two — the empty half is no value (it made every value of 予以公开, 部分公开, （七）总计 one column late)', () => {
    expect(said(transformed(P901, splitLabels))).toEqual(P901_SAID);
  });

  it('901: 表三 groups printed as rows of dashes, their items with an empty cell where the group was — neither a subtotal of 0 nor a value', () => {
    expect(said(transformed(P901, groupRows))).toEqual(P901_SAID);
  });

  it('906: blank cells printed — or / — a note under 表二 whose cells are dashes is no row of the table', () => {
    expect(said(transformed(P906, markBlanks('—')))).toEqual(P906_SAID);
    expect(said(transformed(P906, markBlanks('/')))).toEqual(P906_SAID);
  });

  it('all at once: spans undone, labels split, blanks slashed (a blank value cell split in two is padding, its dash too)', () => {
    expect(said(transformed(P901, unRowspan, splitLabels, markBlanks('/')))).toEqual(P901_SAID);
    expect(said(transformed(P906, unRowspan, splitLabels, markBlanks('/')))).toEqual(P906_SAID);
  });
});

describe('generated reports, transformed as Word tables are', () => {
  const ids = (html: string) => audit(html).findings.filter((f) => f.severity !== 'notice').map((f) => f.id).sort();

  it('consistent figures give no finding; one changed cell gives the findings of the untransformed page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.constantFrom('2019' as const, '2021' as const), (seed, pick, version) => {
        const f = randomFilled(mulberry32(seed), version);
        const clean = renderReport(f, 'cms', mulberry32(seed));
        expect(ids(transformed(clean, unRowspan, splitLabels, markBlanks('—')))).toEqual([]);
        // 表三's and 表四's cells: each is in a total
        const keys = cellKeys(f).filter((k) => !k.startsWith('active/'));
        const key = keys[pick % keys.length]!;
        f.values.set(key, f.values.get(key)! + 3);
        const changed = renderReport(f, 'cms', mulberry32(seed));
        const expected = ids(changed);
        expect(expected.length).toBeGreaterThan(0);
        expect(ids(transformed(changed, splitLabels, markBlanks('—')))).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});

describe('readHtmlTable: the empty cells of label columns', () => {
  const rowsOf = (html: string) => {
    const doc = parseHtml(`<table>${html}</table>`);
    return readHtmlTable(doc.querySelectorAll('table')[0] as unknown as PageElement).rows.map((r) => r.cells.map((c) => c.text));
  };
  const item = (label: string, ...v: string[]) => `<tr><td>${label}</td>${v.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  const split = (label: string, ...v: string[]) => `<tr><td>${label}</td><td></td>${v.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  const GROUP = `<tr><td rowspan="3">（三）不予公开</td>${item('1.属于国家秘密', '1', '', '1').slice(4)}${item('2.其他法律行政法规禁止公开', '', '', '0')}${item('3.危及“三安全一稳定”', '2', '', '2')}`;

  it('an empty cell after a label, in a column that holds labels in the rows of values, is dropped', () => {
    expect(rowsOf(`${split('（一）予以公开', '5', '', '5')}${GROUP}`)[0]).toEqual(['（一）予以公开', '5', '', '5']);
    // a dash there too
    expect(rowsOf(`${split('（一）予以公开', '5', '', '5').replace('<td></td>', '<td>—</td>')}${GROUP}`)[0]).toEqual(['（一）予以公开', '5', '', '5']);
  });

  it('a value column left blank in every row keeps its blanks (it holds no label)', () => {
    expect(rowsOf(`${item('（一）予以公开', '5', '', '5')}${GROUP}`)[0]).toEqual(['（一）予以公开', '5', '', '5']);
  });

  it('not where the column holds a number, nor where it holds fewer than three labels, or more blanks than half its labels', () => {
    // a number in the column: a value column
    expect(rowsOf(`${split('（一）予以公开', '5', '', '5')}${GROUP}${split('（四）无法提供', '1', '', '1').replace('<td></td>', '<td>7</td>')}`)[0]).toEqual(['（一）予以公开', '', '5', '', '5']);
    // two labels only
    const two = `<tr><td rowspan="2">（三）不予公开</td>${item('1.属于国家秘密', '1', '', '1').slice(4)}${item('2.其他法律行政法规禁止公开', '', '', '0')}`;
    expect(rowsOf(`${split('（一）予以公开', '5', '', '5')}${two}`)[0]).toEqual(['（一）予以公开', '', '5', '', '5']);
    // three labels beside two blanks (3 < 2 × 2)
    expect(rowsOf(`${split('（一）予以公开', '5', '', '5')}${split('（二）部分公开', '0', '', '0')}${GROUP}`)[0]).toEqual(['（一）予以公开', '', '5', '', '5']);
  });

  it('a header row (no three values) neither counts nor loses its empty corner', () => {
    expect(rowsOf(`<tr><td></td><td></td><td>自然人</td><td>商业企业</td><td>总计</td></tr>${split('（一）予以公开', '5', '', '5')}${GROUP}`)).toEqual([
      ['', '', '自然人', '商业企业', '总计'],
      ['（一）予以公开', '5', '', '5'],
      ['（三）不予公开', '1.属于国家秘密', '1', '', '1'],
      ['2.其他法律行政法规禁止公开', '', '', '0'],
      ['3.危及“三安全一稳定”', '2', '', '2'],
    ]);
  });

  it('only a row longer than the others: a ragged table (a continuation without its group column), blank throughout, keeps every blank', () => {
    // the rows after the first print no group column: their first value stands where the first rows' items do
    const ragged = `${GROUP}${item('4.保护第三方合法权益', '', '', '')}${item('5.属于三类内部事务信息', '', '', '')}`.replace(/>\d</g, '><');
    expect(rowsOf(ragged).slice(3)).toEqual([
      ['4.保护第三方合法权益', '', '', ''],
      ['5.属于三类内部事务信息', '', '', ''],
    ]);
    // a row longer than the others by two: two blanks dropped where both stand in label columns, one where one does
    const two = `<tr><td>（一）予以公开</td><td></td><td></td><td>5</td><td></td><td>5</td></tr>`;
    const GROUP2 = `<tr><td rowspan="3">（三）不予公开</td><td>甲</td>${item('1.属于国家秘密', '1', '', '1').slice(4)}<tr><td>乙</td>${item('2.其他法律行政法规禁止公开', '', '', '0').slice(4)}<tr><td>丙</td>${item('3.危及“三安全一稳定”', '2', '', '2').slice(4)}`;
    expect(rowsOf(`${two}${GROUP2}`)[0]).toEqual(['（一）予以公开', '5', '', '5']);
    expect(rowsOf(`${two}${GROUP}`)[0]).toEqual(['（一）予以公开', '', '5', '', '5']);
  });
});
