/**
 * Mapping rebuilt tables onto the template: every value cell gets its canonical
 * key `table / row / col`. Rows are recognised by their labels and values are
 * matched to columns by their order in the row, so split tables, repeated
 * headers, merged cells and tables that kept no row boundaries all map alike.
 */
import type { Cell, Source, TableBlock } from '../grid/types';
import { parseValue } from '../text/numbers';
import { clip } from '../text/normalize';
import {
  ACTIVE_LAYOUT, APPEAL_COLS, REQUEST_COL_ORDER, TABLES, requestGroups, requestRows,
  type ActiveGroup, type TableId, type Version,
} from './layout';
import { classifyLabel, itemNumber, type LabelInfo } from './labels';
import { detectVersion, type VersionEvidence } from './version';

export interface MappedCell {
  table: TableId;
  row: string;
  col: string;
  /** The number read; 0 for a blank cell. */
  value: number;
  blank: boolean;
  raw: string;
  unit: string | null;
  src: Source;
}

export interface MappedTable {
  table: TableId;
  found: boolean;
  /** Cells by `row/col`. */
  cells: Map<string, MappedCell>;
  /** Row keys in the order the page prints them. */
  rows: string[];
  /** Where each row's label stands (for row findings). */
  rowSrc: Map<string, Source>;
  /** Template columns of the table (requests: as the header orders them). */
  cols: string[];
  /** Group of each active row (`extra.<n>` rows included). */
  groupOf: Map<string, string>;
  /** Printed labels of rows the template does not have (`extra.<n>`). */
  labels: Map<string, string>;
  src: Source | null;
}

export type ShapeIssue =
  | { kind: 'extra-values'; table: TableId; row: string; expected: number; actual: number; src: Source; extra: Cell[] }
  | { kind: 'missing-values'; table: TableId; row: string; expected: number; actual: number; src: Source }
  | { kind: 'doubled-columns'; table: TableId; rows: number; expected: number; halvesEqual: boolean; src: Source }
  | { kind: 'missing-row'; table: TableId; row: string }
  | { kind: 'missing-table'; table: TableId }
  | { kind: 'unmapped-table'; table: TableId; src: Source | null }
  | { kind: 'no-data-row'; table: TableId; src: Source | null }
  | { kind: 'cut-header'; table: TableId; group: string; col: string; label: string; src: Source }
  | { kind: 'subtotal-row'; table: TableId; row: string; src: Source }
  | { kind: 'subtotal-column'; table: TableId; src: Source }
  | { kind: 'duplicate-row'; table: TableId; row: string; src: Source }
  | { kind: 'extra-row'; table: TableId; row: string; label: string; src: Source };

export interface Mapping {
  version: Version | null;
  evidence: VersionEvidence;
  tables: Record<TableId, MappedTable>;
  issues: ShapeIssue[];
}

interface Segment {
  labels: Cell[];
  values: Cell[];
}

type Target =
  | { table: 'active'; row: string; group: string; label: Cell }
  | { table: 'active'; extra: true; label: Cell }
  | { table: 'requests'; row: string; label: Cell }
  | { table: 'requests'; group: string; label: Cell }
  | { table: 'appeals'; label: Cell | null };

interface RowFit {
  table: TableId;
  row: string;
  len: number;
  width: number;
  extra: Cell[];
  values: Cell[];
  src: Source;
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
  const m = new Mapper(evidence.version ?? (year !== null && year >= 2021 ? '2021' : '2019'));
  for (const b of blocks) m.block(b);
  return { version: evidence.version, evidence, tables: m.tables, issues: m.finish() };
}

class Mapper {
  readonly tables: Record<TableId, MappedTable>;
  private issues: ShapeIssue[] = [];
  private fits: RowFit[] = [];
  private table: TableId | null = null;
  private blockAnchored = false;
  private activeGroup: string | null = null;
  private headerIndex = -1;
  private extraCount = 0;
  private reqPhase: 'header' | 'body' | 'results' = 'header';
  private reqGroup: string | null = null;
  private orgOrder: string[] = [];
  private appealsDone = false;
  private appealsFallback: Segment | null = null;
  private colUnits = new Map<string, string>();
  /** Tables whose labels were seen, with where the first one stands. */
  private seen = new Map<TableId, Source>();

  constructor(private v: Version) {
    this.tables = {
      active: newTable('active', []),
      requests: newTable('requests', REQUEST_COL_ORDER.slice()),
      appeals: newTable('appeals', APPEAL_COLS.slice()),
    };
  }

  block(b: TableBlock) {
    this.blockAnchored = false;
    for (const row of b.rows) {
      const segs = segments(row.cells);
      // a grid row whose labels are all header labels is a header row even if blanks trail it
      for (const s of segs) this.segment(s, b.layout === 'pipe' || b.layout === 'bare');
    }
    // a table block that ends leaves the active table (extra rows need an anchor in their own block)
    if (this.table === 'appeals' && !this.appealsDone && this.appealsFallback) this.takeAppeals(this.appealsFallback);
  }

  private segment(s: Segment, stream: boolean) {
    let target: Target | null = null;
    for (const label of s.labels) {
      const info = classifyLabel(label.text);
      target = this.apply(info, label);
    }
    if (!s.labels.length && this.table === 'appeals') target = { table: 'appeals', label: null };
    if (!target || !s.values.length) return;
    if (target.table === 'appeals') {
      this.appealsCandidate(s, stream);
      return;
    }
    if (target.table === 'active') {
      if ('extra' in target) {
        if (!this.blockAnchored || !this.activeGroup) return;
        if (s.values.every(isEmpty)) return;
        const row = `extra.${++this.extraCount}`;
        this.issues.push({ kind: 'extra-row', table: 'active', row, label: clip(target.label.text), src: target.label.src });
        this.tables.active.labels.set(row, clip(target.label.text, 24));
        this.put('active', row, this.activeGroup, s.values, target.label);
      } else this.put('active', target.row, target.group, s.values, target.label);
      return;
    }
    if ('group' in target) {
      const g = requestGroups(this.v).find((x) => x.key === target.group)!;
      const row = `result.${g.key}`;
      if (g.items.length && !s.values.every(isEmpty)) {
        this.issues.push({ kind: 'subtotal-row', table: 'requests', row, src: target.label.src });
      }
      if (g.items.length && s.values.every(isEmpty)) return;
      this.put('requests', row, null, s.values, target.label);
    } else this.put('requests', target.row, null, s.values, target.label);
  }

  /** Update the context with one label; return what the values after it belong to. */
  private apply(info: LabelInfo | null, label: Cell): Target | null {
    if (!info) {
      return this.table === 'active' ? { table: 'active', extra: true, label } : null;
    }
    if (info.table === null) return this.ambiguous(info.word, label);
    if (info.table === 'requests' && info.kind === 'item' && !info.group && this.table !== 'requests') {
      return this.table === 'active' ? { table: 'active', extra: true, label } : null;
    }
    if (info.table !== this.table) this.enter(info.table);
    this.blockAnchored = true;
    if (!this.seen.has(info.table)) this.seen.set(info.table, label.src);
    switch (info.table) {
      case 'active':
        if (info.kind === 'group') {
          this.activeGroup = info.group;
          this.headerIndex = -1;
          return null;
        }
        if (info.kind === 'header') {
          this.headerIndex = 0;
          return null;
        }
        if (info.kind === 'col') {
          this.activeCol(info, label);
          return null;
        }
        this.activeGroup = info.group;
        return { table: 'active', row: `${info.group}.${info.row}`, group: info.group, label };
      case 'requests':
        switch (info.kind) {
          case 'header':
            if (info.col && info.col !== 'natural') this.orgOrder.push(info.col);
            return null;
          case 'phase':
            this.reqPhase = 'results';
            return null;
          case 'row':
            this.reqPhase = info.row === 'carried_out' ? 'results' : 'body';
            this.reqGroup = null;
            return { table: 'requests', row: info.row, label };
          case 'total':
            this.reqGroup = null;
            return { table: 'requests', row: 'result.total', label };
          case 'group':
            this.reqPhase = 'results';
            this.reqGroup = info.group;
            return { table: 'requests', group: info.group, label };
          case 'item': {
            const group = info.group ?? this.reqGroup;
            if (!group) return null;
            this.reqPhase = 'results';
            this.reqGroup = group;
            const n = itemNumber(label.text) ?? info.n;
            const g = requestGroups(this.v).find((x) => x.key === group);
            if (!g || !n || n > g.items.length) return null;
            return { table: 'requests', row: `result.${group}.${n}`, label };
          }
        }
        return null;
      case 'appeals':
        return { table: 'appeals', label };
    }
  }

  private ambiguous(word: 'other' | 'total', label: Cell): Target | null {
    if (this.table === 'requests') {
      if (this.reqPhase === 'header') {
        this.orgOrder.push(word === 'other' ? 'other_org' : 'total');
        return null;
      }
      if (word === 'total') return { table: 'requests', row: 'result.total', label };
      if (this.reqGroup === 'other' && this.v === '2021') return { table: 'requests', row: 'result.other.3', label };
      return null;
    }
    if (this.table === 'active') {
      return word === 'other' ? { table: 'active', extra: true, label } : null;
    }
    if (this.table === 'appeals') return { table: 'appeals', label };
    return null;
  }

  private enter(t: TableId) {
    this.table = t;
    if (t === 'appeals') this.sawAppeals = true;
    if (t === 'requests') {
      this.reqPhase = 'header';
      this.reqGroup = null;
    }
  }

  private activeCol(info: Extract<LabelInfo, { kind: 'col' }>, label: Cell) {
    const def = this.activeDef(this.activeGroup);
    const i = this.headerIndex >= 0 ? this.headerIndex++ : -1;
    const col = info.cut ? (def && i >= 0 ? def.cols[i] : undefined) : info.col;
    if (info.cut && def && col) {
      this.issues.push({ kind: 'cut-header', table: 'active', group: def.key, col, label: label.text, src: label.src });
    }
    if (info.unit && def && col) this.colUnits.set(`${def.key}/${col}`, info.unit);
  }

  private activeDef(group: string | null): ActiveGroup | undefined {
    if (!group) return undefined;
    const other: Version = this.v === '2019' ? '2021' : '2019';
    return ACTIVE_LAYOUT[this.v].find((g) => g.key === group) ?? ACTIVE_LAYOUT[other].find((g) => g.key === group);
  }

  private requestCols(): string[] {
    const t = this.tables.requests;
    if (!this.orgOrder.includes('org_subtotal') || t.cols.includes('org_subtotal')) return t.cols;
    const before = this.orgOrder.indexOf('org_subtotal') < this.orgOrder.indexOf('business');
    const cols = REQUEST_COL_ORDER.slice();
    cols.splice(before ? 1 : 6, 0, 'org_subtotal');
    t.cols = cols;
    this.issues.push({ kind: 'subtotal-column', table: 'requests', src: t.src ?? { } });
    return cols;
  }

  private put(table: TableId, row: string, group: string | null, values: Cell[], label: Cell | null) {
    const t = this.tables[table];
    let cols: string[];
    if (table === 'active') {
      const def = this.activeDef(group);
      if (!def) return;
      cols = def.cols;
      t.groupOf.set(row, def.key);
    } else if (table === 'requests') cols = this.requestCols();
    else cols = t.cols;

    const src = label?.src ?? values[0]!.src;
    if (t.cells.has(`${row}/${cols[0]}`) || t.rowSrc.has(row)) {
      this.issues.push({ kind: 'duplicate-row', table, row, src });
      return;
    }
    const vs = values.slice();
    while (vs.length > cols.length && isEmpty(vs[vs.length - 1]!)) vs.pop();
    while (vs.length > cols.length && isEmpty(vs[0]!)) vs.shift();
    this.fits.push({ table, row, len: vs.length, width: cols.length, extra: vs.slice(cols.length), values: vs, src });

    t.found = true;
    t.src ??= src;
    t.rows.push(row);
    t.rowSrc.set(row, src);
    const gk = t.groupOf.get(row);
    for (let i = 0; i < Math.min(cols.length, vs.length); i++) {
      const c = vs[i]!;
      const p = parseValue(c.text);
      const col = cols[i]!;
      const unit = p.unit ?? (gk ? this.colUnits.get(`${gk}/${col}`) ?? null : null);
      t.cells.set(`${row}/${col}`, { table, row, col, value: p.value, blank: p.kind === 'blank', raw: c.text, unit, src: c.src });
    }
  }

  private appealsCandidate(s: Segment, stream: boolean) {
    if (this.appealsDone) return;
    const filled = s.values.filter((c) => !isEmpty(c)).length;
    if (s.values.length < 10) return;
    if (filled > 0) this.takeAppeals(s);
    else if (!stream || s.values.length >= APPEAL_COLS.length) this.appealsFallback = s;
  }

  private takeAppeals(s: Segment) {
    this.appealsDone = true;
    this.appealsFallback = null;
    this.put('appeals', 'counts', null, s.values, null);
    this.table = null;
  }

  finish(): ShapeIssue[] {
    this.resolveFits();
    const v = this.v;
    const { active, requests, appeals } = this.tables;
    if (active.found) {
      for (const g of ACTIVE_LAYOUT[v]) for (const r of g.rows) {
        if (!active.rowSrc.has(`${g.key}.${r}`)) this.issues.push({ kind: 'missing-row', table: 'active', row: `${g.key}.${r}` });
      }
    }
    if (requests.found) {
      for (const r of requestRows(v)) {
        if (!requests.rowSrc.has(r)) this.issues.push({ kind: 'missing-row', table: 'requests', row: r });
      }
    }
    if (!appeals.found && this.sawAppealsHeader()) this.issues.push({ kind: 'no-data-row', table: 'appeals', src: null });
    for (const t of TABLES) {
      if (this.tables[t].found || (t === 'appeals' && this.sawAppealsHeader())) continue;
      const at = this.seen.get(t);
      this.issues.push(at ? { kind: 'unmapped-table', table: t, src: at } : { kind: 'missing-table', table: t });
    }
    active.cols = [...new Set(ACTIVE_LAYOUT[v].flatMap((g) => g.cols))];
    return this.issues;
  }

  private sawAppeals = false;
  private sawAppealsHeader(): boolean {
    return this.sawAppeals || this.table === 'appeals' || this.appealsFallback !== null;
  }

  /** Rows with more or fewer values than the template; a table whose every row is doubled is one finding. */
  private resolveFits() {
    for (const table of TABLES) {
      const fits = this.fits.filter((f) => f.table === table && f.len !== f.width);
      const doubled = fits.filter((f) => f.len === 2 * f.width);
      const all = this.fits.filter((f) => f.table === table).length;
      const isDoubled = doubled.length >= 3 && doubled.length * 2 >= all;
      if (isDoubled) {
        const halvesEqual = doubled.every((f) =>
          f.values.slice(0, f.width).every((c, i) => parseValue(c.text).value === parseValue(f.values[f.width + i]!.text).value),
        );
        this.issues.push({ kind: 'doubled-columns', table, rows: doubled.length, expected: doubled[0]!.width, halvesEqual, src: doubled[0]!.src });
      }
      for (const f of fits) {
        if (isDoubled && f.len === 2 * f.width) continue;
        if (f.len > f.width) this.issues.push({ kind: 'extra-values', table, row: f.row, expected: f.width, actual: f.len, src: f.src, extra: f.extra });
        else this.issues.push({ kind: 'missing-values', table, row: f.row, expected: f.width, actual: f.len, src: f.src });
      }
    }
  }
}
