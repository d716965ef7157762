import { describe, expect, it } from 'vitest';
import { readHtmlTable } from '../../lib/grid/html-table';
import { domBlocks, isDataTable } from '../../lib/page/dom-blocks';
import { parseHtml } from '../../lib/node';

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
