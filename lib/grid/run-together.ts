/**
 * Tables whose cells ran together when the page became text, as crawlers and
 * `textContent` leave them: one line per row, the labels and the numbers joined
 * (三、本年度办理结果(一)予以公开46000010, 行政规范性文件8855698), the header
 * words joined (自然人法人或其他组织总计), 表四's data row a bare run of digits.
 *
 * Here the lines are cut into the template's labels and the runs of digits after
 * them; how a run splits into cells is the mapper's to decide, by the template's
 * column count and arithmetic (lib/template/runs.ts).
 */
import type { Block, Cell, Row, TableBlock, TextBlock } from '../model';
import { cleanText } from '../text/normalize';
import { append } from '../arrays';
import { APPEAL_WORDS, KIND_COLUMN, classifyLabel } from '../template/labels';
import { isSectionHeading } from '../template/sections';

/** The line's label text and the runs of digits at its end (split where the line kept a space). */
const TAIL = /^(.*?)((?:[-+]?\d(?:[\d.+-]|,(?=\d{3}))*件?|[—–―─/])(?:[ \u3000\u00a0]+(?:[-+]?\d(?:[\d.+-]|,(?=\d{3}))*件?|[—–―─/]))*)\s*(?:万?元)?$/;
/** Where a joined label starts another: 一、 (二) 3. — not 第(一)项. */
const ORDINAL = /(?<!第)(?=[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]|(?<![\d.])\d{1,2}[.．、](?!\d))|(?<=第二十条第[(（][一二三四五六七八九十]{1,2}[)）]项)/g;
const MAX_SPLIT = 160;
/** Lines of labels joined with their numbers needed before a text is read this way. */
const MIN_ROWS = 3;

/** Split joined label text into the template's labels; text that is no label stays whole. */
export function splitLabels(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(ORDINAL)) {
    const p = part.trim();
    if (!p) continue;
    // the fewest labels that make up the text, where there are several (第二十条第(一)项信息内容…规章 is a group, its headers and a row)
    if (p.length > MAX_SPLIT) out.push(p);
    else append(out, segment(p) ?? [p]);
  }
  return out;
}

/** The fewest labels that make up `text` exactly, or null. */
function segment(text: string): string[] | null {
  const n = text.length;
  const best: (string[] | null)[] = [[], ...Array<null>(n).fill(null)];
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      const before = best[i];
      if (!before || (best[j] && best[j]!.length <= before.length + 1)) continue;
      const piece = text.slice(i, j);
      if (classifyLabel(piece)) best[j] = [...before, piece];
    }
  }
  return best[n] && best[n]!.length > 1 ? best[n]! : null;
}

interface Line {
  block: TextBlock;
  labels: string[];
  /** The runs of digits at the line's end. */
  runs: string[];
  known: boolean;
  /** A line of 表四's header words and their broken pieces (持 正 果 结 总计): goes on with a table already open. */
  pieces?: boolean;
  /**
   * A short line of words the template does not know, without digits: a label's note or the rest of a label wrapped onto
   * its own line ((区分处理的，只计这一情形，不计其他情形), “三安全一稳定”, 获取信 / 息). Between two rows with digits it
   * goes on with their table, naming nothing; else it is text, and so is what follows it to the run's end.
   */
  loose?: boolean;
}

/** A loose line (Line.loose): at most 30 characters, no digit, no space (a line of several columns' words is a header's). */
const LOOSE = /^[^\d\s\u3000\u00a0]{1,30}$/;

/** Full-width digits as ASCII: the runs are read digit by digit. */
export const halfWidth = (s: string) => s.replace(/[０-９．－]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A count's unit between two numbers (政府集中采购1个246900元, 2笔 984361元): a cell's end. */
const COUNT_UNIT = /(\d)[个项批笔件]\s*(?=\d)/g;
/** 本年增/减's sign in words inside a row's digits (行政事业性收费16减12): the sign itself. */
const SIGN_IN_RUN = /(?<=\d)(增|减)(?=\d)/g;

function readLine(b: TextBlock): Line | null {
  const t = halfWidth(cleanText(b.text))
    .replace(COUNT_UNIT, '$1 ')
    .replace(SIGN_IN_RUN, (w) => (w === '减' ? '-' : '+'));
  if (!t || t.length > 200 || /[。；]$/.test(t) || isSectionHeading(t)) return null;
  const m = TAIL.exec(t);
  const head = (m ? m[1]! : t).trim();
  const runs = m ? m[2]!.trim().split(/[ \u3000\u00a0]+/) : [];
  // a label ending in a number (1. 2.) is no run of cells: 年 月 日 and the like are prose; nor is a sentence's end with
  // the next one's start before a number at the line's end (…均在法定期限内予以答复。政府信息公开行政复议 351: pdftotext
  // -layout's line of a paragraph, real: 淮安市人民政府 2024)
  if (/[年月日号期至第]$/.test(head) || /[。；]/.test(head)) return null;
  // labels need no spaces: a page whose cells began with &nbsp; keeps one between them (自 然 人 法人或其他组织); 表四 set
  // as a row for each kind heads its first column 类别 (类别结果维持…总计行政复议00011): no label, dropped
  const labels = head ? splitLabels(head.replace(/[\s\u3000\u00a0]+/g, '').replace(KIND_COLUMN, '')) : [];
  const known = labels.some((l) => {
    const info = classifyLabel(l);
    return !!info && (info.table !== null || labels.length > 1);
  });
  if (head && !known) {
    const words = runs.length ? null : appealWords(b, head);
    if (!words) return runs.length || !LOOSE.test(head) ? null : { block: b, labels: [], runs: [], known: false, loose: true };
    return { block: b, labels: [], runs: [], known: words.length >= 2 && words.some((w) => APPEAL_OWN.test(w)), pieces: true };
  }
  return { block: b, labels, runs, known };
}

/** Words only 表四's header has: a line holding one opens the table. */
const APPEAL_OWN = /复议|诉讼|维持|纠正|审结|尚未/;

/**
 * A line of 表四's header set out in columns, its words broken where the columns were narrow (结果   其他   尚未   总计 …,
 * 结果维 结果纠 其他结 尚未审 / 持 正 果 结): its words, each a piece of a header word, or null. A line with one of 表四's
 * own words opens the table for the data row under it; one of pieces alone goes on with it. Its words name no row, so
 * none is kept.
 */
function appealWords(b: TextBlock, head: string): string[] | null {
  if (b.text.length > 200) return null;
  const words = head.split(/[\s\u3000\u00a0]+/).filter(Boolean);
  if (!words.every((w) => APPEAL_WORDS.some((a) => a.includes(w)))) return null;
  // a word alone is a piece only when no word whole (总计 alone is 表三's column as well)
  return words.length >= 2 || !APPEAL_WORDS.includes(words[0]!) ? words : null;
}

/** A line of 表四's header: its labels (行政复议 行政诉讼) or its words' pieces. */
const opensAppeals = (l: Line) => !!l.pieces || l.labels.some((x) => classifyLabel(x)?.table === 'appeals');

function toRow(l: Line): Row {
  const src = l.block.src;
  const cells: Cell[] = [...l.labels.map((text) => ({ text, src })), ...l.runs.map((text) => ({ text, src }))];
  return { cells };
}

/** A label that names a row of values (表二's and 表三's rows, 表三's groups and items, 总计), not a header or a heading. */
function namesRow(label: string): boolean {
  const info = classifyLabel(label);
  return !!info && ['row', 'item', 'group', 'total'].includes(info.kind) && info.table !== 'appeals';
}

function table(lines: Line[], after?: Line): TableBlock {
  const rows: Row[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const next = lines[k + 1];
    // a row's label on a line of its own and its values alone on the next: a PDF's text in the order its cells were
    // drawn (pdftotext -raw, a viewer's copy of an office PDF: 行政规范性文 / 件 / 77 132 470) — one row. Not where the
    // label goes on under the values (a label wrapped around them, as pdftotext -layout sets it): what stands around
    // such values is read as the layout reads it
    const third = lines[k + 2] ?? after;
    if (next && l.labels.length && !l.runs.length && namesRow(l.labels[l.labels.length - 1]!) && !next.labels.length && next.runs.length && !third?.loose) {
      rows.push({ cells: [...toRow(l).cells, ...toRow(next).cells] });
      k++;
      continue;
    }
    rows.push(toRow(l));
  }
  const cols = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  return { kind: 'table', layout: 'merged', rows, size: { rows: rows.length, cols }, src: lines[0]!.block.src };
}

/** What a line holds when it is words only, spaces dropped (a label's piece): no digit but an item's number, no stop or comma. */
function labelPiece(b: Block | undefined): string | null {
  if (b?.kind !== 'text') return null;
  const t = halfWidth(cleanText(b.text)).replace(/[\s\u3000\u00a0]+/g, '');
  // no digit but an item's number (1、申请人…): a line with a value in it is a row, not a label's piece
  return t && !/[。；，]/.test(t) && !/\d/.test(t.replace(/^\d{1,2}[.．、]/, '')) ? t : null;
}

/**
 * A row's label wrapped around its values, as pdftotext -layout sets a label a PDF printed over three lines at double
 * spacing (1、申请人无正当理由逾期不补 / (blank) / 正、行政机关不再处理其政府信   67 3 0 0 1 0 71 / 息公开申请; real: 淮安市人民政府
 * 2024, a WPS PDF): the label's first line, blank lines, the line of values whose words name nothing, and the words
 * right under it — one line, the label whole before the values, where the label so joined names a row.
 */
function labelsAroundValues(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const m = b.kind === 'text' ? TAIL.exec(halfWidth(cleanText(b.text))) : null;
    const head = m?.[1]!.replace(/[\s\u3000\u00a0]+/g, '') ?? '';
    // the line's own words name nothing (正、行政机关不再处理其政府信): not a label, not a number's unit or a sentence
    if (!m || !head || classifyLabel(head) || /[\d。；]/.test(head)) {
      out.push(b);
      continue;
    }
    // the label's first line above it, past at most two blank lines
    let a = out.length - 1;
    while (a >= 0 && a >= out.length - 2 && out[a]!.kind === 'text' && !(out[a] as TextBlock).text.trim()) a--;
    const first = labelPiece(out[a]);
    const joined = first ? first + head : '';
    const info = first && namesRow(joined) ? classifyLabel(joined) : null;
    if (!info) {
      out.push(b);
      continue;
    }
    // the rest of the label right under the values (息公开申请), where it still names that row
    const rest = labelPiece(blocks[i + 1]);
    const whole = rest && namesRow(joined + rest) ? classifyLabel(joined + rest) : null;
    const label = whole && JSON.stringify(whole) === JSON.stringify(info) ? joined + rest : joined;
    out.length = a;
    out.push({ ...(b as TextBlock), text: `${label}  ${m[2]}` });
    if (label !== joined) i++;
  }
  return out;
}

/**
 * Runs of text lines that are the template's rows with their cells run together,
 * as `merged` table blocks; everything else as it was. A text is read this way
 * only where several lines join a template label and its numbers.
 */
export function runTogetherTables(input: Block[]): Block[] {
  const blocks = labelsAroundValues(input);
  const lines = blocks.map((b) => (b.kind === 'text' ? readLine(b) : null));
  let joined = 0;
  // a template label with its row's digits after it: run together (8855698), or apart on the label's line (5 0 0 0 0 3 8)
  for (const l of lines) if (l && l.known && (l.runs.length >= 2 || l.runs.some((r) => r.replace(/\D/g, '').length >= 2))) joined++;
  if (joined < MIN_ROWS) return blocks;
  const out: Block[] = [];
  let run: Line[] = [];
  // blank lines inside 表四's header, before its data row: kept aside, after the table
  let held: Block[] = [];
  const flush = () => {
    // loose lines only join rows of digits: after the table's last such row, the first loose line and what follows are text
    const last = run.findLastIndex((l) => l.runs.length);
    const firstLoose = run.findIndex((l, k) => k > last && l.loose);
    const end = firstLoose < 0 ? run.length : firstLoose;
    const rows = run.slice(0, end);
    if (rows.some((l) => l.runs.length)) out.push(table(rows, run[end]));
    else append(out, rows.map((l) => l.block));
    append(out, run.slice(end).map((l) => l.block));
    append(out, held);
    run = [];
    held = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const l = lines[i];
    // a bare run of digits belongs to the table it follows (表四's data row under its headers)
    // a loose line goes on only among the table's rows (in its header, words apart from their columns' are no row)
    const loose = l?.loose && run.some((x) => x.runs.length);
    // a word of 表四's header alone on its line (总计, which 表三 has too) goes on with 表四's header already begun
    const appealHead = l?.loose && APPEAL_WORDS.includes(l.block.text.trim()) && !run.some((x) => x.runs.length) && run.some(opensAppeals);
    if (l && (l.known || loose || appealHead || (run.length && (l.pieces || (!l.labels.length && l.runs.join('').length >= 5))))) {
      run.push(l);
      continue;
    }
    // a blank line in 表四's header before its data row does not end it (pdftotext -layout sets its lines apart)
    const b = blocks[i]!;
    if (b.kind === 'text' && !b.text.trim() && run.some(opensAppeals) && !run.some((x) => x.runs.length)) {
      held.push(b);
      continue;
    }
    flush();
    out.push(blocks[i]!);
  }
  flush();
  return out;
}
