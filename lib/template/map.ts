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
import { ACTIVE_LAYOUT, APPEAL_COLS, REQUEST_COL_ORDER, requestGroups, type ActiveGroup } from './layout';
import { classifyLabel, itemNumber, type LabelInfo } from './labels';
import { detectVersion } from './version';
import { shapeIssues, type Placement } from './shape';

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
}

const isEmpty = (c: Cell) => c.text.trim() === '';

function segments(cells: Cell[]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { labels: [], values: [] };
  for (const c of cells) {
    if (parseValue(c.text).kind === 'text') {
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
  };
  for (const b of blocks) readBlock(r, b);
  const appealsOpen = r.learnt.appealsSeen || r.pos.table === 'appeals' || r.learnt.appealsFallback !== null;
  const issues = [...r.notes, ...shapeIssues({ version: r.version, tables: r.tables, placements: r.placements, seen: r.learnt.seen, appealsOpen })];
  r.tables.active.cols = [...new Set(ACTIVE_LAYOUT[r.version].flatMap((g) => g.cols))];
  return { version: evidence.version, evidence, tables: r.tables, issues };
}

function readBlock(r: Reading, b: TableBlock) {
  r.pos.anchored = false;
  const stream = b.layout === 'pipe' || b.layout === 'bare';
  for (const row of b.rows) for (const s of segments(row.cells)) readSegment(r, s, stream);
  // a block that ends with 表四's labels but no filled data row: its all-blank row is the data row
  if (r.pos.table === 'appeals' && !r.learnt.appealsTaken && r.learnt.appealsFallback) takeAppeals(r, r.learnt.appealsFallback);
}

function readSegment(r: Reading, s: Segment, stream: boolean) {
  let target: RowTarget | null = null;
  for (const label of s.labels) target = readLabel(r, classifyLabel(label.text), label);
  if (!s.labels.length && r.pos.table === 'appeals') target = { table: 'appeals', label: null };
  if (!target || !s.values.length) return;
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
