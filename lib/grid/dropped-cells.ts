/**
 * A text table whose empty cells the converter dropped: node-html-markdown writes an empty `<td></td>` as nothing (a
 * minified page's blank cells are such), then pads every row to the widest with empty cells at its end. 表三's rows
 * come narrower than its seven columns, their values packed to the left, the rest padding — which column each value
 * stood in is lost, as in a crawl's pipes that drop blank cells. Read as such (layout 'pipe': text that keeps no blank
 * cells, its rows read back by the template's arithmetic or said unread), never as rows short of columns.
 */
import type { Row } from '../model';
import { isValueCell } from '../text/numbers';
import { classifyLabel } from '../template/labels';
import { REQUEST_COL_ORDER } from '../template/layout';

/** 表三's columns: no row of a table that kept its cells has fewer from its first value on. */
const REQUEST_WIDTH = REQUEST_COL_ORDER.length;

/** The rows without their padding when the table dropped its empty cells; else null. */
export function withoutDroppedCells(rows: Row[]): Row[] | null {
  let dataRows = 0;
  let padded = 0;
  for (const r of rows) {
    const at = r.cells.findIndex((c) => isValueCell(c.text));
    if (at < 0) continue;
    const label = r.cells.slice(0, at).map((c) => c.text.trim()).filter((t) => t).at(-1);
    if (!label || classifyLabel(label)?.table !== 'requests') continue;
    const rest = r.cells.slice(at);
    // a row as wide as 表三 (a blank 总计 column left empty) kept its cells
    if (rest.length >= REQUEST_WIDTH) return null;
    let last = rest.length - 1;
    while (last >= 0 && !rest[last]!.text.trim()) last--;
    // an empty cell between two values: the table kept its blank cells
    if (rest.slice(0, last + 1).some((c) => !c.text.trim())) return null;
    dataRows++;
    if (last < rest.length - 1) padded++;
  }
  if (dataRows < 3 || !padded) return null;
  return rows.map((r) => {
    let end = r.cells.length;
    while (end > 0 && !r.cells[end - 1]!.text.trim()) end--;
    return end === r.cells.length ? r : { ...r, cells: r.cells.slice(0, end) };
  });
}
