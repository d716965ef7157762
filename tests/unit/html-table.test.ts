import { describe, expect, it } from 'vitest';
import { MAX_TABLE_ROWS, readHtmlTable, tableRows } from '../../lib/grid/html-table';
import { domBlocks, isDataTable } from '../../lib/page/dom-blocks';
import { parseHtml } from '../../lib/node';
import { Window } from 'happy-dom';
import type { PageElement } from '../../lib/model';

const table = (html: string) => parseHtml(`<html><body>${html}</body></html>`).getElementsByTagName('table')[0]!;

describe('readHtmlTable', () => {
  it('expands rowspan and colspan and keeps each row’s own cells in reading order', () => {
    const t = readHtmlTable(table(`<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
      <tr><td>C</td></tr>
      <tr><td>D</td><td colspan="2">E</td></tr></table>`));
    expect(t.size).toEqual({ rows: 3, cols: 3 });
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['A', 'B'], ['C'], ['D', 'E']]);
  });

  it('reads labels split over spans, <br> and <p>, and &nbsp; padding', () => {
    const t = readHtmlTable(table(`<table><tr><td><p><span>本年新</span><span>制作数量</span></p></td><td>&nbsp;12&nbsp;</td></tr>
      <tr><td>本年新<br>公开数量</td><td><p>3</p></td></tr></table>`));
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['本年新制作数量', '12'], ['本年新公开数量', '3']]);
  });

  it('survives absurd spans without blowing up', () => {
    const rows = Array.from({ length: 50 }, () => `<tr><td rowspan="100000" colspan="100000">x</td><td rowspan="0">y</td><td colspan="-3">z</td></tr>`).join('');
    const t = readHtmlTable(table(`<table>${rows}</table>`));
    expect(t.size.rows).toBe(50);
    expect(t.size.cols).toBeLessThanOrEqual(200);
  });

  it('reads the rows of thead, tbody and tfoot in order, th and td alike, and nothing else of a row', () => {
    const t = readHtmlTable(table('<table><caption>c</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td><span>s</span><th>b</th></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>'));
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['h'], ['a', 'b'], ['f']]);
    expect(t.size).toEqual({ rows: 3, cols: 2 });
    expect(t.rows[1]!.cells[1]!.src.el?.tagName.toLowerCase()).toBe('th');
  });

  it('a nested table’s rows are not its own, though its text is in the cell that holds it', () => {
    const outer = table('<table><tr><td>a<table><tr><td>n</td></tr><tr><td>m</td></tr></table></td><td>b</td></tr><tr><td>c</td></tr></table>');
    expect(tableRows(outer)).toHaveLength(2);
    expect(readHtmlTable(outer).rows.map((r) => r.cells.map((c) => c.text))).toEqual([['anm', 'b'], ['c']]);
  });

  it('a span that is no number, or below one, is one; rowspan="0" runs to the table’s end; a rowspan past the end stops there', () => {
    const cells = (h: string) => readHtmlTable(table(h)).rows.map((r) => r.cells.map((c) => c.text));
    expect(cells('<table><tr><td colspan="abc">a</td><td>b</td></tr><tr><td colspan="0">c</td><td>d</td></tr><tr><td colspan="-2">e</td><td>f</td></tr></table>')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(readHtmlTable(table('<table><tr><td colspan="abc">a</td><td colspan="0">b</td><td colspan="-2">c</td></tr></table>')).size).toEqual({ rows: 1, cols: 3 });
    // rowspan="0": a covers the first column of every row, so c and d stand in the second
    const zero = readHtmlTable(table('<table><tr><td rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>'));
    expect(zero.size).toEqual({ rows: 3, cols: 2 });
    const five = readHtmlTable(table('<table><tr><td rowspan="5">a</td><td>b</td></tr><tr><td>c</td></tr></table>'));
    expect(five.size).toEqual({ rows: 2, cols: 2 });
    expect(five.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b'], ['c']]);
  });

  it('the width is the widest row; at most 200 columns are read, and a colspan past them counts up to them', () => {
    expect(readHtmlTable(table('<table><tr><td colspan="3">a</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>')).size).toEqual({ rows: 2, cols: 4 });
    const wide = readHtmlTable(table(`<table><tr>${'<td>x</td>'.repeat(250)}</tr></table>`));
    expect(wide.size.cols).toBe(200);
    expect(wide.rows[0]!.cells).toHaveLength(200);
    const spanned = readHtmlTable(table('<table><tr><td colspan="1500">a</td><td>b</td></tr></table>'));
    expect(spanned.size.cols).toBe(200);
    expect(spanned.rows[0]!.cells.map((c) => c.text)).toEqual(['a']);
  });

  it('a span that would fill more than two million slots is read as one cell: the rows under it keep their cells', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>c${i}</td><td>d</td></tr>`).join('');
    const t = readHtmlTable(table(`<table><tr><td rowspan="0" colspan="1000">a</td><td>b</td></tr>${rows}</table>`));
    expect(t.size).toEqual({ rows: 2001, cols: 2 });
    expect(t.rows[1]!.cells.map((c) => c.text)).toEqual(['c0', 'd']);
    // two million exactly is within the budget: the span stands (clamped to 200 columns) and covers the rows under it
    const within = readHtmlTable(table(`<table><tr><td rowspan="0" colspan="1000">a</td><td>b</td></tr>${rows.slice(0, rows.length - '<tr><td>c1999</td><td>d</td></tr>'.length)}</table>`));
    expect(within.size).toEqual({ rows: 2000, cols: 200 });
    expect(within.rows[1]!.cells).toEqual([]);
  });

  it(`reads the first ${MAX_TABLE_ROWS} rows and says how many the table had`, () => {
    const t = readHtmlTable(table(`<table>${'<tr><td>r</td></tr>'.repeat(MAX_TABLE_ROWS + 3)}</table>`));
    expect(t.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(t.size.rows).toBe(MAX_TABLE_ROWS);
    expect(t.cut).toBe(MAX_TABLE_ROWS + 3);
    expect('cut' in readHtmlTable(table(`<table>${'<tr><td>r</td></tr>'.repeat(MAX_TABLE_ROWS)}</table>`))).toBe(false);
  });

  it('an empty table has no rows; a row made by a span from above still takes its own cells from the first column', () => {
    expect(readHtmlTable(table('<table></table>'))).toMatchObject({ rows: [], size: { rows: 0, cols: 0 } });
    expect(readHtmlTable(table('<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td>c</td></tr></table>')).size).toEqual({ rows: 2, cols: 2 });
    // the span covers the first two columns of the row under it, so C stands third
    expect(readHtmlTable(table('<table><tr><td rowspan="2" colspan="2">A</td></tr><tr><td>C</td></tr></table>')).size).toEqual({ rows: 2, cols: 3 });
  });

  it('a row the light DOM keeps inside a <div> of the table is not the table’s', () => {
    expect(readHtmlTable(table('<table><div><tr><td>x</td></tr></div><tr><td>y</td></tr></table>')).rows.map((r) => r.cells.map((c) => c.text))).toEqual([['y']]);
  });

  it('the two-million-slot budget is spent by each span in turn, and a rowspan="0" counts the rows left below it', () => {
    const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `<tr><td>c${from + i}</td><td>d</td></tr>`).join('');
    // 1,500 × 1,000 is spent; 600 × 1,000 more is not there, so B is read as one cell and the rows under it keep theirs
    const spent = readHtmlTable(table(`<table><tr><td rowspan="1500" colspan="1000">A</td></tr>${rows(1, 1500)}<tr><td rowspan="0" colspan="1000">B</td><td>b</td></tr>${rows(1501, 2100)}</table>`));
    expect(spent.rows[1]!.cells).toEqual([]);
    expect(spent.rows[1501]!.cells.map((c) => c.text)).toEqual(['c1501', 'd']);
    // rowspan="0" halfway down a 2,000-row table: 1,000 rows × 1,000, within the budget, so it covers the rows under it
    const half = readHtmlTable(table(`<table>${rows(0, 1000)}<tr><td rowspan="0" colspan="1000">B</td><td>b</td></tr>${rows(1001, 2000)}</table>`));
    expect(half.rows[1001]!.cells).toEqual([]);
  });

  it('a browser’s DOM, with its own rows and spans, reads as the light DOM does', () => {
    const html = '<table><thead><tr><th rowspan="2" colspan="2">A</th><th>B</th></tr></thead><tbody><tr><td>C</td></tr><tr><td colspan="abc">D</td><td colspan="2">E</td></tr></tbody></table>';
    const w = new Window();
    w.document.body.innerHTML = html;
    const native = w.document.querySelector('table') as unknown as PageElement;
    expect(native.rows?.length).toBe(3);
    const a = readHtmlTable(native);
    const b = readHtmlTable(table(html));
    expect(a.size).toEqual(b.size);
    expect(a.size).toEqual({ rows: 3, cols: 3 });
    expect(a.rows.map((r) => r.cells.map((c) => c.text))).toEqual(b.rows.map((r) => r.cells.map((c) => c.text)));
    w.close();
  });

  it('tells data tables from layout tables', () => {
    expect(isDataTable(table('<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>'))).toBe(true);
    expect(isDataTable(table('<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>'))).toBe(false);
    expect(isDataTable(table('<table><tr><td>only one cell</td></tr></table>'))).toBe(false);
  });

  it('reads the text of a layout table as lines', () => {
    const doc = parseHtml('<html><body><table><tr><td><p>一、总体情况</p><p>正文。</p><table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table></body></html>');
    const blocks = domBlocks(doc.body!);
    expect(blocks.map((b) => (b.kind === 'text' ? b.text : `table:${b.rows.length}`))).toEqual(['一、总体情况', '正文。', 'table:2']);
  });

  it('keeps an empty paragraph as an empty line (a blank cell when cells became paragraphs)', () => {
    const doc = parseHtml('<html><body><p>规章</p><p>&nbsp;</p><p>0</p></body></html>');
    expect(domBlocks(doc.body!).map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['规章', '', '0']);
  });

  it('skips scripts, styles and hidden elements', () => {
    const doc = parseHtml('<html><body><script>var a="规章"</script><style>p{}</style><p hidden>x</p><p style="display:none">y</p><p>z</p></body></html>');
    expect(domBlocks(doc.body!).map((b) => (b.kind === 'text' ? b.text : ''))).toEqual(['z']);
  });
});
