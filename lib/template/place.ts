/**
 * The mapper's placing (./map.ts): a segment's values put in the row its last label names, each under its
 * template column; 表四's one data row chosen among candidates.
 */
import type { Cell, TableId } from '../model';
import { parseValue } from '../text/numbers';
import { clip } from '../text/normalize';
import { APPEAL_COLS, requestGroups } from './layout';
import { type Segment, type RowTarget, type Reading, isBlank, isEmpty, lostBlanks } from './reading';
import { activeGroup, requestColumns } from './read-labels';
import { partKind } from './labels';

export function placeTarget(r: Reading, target: RowTarget, s: Segment, stream: boolean) {
  switch (target.table) {
    case 'appeals':
      return appealsCandidate(r, s, stream);
    case 'active':
      if (!('extra' in target)) return place(r, 'active', target.row, target.group, s.values, target.label);
      // a row the template does not have, inside 表二: kept as extra.<n> when it holds a value (a dash or 无 is none)
      if (!r.pos.anchored || !r.pos.activeGroup || s.values.every(isBlank)) return;
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
        const blank = s.values.every(isBlank);
        if (g.items.length && blank) return;
        if (g.items.length) r.notes.push({ kind: 'subtotal-row', table: 'requests', row, src: target.label.src });
        return place(r, 'requests', row, null, s.values, target.label);
      }
  }
}

/** Move the position by one label; return what the values after it belong to. */

export function place(r: Reading, table: TableId, row: string, group: string | null, values: Cell[], label: Cell | null) {
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
  // blanks around the values (empty, or a dash) are padding, as long as the row is longer than the template
  const vs = values.slice();
  while (vs.length > cols.length && isBlank(vs[vs.length - 1]!)) vs.pop();
  while (vs.length > cols.length && isBlank(vs[0]!)) vs.shift();
  r.placements.push({ table, row, width: cols.length, values: vs, src });

  t.found = true;
  t.src ??= src;
  t.rows.push(row);
  t.rowSrc.set(row, src);
  if (label) t.printed.set(row, clip(label.text, 60));
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
export function appealsCandidate(r: Reading, s: Segment, stream: boolean) {
  if (r.learnt.appealsTaken) return;
  const blanksLost = lostBlanks(r.layout);
  if (blanksLost && s.values.length < APPEAL_COLS.length && s.values.some((c) => !isEmpty(c))) {
    // text that keeps no blank cells (one a line, or run together): values short of its fifteen are the row with its
    // blanks dropped, their columns unknown — or a part of 表四 printed in parts, the row when its parts make fifteen
    // (a part never reads longer than it was printed, so parts that make fifteen dropped nothing)
    r.learnt.appealsShort ??= s;
    const whole = stream ? s : appealsInParts(r, s);
    if (whole.values.length !== APPEAL_COLS.length) return;
    s = whole;
  } else if (!stream && !blanksLost) s = appealsInParts(r, s);
  if (s.values.length < 10) return;
  if (s.values.some((c) => !isEmpty(c))) takeAppeals(r, s);
  else if (!stream || s.values.length >= APPEAL_COLS.length) r.learnt.appealsFallback = s;
}

/** 表四's kinds in the template's order (a part's kind: labels.ts partKind). */
const APPEAL_KINDS = ['review', 'suit_direct', 'suit_after_review'];

/**
 * 表四 printed in parts, each with its own header: 行政复议's five columns, then 行政诉讼's ten (two tables, or two rows
 * of values in one), or a row of five for each kind. A part of five is held; the parts after it join it in order,
 * and make the row when they come to fifteen. A part that would run past fifteen starts over.
 */
function appealsInParts(r: Reading, s: Segment): Segment {
  const n = s.values.length;
  const parts = r.learnt.appealsParts;
  let held = parts.reduce((k, p) => k + p.values.length, 0);
  if (held + n > APPEAL_COLS.length) held = parts.length = 0;
  if (n !== 5 && !(n === 10 && held)) return s;
  parts.push(s);
  if (held + n < APPEAL_COLS.length) return { labels: s.labels, values: [] };
  // three rows of five, each naming its kind (行政复议, 行政诉讼(未经复议直接起诉), …): in the template's order
  const kinds = parts.map((p) => APPEAL_KINDS.indexOf(partKind(p.labels.map((l) => l.text)) ?? ''));
  const named = kinds.every((k) => k >= 0) && new Set(kinds).size === parts.length;
  const values = (named ? parts.map((p, i) => ({ p, k: kinds[i]! })).sort((a, b) => a.k - b.k).map((x) => x.p) : parts).flatMap((p) => p.values);
  parts.length = 0;
  return { labels: s.labels, values };
}

export function takeAppeals(r: Reading, s: Segment) {
  r.learnt.appealsTaken = true;
  r.learnt.appealsFallback = null;
  place(r, 'appeals', 'counts', null, s.values, null);
  r.pos.table = null;
}

// ── cells that ran together ───────────────────────────────────────────────

/** The row a target names and its columns; row null for a row the template lacks. */
export function rowOf(r: Reading, target: RowTarget): { table: TableId; row: string | null; cols: string[]; group?: string } | null {
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
