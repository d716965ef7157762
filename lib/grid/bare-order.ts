/**
 * A table a cell a line whose rows' labels came after their values: a text made in the page's reading order
 * (`pdftotext` without `-layout`) takes a label set lower in its cell than the row's values after them, so one label
 * is followed by two rows' values and the next by none (（七）总计 / 28 … 181 / 5 … 14 / 理 / 四、结转下年度继续办理), or a
 * header by the values of the rows whose labels follow (… 其他 / 34 … 215 / 0 … 5 / （七）总计 / 四、结转下年度继续办理).
 * Each row of values goes back after its label, in order, when the labels without values are as many as the rows.
 */
import type { Cell } from '../model';
import { isValueCell } from '../text/numbers';
import { classifyLabel } from '../template/labels';

/** A cell of a row's values: a number, a dash, or a blank cell kept in the stream. */
const valueLike = (c: Cell) => !c.text.trim() || isValueCell(c.text);

/**
 * Cells between the values and their label: pieces of other columns' labels (理, 总计 of a header set down its column,
 * the groups' labels of 表三 that the reading order puts after their items: 三、 / 本年 / 度办 … （五） / 不予处 / 理).
 */
const MAX_BETWEEN = 20;

/** A label of 表三 that names a row with values of its own: its rows, items and total, and its groups without items. */
function rowLike(text: string): boolean {
  const info = classifyLabel(text);
  if (!info || info.table !== 'requests') return false;
  if (info.kind === 'group') return ROW_GROUPS.has(info.group);
  return info.kind === 'row' || info.kind === 'item' || info.kind === 'total';
}
/** 表三's groups printed as rows: 予以公开, 部分公开, and 其他处理 in the 2019 form. */
const ROW_GROUPS = new Set(['disclosed', 'partial', 'other']);

export function valuesBeforeLabels(cells: Cell[]): Cell[] {
  const runs: [number, number][] = [];
  for (let i = 0; i < cells.length; ) {
    if (!valueLike(cells[i]!) || !cells[i]!.text.trim()) {
      i++;
      continue;
    }
    let j = i;
    while (j < cells.length && valueLike(cells[j]!)) j++;
    // blank cells at a run's end are the gap before what follows
    let end = j;
    while (end > i && !cells[end - 1]!.text.trim()) end--;
    runs.push([i, end]);
    i = j;
  }
  // the width most rows have
  const counts = new Map<number, number>();
  for (const [a, b] of runs) if (b - a >= 2) counts.set(b - a, (counts.get(b - a) ?? 0) + 1);
  const [width, seen] = [...counts].reduce((m, c) => (c[1] > m[1] ? c : m), [0, 0]);
  // most rows that wide: a text that dropped repeated values (行 merged) has rows of every width, and no rule here
  const rows = [...counts.values()].reduce((x, y) => x + y, 0);
  // 表三's rows (seven values, eight with a 小计 column): its labels are the ones set apart from their values
  if (width < 7 || seen < 3 || seen < 0.6 * rows) return cells;
  let out: Cell[] | null = null;
  for (const [a, b] of runs.reverse()) {
    const m = (b - a) / width;
    if (m < 2 || !Number.isInteger(m) || a === 0 || valueLike(cells[a - 1]!)) continue;
    // the label before the values takes the first row of them when it names a row; each row label after, the next
    // (its label may end in a piece of its own: 5.要求行政机关确认或重新出具 / 已获取信息)
    const first = ownerBefore(cells, a) ? 1 : 0;
    const labels: number[] = [];
    let k = b;
    for (; k < cells.length && k <= b + MAX_BETWEEN && !(valueLike(cells[k]!) && cells[k]!.text.trim()); k++) {
      if (rowLike(cells[k]!.text)) labels.push(k);
    }
    // a label with values right after it holds its own
    if (labels.length && labels[labels.length - 1] === k - 1 && k < cells.length) labels.pop();
    if (labels.length !== m - first) continue;
    out ??= [...cells];
    const start = a + first * width;
    const moved = out.splice(start, b - start);
    for (let n = labels.length - 1; n >= 0; n--) out.splice(labels[n]! - moved.length + 1, 0, ...moved.slice(n * width, (n + 1) * width));
  }
  return out ?? cells;
}

/** Whether a row's label stands just before the values at `a`, pieces of labels at most between. */
function ownerBefore(cells: Cell[], a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 3; k--) {
    if (valueLike(cells[k]!)) return false;
    if (rowLike(cells[k]!.text)) return true;
  }
  return false;
}
