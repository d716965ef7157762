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
import type { Cell, MappedTable, Mapping, ShapeIssue, Source, TableBlock, TableId, Version } from '../model';
import { parseValue } from '../text/numbers';
import { clip } from '../text/normalize';
import { ACTIVE_LAYOUT, APPEAL_COLS, REQUEST_COL_ORDER, requestGroups, rowLabel, type ActiveGroup } from './layout';
import { classifyLabel, itemNumber, type LabelInfo } from './labels';
import { detectVersion } from './version';
import { shapeIssues, type Placement } from './shape';
import { brokenNumberReadings, collapsedReadings, readingsOf } from './runs';
import { cellAt, expectedValue, relations, type Relation } from './relations';
import { solveRuns } from './solve-runs';

/** A run of labels and the run of values after them. */
interface Segment {
  labels: Cell[];
  values: Cell[];
}

/** The row that the values after a label belong to. */
type RowTarget =
  | { table: 'active'; row: string; group: string; label: Cell }
  | { table: 'active'; extra: true; label: Cell }
  | { table: 'requests'; row: string; label: Cell }
  | { table: 'requests'; group: string; label: Cell }
  | { table: 'appeals'; label: Cell | null };

/** Where the reader stands: which table, and where inside it. */
interface Position {
  table: TableId | null;
  /** The current block has shown a template label: only then is an unknown label an extra 表二 row. */
  anchored: boolean;
  /** 表二: the current group (第二十条第（x）项), and the next column of a header row (-1 outside one). */
  activeGroup: string | null;
  headerColumn: number;
  /** 表三: header rows, the applicant rows (一、二), or the results (三、四); the current result group. */
  requestPhase: 'header' | 'body' | 'results';
  requestGroup: string | null;
}

/**
 * How a text lost a row's cell boundaries: its digits ran together (`merged`), or it keeps one cell per
 * line and merged runs of identical lines (`collapsed`: 1 0 0 0 0 0 1 printed as 1 0 1).
 */
export type RunHow = 'merged' | 'collapsed';

/** A row whose cells ran together and whose readings the arithmetic must choose between, once the tables are read. */
interface PendingRun {
  how: RunHow;
  target: RowTarget;
  table: TableId;
  row: string;
  cols: string[];
  readings: string[][];
  labels: Cell[];
  /** The row as printed, for the finding: its label and its digits. */
  label: string;
  digits: string;
  src: Source;
}

interface RunRows {
  pending: PendingRun[];
  told: Map<TableId, number>;
  /** Rows read back from merged identical lines. */
  widened: Map<TableId, number>;
  undecided: Map<TableId, { row: string; label: string; digits: string; how: RunHow }[]>;
  src: Map<TableId, Source>;
}

/** What the reading has learnt about the tables besides their cells. */
interface Learnt {
  /** 表三 columns as its header prints them (a 小计 column among them). */
  applicantOrder: string[];
  /** Units a 表二 header names for a column: `group/col` → 万元 or 元. */
  columnUnits: Map<string, string>;
  /** Tables whose labels were seen, with where the first one stands. */
  seen: Map<TableId, Source>;
  extraRows: number;
  /** 表四: its labels were seen; its data row was taken; an all-blank candidate kept for lack of a better one. */
  appealsSeen: boolean;
  appealsTaken: boolean;
  appealsFallback: Segment | null;
}

interface Reading {
  version: Version;
  pos: Position;
  learnt: Learnt;
  tables: Record<TableId, MappedTable>;
  placements: Placement[];
  /** Departures seen while reading (cut headers, added rows and subtotals, repeated rows). */
  notes: ShapeIssue[];
  /** The layout of the block being read. */
  layout: TableBlock['layout'];
  /** Rows whose cells ran together, by table: how many were told apart, which could not be, and the rows still to decide. */
  runs: RunRows;
  /** Rows taken for blank because the next row's label followed theirs at once (./doubtBlankRows). */
  tentative: { target: RowTarget; how: RunHow }[];
  /** Tables read from text whose values stood out of their rows (only text layouts set it). */
  disorder: Set<TableId>;
}

const isEmpty = (c: Cell) => c.text.trim() === '';

/** A note in brackets on its own: 区分处理的…, 单位：万元, 注… */
const NOTE = /^[（(](?:区分|只计|单位|注|含|本列|不计)[^）)]*[）)]$/;

/** Text layouts that keep one cell per line: where an archive merged identical lines, a row prints fewer values. */
const ONE_CELL_PER_LINE = new Set<TableBlock['layout']>(['bare', 'per-line', 'pipe']);

/** A run of digits that ran together (6-422 is 6 / -4 / 22): a value however it parses. */
const RUN = /^-?\d[\d.-]*$/;

function segments(cells: Cell[], merged: boolean): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { labels: [], values: [] };
  for (const c of cells) {
    if (parseValue(c.text).kind === 'text' && !(merged && RUN.test(c.text))) {
      if (cur.values.length) {
        out.push(cur);
        cur = { labels: [], values: [] };
      }
      cur.labels.push(c);
    } else cur.values.push(c);
  }
  out.push(cur);
  return out;
}

function newTable(table: TableId, cols: string[]): MappedTable {
  return { table, found: false, cells: new Map(), rows: [], rowSrc: new Map(), cols, groupOf: new Map(), labels: new Map(), src: null };
}

export function mapTables(blocks: TableBlock[], year: number | null): Mapping {
  const labels: string[] = [];
  for (const b of blocks) for (const r of b.rows) for (const c of r.cells) if (parseValue(c.text).kind === 'text') labels.push(c.text);
  const evidence = detectVersion(labels, year);
  const r: Reading = {
    version: evidence.version ?? (year !== null && year >= 2021 ? '2021' : '2019'),
    pos: { table: null, anchored: false, activeGroup: null, headerColumn: -1, requestPhase: 'header', requestGroup: null },
    learnt: { applicantOrder: [], columnUnits: new Map(), seen: new Map(), extraRows: 0, appealsSeen: false, appealsTaken: false, appealsFallback: null },
    tables: {
      active: newTable('active', []),
      requests: newTable('requests', REQUEST_COL_ORDER.slice()),
      appeals: newTable('appeals', APPEAL_COLS.slice()),
    },
    placements: [],
    notes: [],
    layout: 'html',
    runs: { pending: [], told: new Map(), widened: new Map(), undecided: new Map(), src: new Map() },
    tentative: [],
    disorder: new Set(),
  };
  for (const b of blocks) readBlock(r, b);
  decideRuns(r, evidence);
  doubtBlankRows(r);
  const appealsOpen = r.learnt.appealsSeen || r.pos.table === 'appeals' || r.learnt.appealsFallback !== null;
  const shape = doubtMissingRows(r, shapeIssues({ version: r.version, tables: r.tables, placements: r.placements, seen: r.learnt.seen, appealsOpen, requestHeader: r.learnt.applicantOrder }));
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
  const stream = b.layout === 'pipe' || b.layout === 'bare';
  for (const row of b.rows) for (const s of segments(row.cells, b.layout === 'merged')) readSegment(r, s, stream);
  // a block that ends with 表四's labels but no filled data row: its all-blank row is the data row
  if (r.pos.table === 'appeals' && !r.learnt.appealsTaken && r.learnt.appealsFallback) takeAppeals(r, r.learnt.appealsFallback);
}

function readSegment(r: Reading, s: Segment, stream: boolean) {
  let target: RowTarget | null = null;
  // text that keeps no blank cells: a row label followed at once by the next row's was a row of blanks
  const lostBlanks = r.layout === 'merged' || ONE_CELL_PER_LINE.has(r.layout);
  for (const label of s.labels) {
    // a label's note wrapped into a cell of its own ((区分处理的，只计这一情形，不计其他情形)) leaves the row as it was
    if (target && NOTE.test(label.text.trim())) continue;
    const info = classifyLabel(label.text);
    // the rest of a 表三 label wrapped onto a line of its own (…重新出具已 / 获取信息) goes on naming its row
    if (!info && target?.table === 'requests') continue;
    const before: RowTarget | null = target;
    target = readLabel(r, info, label);
    if (lostBlanks && before && target && isDataRow(before) && rowKey(before) !== rowKey(target)) {
      blankRun(r, before, { labels: [before.label!], values: [] });
      r.tentative.push({ target: before, how: r.layout === 'merged' ? 'merged' : 'collapsed' });
    }
  }
  if (!s.labels.length && r.pos.table === 'appeals') target = { table: 'appeals', label: null };
  if (!target) {
    // values inside 表二 or 表三 that no label names: a row whose label was not read stands here, so a row not found may be this one
    if (s.values.some((v) => !isEmpty(v)) && r.pos.table && r.pos.table !== 'appeals' && r.tables[r.pos.table].found) r.disorder.add(r.pos.table);
    return;
  }
  // a row printed with its label alone: in text that lost its blank cells, its cells were blank
  if (!s.values.length) return lostBlanks ? blankRun(r, target, s) : undefined;
  // cells that ran together: the row's runs of digits are split by the template (./runs.ts), now or once the table is read
  if (r.layout === 'merged' && !splitRun(r, target, s, 'merged')) return;
  // one cell per line, lines equal to the one before dropped: the row is read back by the template
  if (ONE_CELL_PER_LINE.has(r.layout) && !splitRun(r, target, s, 'collapsed')) return;
  placeTarget(r, target, s, stream);
}

/** A target that is a row of data (not 表四's, whose one row is found by its values). */
function isDataRow(t: RowTarget): t is Exclude<RowTarget, { table: 'appeals' }> {
  return t.table === 'requests' || (t.table === 'active' && !('extra' in t));
}

/** The row a target names (two pieces of one wrapped label name the same). */
function rowKey(t: RowTarget): string {
  if (t.table === 'appeals') return 'appeals/counts';
  if (t.table === 'active') return 'extra' in t ? `active/extra:${t.label.text}` : `active/${t.row}`;
  return `requests/${'row' in t ? t.row : `result.${t.group}`}`;
}

/** Put a segment's values where its last label points. */
function placeTarget(r: Reading, target: RowTarget, s: Segment, stream: boolean) {
  switch (target.table) {
    case 'appeals':
      return appealsCandidate(r, s, stream);
    case 'active':
      if (!('extra' in target)) return place(r, 'active', target.row, target.group, s.values, target.label);
      // a row the template does not have, inside 表二: kept as extra.<n> when it holds a value
      if (!r.pos.anchored || !r.pos.activeGroup || s.values.every(isEmpty)) return;
      {
        const row = `extra.${++r.learnt.extraRows}`;
        r.notes.push({ kind: 'extra-row', table: 'active', row, label: clip(target.label.text), src: target.label.src });
        r.tables.active.labels.set(row, clip(target.label.text, 24));
        return place(r, 'active', row, r.pos.activeGroup, s.values, target.label);
      }
    case 'requests':
      if (!('group' in target)) return place(r, 'requests', target.row, null, s.values, target.label);
      {
        // a group line: a row of its own (（一）予以公开), or a subtotal the report adds over its items
        const g = requestGroups(r.version).find((x) => x.key === target.group)!;
        const row = `result.${g.key}`;
        const blank = s.values.every(isEmpty);
        if (g.items.length && blank) return;
        if (g.items.length) r.notes.push({ kind: 'subtotal-row', table: 'requests', row, src: target.label.src });
        return place(r, 'requests', row, null, s.values, target.label);
      }
  }
}

/** Move the position by one label; return what the values after it belong to. */
function readLabel(r: Reading, info: LabelInfo | null, label: Cell): RowTarget | null {
  const pos = r.pos;
  if (!info) return pos.table === 'active' ? { table: 'active', extra: true, label } : null;
  if (info.table === null) return readAmbiguous(r, info.word, label);
  // an item label (1. 属于国家秘密 …) outside 表三 is no 表三 row
  if (info.table === 'requests' && info.kind === 'item' && !info.group && pos.table !== 'requests') {
    return pos.table === 'active' ? { table: 'active', extra: true, label } : null;
  }
  if (info.table !== pos.table) enter(r, info.table);
  pos.anchored = true;
  if (!r.learnt.seen.has(info.table)) r.learnt.seen.set(info.table, label.src);
  switch (info.table) {
    case 'active':
      switch (info.kind) {
        case 'group':
          pos.activeGroup = info.group;
          pos.headerColumn = -1;
          return null;
        case 'header':
          pos.headerColumn = 0;
          return null;
        case 'col':
          activeHeader(r, info, label);
          return null;
        case 'row':
          pos.activeGroup = info.group;
          return { table: 'active', row: `${info.group}.${info.row}`, group: info.group, label };
      }
      return null;
    case 'requests':
      return readRequestLabel(r, info, label);
    case 'appeals':
      return { table: 'appeals', label };
  }
}

function readRequestLabel(r: Reading, info: Extract<LabelInfo, { table: 'requests' }>, label: Cell): RowTarget | null {
  const pos = r.pos;
  switch (info.kind) {
    case 'header':
      if (info.col && info.col !== 'natural') r.learnt.applicantOrder.push(info.col);
      return null;
    case 'phase':
      pos.requestPhase = 'results';
      return null;
    case 'row':
      pos.requestPhase = info.row === 'carried_out' ? 'results' : 'body';
      pos.requestGroup = null;
      return { table: 'requests', row: info.row, label };
    case 'total':
      pos.requestGroup = null;
      return { table: 'requests', row: 'result.total', label };
    case 'group':
      pos.requestPhase = 'results';
      pos.requestGroup = info.group;
      return { table: 'requests', group: info.group, label };
    case 'item': {
      const group = info.group ?? pos.requestGroup;
      if (!group) return null;
      pos.requestPhase = 'results';
      pos.requestGroup = group;
      const n = itemNumber(label.text) ?? info.n;
      const g = requestGroups(r.version).find((x) => x.key === group);
      if (!g || !n || n > g.items.length) return null;
      return { table: 'requests', row: `result.${group}.${n}`, label };
    }
  }
}

/** 其他 and 总计 name a column in 表三's header, a row in its results, a row in 表二, a column in 表四. */
function readAmbiguous(r: Reading, word: 'other' | 'total', label: Cell): RowTarget | null {
  const pos = r.pos;
  if (pos.table === 'requests') {
    if (pos.requestPhase === 'header') {
      r.learnt.applicantOrder.push(word === 'other' ? 'other_org' : 'total');
      return null;
    }
    if (word === 'total') return { table: 'requests', row: 'result.total', label };
    if (pos.requestGroup === 'other' && r.version === '2021') return { table: 'requests', row: 'result.other.3', label };
    return null;
  }
  if (pos.table === 'active') return word === 'other' ? { table: 'active', extra: true, label } : null;
  if (pos.table === 'appeals') return { table: 'appeals', label };
  return null;
}

function enter(r: Reading, t: TableId) {
  r.pos.table = t;
  if (t === 'appeals') r.learnt.appealsSeen = true;
  if (t === 'requests') {
    r.pos.requestPhase = 'header';
    r.pos.requestGroup = null;
  }
}

/** A 表二 column header: its unit, and a header cut short (本年新) named by its position in the row. */
function activeHeader(r: Reading, info: Extract<LabelInfo, { kind: 'col' }>, label: Cell) {
  const def = activeGroup(r.version, r.pos.activeGroup);
  const i = r.pos.headerColumn >= 0 ? r.pos.headerColumn++ : -1;
  const col = info.cut ? (def && i >= 0 ? def.cols[i] : undefined) : info.col;
  if (info.cut && def && col) r.notes.push({ kind: 'cut-header', table: 'active', group: def.key, col, label: label.text, src: label.src });
  if (info.unit && def && col) r.learnt.columnUnits.set(`${def.key}/${col}`, info.unit);
}

/** A 表二 group of this version, else of the other (a report that mixes the two). */
function activeGroup(v: Version, group: string | null): ActiveGroup | undefined {
  if (!group) return undefined;
  const other: Version = v === '2019' ? '2021' : '2019';
  return ACTIVE_LAYOUT[v].find((g) => g.key === group) ?? ACTIVE_LAYOUT[other].find((g) => g.key === group);
}

/** 表三's columns: the template's, with the 法人或其他组织 小计 column where the header prints one. */
function requestColumns(r: Reading): string[] {
  const t = r.tables.requests;
  const order = r.learnt.applicantOrder;
  if (!order.includes('org_subtotal') || t.cols.includes('org_subtotal')) return t.cols;
  const before = order.indexOf('org_subtotal') < order.indexOf('business');
  const cols = REQUEST_COL_ORDER.slice();
  cols.splice(before ? 1 : 6, 0, 'org_subtotal');
  t.cols = cols;
  r.notes.push({ kind: 'subtotal-column', table: 'requests', src: t.src ?? {} });
  return cols;
}

/** Put a row's values into its table's cells, in column order, and record the placement. */
function place(r: Reading, table: TableId, row: string, group: string | null, values: Cell[], label: Cell | null) {
  const t = r.tables[table];
  let cols: string[];
  if (table === 'active') {
    const def = activeGroup(r.version, group);
    if (!def) return;
    cols = def.cols;
    t.groupOf.set(row, def.key);
  } else if (table === 'requests') cols = requestColumns(r);
  else cols = t.cols;

  const src = label?.src ?? values[0]!.src;
  if (t.cells.has(`${row}/${cols[0]}`) || t.rowSrc.has(row)) {
    r.notes.push({ kind: 'duplicate-row', table, row, src });
    return;
  }
  // blanks around the values are padding, as long as the row is longer than the template
  const vs = values.slice();
  while (vs.length > cols.length && isEmpty(vs[vs.length - 1]!)) vs.pop();
  while (vs.length > cols.length && isEmpty(vs[0]!)) vs.shift();
  r.placements.push({ table, row, width: cols.length, values: vs, src });

  t.found = true;
  t.src ??= src;
  t.rows.push(row);
  t.rowSrc.set(row, src);
  const gk = t.groupOf.get(row);
  for (let i = 0; i < Math.min(cols.length, vs.length); i++) {
    const c = vs[i]!;
    const p = parseValue(c.text);
    const col = cols[i]!;
    const unit = p.unit ?? (gk ? r.learnt.columnUnits.get(`${gk}/${col}`) ?? null : null);
    t.cells.set(`${row}/${col}`, { table, row, col, value: p.value, blank: p.kind === 'blank', raw: c.text, unit, src: c.src });
  }
}

/** 表四 has one data row: the first one with a value, else an all-blank one of full width. */
function appealsCandidate(r: Reading, s: Segment, stream: boolean) {
  if (r.learnt.appealsTaken || s.values.length < 10) return;
  if (s.values.some((c) => !isEmpty(c))) takeAppeals(r, s);
  else if (!stream || s.values.length >= APPEAL_COLS.length) r.learnt.appealsFallback = s;
}

function takeAppeals(r: Reading, s: Segment) {
  r.learnt.appealsTaken = true;
  r.learnt.appealsFallback = null;
  place(r, 'appeals', 'counts', null, s.values, null);
  r.pos.table = null;
}

// ── cells that ran together ───────────────────────────────────────────────

/** The row a target names and its columns; row null for a row the template lacks. */
function rowOf(r: Reading, target: RowTarget): { table: TableId; row: string | null; cols: string[]; group?: string } | null {
  switch (target.table) {
    case 'active': {
      const def = activeGroup(r.version, r.pos.activeGroup);
      if ('extra' in target) return def ? { table: 'active', row: null, cols: def.cols } : null;
      const g = activeGroup(r.version, target.group);
      return g ? { table: 'active', row: target.row, cols: g.cols, group: g.key } : null;
    }
    case 'requests':
      return { table: 'requests', row: 'row' in target ? target.row : `result.${target.group}`, cols: requestColumns(r) };
    case 'appeals':
      return { table: 'appeals', row: 'counts', cols: APPEAL_COLS };
  }
}

/**
 * A row whose cells lost their boundaries (`how`): read as the row's cells where the column count
 * leaves one reading (true: place it now); else kept for the arithmetic to decide once every row is
 * read, or said to be undecidable (and left unchecked, never summed shifted).
 */
function splitRun(r: Reading, target: RowTarget, s: Segment, how: RunHow): boolean {
  const where = rowOf(r, target);
  if (!where) return true;
  // blanks around the values are padding where the row is longer than the template (as place() reads them)
  let values = s.values;
  if (how === 'collapsed') while (values.length > where.cols.length && isEmpty(values[values.length - 1]!)) values = values.slice(0, -1);
  const width = where.cols.length;
  // a longer row: cells that ran together are read as printed; a table printed twice over is said as such (shape:doubled-columns)
  // and a row whose boundaries the text kept (one cell per line, rows apart) is as long as it prints
  if (values.length === width || (values.length > width && (how === 'merged' || values.length === 2 * width || r.layout === 'per-line'))) return true;
  const tokens = values.map((c) => c.text);
  const trimmed = tokens.map((t) => t.trim());
  // one cell per line: fewer values where identical lines merged, more where a number broke over two lines (1 / 62);
  // 表二 has no arithmetic to confirm a join. A longer row nothing explains is a doubtful reading (values out of their row).
  const readings =
    how === 'merged'
      ? tokens.every((t) => RUN.test(t)) ? readingsOf(tokens, width) : []
      : values.length < width ? collapsedReadings(trimmed, width) : where.table === 'active' ? [] : brokenNumberReadings(trimmed, width);
  // 表四's one row is chosen among the runs of values by their count (appealsCandidate)
  if (how === 'collapsed' && !readings?.length && where.table === 'appeals') return true;
  const src = s.values[0]!.src;
  const runs = r.runs;
  if (!runs.src.has(where.table)) runs.src.set(where.table, src);
  // a reading the column count alone forces is taken where the row's own total agrees, or where no digit run had to be cut
  // (spaces kept between a row's cells and one cell short: a blank cell lost, not digits run together)
  const cut = readings?.length === 1 && readings[0]!.length > tokens.length;
  if (readings?.length === 1 && (ownTotalHolds(where.table, where.cols, readings[0]!) || (how === 'merged' && !(cut && tokens.length > 1)))) {
    s.values = readings[0]!.map((text) => ({ text, src }));
    count(how === 'merged' ? runs.told : runs.widened, where.table);
    return true;
  }
  // the row as printed: its own label (the last one before its values) and its digits
  const printed = { label: clip(s.labels[s.labels.length - 1]?.text ?? '', 40), digits: tokens.join(' '), how };
  // the template's arithmetic ties 表三's and 表四's cells together; 表二's rows have none
  if (readings && readings.length > 1 && where.row && where.table !== 'active') {
    runs.pending.push({ target, table: where.table, row: where.row, cols: where.cols, readings, labels: s.labels, ...printed, src });
    return false;
  }
  if (where.row) undecided(r, where.table, where.row, printed, src, where.group);
  // a row longer than the template nothing explains: values out of their rows
  if (how === 'collapsed' && values.length > width) r.disorder.add(where.table);
  return false;
}

function count(m: Map<TableId, number>, table: TableId) {
  m.set(table, (m.get(table) ?? 0) + 1);
}

/** A 表三 row's 总计 is its applicants' sum: a single reading of a merged-lines row must keep it (0 alone reads 0 0 … 0). */
function ownTotalHolds(table: TableId, cols: string[], reading: string[]): boolean {
  if (table !== 'requests') return true;
  const at = cols.indexOf('total');
  if (at < 0) return true;
  const parts = reading.reduce((n, v, i) => (i === at || cols[i] === 'org_subtotal' ? n : n + Number(v)), 0);
  return Math.abs(parts - Number(reading[at])) < 1e-6;
}

/** A row printed with its label alone in text that keeps no blank cells (cells run together, or one per line): its cells were blank. */
/**
 * Rows taken for blank because their label stood right before the next row's hold only where the text kept
 * its rows in order. A table some of whose rows could not be read (values out of their rows, as a PDF
 * viewer's copy leaves a table whose labels print after their numbers) gives no such certainty: those rows
 * are said to be unread, with the others that could not be read, and no relation runs on them.
 */
function doubtBlankRows(r: Reading) {
  for (const { target, how } of r.tentative) {
    const where = rowOf(r, target);
    if (!where?.row || !r.runs.undecided.get(where.table)?.length) continue;
    const t = r.tables[where.table];
    for (const col of where.cols) t.cells.delete(`${where.row}/${col}`);
    r.placements = r.placements.filter((p) => !(p.table === where.table && p.row === where.row));
    undecided(r, where.table, where.row, { label: clip(target.label?.text ?? '', 40), digits: '—', how }, target.label?.src ?? {}, where.group);
    r.disorder.add(where.table);
  }
}

/**
 * A row is called missing only when it is certainly not printed. In a table read from text whose values
 * stood out of their rows (a row longer than the template, a label with no values before the next one),
 * a row not found may be among them: it joins the rows that need review.
 */
function doubtMissingRows(r: Reading, shape: ShapeIssue[]): ShapeIssue[] {
  return shape.filter((i) => {
    if (i.kind !== 'missing-row' || !r.disorder.has(i.table)) return true;
    const list = r.runs.undecided.get(i.table) ?? [];
    list.push({ row: i.row, label: rowLabel(i.table, i.row), digits: '—', how: 'collapsed' });
    r.runs.undecided.set(i.table, list);
    return false;
  });
}

function blankRun(r: Reading, target: RowTarget, s: Segment) {
  const where = rowOf(r, target);
  if (!where?.row || where.table === 'appeals') return;
  const src = s.labels[s.labels.length - 1]!.src;
  placeTarget(r, target, { labels: s.labels, values: where.cols.map(() => ({ text: '', src })) }, false);
}

/** A row whose cells cannot be told apart: it stands in its table (not missing), without cells, and is said so. */
function undecided(r: Reading, table: TableId, row: string, printed: { label: string; digits: string; how: RunHow }, src: Source, group?: string) {
  const list = r.runs.undecided.get(table) ?? [];
  list.push({ row, ...printed });
  r.runs.undecided.set(table, list);
  const t = r.tables[table];
  t.found = true;
  t.src ??= src;
  if (!t.rowSrc.has(row)) {
    t.rows.push(row);
    t.rowSrc.set(row, src);
  }
  if (group) t.groupOf.set(row, group);
}

/**
 * Choose the readings of the rows that ran together: a row's own total first
 * (总计 = the applicants' sum; 表四's totals), then the columns' sums and
 * 一+二 = 三+四 over the rows left. A row is told apart only when every reading of
 * the table under which all those relations hold reads it alike; a report whose
 * arithmetic is broken there leaves its rows undecided rather than "mended".
 */
function decideRuns(r: Reading, evidence: Mapping['evidence']) {
  const pending = r.runs.pending;
  if (!pending.length) return;
  const mapping: Mapping = { version: r.version, evidence, tables: r.tables, issues: [] };
  // the rows stand in their tables while they are decided, so that their relations are drawn
  for (const p of pending) {
    r.tables[p.table].rows.push(p.row);
    r.tables[p.table].rowSrc.set(p.row, p.src);
  }
  const rels = relations(mapping);
  const keys = (x: Relation) => [x.target, ...x.plus, ...x.minus];
  const touching = pending.map((p) => rels.filter((x) => x.table === p.table && keys(x).some((k) => k.startsWith(`${p.row}/`))));
  const set = (p: PendingRun, reading: string[]) =>
    reading.forEach((v, i) => r.tables[p.table].cells.set(`${p.row}/${p.cols[i]}`, { table: p.table, row: p.row, col: p.cols[i]!, value: Number(v), blank: false, raw: v, unit: null, src: p.src }));
  const unset = (p: PendingRun) => p.cols.forEach((c) => r.tables[p.table].cells.delete(`${p.row}/${c}`));
  // a relation with a cell not yet read stands open
  const holds = (x: Relation) => {
    const target = cellAt(mapping, x.table, x.target);
    const e = expectedValue(mapping, x);
    return !target || e === null || Math.abs(target.value - e) < 1e-6;
  };
  // first each row by its own arithmetic (its total; 表四's totals): its digits alone decide it
  const own = pending.map((p, i) => touching[i]!.filter((x) => keys(x).every((k) => k.startsWith(`${p.row}/`))));
  const kept = pending.map((p, i) =>
    p.readings.filter((rd) => {
      set(p, rd);
      const ok = own[i]!.every(holds);
      unset(p);
      return ok;
    }),
  );
  const chosen: (string[] | null)[] = kept.map((k) => (k.length === 1 ? k[0]! : null));
  chosen.forEach((c, i) => c && set(pending[i]!, c));
  const open = pending.map((_, i) => i).filter((i) => !chosen[i] && kept[i]!.length > 1);
  if (open.length) {
    const rows = open.map((i) => ({ ...pending[i]!, readings: kept[i]! }));
    const picked = solveRuns(rows, rels, (table, key) => cellAt(mapping, table, key)?.value);
    open.forEach((i, j) => {
      const r = picked[j];
      if (r !== null && r !== undefined) chosen[i] = kept[i]![r]!;
    });
  }
  // the decision made, the rows are placed as any row is
  for (const p of pending) {
    unset(p);
    const t = r.tables[p.table];
    t.rowSrc.delete(p.row);
    t.rows.splice(t.rows.lastIndexOf(p.row), 1);
  }
  pending.forEach((p, i) => {
    const reading = chosen[i];
    if (!reading) return undecided(r, p.table, p.row, { label: p.label, digits: p.digits, how: p.how }, p.src);
    count(p.how === 'merged' ? r.runs.told : r.runs.widened, p.table);
    placeTarget(r, p.target, { labels: p.labels, values: reading.map((text) => ({ text, src: p.src })) }, false);
  });
}

/** One note per table with rows that ran together: how many were told apart, and which could not be. */
function notePendingRuns(r: Reading) {
  const { told, widened, undecided: left } = r.runs;
  for (const table of new Set<TableId>([...told.keys(), ...widened.keys(), ...left.keys()])) {
    r.notes.push({ kind: 'run-together', table, told: told.get(table) ?? 0, widened: widened.get(table) ?? 0, undecided: left.get(table) ?? [], src: r.runs.src.get(table) ?? {} });
  }
}
