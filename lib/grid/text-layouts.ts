/**
 * Tables whose markup was lost and survive only as text, in the layouts real
 * extractions produce:
 *   per-line  one cell per line, each starting with a tab; rows split by blank lines (seeds 000, 001, 004)
 *   pipe      one cell per line ending in `|`; no row boundaries left (seed 002)
 *   tab       one row per line, cells split by tabs (seed 003)
 *   bare      one cell per line with no marker at all (a page whose cells became <p>)
 *   merged    one row per line, its cells run together (./run-together.ts)
 */
import type { Block, Cell, Row, Source, TableBlock, TextBlock } from '../model';
import { isValueCell, parseValue } from '../text/numbers';
import { GARBLED, cleanText } from '../text/normalize';
import { appealWords, classifyLabel, isTemplateLabel } from '../template/labels';
import { isSectionHeading } from '../template/sections';
import { runTogetherTables, splitLabels } from './run-together';
import { unflatten } from './flattened';
import { append } from '../arrays';
import { joinWrappedLabels } from './wrapped-lines';
import { joinLabelHeads } from './label-heads';
import { withoutDroppedCells } from './dropped-cells';
import { valuesBeforeLabels } from './bare-order';
import { unfoldRows } from './folded-rows';
import { mapTextRuns } from './text-runs';

type Kind = 'blank' | 'tabcell' | 'tabrow' | 'pipe' | 'plain';

function kindOf(line: string): Kind {
  if (/^[ \u3000\u00a0\r]*$/.test(line)) return 'blank';
  if (line.includes('\t')) return /^\t[^\t]*$/.test(line) ? 'tabcell' : 'tabrow';
  if (/\|\s*$/.test(line)) return 'pipe';
  return 'plain';
}

const HEADING = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;
const MAX_CONTINUATION = 30;
const MAX_BARE = 60;

function cell(text: string, src: Source): Cell {
  return { text: cleanText(text), src };
}

function block(layout: TableBlock['layout'], rows: Row[], lines: TextBlock[]): TableBlock {
  const cols = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  return { kind: 'table', layout, rows, size: { rows: rows.length, cols }, src: lines[0]!.src };
}

/**
 * A printed page's number on a line of its own, as PDF-to-text tools keep it (— 2 —, - 2 -, 第 2 页, 第2页 共7页): never a
 * cell, so dropped before tables are looked for (a number alone is left: it may be a cell's value).
 */
export const PAGE_MARK = /^[\s\f]*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$/;

/** Runs of text lines between the blocks may still hold tables whose markup was lost: find them. */
export function withTextTables(blocks: Block[]): Block[] {
  // a report flattened onto a few long lines is first cut back into its lines (./flattened.ts)
  blocks = unflatten(blocks);
  return runTogetherTables(mapTextRuns(blocks, (run) => detectTextTables(joinLabelHeads(unfoldRows(run.filter((l) => !PAGE_MARK.test(l.text)))))));
}

/** Replace the runs of lines that are tables with table blocks; keep the rest as text. */
export function detectTextTables(lines: TextBlock[]): Block[] {
  const kinds = lines.map((l) => kindOf(l.text));
  // a tab alone between blank lines is where two cells met whose text was set in paragraphs (a page's innerText):
  // a separator, not an empty cell as a tab alone among a row's lines is
  for (let i = 1; i + 1 < lines.length; i++) {
    if (kinds[i] === 'tabcell' && !lines[i]!.text.trim() && kinds[i - 1] === 'blank' && kinds[i + 1] === 'blank') kinds[i] = 'blank';
  }
  const out: Block[] = [];
  let i = 0;
  let plainStart = 0;
  const emitPlain = (end: number) => {
    if (end > plainStart) append(out, bare(lines.slice(plainStart, end)));
  };
  while (i < lines.length) {
    const k = kinds[i];
    if (k === 'tabcell' || k === 'tabrow') {
      // a garbled line right before the table (catdoc's wrong decoding of its first row: Õl‹_) is part of it: the rows
      // lost there are said doubtful (lib/template/map.ts)
      let start = i;
      for (let b = i - 1; b >= plainStart && b >= i - 2; b--) {
        if (kinds[b] === 'blank') continue;
        if (kinds[b] === 'plain' && GARBLED.test(lines[b]!.text) && lines[b]!.text.trim().length <= MAX_CONTINUATION) start = b;
        break;
      }
      let j = i + 1;
      while (j < lines.length) {
        const kj = kinds[j];
        if (kj === 'tabcell' || kj === 'tabrow' || kj === 'blank') j++;
        else if (kj === 'plain' && kinds[j - 1] === 'tabcell' && isContinuation(lines[j]!.text)) j++;
        else if (kj === 'plain' && rowEnd(lines, kinds, j)) j++;
        else break;
      }
      while (j > i && kinds[j - 1] === 'blank') j--;
      const table = tabTable(lines.slice(start, j), kinds.slice(start, j));
      // lines with tabs are a table when they hold the template's labels; else they are text, emitted once with the
      // plain lines around them
      if (holdsTemplate(table)) {
        emitPlain(start);
        out.push(table);
        plainStart = j;
      }
      i = j;
    } else if (k === 'pipe') {
      emitPlain(i);
      let j = i + 1;
      while (j < lines.length && (kinds[j] === 'pipe' || (kinds[j] === 'blank' && kinds[j + 1] === 'pipe'))) j++;
      // the last cell of a pipe table often lost its bar: "0" right before the next heading
      if (j < lines.length && kinds[j] === 'plain' && isValueCell(lines[j]!.text)) j++;
      out.push(pipeTable(lines.slice(i, j)));
      i = plainStart = j;
    } else i++;
  }
  emitPlain(lines.length);
  return out;
}

function holdsTemplate(t: TableBlock): boolean {
  return t.rows.some((r) => r.cells.some((c) => isTemplateLabel(c.text)));
}

/**
 * A row's last values on a line of their own, as catdoc sets a Word file's table (each row a line of tabbed cells with a
 * blank line after it): folded there at 72 columns, the line right under the row (…相关政府信息⇥0⇥4⇥5⇥0⇥7⇥0 / 16), or
 * after a blank line where a cell was empty (2.重复申请⇥3⇥0⇥0⇥0 / (blank) / 0⇥3: catdoc breaks a row at its empty
 * cell). Values alone, right before a blank line or the end, after a row of tabbed cells ending in a value, in a table
 * most of whose rows stand a blank line apart: they end that row (tabTable), the empty cell kept. The row's line and
 * whether an empty cell stands between; else null.
 */
function rowEnd(lines: TextBlock[], kinds: Kind[], j: number): { row: number; empty: boolean } | null {
  if ((kinds[j] !== 'plain' && kinds[j] !== 'tabrow') || !(j + 1 === lines.length || kinds[j + 1] === 'blank')) return null;
  const empty = kinds[j - 1] === 'blank';
  const row = empty ? j - 2 : j - 1;
  if (row < 0 || kinds[row] !== 'tabrow') return null;
  const values = lines[j]!.text.trim().split(/[\t ]+/);
  if (!values.every((v) => parseValue(v).kind === 'number')) return null;
  const before = lines[row]!.text.split('\t');
  if (parseValue(before[before.length - 1]!).kind !== 'number' || before.filter((c) => parseValue(c).kind === 'number').length + values.length > MAX_ROW_VALUES) return null;
  // rows a blank line apart: most of the tab rows before this one are followed by a blank line (a folded one is not)
  let rows = 0;
  let apart = 0;
  for (let i = row - 1; i >= 0 && rows < 10; i--) {
    if (kinds[i] !== 'tabrow') continue;
    rows++;
    if (kinds[i + 1] === 'blank') apart++;
  }
  return rows >= 3 && apart >= 0.6 * rows ? { row, empty } : null;
}
/** A row's values at most: 表三's seven and a 小计 column. */
const MAX_ROW_VALUES = 8;

function isContinuation(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_CONTINUATION && !HEADING.test(t) && !/[。；]$/.test(t);
}

function tabTable(lines: TextBlock[], kinds: Kind[]): TableBlock {
  const perLine = kinds.filter((k) => k === 'tabcell').length >= kinds.filter((k) => k === 'tabrow').length;
  const rows: Row[] = [];
  if (!perLine) {
    // a row's values on a line of their own (rowEnd) end that row
    const joined = lines.map((l) => ({ ...l }));
    const dropped = new Set<number>();
    for (let n = 1; n < lines.length; n++) {
      const end = rowEnd(lines, kinds, n);
      if (!end) continue;
      joined[end.row]!.text += `${end.empty ? '\t' : ''}\t${lines[n]!.text.trim().split(/[\t ]+/).join('\t')}`;
      for (let k = end.row + 1; k <= n; k++) dropped.add(k);
    }
    lines = joined.filter((_, n) => !dropped.has(n));
    // a row's values set apart by spaces in one cell (Resiliparse: 信息公开申请数量⇥⇥ 29  11  25 …) are a cell each, its
    // tabs mere padding; where every row with values is such, the blank cells between them are lost (nothing of an
    // empty cell is left between the spaces): the table is read as rows run together, short rows left to the template
    let spaced = 0;
    let valued = 0;
    for (const l of lines) {
      if (!l.text.trim()) continue;
      const raw = l.text.split('\t');
      const cells = raw.map((t) => cell(t, l.src));
      const split = cells.map((c, i) => wideApart(raw[i]!, l.src) ?? spacedValues(c));
      if (split.some((c) => c.length > 1)) {
        spaced++;
        valued++;
        // read as a row run together: its labels joined (（四）无法提供1.本机关不掌握…) cut apart as there
        const flat = split.flat().filter((c) => c.text.trim());
        rows.push({ cells: flat.flatMap((c) => (parseValue(c.text).kind === 'text' ? splitLabels(c.text).map((t) => cell(t, c.src)) : [c])) });
        continue;
      }
      if (cells.some((c) => isValueCell(c.text))) valued++;
      rows.push({ cells });
    }
    if (spaced && spaced === valued) return block('merged', rows, lines);
    // a converter's table that dropped its empty cells and padded its rows (./dropped-cells.ts): its blanks are lost
    const packed = withoutDroppedCells(rows);
    return packed ? block('pipe', packed, lines) : block('tab', rows, lines);
  }
  let row: Cell[] = [];
  const end = () => {
    if (row.length) rows.push({ cells: row });
    row = [];
  };
  for (const [n, l] of lines.entries()) {
    const k = kinds[n];
    if (k === 'blank') end();
    else if (k === 'plain') {
      const last = row[row.length - 1];
      if (last) last.text = cleanText(last.text + l.text.trim());
      else row.push(cell(l.text, l.src));
    } else {
      const parts = l.text.split('\t');
      if (parts[0] === '') parts.shift();
      for (const p of parts) row.push(cell(p, l.src));
    }
  }
  end();
  return block('per-line', rows, lines);
}

function pipeTable(lines: TextBlock[]): TableBlock {
  const cells: Cell[] = [];
  // every row led by a pipe too (`| 行政许可 | 0 |`, Markdown-like rows without their rule line): nothing stands before
  // the first; where only some are, a leading pipe follows a blank first cell (`| 2.其他法律… | 0 |`)
  const led = lines.every((l) => !l.text.trim() || /^\s*\|/.test(l.text));
  for (const l of lines) {
    const t = l.text.replace(/\s+$/, '');
    // a line of pipes alone (`|||`): a row's merged columns, or the blank cells an extractor dropped, counted at
    // its end — no cell's place; one pipe alone is a blank cell where it stands
    if (!t || /^\s*\|{2,}\s*$/.test(t)) continue;
    const parts = t.split('|');
    if (t.endsWith('|')) parts.pop();
    if (led && parts.length > 1) parts.shift();
    for (const p of parts) cells.push(cell(p, l.src));
  }
  return block('pipe', [{ cells }], lines);
}

/** A year alone on its line (an archive's list of years in a site's menu). */
const YEAR = /^(?:19|20)\d{2}$/;
/** Three numbers or more on a line, spaces between and nothing else. */
const SPACED_ROW = /^\d+(?:\.\d+)?(?:[ \u3000]+\d+(?:\.\d+)?){2,}$/;

/**
 * Runs of short lines that hold template labels and values: a table whose every
 * cell became its own paragraph. Everything else stays text.
 */
function bare(input: TextBlock[]): Block[] {
  const lines = joinWrappedLabels(input);
  const out: Block[] = [];
  const short = lines.map((l) => {
    const t = l.text.trim();
    return t.length <= MAX_BARE && !/[。；]/.test(t) && !isSectionHeading(t);
  });
  let i = 0;
  let textStart = 0;
  while (i < lines.length) {
    if (!short[i] || !lines[i]!.text.trim()) {
      i++;
      continue;
    }
    let j = i;
    let labels = 0;
    let values = 0;
    let years = 0;
    let heads = 0;
    let appeals = 0;
    while (j < lines.length && short[j]) {
      const t = lines[j]!.text.trim();
      if (SPACED_ROW.test(t) && !ONE_NUMBER.test(t)) {
        // a row's values on one line a space apart (表四's fifteen counts under its header's lines): a cell each
        // (spacedValues), but for one number's digits printed apart (1 0 0)
        values += t.split(/\s+/).length;
      } else if (t && isValueCell(t)) {
        values++;
        if (YEAR.test(t)) years++;
      } else if (t && (isTemplateLabel(t) || appealHeaderLine(t))) {
        // a line of 表四's header words run together (行政复议结果维持…总计, a part's header before its five values) is a
        // header of its own, not one cell: two labels — no more, so that its one run of digits is left to the run-together
        // reader (结果维持…总计 / 0０00０１…)
        const run = appealHeaderLine(t);
        labels += run ? 2 : 1;
        const info = classifyLabel(t);
        if (run || info?.kind === 'header' || info?.kind === 'col') heads++;
        if (run || info?.table === 'appeals') appeals++;
      }
      j++;
    }
    // a site's menu printed with the page (政策 / 规章 / 行政规范性文件 / 规范性文件 / 2022 / 年 / 2021 …): template words
    // among years, no table's header: not a table
    if (!heads && values && years === values) {
      i = Math.max(j, i + 1);
      continue;
    }
    while (j > i && !lines[j - 1]!.text.trim() && !spaceCells(lines[j - 1]!.text)) j--;
    // 表四 whose fifteen zeros an archive merged into one line keeps its long header and a single 0
    // a table whose every cell is blank still shows its labels (a report with nothing to count, one <p> per cell);
    // lines that end in digits are rows whose cells ran together, for the run-together reader
    // so does 表四 alone, its labels and nothing else (行政复议 / 行政诉讼 / 结果维持 …)
    const blankTable =
      (labels >= 20 || (!values && labels >= 6 && appeals === labels)) && !lines.slice(i, j).some((l) => /[\u4e00-\u9fff”）)]\s*\d[\d\s.-]*$/.test(l.text.trim()));
    if (labels >= 3 && (values >= 3 || (values >= 1 && labels >= 12) || blankTable)) {
      append(out, lines.slice(textStart, i));
      out.push(block('bare', [{ cells: valuesBeforeLabels(bareCells(lines.slice(i, j))) }], lines.slice(i, j)));
      textStart = j;
    }
    i = Math.max(j, i + 1);
  }
  append(out, lines.slice(textStart));
  return out;
}

/** 表四's header words run together with no space between (行政复议结果维持…总计); words a space apart are cells. */
const appealHeaderLine = (t: string) => !/\s/.test(t) && !!appealWords(t);

/**
 * The cells of a run of one-cell lines. A copy of a web page often puts a blank
 * line between cells: then a single blank line is a separator, not a cell, and a
 * cell left empty shows as more blank lines (three between two cells: one empty).
 */
function bareCells(lines: TextBlock[]): Cell[] {
  return lineCells(lines).flatMap(spacedValues);
}

/**
 * A cell's values each set apart by two spaces or more (`\u00a0 4\u00a0 \u00a0 4\u00a0`, Resiliparse's cells of a row
 * joined in one): a cell each, two of them too — a number spaced out for print keeps single spaces. Else null.
 */
function wideApart(raw: string, src: Source): Cell[] | null {
  const parts = raw.trim().split(/[\s\u00a0\u3000]{2,}/);
  return parts.length >= 2 && parts.every((p) => parseValue(p).kind === 'number') ? parts.map((p) => cell(p, src)) : null;
}

/** Digits of one number set apart (1 0 0, a letter-spaced print) or grouped by thousands (1 234). */
const ONE_NUMBER = /^(?:\d(?: \d){1,2}|\d{1,3}(?: \d{3})+)$/;

/**
 * A line of several values set apart by spaces is a row's cells, one each (表四's fifteen counts under its header,
 * `pdftotext -raw`), not one number made of them all; a number spaced out or grouped by thousands stays one, and two
 * values are left as they are (too few to tell from one number spaced out). A row's label with three values or more
 * after it on the same line (一、本年新收政府信息公开申请数量 13 0 0 0 0 0 13), or one or more after a row label of 表二
 * (行政事业性收费 18651.06), is its label's cell and the values' cells.
 */
export function spacedValues(c: Cell): Cell[] {
  const t = c.text.trim();
  if (ONE_NUMBER.test(t)) return [c];
  const parts = t.split(/[\s\u3000]+/);
  const kinds = parts.map((p) => parseValue(p).kind);
  let first = kinds.length;
  while (first > 0 && kinds[first - 1] !== 'text') first--;
  const labelText = parts.slice(0, first).join(' ');
  // after a row label of 表二 (行政规范性文件 62 / 33 / 440, a row whose first value stayed on its label's line), one value is
  // enough; 表三's rows have seven, and one beside its label may be any of them
  const enough = first && classifyLabel(labelText)?.table === 'active' ? 1 : 3;
  if (parts.length - first < enough || !kinds.slice(first).includes('number')) return [c];
  return [...labelCells(labelText, c.src), ...parts.slice(first).map((p) => cell(p, c.src))];
}

/**
 * A row's label as cells: a group's label and its first item's set a few spaces apart on one line (antiword:
 * （三）不予公开   1.属于国家秘密   0 0 …; 三、本年度办理结果     （一）予以公开  0 …) are two, each a label of the template,
 * so the values go to the item, not to the group. Else the one label.
 */
function labelCells(text: string, src: Source): Cell[] {
  if (!text) return [];
  if (text.includes(' ')) {
    const pieces = splitLabels(text);
    if (pieces.length >= 2 && pieces.every((p) => classifyLabel(p))) return pieces.map((p) => cell(p, src));
  }
  return [cell(text, src)];
}

/**
 * The empty cells a line of white space holds, each cell's &nbsp; as the tools keep it: a browser's copy sets it as a
 * space, a row's cells apart by tabs ( ⇥ ⇥ between two values set in paragraphs: two; a tab alone is no cell);
 * html-to-text and Resiliparse keep the no-break spaces of cells next to each other on one line (five: five cells).
 */
function spaceCells(text: string): number {
  if (text.trim()) return 0;
  if (text.includes('\t')) return text.split('\t').filter((p) => p !== '').length;
  return text.split('\u00a0').length - 1;
}

function lineCells(lines: TextBlock[]): Cell[] {
  const gaps: number[] = [];
  let run = 0;
  let seen = false;
  for (const l of lines) {
    if (l.text.trim() || spaceCells(l.text)) {
      if (seen) gaps.push(run);
      run = 0;
      seen = true;
    } else run++;
  }
  const separated = gaps.length >= 4 && gaps.filter((g) => g >= 1).length >= 0.8 * gaps.length;
  if (!separated) return paragraphCells(lines);
  // the separator is the gap most cells keep (one blank line in a browser's copy; a scraper that writes every
  // node of the markup on its own line leaves more); each empty cell adds one separator and its own line
  const sep = mostCommon(gaps.filter((g) => g >= 1));
  const out: Cell[] = [];
  run = 0;
  for (const l of lines) {
    const empty = spaceCells(l.text);
    if (!l.text.trim() && !empty) {
      run++;
      continue;
    }
    if (out.length) for (let k = 0; k < Math.floor((run - sep) / (sep + 1)); k++) out.push(cell('', l.src));
    run = 0;
    if (empty) for (let k = 0; k < empty; k++) out.push(cell('', l.src));
    else for (const t of tabbedValues(l.text) ?? [l.text]) out.push(cell(t, l.src));
  }
  return out;
}

/**
 * A line of values apart by tabs, as a browser's copy sets the cells of a row that are no paragraphs of their own
 * (⇥—⇥—⇥: two cells printed —): each a cell. Null for any other line (a tab never falls inside a number).
 */
function tabbedValues(text: string): string[] | null {
  if (!text.includes('\t')) return null;
  const parts = text.split('\t').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length >= 2 && parts.every(isValueCell) ? parts : null;
}

/** Values in a row each a blank line from the next that make a row of paragraphs, not of cells left empty. */
const PARAGRAPH_ROW = 5;

/**
 * The cells of lines not separated by blank lines, but for runs of values each its own paragraph: `pdftotext` without
 * `-layout` sets a blank line between paragraphs and keeps no empty cell, so five values or more each one blank line
 * from the next (表四's counts after its header's lines) are a row whose blank lines are no cells.
 */
function paragraphCells(lines: TextBlock[]): Cell[] {
  const value = (n: number) => n < lines.length && !!lines[n]!.text.trim() && isValueCell(lines[n]!.text);
  const breaks = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (value(j) && !lines[j + 1]?.text.trim() && value(j + 2)) j += 2;
    if (value(i) && (j - i) / 2 + 1 >= PARAGRAPH_ROW) {
      for (let k = i + 1; k < j; k += 2) breaks.add(k);
      // and the paragraph breaks around the row
      if (i > 0 && !lines[i - 1]!.text.trim()) breaks.add(i - 1);
      if (j + 1 < lines.length && !lines[j + 1]!.text.trim()) breaks.add(j + 1);
    }
    i = Math.max(j, i + 1);
  }
  return lines.flatMap((l, n) => (breaks.has(n) ? [] : [cell(l.text, l.src)]));
}

/** The value seen most often (the smaller of two seen as often). */
function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0] ?? 1;
  for (const [x, n] of counts) if (n > counts.get(best)! || (n === counts.get(best)! && x < best)) best = x;
  return best;
}
