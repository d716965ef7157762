/**
 * One cause, one finding. After the repairs are known, what one fact breaks is
 * said once:
 *   - the arithmetic findings that one wrong cell causes (its row, its column, the
 *     balance) become one finding on that cell, which agrees with the repair, or
 *     says that the data cannot decide;
 *   - totals left blank along one line of a table (a whole 总计 column) become
 *     one finding that lists each blank and what it should hold;
 *   - a table's other blank cells become one notice that lists them;
 *   - a sentence's number on a cell says whether the text agrees with the arithmetic.
 * A grouped finding lists the ids its parts would have had in `covers`.
 */
import type { CellChange, CellRef, Draft, Family, Mapping, Severity, Source, TableId } from '../model';
import { cellOf, relations } from '../template/relations';
import { worse } from '../rules/severity';
import { ARITHMETIC, familyKey } from '../rules/types';

/** A draft on its way to becoming a finding: its id, its registered code, family and severity, its order. */
export interface Item {
  id: string;
  draft: Draft;
  code: string;
  family: Family;
  severity: Severity;
  n: number;
  /** The code rests on a doubtful reading: why (the finding needs review). */
  review?: Review;
}

/** Why a finding needs review: in Chinese words, and as a locale key with its arguments (none: the code's own words). */
export interface Review {
  text: string;
  key?: string;
  args?: Record<string, string | number>;
}


/** `family:table:row:col` for a finding on a cell (`*` for a whole row, column or table); else the code, the table and the rule's key. */
export function findingId(family: string, code: string, d: Pick<Draft, 'table' | 'cell' | 'key'>): string {
  if (d.cell && d.table) return `${family}:${d.table}:${d.cell.row}:${d.cell.col}`;
  return [code, d.table, d.key].filter(Boolean).join(':');
}

const keyOf = (c: CellRef) => `${c.row}/${c.col}`;
const isCell = (d: Draft): d is Draft & { table: TableId; cell: CellRef } => !!d.table && !!d.cell && d.cell.row !== '*' && d.cell.col !== '*';
const idsOf = (it: Item) => [it.id, ...(it.draft.covers ?? [])];

function unionCells(cells: CellRef[], except?: CellRef): CellRef[] {
  const seen = new Set<string>(except ? [keyOf(except)] : []);
  const out: CellRef[] = [];
  for (const c of cells) {
    const k = keyOf(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

export function groupFindings(mapping: Mapping, items: Item[]): Item[] {
  const arithmetic = items.filter((it) => ARITHMETIC.has(it.family) && isCell(it.draft));
  const grouped = byCulprit(mapping, arithmetic);
  const lined = blankLines(mapping, grouped);
  const blankCells = items.filter((it) => it.family === 'blank-cell');
  const notices = blankNotices(blankCells, lined);
  // what the text or last year's report says of a cell, weighed against the arithmetic: new drafts, the rules' left as made
  const rest = items
    .filter((it) => !arithmetic.includes(it) && !blankCells.includes(it))
    .map((it) => (it.family === 'narrative' || it.family === 'cross-year' ? { ...it, draft: agree(mapping, it.draft, lined, it.family === 'cross-year' ? 'agree_year' : 'agree') } : it));
  return [...lined, ...notices, ...emptyRequests(mapping, rest)].sort((a, b) => a.n - b.n);
}

/** How a table with nothing in it prints its cells: all 0, all blank, or both. */
function emptyWords(t: Mapping['tables']['requests']): string {
  const cells = [...t.cells.values()];
  return cells.every((c) => c.blank) ? 'empty_blank' : cells.some((c) => c.blank) ? 'empty_mixed' : 'empty_zero';
}

/**
 * Figures of requests the text states against a 表三 that prints 0 in every cell (收到申请4件, 办结3件; the table all
 * zeros): one fact — the table reports no request, or the text is wrong — said once, on the first figure's cell,
 * covering the others (their cells related, their sentences where it stands).
 */
function emptyRequests(mapping: Mapping, items: Item[]): Item[] {
  const t = mapping.tables.requests;
  if (!t.cells.size || [...t.cells.values()].some((c) => c.value !== 0)) return items;
  const claims = items.filter((it) => it.family === 'narrative' && it.draft.table === 'requests' && it.draft.msg === 'f_narrative_cell' && isCell(it.draft));
  if (claims.length < 2) return items;
  const first = claims[0]!;
  const d = first.draft;
  const merged: Item = {
    ...first,
    severity: claims.map((c) => c.severity).reduce(worse),
    ...reviewOf(claims),
    draft: {
      ...d,
      related: unionCells(claims.flatMap((c) => [c.draft.cell!, ...(c.draft.related ?? [])]), d.cell!),
      expected: null,
      msg: 'f_narrative_empty_table',
      args: { whatClaim: d.args!.whatClaim!, said: d.args!.said!, others: claims.length - 1, empty: `@${emptyWords(t)}`, quote: d.args!.quote ?? '' },
      covers: [...(d.covers ?? []), ...claims.slice(1).flatMap(idsOf)],
      relatedSrc: claims.flatMap((c, i) => [...(i ? [c.draft.src] : []), ...(c.draft.relatedSrc ?? [])]).filter((x): x is Source => !!x),
    },
  };
  return [...items.filter((it) => !claims.includes(it)), merged];
}

/** The arithmetic findings of one culprit cell as one finding on it. */
function byCulprit(mapping: Mapping, items: Item[]): Item[] {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const d = it.draft;
    const culprit = d.repair?.kind === 'unique' ? d.repair.cell : d.cell!;
    const k = `${d.table}/${keyOf(culprit)}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const out: Item[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const d = first.draft;
    const repair = d.repair?.kind === 'unique' ? d.repair : null;
    const culprit = repair ? repair.cell : d.cell!;
    const onItself = keyOf(culprit) === keyOf(d.cell!);
    if (group.length === 1 && onItself && (!repair || repair.to === d.expected)) {
      out.push(first);
      continue;
    }
    const table = d.table!;
    const cell = cellOf(mapping, table, culprit.row, culprit.col);
    const blank = !!cell?.blank;
    const expectations = [...new Set(group.map((g) => g.draft.expected))];
    const expected = repair ? repair.to : expectations.length === 1 ? (expectations[0] ?? null) : null;
    const families = [...new Set(group.map((g) => g.family))];
    const draft: Draft = {
      rule: first.code,
      table,
      cell: culprit,
      related: unionCells(group.flatMap((g) => [g.draft.cell!, ...(g.draft.related ?? [])]), culprit),
      expected,
      actual: blank || !cell ? null : cell.value,
      blank,
      msg: expected === null ? 'f_cell_undecided' : 'f_cell_group',
      args: { expected: expected ?? '', fams: families.map((f) => `@${familyKey(f)}`).join(' ') },
      repair: d.repair,
      covers: group.flatMap(idsOf),
      src: cell?.src ?? d.src,
      relatedSrc: group.flatMap((g) => [g.draft.src, ...(g.draft.relatedSrc ?? [])]).filter((s): s is Source => !!s && s !== cell?.src),
    };
    out.push({
      id: `${first.family}:${table}:${culprit.row}:${culprit.col}`,
      draft,
      code: first.code,
      family: first.family,
      severity: group.map((g) => g.severity).reduce(worse),
      n: first.n,
      ...reviewOf(group),
    });
  }
  return out;
}

/** A finding made of several keeps the doubt of any of them: it rests on that reading too. */
function reviewOf(items: Item[]): { review?: Review } {
  const review = items.find((it) => it.review)?.review;
  return review ? { review } : {};
}

/** Blank totals along one column (or row) of a table: one finding listing each blank and what it should hold. */
function blankLines(mapping: Mapping, items: Item[]): Item[] {
  const blanks = items.filter((it) => it.draft.blank && isCell(it.draft) && it.code.endsWith(':blank'));
  const lines = new Map<string, Item[]>();
  for (const it of blanks) {
    const { table, cell } = it.draft as { table: TableId; cell: CellRef };
    for (const k of [`${table}|col|${cell.col}`, `${table}|row|${cell.row}`]) lines.set(k, [...(lines.get(k) ?? []), it]);
  }
  const taken = new Set<Item>();
  const merged: Item[] = [];
  // the longest line first; a blank belongs to one line
  for (const [k, members] of [...lines].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const free = members.filter((m) => !taken.has(m));
    if (free.length < 2) continue;
    const [table, axis, name] = k.split('|') as [TableId, 'col' | 'row', string];
    for (const m of free) taken.add(m);
    const cells = free.map((m) => m.draft.cell!);
    const inLine = new Set(cells.map(keyOf));
    const fills: CellChange[] = free.filter((m) => m.draft.expected !== null && m.draft.expected !== undefined).map((m) => ({ ...m.draft.cell!, from: 0, to: m.draft.expected! }));
    const fillOf = new Map(fills.map((c) => [keyOf(c), c.to]));
    // a printed total whose parts are these blanks is the same fact: all of them in the line, or some (the others
    // blank rows) whose fills give the total printed (总计列空白，办理结果总计 805 = what the rows give; a parts-blank
    // total is never printed 0, so fills of nothing never give it)
    const absorbed = items.filter((it) => {
      if (taken.has(it) || !it.code.endsWith(':parts-blank') || it.draft.table !== table) return false;
      if ((it.draft.related ?? []).filter((c) => keyOf(c) !== keyOf(it.draft.cell!)).every((c) => inLine.has(keyOf(c)))) return true;
      const r = relations(mapping).find((x) => x.table === table && x.family === it.family && x.target === keyOf(it.draft.cell!));
      const fill = (k: string) => fillOf.get(k) ?? 0;
      return !!r && r.plus.reduce((n, k) => n + fill(k), 0) - r.minus.reduce((n, k) => n + fill(k), 0) === it.draft.actual;
    });
    for (const a of absorbed) taken.add(a);
    const first = free[0]!;
    const cell: CellRef = axis === 'col' ? { row: '*', col: name } : { row: name, col: '*' };
    merged.push({
      id: findingId(first.family, first.code, { table, cell }),
      code: first.code,
      family: first.family,
      severity: first.severity,
      n: first.n,
      ...reviewOf([...free, ...absorbed]),
      draft: {
        rule: first.code,
        table,
        cell,
        related: cells,
        expected: null,
        actual: null,
        blank: true,
        msg: axis === 'col' ? 'f_blank_col' : 'f_blank_row',
        args: { n: free.length },
        repair: { kind: 'fill', changes: fills },
        covers: [...free, ...absorbed].flatMap(idsOf),
        src: null,
        parts: free.filter((m) => m.draft.src).map((m) => ({ cell: m.draft.cell!, src: m.draft.src! })),
      },
    });
  }
  return [...items.filter((it) => !taken.has(it)), ...merged];
}

/** A table's blank cells that no other finding speaks for: one notice per table. */
function blankNotices(items: Item[], arithmetic: Item[]): Item[] {
  // blank cells another finding speaks for: a blank total, a line of them, the blank parts of a total
  const spoken = new Set<string>();
  for (const it of arithmetic) {
    const withBlanks = it.code.endsWith(':with-blanks');
    if (!it.draft.blank && !withBlanks) continue;
    const cells = isCell(it.draft) && !withBlanks ? [it.draft.cell!] : (it.draft.related ?? []);
    for (const c of cells) spoken.add(`${it.draft.table}/${keyOf(c)}`);
  }
  const byTable = new Map<TableId, Item[]>();
  for (const it of items) {
    const d = it.draft;
    if (!d.table || !d.cell || spoken.has(`${d.table}/${keyOf(d.cell)}`)) continue;
    const list = byTable.get(d.table);
    if (list) list.push(it);
    else byTable.set(d.table, [it]);
  }
  const out: Item[] = [];
  for (const [table, list] of byTable) {
    const first = list[0]!;
    const cell = { row: '*', col: '*' };
    out.push({
      id: findingId(first.family, first.code, { table, cell }),
      code: first.code,
      family: first.family,
      severity: first.severity,
      n: first.n,
      ...reviewOf(list),
      draft: {
        table,
        cell,
        related: list.map((it) => it.draft.cell!),
        blank: true,
        actual: null,
        msg: 'f_blank_cells',
        args: { n: list.length },
        covers: list.flatMap(idsOf),
        src: null,
        parts: list.filter((it) => it.draft.src).map((it) => ({ cell: it.draft.cell!, src: it.draft.src! })),
      },
    });
  }
  return out;
}

/**
 * A number another source gives a cell (a sentence of the text, last year's
 * report): whether it agrees with the table's arithmetic. The cell's repair, when
 * the data decides one, is what it should hold; no second 应为 beside it.
 */
function agree(mapping: Mapping, d: Draft, arithmetic: Item[], words: 'agree' | 'agree_year'): Draft {
  if (!isCell(d) || d.args?.said === undefined || (words === 'agree' && d.msg !== 'f_narrative_cell')) return d;
  const k = keyOf(d.cell);
  const mine = arithmetic.filter((it) => it.draft.table === d.table);
  const said = d.args?.said;
  const onCell = mine.find((it) => isCell(it.draft) && keyOf(it.draft.cell) === k);
  const repair = onCell?.draft.repair;
  let agreement: string;
  let expected: number | null = null;
  if (repair?.kind === 'unique' && keyOf(repair.cell) === k) {
    expected = repair.to;
    agreement = repair.to === said ? 'agree' : 'disagree';
  } else if (onCell || mine.some((it) => (it.draft.related ?? []).some((c) => keyOf(c) === k))) {
    agreement = 'undecided';
  } else {
    // a cell that no relation checks (表二's counts) says nothing of the arithmetic
    agreement = relations(mapping).some((r) => r.table === d.table && (r.target === k || r.plus.includes(k) || r.minus.includes(k))) ? 'consistent' : 'none';
  }
  return { ...d, expected, args: { ...d.args, agreement: `@${words}_${agreement}` } };
}
