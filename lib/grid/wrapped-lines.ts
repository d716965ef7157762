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
/** An item's number alone: 1. 2、 */
const NUMBER_ONLY = /^\d{1,2}[.．、]$/;
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
      // a row whose values came on the label's first line takes the label's rest before them (（二）部分公开（区分处理的，
      // 只计这一情形， 9 0 2 / 不计其他情形）)
      const label = rowLabel(t);
      t = label && label !== t ? label + text(lines[++j]!) + t.slice(label.length) : t + text(lines[++j]!);
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

/** A text that names a row or group alone: 表二's rows and groups, 表三's rows, total, and groups or items with their number. */
function ownLabel(text: string): boolean {
  const i = text ? classifyLabel(squeeze(text)) : null;
  if (!i) return false;
  if (i.kind === 'item') return i.n !== null;
  if (i.kind === 'group') return i.table === 'active' || i.ord !== null;
  return i.kind === 'row' || i.kind === 'total';
}

/** Whether a label's head (read alone, its group or number maybe unknown) may be the start of the whole label. */
function mayBe(head: LabelInfo, whole: LabelInfo): boolean {
  if (head.table !== whole.table || head.kind !== whole.kind) return false;
  const [h, w] = [head as Record<string, unknown>, whole as Record<string, unknown>];
  return ['row', 'group', 'n'].every((k) => h[k] === undefined || h[k] === null || w[k] === undefined || w[k] === null || h[k] === w[k]);
}

/** The row a label names (its table, kind, row or group; an item's number aside, a piece may not carry it). */
function rowOf(i: LabelInfo | null): string {
  if (!i) return '';
  return [i.table, i.kind, 'row' in i ? i.row : '', 'group' in i ? i.group : ''].join('/');
}

/**
 * A line's last cell and what stands before it: cells end at a tab, or at a run of two spaces or more in a text that
 * kept the page's columns (pdftotext -layout: 其他处    2.申请人逾期未按收费通知要求, a piece of the group's label set
 * beside its item's).
 */
function lastCell(line: string): { lead: string; tail: string } {
  const t = line.trim();
  const m = /^(.*)(?:\t|[ \u3000\u00a0]{2,})(.*)$/.exec(t);
  return m ? { lead: m[1]!.trim(), tail: m[2]!.trim() } : { lead: '', tail: t };
}

/** Where a label opens with its ordinal: （二） 1. 三、 */
const AN_ORDINAL = /[（(][一二三四五六七八九十]{1,2}[）)]|(?<![\d.])\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、/g;

const AN_ORDINAL_AT_START = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、)/;

/**
 * A cell's text from its last ordinal on: the label a piece of another column's stands before, a space apart (理结果
 * （二）部分公开（区分处理的，只); the text itself when no ordinal stands after its start.
 */
function fromOrdinal(t: string): string {
  let at = 0;
  for (const m of t.matchAll(AN_ORDINAL)) at = m.index;
  return t.slice(at);
}

/** A line of a label's pieces and no values: its cells (split as lastCell does) hold no value and no heading. */
function labelLine(line: string, most: number): boolean {
  const t = line.trim();
  return !!t && t.length <= most && labelHead(lastCell(t).tail) && t.split(/\t|[ \u3000\u00a0]{2,}/).every((c) => !isValueCell(c.trim())) && !isSectionHeading(t);
}

/**
 * A row's label that a narrow cell wrapped, its head ending a line of labels and the rest opening the line with the
 * row's values (一、本年新收政府 / 信息公开申请数量⇥29⇥11…, (四)无法提供⇥1.本机关不掌握 / 相关政府信息⇥5…: a browser's
 * copy of a cell with a <br>): the line of labels goes onto its row's line, the broken label made whole. A text that
 * kept the page's lines (pdftotext -layout) sets a label of three lines with the row's values on the middle one, beside
 * the label's middle piece or alone (5.要求行政机关确认或重新出具 / 0  0  3 / 已获取信息): the three lines are one row.
 */
export function joinLabelHeads(lines: TextBlock[]): TextBlock[] {
  let out: TextBlock[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.text;
    const next = lines[i + 1];
    // the cheap tests first: most lines are prose, or rows with their values
    const rest = next && head.length <= 80 && head.trim() ? rowLabel(next.text) : null;
    const heads = rest !== null && labelLine(head, 80);
    const tail = heads ? lastCell(head).tail : '';
    const around = heads ? labelAround(lines, i, tail, rest!) : null;
    if (around !== null) {
      out ??= lines.slice(0, i);
      out.push({ ...next!, text: around });
      i += 2;
      continue;
    }
    if (heads && rest && rest.length <= 40 && (brokenLabel(head.trim(), rest) || brokenLabel(tail, rest) || brokenLabel(fromOrdinal(tail), rest))) {
      out ??= lines.slice(0, i);
      out.push({ ...next!, text: head.replace(/\s+$/, '') + next!.text.replace(/^[ \u3000\u00a0]+/, '') });
      i++;
      continue;
    }
    // an item's number alone between its label's head and its values (申请人无正当理由逾期不补正、行政机关 / 1. / 8  0 /
    // 不再处理其政府信息公开申请): the number goes before the head
    const number = next && NUMBER_ONLY.test(next.text.trim()) && lines[i + 3] && head.length <= 80 ? rowLabel(lines[i + 2]!.text) : null;
    if (number !== null && labelLine(head, 80) && !ORDINAL_START.test(lastCell(head).tail)) {
      const { lead, tail: first } = lastCell(head);
      const numbered = next!.text.trim() + first;
      const joined = labelAround([{ ...lines[i]!, text: `${lead}  ${numbered}` }, lines[i + 2]!, lines[i + 3]!], 0, numbered, number);
      if (joined !== null) {
        out ??= lines.slice(0, i);
        out.push({ ...lines[i + 2]!, text: joined });
        i += 3;
        continue;
      }
    }
    // a row's whole label on its line and its values alone on the next ((三)不予公 4.保护第三方合法权益 / 0  0  0); two
    // values at least (a cell a line, 规章 / 0 / 0, is the bare layout's)
    if (heads && rest === '' && /\d[\s\u3000\u00a0]+-?\d/.test(next!.text) && ownLabel(fromOrdinal(tail))) {
      out ??= lines.slice(0, i);
      out.push({ ...next!, text: `${head.replace(/\s+$/, '')}  ${next!.text.trim()}` });
      i++;
      continue;
    }
    // a label's head and the line with its rest and values, a piece of another column's label between them alone
    // ((六)其他处 2.申请人逾期未按收费通知要求缴纳费用、 / 理 / 行政机关不再处理其政府信息公开申请  2  0)
    const after = lines[i + 2];
    const last = rest === null && next && after && piece(next.text) && head.length <= 80 ? rowLabel(after.text) : null;
    // the head opens with its ordinal (a middle piece, 费通知要求缴纳费 / 理 / 用、行政机关不再处, is left to the lines around)
    const first = last && labelLine(head, 80) ? fromOrdinal(lastCell(head).tail) : '';
    if (last && first && AN_ORDINAL_AT_START.test(first) && last.length <= 40 && brokenLabel(first, last)) {
      out ??= lines.slice(0, i);
      out.push({ ...after!, text: `${next!.text.trim()}  ${head.trim()}${after!.text.replace(/^[ \u3000\u00a0]+/, '')}` });
      i += 2;
      continue;
    }
    out?.push(lines[i]!);
  }
  return out ?? lines;
}

/** A short piece of some label alone on its line, naming nothing (理, 开, 度办): another column's label set down it. */
function piece(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 4 && !/\d/.test(t) && !classifyLabel(t);
}

/**
 * Line `i + 1`, a row's values with `rest` the label before them, when lines `i` and `i + 2` hold its label's head
 * and end: the row made one line (what stood before each piece, pieces of a group's label, first), else null. The
 * middle piece may be a piece of another column's label (度办 of 本年度办理结果): then it goes before with the rest.
 */
function labelAround(lines: TextBlock[], i: number, tail: string, rest: string): string | null {
  const end = lines[i + 2]?.text ?? '';
  if (rest.length > 40 || !labelLine(end, 60)) return null;
  const below = lastCell(end);
  const mid = lastCell(rest);
  // a middle or last line that names a row of its own is that row (行政事业性收费 between 表二's header and its next
  // group's label), not the rest of a label
  // — but for a group's label set at the height of its middle item's line ((四)无法提供 between 2.没有现成信息 / 需要另行制作)
  const group = classifyLabel(squeeze(mid.tail))?.kind === 'group';
  if (ORDINAL_START.test(below.tail) || ownLabel(below.tail) || (ownLabel(mid.tail) && !group)) return null;
  const next = lines[i + 1]!.text;
  const tab = next.indexOf('\t');
  const values = tab >= 0 ? next.slice(tab) : `  ${next.trim().slice(rest.length).trim()}`;
  // the middle piece goes before only when it names nothing itself (2.没有现成信息需要另行制作 between （四）无法提 / 供 is
  // its own row, the group's label set around it); a piece after a single space is tried first (他处理 费用、行政机关不再处理
  // 其政府信息: 他处理 is of the group's label beside it)
  const space = mid.tail.search(/[ \u3000\u00a0][^ \u3000\u00a0]*$/);
  const pieces = !mid.tail || group ? [''] : classifyLabel(squeeze(mid.tail)) ? [mid.tail] : [mid.tail, ''];
  if (space > 0) pieces.unshift(mid.tail.slice(space + 1));
  // a number alone between two lines of prose broken up (件，上年结转 / 1 / 件，办结) is no row: one value only in 表二
  const one = values.trim().split(/[\s\u3000\u00a0]+/).length < 2;
  for (const piece of pieces) {
    if (!endsAcross(tail, piece + below.tail) || (one && classifyLabel(squeeze(tail + piece + below.tail))?.table !== 'active')) continue;
    const before = piece === mid.tail ? '' : mid.tail.slice(0, mid.tail.length - piece.length).trim();
    const lead = [lastCell(lines[i]!.text).lead, mid.lead, before, below.lead].filter(Boolean);
    const sep = tab >= 0 ? '\t' : '  ';
    return [...lead, tail + piece + below.tail].join(sep) + values;
  }
  return null;
}

/**
 * Whether a head and the rest of its label end in a template label begun in the head (不予公 5.属于三类内部事 / 务信息), the rest naming no other row alone (规禁止公开 is 表三's 不予公开 item as 2.其他法律行政法规禁止公开).
 */
function endsAcross(head: string, rest: string): boolean {
  const text = squeeze(head + rest);
  // what comes before the last label may be pieces of other columns' labels (不予公 of （三）不予公开)
  const last = splitLabels(text).at(-1) ?? '';
  const at = text.length - last.length;
  const info = classifyLabel(last);
  if (!info || !rowKind(info) || at >= squeeze(head).length) return false;
  // the label's start in the head: an item's number with it (由逾期不补正、行 is a middle piece of a longer label), and
  // the head naming no other thing alone (本年处理决定数量 is a header, 行政许可 under it a row of its own)
  if (info.kind === 'item' && info.n === null) return false;
  const start = classifyLabel(squeeze(head).slice(at));
  if (start && !mayBe(start, info)) return false;
  const alone = classifyLabel(squeeze(rest));
  return !alone || !rowKind(alone) || rowOf(alone) === rowOf(classifyLabel(last));
}
