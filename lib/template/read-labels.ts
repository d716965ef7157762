/**
 * The mapper's labels (./map.ts): each label moves the reading's position (table, group, phase of 表三)
 * and names the row the values after it belong to; column headers teach it 表三's columns and 表二's units.
 */
import type { Cell, TableId, Version } from '../model';
import { ACTIVE_LAYOUT, REQUEST_COL_ORDER, requestGroups, type ActiveGroup } from './layout';
import { itemNumber, type LabelInfo } from './labels';
import { type RowTarget, type Reading } from './reading';

export function readLabel(r: Reading, info: LabelInfo | null, label: Cell): RowTarget | null {
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

export function readRequestLabel(r: Reading, info: Extract<LabelInfo, { table: 'requests' }>, label: Cell): RowTarget | null {
  const pos = r.pos;
  switch (info.kind) {
    case 'header':
      // the header printed again over a table's continuation (续表): its 总计 and 其他 are columns again, not rows
      pos.requestPhase = 'header';
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
export function readAmbiguous(r: Reading, word: 'other' | 'total', label: Cell): RowTarget | null {
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

export function enter(r: Reading, t: TableId) {
  r.pos.table = t;
  if (t === 'appeals') r.learnt.appealsSeen = true;
  if (t === 'requests') {
    r.pos.requestPhase = 'header';
    r.pos.requestGroup = null;
  }
}

/** A 表二 column header: its unit, and a header cut short (本年新) named by its position in the row. */
export function activeHeader(r: Reading, info: Extract<LabelInfo, { kind: 'col' }>, label: Cell) {
  const def = activeGroup(r.version, r.pos.activeGroup);
  const i = r.pos.headerColumn >= 0 ? r.pos.headerColumn++ : -1;
  const col = info.cut ? (def && i >= 0 ? def.cols[i] : undefined) : info.col;
  if (info.cut && def && col) r.notes.push({ kind: 'cut-header', table: 'active', group: def.key, col, label: label.text, src: label.src });
  if (info.unit && def && col) r.learnt.columnUnits.set(`${def.key}/${col}`, info.unit);
}

/** A 表二 group of this version, else of the other (a report that mixes the two). */
export function activeGroup(v: Version, group: string | null): ActiveGroup | undefined {
  // no group (null) is no group's key
  const other: Version = v === '2019' ? '2021' : '2019';
  return ACTIVE_LAYOUT[v].find((g) => g.key === group) ?? ACTIVE_LAYOUT[other].find((g) => g.key === group);
}

/** 表三's columns: the template's, with the 法人或其他组织 小计 column where the header prints one. */
export function requestColumns(r: Reading): string[] {
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
