/**
 * The mapper's rows whose cells ran together or lost their blanks (./map.ts): read back by the column count
 * and the template's arithmetic once every table is read, or left undecided and said; rows taken for blank
 * and rows missing where the reading was disordered made doubtful.
 */
import type { Mapping, ShapeIssue, Source, TableId, UndecidedRow } from '../model';
import { clip } from '../text/normalize';
import { parseValue } from '../text/numbers';
import { APPEAL_COLS, APPEAL_PARTS, TABLES, rowLabel } from './layout';
import { brokenNumberReadings, collapsedReadings, readingsOf } from './runs';
import { cellAt, expectedValue, relations, type Relation } from './relations';
import { solveRuns } from './solve-runs';
import { type Segment, type RowTarget, type RunHow, type PendingRun, type Reading, isEmpty, RUN } from './reading';
import { placeTarget, rowOf } from './place';

/**
 * A row whose cells lost their boundaries (`how`): read as the row's cells where the column count
 * leaves one reading (true: place it now); else kept for the arithmetic to decide once every row is
 * read, or said to be undecidable (and left unchecked, never summed shifted).
 */
export function splitRun(r: Reading, target: RowTarget, s: Segment, how: RunHow): boolean {
  const where = rowOf(r, target);
  if (!where) return true;
  // blanks around the values are padding where the row is longer than the template (as place() reads them)
  let values = s.values;
  while (values.length > where.cols.length && isEmpty(values[values.length - 1]!)) values = values.slice(0, -1);
  const width = where.cols.length;
  // and blanks inside it where the row without any blank is as long as the template: a cell's number centred by hand
  // between empty paragraphs (&nbsp; / 58 / &nbsp;), which a text of a cell a line keeps as cells of their own
  const filled = values.filter((c) => !isEmpty(c));
  if (values.length > width && filled.length === width) s.values = values = filled;
  // a longer row: cells that ran together are read as printed; a table printed twice over is said as such (shape:doubled-columns)
  // and a row whose boundaries the text kept (one cell per line, rows apart) is as long as it prints
  if (values.length === width || (values.length > width && (how === 'merged' || values.length === 2 * width || r.layout === 'per-line'))) {
    if (how === 'collapsed' && values.length === 2 * width && r.layout !== 'per-line' && where.row) {
      r.doubled.push({ target, label: clip(s.labels[s.labels.length - 1]?.text ?? '', 40), digits: values.map((c) => c.text).join(' '), src: values[0]!.src });
    }
    return true;
  }
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
  // (tried only where the reading's total fails: blanksLostExplain searches the run's cuts). A 表三 row whose spaces kept
  // runs that no number can be (「100 0 0 00」: 00) ran its digits together; with a digit for each cell and no reading with
  // a blank cell lost holding its total either, the row is wrong however read, and read as its digits
  const runTogether = trimmed.some((t) => /^0\d/.test(t)) && trimmed.join('').replace(/\s/g, '').length === width;
  const spaced = () => where.table === 'requests' && runTogether && !blanksLostExplain(where.table, where.cols, trimmed);
  const forced = () =>
    how === 'merged' && (tokens.length === 1 ? !blanksLostExplain(where.table, where.cols, tokens[0]!) : !cut || spaced());
  if (readings?.length === 1 && (ownTotalHolds(where.table, where.cols, readings[0]!) || forced())) {
    // one run of zeros read one way is a zero a cell (a longer run has no reading: 00 is no number)
    if (tokens.length === 1 && /^0+$/.test(tokens[0]!.trim())) runs.zeroRuns++;
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
  // (表二's columns kept: a sentence's number for one of its cells is weighed against every reading, lib/rules/narrative-runs.ts)
  if (where.row) undecided(r, where.table, where.row, where.table === 'active' ? { ...printed, cols: where.cols } : printed, src, where.group);
  // a row longer than the template nothing explains: values out of their rows (a longer merged row returned above)
  if (values.length > width) r.disorder.add(where.table);
  return false;
}

export function count(m: Map<TableId, number>, table: TableId) {
  m.set(table, (m.get(table) ?? 0) + 1);
}

/** 表四's results in a group, its 总计 their sum. */
const RESULTS = Object.keys(APPEAL_PARTS).filter((p) => p !== 'total');

/**
 * A 表三 row's digits run together (textContent, where a blank cell leaves nothing) that the column count cuts into
 * single digits whose 总计 fails: some cells may have been blank and the numbers longer — if a shorter reading (the last
 * number the sum of those before it) holds, the row is not read, rather than said wrong (3115414 is 3 1 1 5 4 _ 14 as
 * well as 3 1 1 5 4 1 4). The runs a row's spaces kept (「100 0 0 00」) are cut only inside themselves. Over 14 digits
 * nothing is tried.
 */
export function blanksLostExplain(table: TableId, cols: string[], run: string | readonly string[]): boolean {
  const runs = typeof run === 'string' ? [run] : run;
  const digits = runs.join('');
  if (table !== 'requests' || cols[cols.length - 1] !== 'total' || cols.includes('org_subtotal')) return false;
  if (!/^\d{2,14}$/.test(digits)) return false;
  const width = cols.length;
  // the runs cut into k numbers (no leading zero but 0 itself), k from 2 to width - 1: is the last the sum of the others?
  const cuts = (at: number, from: number, parts: number[]): boolean => {
    if (parts.length >= width) return false;
    if (at === runs.length) return parts.length >= 2 && parts.slice(0, -1).reduce((a, b) => a + b, 0) === parts[parts.length - 1];
    const r = runs[at]!;
    for (let end = from + 1; end <= r.length; end++) {
      const piece = r.slice(from, end);
      if (piece.length > 1 && piece[0] === '0') break;
      if (cuts(end === r.length ? at + 1 : at, end === r.length ? 0 : end, [...parts, Number(piece)])) return true;
    }
    return false;
  };
  return cuts(0, 0, []);
}

/**
 * A 表三 row's 总计 is its applicants' sum, and each 表四 group's 总计 the sum of its four results: a single reading of a
 * merged-lines row must keep them (0 alone reads 0 0 … 0; 12 alone is no 表四).
 */
export function ownTotalHolds(table: TableId, cols: string[], reading: string[]): boolean {
  if (table === 'appeals') {
    const n = (col: string) => numberOf(reading[cols.indexOf(col)]);
    return cols.filter((c) => c.endsWith('.total')).every((t) => {
      const g = t.slice(0, -'.total'.length);
      return Math.abs(RESULTS.reduce((sum, p) => sum + n(`${g}.${p}`), 0) - n(t)) < 1e-6;
    });
  }
  if (table !== 'requests') return true;
  const at = cols.indexOf('total');
  if (at < 0) return true;
  const parts = reading.reduce((n, v, i) => (i === at || cols[i] === 'org_subtotal' ? n : n + numberOf(v)), 0);
  return Math.abs(parts - numberOf(reading[at])) < 1e-6;
}

/** A reading's value as the cell reads it (full-width digits as digits, a dash as 0); NaN for text or none. */
const numberOf = (v: string | undefined) => (v === undefined ? NaN : parseValue(v).value);

/**
 * Rows taken for blank because their label stood right before the next row's hold only where the text kept
 * its rows in order. A table some of whose rows could not be read (values out of their rows, as a PDF
 * viewer's copy leaves a table whose labels print after their numbers) gives no such certainty: those rows
 * are said to be unread, with the others that could not be read, and no relation runs on them. A row taken for
 * blank before a group's heading is doubted also where values stood out of their rows (a row not read there is
 * doubtful, not missing: doubtMissingRows).
 */
export function doubtBlankRows(r: Reading) {
  for (const { target, how, beforeHeading } of r.tentative) {
    const where = rowOf(r, target);
    if (!where?.row || !(r.runs.undecided.get(where.table)?.length || (beforeHeading && r.disorder.has(where.table)))) continue;
    const t = r.tables[where.table];
    for (const col of where.cols) t.cells.delete(`${where.row}/${col}`);
    r.placements = r.placements.filter((p) => !(p.table === where.table && p.row === where.row));
    undecided(r, where.table, where.row, { label: clip(target.label?.text ?? '', 40), digits: '—', how }, target.label?.src ?? {}, where.group);
    r.disorder.add(where.table);
  }
}

/**
 * A row of a text a cell a line read with twice its width is a table printed twice over only where most of its table's
 * rows are (shape.ts: three or more, half the rows); alone, it is two rows' values after one label (a text whose labels
 * left their values, `pdftotext` without `-layout`): it is said to be unread and the table's reading doubtful.
 */
export function doubtLoneDoubled(r: Reading) {
  for (const table of TABLES) {
    const mine = r.doubled.filter((d) => d.target.table === table);
    if (!mine.length) continue;
    const all = r.placements.filter((p) => p.table === table).length;
    if (mine.length >= 3 && mine.length * 2 >= all) continue;
    for (const d of mine) {
      const where = rowOf(r, d.target)!;
      const t = r.tables[table];
      for (const col of where.cols) t.cells.delete(`${where.row}/${col}`);
      r.placements = r.placements.filter((p) => !(p.table === table && p.row === where.row));
      undecided(r, table, where.row!, { label: d.label, digits: d.digits, how: 'collapsed' }, d.src, where.group);
      r.disorder.add(table);
    }
  }
}

/**
 * 表四 read from text that keeps no blank cells, with no row of its fifteen values but a few values after its labels
 * (`结果维持 | … 总计 | / 2 | 1 | 3 | ||||||||`: an extractor that drops blank cells and counts them at the row's end):
 * its row is printed, the columns of its values are not known. Said to be unread, not a table without its data row.
 */
export function doubtShortAppeals(r: Reading) {
  const s = r.learnt.appealsShort;
  if (!s || r.tables.appeals.found) return;
  const label = clip(s.labels[s.labels.length - 1]?.text.trim() || rowLabel('appeals', 'counts'), 40);
  undecided(r, 'appeals', 'counts', { label, digits: s.values.map((c) => c.text.trim()).filter((t) => t).join(' '), how: 'collapsed' }, s.values[0]!.src);
  if (!r.runs.src.has('appeals')) r.runs.src.set('appeals', s.values[0]!.src);
}

/**
 * A 表三 row whose label ends a list of row labels with no value between them (three or more, taken for blank) and whose
 * values break its own total: a text made a column at a time (pdfminer's text boxes: 1.属于国家秘密 / 2.其他法律… /
 * 3.危及“三安全一稳定” / 6 / 14 / 0 …) lists the labels apart and sets another stretch of numbers after the last; a report
 * whose zeros were printed blank lists them too, but its row keeps its total. Said to be unread (true), the table doubtful.
 */
export function doubtListedRow(r: Reading, target: RowTarget, s: Segment): boolean {
  const where = rowOf(r, target);
  if (!where?.row || where.table !== 'requests') return false;
  const reading = s.values.map((c) => c.text.trim());
  if (reading.length !== where.cols.length || ownTotalHolds(where.table, where.cols, reading)) return false;
  const label = clip(target.label?.text ?? s.labels[s.labels.length - 1]?.text ?? '', 40);
  undecided(r, where.table, where.row, { label, digits: reading.join(' '), how: 'collapsed' }, s.values[0]!.src, where.group);
  if (!r.runs.src.has(where.table)) r.runs.src.set(where.table, s.values[0]!.src);
  r.disorder.add(where.table);
  return true;
}

/**
 * A row is called missing only when it is certainly not printed. In a table read from text whose values
 * stood out of their rows (a row longer than the template, a label with no values before the next one),
 * a row not found may be among them: it joins the rows that need review. A table none of whose rows was read, where
 * values stood that no label names, is unread, not printed without rows.
 */
export function doubtMissingRows(r: Reading, shape: ShapeIssue[]): ShapeIssue[] {
  return shape.flatMap((i) => (i.kind === 'unmapped-table' && r.unnamed.has(i.table) ? [{ ...i, unread: true }] : [i])).filter((i) => {
    if (i.kind !== 'missing-row' || !r.disorder.has(i.table)) return true;
    const list = r.runs.undecided.get(i.table) ?? [];
    list.push({ row: i.row, label: rowLabel(i.table, i.row), digits: '—', how: 'collapsed' });
    r.runs.undecided.set(i.table, list);
    return false;
  });
}

/**
 * 表四's row in a table wider than its page (TableBlock.clipped), ten values or more but fewer than its fifteen: the
 * page cut some off, at either edge (a centred table loses its first columns too, and 表四 has no label column before
 * them), so which columns the values stand in is not known. The row stands unread, said as needs review. True when so.
 */
export function clippedAppeals(r: Reading, s: Segment): boolean {
  if (r.learnt.appealsTaken || s.values.length < 10 || s.values.length >= APPEAL_COLS.length) return false;
  unreadAppeals(r, s.values.map((v) => v.text), s.labels[0]?.src ?? s.values[0]!.src);
  return true;
}

/** 表四's one row taken and said unread (needs review): its values as printed, a blank one as —. */
export function unreadAppeals(r: Reading, texts: string[], src: Source) {
  r.learnt.appealsTaken = true;
  const digits = clip(texts.map((t) => t || '—').join(' '), 40);
  undecided(r, 'appeals', 'counts', { label: rowLabel('appeals', 'counts'), digits, how: 'collapsed' }, src);
}

/** A row printed with its label alone in text that keeps no blank cells (cells run together, or one per line): its cells were blank. */
export function blankRun(r: Reading, target: RowTarget, s: Segment) {
  const where = rowOf(r, target);
  if (!where?.row || where.table === 'appeals') return;
  const src = s.labels[s.labels.length - 1]!.src;
  placeTarget(r, target, { labels: s.labels, values: where.cols.map(() => ({ text: '', src })) }, false);
}

/** A row whose cells cannot be told apart: it stands in its table (not missing), without cells, and is said so. */
export function undecided(
  r: Reading, table: TableId, row: string, printed: Omit<UndecidedRow, 'row'>, src: Source, group?: string,
) {
  const list = r.runs.undecided.get(table) ?? [];
  list.push({ row, ...printed });
  r.runs.undecided.set(table, list);
  const t = r.tables[table];
  t.found = true;
  t.src ??= src;
  if (!t.rowSrc.has(row)) {
    t.rows.push(row);
    t.rowSrc.set(row, src);
    t.printed.set(row, clip(printed.label, 60));
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
export function decideRuns(r: Reading, evidence: Mapping['evidence']) {
  const pending = r.runs.pending;
  if (!pending.length) return;
  const mapping: Mapping = { version: r.version, evidence, tables: r.tables, issues: [] };
  // the rows stand in their tables while they are decided, so that their relations are drawn
  for (const p of pending) {
    r.tables[p.table].rows.push(p.row);
    r.tables[p.table].rowSrc.set(p.row, p.src);
    r.tables[p.table].printed.set(p.row, clip(p.label, 60));
  }
  const rels = relations(mapping);
  const keys = (x: Relation) => [x.target, ...x.plus, ...x.minus];
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
  const own = pending.map((p) => rels.filter((x) => x.table === p.table && keys(x).every((k) => k.startsWith(`${p.row}/`))));
  const kept = pending.map((p, i) =>
    p.readings.filter((rd) => {
      set(p, rd);
      const ok = own[i]!.every(holds);
      unset(p);
      return ok;
    }),
  );
  // a row none of whose readings keeps its own arithmetic: the relations that fail under every one are wrong however it is read
  const failsEvery = pending.map((p, i) => (kept[i]!.length || !r.runs.zeroRuns ? undefined : failingEvery(p, own[i]!, holds, set, unset)));
  const chosen: (string[] | null)[] = kept.map((k) => (k.length === 1 ? k[0]! : null));
  chosen.forEach((c, i) => c && set(pending[i]!, c));
  // then the rows their own arithmetic left with several readings, together, by the relations between rows
  // (a row none of whose readings kept its own arithmetic stays undecided, and out of the others' choice)
  const open = pending.map((_, i) => i).filter((i) => kept[i]!.length > 1);
  const rows = open.map((i) => ({ ...pending[i]!, readings: kept[i]! }));
  const picked = solveRuns(rows, rels, (table, key) => cellAt(mapping, table, key)?.value);
  open.forEach((i, j) => {
    const r = picked[j]!;
    if (r !== null) chosen[i] = kept[i]![r]!;
  });
  // the decision made, the rows are placed as any row is
  for (const p of pending) {
    unset(p);
    const t = r.tables[p.table];
    t.rowSrc.delete(p.row);
    t.rows.splice(t.rows.lastIndexOf(p.row), 1);
  }
  pending.forEach((p, i) => {
    const reading = chosen[i];
    const fails = failsEvery[i];
    if (!reading) return undecided(r, p.table, p.row, { label: p.label, digits: p.digits, how: p.how, ...(fails ? { failsEvery: fails } : {}) }, p.src);
    count(p.how === 'merged' ? r.runs.told : r.runs.widened, p.table);
    placeTarget(r, p.target, { labels: p.labels, values: reading.map((text) => ({ text, src: p.src })) }, false);
  });
}

/**
 * A pending row's own relations that fail under every reading of its digits (its readings are the column count's:
 * every cell a number, none with a leading zero but 0). Said only of a row printed as one run of digits (at least one
 * a cell, or it has no reading), in a text that prints 0 in its empty cells (Reading.runs.zeroRuns, checked by the caller): digits set apart
 * by spaces (「0 36 0 54 0 54」) or fewer than the cells lost a blank cell rather than ran together, and a reading with
 * blanks is not among the column count's. A 表三 row whose digits such a reading could explain (blanksLostExplain), or
 * too long for that to be tried, is claimed nothing of either.
 */
function failingEvery(
  p: PendingRun, own: readonly Relation[], holds: (x: Relation) => boolean, set: (p: PendingRun, reading: string[]) => void, unset: (p: PendingRun) => void,
): UndecidedRow['failsEvery'] {
  if (!own.length || !p.readings.length || !/^\d+$/.test(p.digits)) return undefined;
  if (p.table === 'requests' && (p.digits.length > 14 || blanksLostExplain(p.table, p.cols, p.digits))) return undefined;
  const failing = own
    .filter((x) =>
      p.readings.every((rd) => {
        set(p, rd);
        const fails = !holds(x);
        unset(p);
        return fails;
      }),
    )
    .map((x) => ({ family: x.family, target: x.target }));
  return failing.length ? { relations: failing, readings: p.readings.length, src: p.src } : undefined;
}

/** One note per table with rows that ran together: how many were told apart, and which could not be. */
export function notePendingRuns(r: Reading) {
  const { told, widened, undecided: left } = r.runs;
  for (const table of new Set<TableId>([...told.keys(), ...widened.keys(), ...left.keys()])) {
    r.notes.push({ kind: 'run-together', table, told: told.get(table) ?? 0, widened: widened.get(table) ?? 0, undecided: left.get(table) ?? [], src: r.runs.src.get(table) ?? {} });
  }
}
