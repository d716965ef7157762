/**
 * Lines a copy or an extraction broke apart, joined back before the bare layout reads them: an
 * ordinal, a quote or a closing mark alone on its line, a bracket left open, and the pieces of a
 * template label wrapped in its narrow cell (结果 / 纠正).
 */
import type { TextBlock } from '../model';
import { isValueCell } from '../text/numbers';
import { classifyLabel, type LabelInfo } from '../template/labels';
import { isSectionHeading } from '../template/sections';
import { splitLabels } from './run-together';

/** Where a label of its own begins: （四） 2. 三、 */
const ORDINAL_START = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)/;

/** A label wrapped in its cell comes out a piece per line (结果 / 纠正, 尚未 / 审结): at most this many pieces. */
const MAX_PIECES = 4;
const MAX_PIECE = 10;

/** A line that is only an ordinal (二、 （三） 1.) or an opening quote: it belongs to the next line. */
const LEAD_ONLY = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]|第二十条第[（(]|[“"‘])$/;
/** A line that only closes what the line before opened: ” or a bracket's end. */
const TAIL_ONLY = /^[”"’）)]$/;
const MAX_OPEN = 3;

const unclosed = (t: string) => (t.match(/[（(]/g)?.length ?? 0) > (t.match(/[）)]/g)?.length ?? 0);

/**
 * A text that kept one fragment per line (a PDF viewer's copy, an archive's page text): an ordinal
 * or a quote alone on its line goes with the next, a closing mark alone with the one before, and a
 * line with a bracket left open with the lines that close it (（二）部分公开（区分处理的，只计这一情形， /
 * 不计其他情形）).
 */
function joinFragments(lines: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  const text = (l: TextBlock) => l.text.trim();
  for (let i = 0; i < lines.length; i++) {
    let t = text(lines[i]!);
    let j = i;
    if (!t) {
      out.push(lines[i]!);
      continue;
    }
    const prev = out[out.length - 1];
    if (TAIL_ONLY.test(t) && prev && text(prev)) {
      out[out.length - 1] = { ...prev, text: text(prev) + t };
      continue;
    }
    const goesOn = (next: string) =>
      LEAD_ONLY.test(t) || (/^[一二三四五六七八九十]{1,3}$/.test(t) && /^[、.．]/.test(next)) || (unclosed(t) && t.length <= 40 && j - i < MAX_OPEN && next.length <= 30);
    while (j + 1 < lines.length && text(lines[j + 1]!) && goesOn(text(lines[j + 1]!))) {
      t += text(lines[++j]!);
    }
    out.push(j > i ? { kind: 'text', text: t, src: lines[i]!.src } : lines[i]!);
    i = j;
  }
  return out;
}

/** Lines that are pieces of one template label, wrapped in its cell, joined back into it (the longest label wins). */
export function joinWrappedLabels(input: TextBlock[]): TextBlock[] {
  const lines = joinFragments(input);
  // a piece is no label of its own (其他 and 总计 may be: 其他 / 结果 is 其他结果)
  const piece = (l: TextBlock | undefined) => {
    const t = l?.text.trim() ?? '';
    if (!t || t.length > MAX_PIECE || /[。；，]/.test(t) || isValueCell(t)) return false;
    const info = classifyLabel(t);
    return !info || info.table === null || (info.kind === 'col' && !!info.cut);
  };
  if (!lines.some((l, i) => piece(l) && piece(lines[i + 1]))) return lines;
  const out: TextBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = 0;
    // the fewest pieces that make a label; a piece after the first never opens a new ordinal (（四） 2. 三、),
    // and 其他 / 总计, labels of their own, take one piece only (其他 / 结果, not 总计 / 未经复议 / 直接起诉)
    const first = lines[i]!.text.trim();
    const most = piece(lines[i]) && classifyLabel(first) && !ORDINAL_START.test(first) ? 2 : MAX_PIECES;
    for (let n = 2; n <= most && !joined; n++) {
      const run = lines.slice(i, i + n);
      if (run.length < n || !run.every((l, k) => piece(l) && (k === 0 || !ORDINAL_START.test(l.text.trim())))) break;
      const text = run.map((l) => l.text.trim()).join('');
      // a label, or a section heading broken over lines (六、其他 / 需要 / 报告的事项)
      if (classifyLabel(text) || (ORDINAL_START.test(text) && isSectionHeading(text))) joined = n;
    }
    if (joined) {
      out.push({ kind: 'text', text: lines.slice(i, i + joined).map((l) => l.text.trim()).join(''), src: lines[i]!.src });
      i += joined - 1;
    } else out.push(lines[i]!);
  }
  return out;
}

/** A label's head at the end of a line: short, no value, no sentence, no heading. */
function labelHead(t: string): boolean {
  return t.length > 0 && t.length <= 30 && !isValueCell(t) && !/\d\s*$/.test(t) && !/[。；]/.test(t) && !isSectionHeading(t);
}

const squeeze = (t: string) => t.replace(/[\s\u3000\u00a0]+/g, '');

/** The template's labels a text is made of (run together or not), or null when it holds anything else. */
function labelsOf(t: string): string[] | null {
  const parts = splitLabels(squeeze(t));
  return parts.length > 0 && parts.every((p) => classifyLabel(p) !== null) ? parts : null;
}

/** The label part of a row's line: before its first tab, else before the digits it ends with; null for no row. */
function rowLabel(line: string): string | null {
  const tab = line.indexOf('\t');
  if (tab >= 0) return line.slice(0, tab).trim();
  const t = line.trim();
  const last = t.charCodeAt(t.length - 1);
  if (t.length > 200 || !(last >= 48 && last <= 57)) return null;
  // the digits it ends with, and the spaces, points and signs between them (a loop: prose lines are long)
  let i = t.length;
  while (i > 0 && ROW_TAIL.has(t[i - 1]!)) i--;
  return t.slice(0, i).trim();
}
const ROW_TAIL = new Set('0123456789.- \u3000\u00a0');

/**
 * Whether the end of one line and the start of the next are one label broken between them: together they are the
 * template's labels, and not the labels each is alone (2.其他法律行政 / 法规禁止公开 is one; 行政许可 / 行政处罚 two rows).
 */
function brokenLabel(tail: string, rest: string): boolean {
  const whole = labelsOf(tail + rest);
  if (!whole) return false;
  const apart = [...(labelsOf(tail) ?? [tail]), ...(labelsOf(rest) ?? [rest])].map(squeeze);
  if (whole.length === apart.length && whole.every((w, k) => w === apart[k])) return false;
  // the label across the break: a row the rest names alone is never swallowed by a header that goes on (本年收费金额…)
  const at = squeeze(tail).length;
  let end = 0;
  const across = whole.find((w) => (end += w.length) > at)!;
  const alone = classifyLabel(squeeze(rest));
  return !alone || !rowKind(alone) || rowOf(alone) === rowOf(classifyLabel(across));
}

const rowKind = (i: LabelInfo) => i.kind === 'row' || i.kind === 'item' || i.kind === 'group' || i.kind === 'total';

/** The row a label names (its table, kind, row or group; an item's number aside, a piece may not carry it). */
function rowOf(i: LabelInfo | null): string {
  if (!i) return '';
  return [i.table, i.kind, 'row' in i ? i.row : '', 'group' in i ? i.group : ''].join('/');
}

/**
 * A row's label that a narrow cell wrapped, its head ending a line of labels and the rest opening the line with the
 * row's values (一、本年新收政府 / 信息公开申请数量⇥29⇥11…, (四)无法提供⇥1.本机关不掌握 / 相关政府信息⇥5…: a browser's
 * copy of a cell with a <br>): the line of labels goes onto its row's line, the broken label made whole.
 */
export function joinLabelHeads(lines: TextBlock[]): TextBlock[] {
  let out: TextBlock[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.text;
    const next = lines[i + 1];
    // the cheap tests first: most lines are prose, or rows with their values
    const rest = next && head.length <= 80 && head.trim() ? rowLabel(next.text) : null;
    const cells = rest ? head.split('\t').map((c) => c.trim()) : [];
    const tail = cells[cells.length - 1] ?? '';
    const joins = !!rest && labelHead(tail) && cells.every((c) => !isValueCell(c)) && !isSectionHeading(head.trim());
    if (next && rest && joins && rest.length <= 40 && brokenLabel(tail, rest)) {
      out ??= lines.slice(0, i);
      out.push({ ...next, text: head.replace(/\s+$/, '') + next.text.replace(/^[ \u3000\u00a0]+/, '') });
      i++;
    } else out?.push(lines[i]!);
  }
  return out ?? lines;
}
