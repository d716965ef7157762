/**
 * Mapping rebuilt tables onto the template: every value cell gets its canonical
 * key `table / row / col`. Rows are recognised by their labels and values are
 * matched to columns by their order in the row, so split tables, repeated
 * headers, merged cells and tables that kept no row boundaries all map alike.
 *
 * The reader walks every row's cells in order. A row splits into segments: a run
 * of labels followed by a run of values. Each label moves the reader's position
 * (which table, which group, which phase of 表三); the values after the labels go
 * to the row the last label names. What the reading places is recorded as
 * placements; how the tables depart from the template's shape is worked out from
 * them afterwards (./shape.ts), not along the way.
 */
import type { Cell, Mapping, TableBlock } from '../model';
import { parseValue } from '../text/numbers';
import { GARBLED } from '../text/normalize';
import { ACTIVE_LAYOUT, APPEAL_COLS } from './layout';
import { appealWords, classifyLabel, headerRun } from './labels';
import { mergedPart, partsByKind } from './appeal-parts';
import { detectVersion } from './version';
import { shapeIssues } from './shape';
import { type Segment, type RowTarget, type Reading, isEmpty, NOTE, ONE_CELL_PER_LINE, lostBlanks, segments, newReading } from './reading';
import { readLabel } from './read-labels';
import { placeTarget, takeAppeals } from './place';
import { splitRun, ownTotalHolds, unreadAppeals, doubtListedRow, doubtBlankRows, doubtLoneDoubled, doubtMissingRows, doubtShortAppeals, blankRun, clippedAppeals, decideRuns, notePendingRuns } from './read-runs';

export function mapTables(blocks: TableBlock[], year: number | null): Mapping {
  const labels: string[] = [];
  for (const b of blocks) for (const r of b.rows) for (const c of r.cells) if (parseValue(c.text).kind === 'text') labels.push(c.text);
  const evidence = detectVersion(labels, year);
  // the evidence names no version only with no marker and no year: the older template
  const r = newReading(evidence.version ?? '2019');
  for (const b of blocks) readBlock(r, b);
  decideRuns(r, evidence);
  doubtBlankRows(r);
  doubtLoneDoubled(r);
  doubtShortAppeals(r);
  // 表四 was opened when its labels were seen (the reader stands in it, or holds a blank row of it, only after that)
  const appealsOpen = r.learnt.appealsSeen;
  const shape = doubtMissingRows(r, shapeIssues({ version: r.version, tables: r.tables, placements: r.placements, seen: r.learnt.seen, appealsOpen, requestHeader: r.learnt.applicantOrder, clipped: r.clippedTables }));
  notePendingRuns(r);
  // a group printed whole is said once, as the group it is, not also as an added subtotal
  const whole = new Set(shape.flatMap((i) => (i.kind === 'merged-group' ? [i.row] : [])));
  const issues = [...r.notes.filter((n) => !(n.kind === 'subtotal-row' && whole.has(n.row))), ...shape];
  r.tables.active.cols = [...new Set(ACTIVE_LAYOUT[r.version].flatMap((g) => g.cols))];
  return { version: evidence.version, evidence, tables: r.tables, issues };
}


function readBlock(r: Reading, b: TableBlock) {
  r.pos.anchored = false;
  r.layout = b.layout;
  r.clipped = !!b.clipped;
  const stream = b.layout === 'pipe' || b.layout === 'bare' || b.layout === 'word-cells';
  // a table with cells garbled by a wrong decoding (catdoc's text of a Word file: ŒN、上年结转…, N¡‹vQÖN情形）): rows may
  // be lost in the garble, so a row not found in the tables it holds is doubtful, not missing
  const garbled = b.rows.some((row) => row.cells.some((c) => GARBLED.test(c.text)));
  for (const row of b.rows) {
    const segs = segments(row.cells, b.layout === 'merged');
    for (const s of stream ? appealsInPieces(r, segs) : segs) {
      readSegment(r, s, stream);
      if (garbled && r.pos.table) r.disorder.add(r.pos.table);
    }
  }
  // a block that ends with 表四's labels but no filled data row: its all-blank row is the data row (a blank row is
  // held only until a data row is taken)
  if (r.pos.table === 'appeals' && r.learnt.appealsFallback) takeAppeals(r, r.learnt.appealsFallback);
  // text that keeps no blank cells, a block of 表四's labels and no value at all: its row was printed blank
  else if (r.pos.table === 'appeals' && !r.learnt.appealsTaken && lostBlanks(b.layout) && !b.rows.some((row) => row.cells.some((c) => parseValue(c.text).kind !== 'text'))) {
    takeAppeals(r, { labels: [], values: APPEAL_COLS.map(() => ({ text: '', src: b.rows.at(-1)?.cells.at(-1)?.src ?? b.src })) });
  }
}

/** Rows named one after the other, none with a value, from which a label column is suspected (./read-runs doubtListedRow). */
const LISTED = 3;

/** An item's number with nothing after it: 3. */
const BARE_ITEM = /^\s*\d{1,2}\s*[.．、]\s*$/;

/** 表四's counts: fifteen, one per column. */
const APPEAL_WIDTH = 15;

/**
 * 表四 in a stream of cells whose reading order sets each group's header before its counts (pdftotext without -layout:
 * 结果维 … 尚未审 / 0 0 6 0 / 未经复议直接起诉 / 总计 / 6 / …): from its first header label to the block's end or another
 * table's label, the pieces' values are its one data row when there are fifteen of them, or fifteen but for the blank
 * cells between them (a paragraph break each, in one piece or several). Else the pieces are read as they are.
 */
function appealsInPieces(r: Reading, segs: Segment[]): Segment[] {
  const start = segs.findIndex((s) => s.labels.some((l) => classifyLabel(l.text)?.table === 'appeals' || appealWords(l.text)));
  if (start < 0) return segs;
  // an item's number alone (3. — a list's number or a page's mark the reading order set there) names no row of 表四's
  const own = (l: Cell) => BARE_ITEM.test(l.text) || [null, 'appeals'].includes(classifyLabel(l.text)?.table ?? null);
  let end = start + 1;
  while (end < segs.length && segs[end]!.labels.every(own)) end++;
  const pieces = segs.slice(start, end);
  // 表四 printed in parts, each after the header naming its kind (行政复议's five, then 行政诉讼's ten or five and five):
  // the parts' values in the template's order, not a doubtful reading order
  const parts = partsByKind(pieces);
  const values = parts ?? pieces.flatMap((s) => s.values);
  const filled = values.filter((v) => v.text.trim());
  const row = values.length === APPEAL_WIDTH ? values : filled.length === APPEAL_WIDTH ? filled : null;
  const labels = pieces.flatMap((s) => s.labels).filter((l) => !BARE_ITEM.test(l.text));
  if (!row) {
    // values short of fifteen, some after header words the template does not name (a table the page cut: 持 结果纠正…):
    // the row is printed, its columns not known — unread (doubtShortAppeals) unless a piece of its own is the row
    if (filled.length) r.learnt.appealsShort ??= { labels, values: filled };
    return segs;
  }
  // values gathered from pieces between the header's words stand in the order the text tool set them, which need not
  // be the table's (pdftotext's reading order over a header broken a character a line can put a later group's counts
  // first): such a row whose own totals fail is a doubtful reading, said unread, never summed in that order
  const withValues = pieces.filter((s) => s.values.some((v) => v.text.trim())).length;
  if (!parts && withValues > 1 && !ownTotalHolds('appeals', APPEAL_COLS, row.map((c) => c.text))) {
    unreadAppeals(r, row.map((c) => c.text.trim()), row[0]!.src);
    return [...segs.slice(0, start), { labels, values: [] }, ...segs.slice(end)];
  }
  return [...segs.slice(0, start), { labels, values: row }, ...segs.slice(end)];
}

function readSegment(r: Reading, s: Segment, stream: boolean) {
  let target: RowTarget | null = null;
  // text that keeps no blank cells: a row label followed at once by the next row's was a row of blanks
  const blanksLost = lostBlanks(r.layout);
  // rows named one after the other before any value (taken for blank)
  let listed = 0;
  for (const label of s.labels) {
    // a label's note wrapped into a cell of its own ((区分处理的，只计这一情形，不计其他情形)) leaves the row as it was
    if (target && NOTE.test(label.text.trim())) continue;
    const info = classifyLabel(label.text);
    // 表三's column labels run together into one cell (a header printed too narrow: 商业企业科研机构…其他): each read in turn
    const run = headerRun(label.text);
    if (run) {
      for (const word of run) readLabel(r, classifyLabel(word), { ...label, text: word });
      continue;
    }
    // and so are 表四's (行政复议结果维持…总计: a part's header, the cells of a row a tool joined): they name its row
    const appealRun = info ? null : appealWords(label.text);
    if (appealRun) {
      for (const word of appealRun) target = readLabel(r, classifyLabel(word), { ...label, text: word }) ?? target;
      continue;
    }
    // the rest of a 表三 label wrapped onto a line of its own (…重新出具已 / 获取信息) goes on naming its row
    if (!info && target?.table === 'requests') continue;
    // 表四's header words printed apart from their columns' (结果 结果 其他 尚未 总计 / 维持 纠正 结果 审结) leave it 表四's
    if (!info && target?.table === 'appeals') continue;
    const before: RowTarget | null = target;
    target = readLabel(r, info, label);
    // a row label followed at once by the next row's, or by a group's heading (第二十条第（六）项, 三、本年度办理结果)
    const next = target ? rowKey(target) : info && (info.kind === 'group' || info.kind === 'phase') && 'heading';
    if (blanksLost && before && next && isDataRow(before) && rowKey(before) !== next) {
      blankRun(r, before, { labels: [before.label!], values: [] });
      r.tentative.push({ target: before, how: r.layout === 'merged' ? 'merged' : 'collapsed', beforeHeading: !target });
      listed++;
    }
  }
  if (!s.labels.length && r.pos.table === 'appeals') target = { table: 'appeals', label: null };
  if (!target) {
    // values inside 表二 or 表三 that no label names: a row whose label was not read stands here, so a row not found may be this one
    if (s.values.some((v) => !isEmpty(v)) && r.pos.table && r.pos.table !== 'appeals') {
      r.unnamed.add(r.pos.table);
      if (r.tables[r.pos.table].found) r.disorder.add(r.pos.table);
    }
    return;
  }
  // a row printed with its label alone: in text that lost its blank cells, its cells were blank
  if (!s.values.length) return blanksLost ? blankRun(r, target, s) : undefined;
  // cells that ran together: the row's runs of digits are split by the template (./runs.ts), now or once the table is read;
  // a part of 表四 printed in parts at its own width, joined with the others when placed
  const appealsPart = r.layout === 'merged' && target.table === 'appeals' ? mergedPart(s) : null;
  if (appealsPart) return placeTarget(r, target, appealsPart, stream);
  if (r.layout === 'merged' && !splitRun(r, target, s, 'merged')) return;
  // one cell per line, lines equal to the one before dropped: the row is read back by the template
  if (ONE_CELL_PER_LINE.has(r.layout) && !splitRun(r, target, s, 'collapsed')) return;
  if (listed >= LISTED && doubtListedRow(r, target, s)) return;
  if (r.clipped) {
    // a table wider than its page: 表二's and 表三's rows keep their first columns (their labels stand before them and
    // take the left edge's cut), so their values go where they stand and a cut 表三 is said once (shape.ts); 表四's
    // row has no label to take it
    r.clippedTables.add(target.table);
    if (target.table === 'appeals' && clippedAppeals(r, s)) return;
  }
  placeTarget(r, target, s, stream);
}

/**
 * A target that is a row of data (not 表四's, whose one row is found by its values). A 表二 row the template lacks is
 * one too: it has no template row, so nothing is made blank or doubted for it (blankRun, doubtBlankRows).
 */
function isDataRow(t: RowTarget): t is Exclude<RowTarget, { table: 'appeals' }> {
  return t.table !== 'appeals';
}

/** The row a target names (two pieces of one wrapped label name the same). */
function rowKey(t: RowTarget): string {
  if (t.table === 'appeals') return 'appeals/counts';
  if (t.table === 'active') return 'extra' in t ? `active/extra:${t.label.text}` : `active/${t.row}`;
  return `requests/${'row' in t ? t.row : `result.${t.group}`}`;
}

/** Put a segment's values where its last label points. */
