/**
 * The mapper's reading (./map.ts): where it stands in the tables, what it has learnt and placed, the rows
 * still to decide; the segments a row splits into. Shared by the steps in ./read-labels.ts, ./place.ts and
 * ./read-runs.ts.
 */
import type { Cell, MappedTable, ShapeIssue, Source, UndecidedRow, TableBlock, TableId, Version } from '../model';
import { parseValue } from '../text/numbers';
import { APPEAL_COLS, REQUEST_COL_ORDER } from './layout';
import type { Placement } from './shape';

/** A run of labels and the run of values after them. */
export interface Segment {
  labels: Cell[];
  values: Cell[];
}

/** The row that the values after a label belong to. */
export type RowTarget =
  | { table: 'active'; row: string; group: string; label: Cell }
  | { table: 'active'; extra: true; label: Cell }
  | { table: 'requests'; row: string; label: Cell }
  | { table: 'requests'; group: string; label: Cell }
  | { table: 'appeals'; label: Cell | null };

/** Where the reader stands: which table, and where inside it. */
export interface Position {
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
export interface PendingRun {
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

export interface RunRows {
  pending: PendingRun[];
  told: Map<TableId, number>;
  /** Rows read back from merged identical lines. */
  widened: Map<TableId, number>;
  undecided: Map<TableId, UndecidedRow[]>;
  src: Map<TableId, Source>;
  /**
   * Rows printed as one run of zeros, a digit for each of their table's cells (「0000000」): the text prints 0 in every
   * empty cell, so a run of its digits lost no blank cell (decideRuns may then say a row wrong however read).
   */
  zeroRuns: number;
}

/** What the reading has learnt about the tables besides their cells. */
export interface Learnt {
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
  /** 表四's values printed short of its columns in text that lost its blank cells: where they stand is not known. */
  appealsShort: Segment | null;
  /** 表四 printed in parts (行政复议's five columns, then 行政诉讼's ten or each kind's five): the parts so far. */
  appealsParts: Segment[];
}

export interface Reading {
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
  /**
   * Rows taken for blank because the next row's label, or a group's heading (`beforeHeading`), followed theirs at once
   * (./doubtBlankRows).
   */
  tentative: { target: RowTarget; how: RunHow; beforeHeading: boolean }[];
  /** Rows of a text a cell a line read with twice their width: a table printed twice over, or two rows' values after one label. */
  doubled: { target: RowTarget; label: string; digits: string; src: Source }[];
  /** Tables read from text whose values stood out of their rows (only text layouts set it). */
  disorder: Set<TableId>;
  /** The block being read stood past its page's edge (TableBlock.clipped). */
  clipped: boolean;
  /** Tables read from such blocks. */
  clippedTables: Set<TableId>;
  /** Tables in whose stretch values stood that no label names (a table none of whose rows is read is then unread, not empty). */
  unnamed: Set<TableId>;
}

export const isEmpty = (c: Cell) => c.text.trim() === '';
/** A cell that holds no value: empty, or a dash, slash or 无 printed for none. */
export const isBlank = (c: Cell) => parseValue(c.text).kind === 'blank';

/** A note in brackets on its own: 区分处理的…, 单位：万元, 注… */
export const NOTE = /^[（(](?:区分|只计|单位|注|含|本列|不计)[^）)]*[）)]$/;

/** Text layouts that keep one cell per line: where an archive merged identical lines, a row prints fewer values. */
export const ONE_CELL_PER_LINE = new Set<TableBlock['layout']>(['bare', 'per-line', 'pipe', 'word-cells']);

/** Text that keeps no blank cells: cells run together, or one a line. */
export const lostBlanks = (layout: TableBlock['layout']) => layout === 'merged' || ONE_CELL_PER_LINE.has(layout);

/** A run of digits that ran together (6-422 is 6 / -4 / 22): a value however it parses. */
export const RUN = /^-?\d[\d.+-]*$/;

/** 本年增/减's sign word set apart from its number (增 / 3: a crawler's one cell a line): one value with it. */
const SIGN_WORD = /^\s*(?:增加?|减少?)\s*$/;

export function segments(cells: Cell[], merged: boolean): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { labels: [], values: [] };
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i]!;
    const next = cells[i + 1];
    if (next && SIGN_WORD.test(c.text) && parseValue(next.text).kind === 'number' && /^\s*\d/.test(next.text)) {
      c = { ...next, text: `${c.text.trim()}${next.text.trim()}` };
      i++;
    }
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

/** A reading before its first block: no table entered, nothing learnt or placed. */
export function newReading(version: Version): Reading {
  return {
    version,
    pos: { table: null, anchored: false, activeGroup: null, headerColumn: -1, requestPhase: 'header', requestGroup: null },
    learnt: { applicantOrder: [], columnUnits: new Map(), seen: new Map(), extraRows: 0, appealsSeen: false, appealsTaken: false, appealsFallback: null, appealsShort: null, appealsParts: [] },
    tables: {
      active: newTable('active', []),
      requests: newTable('requests', REQUEST_COL_ORDER.slice()),
      appeals: newTable('appeals', APPEAL_COLS.slice()),
    },
    placements: [],
    notes: [],
    layout: 'html',
    runs: { pending: [], told: new Map(), widened: new Map(), undecided: new Map(), src: new Map(), zeroRuns: 0 },
    tentative: [],
    doubled: [],
    disorder: new Set(),
    clipped: false,
    clippedTables: new Set(),
    unnamed: new Set(),
  };
}

export function newTable(table: TableId, cols: string[]): MappedTable {
  return { table, found: false, cells: new Map(), rows: [], rowSrc: new Map(), cols, groupOf: new Map(), labels: new Map(), printed: new Map(), src: null };
}
