/**
 * A row's label wrapped over lines around its values, joined back into one row before the text's tables are read: a
 * browser's copy of a cell with a <br> (the head above the row's line), a text that kept the page's lines (pdftotext
 * -layout, pdfplumber: the head above, the end below, the values on the middle line beside pieces of other columns'
 * labels), an item's number alone on its line.
 */
import type { TextBlock } from '../model';
import { classifyLabel } from '../template/labels';
import { splitLabels } from './run-together';
import {
  AN_ORDINAL_AT_START, ORDINAL_START, brokenLabel, fromOrdinal, labelLine, lastCell, mayBe, ownLabel, rowKind, rowLabel, rowOf, squeeze,
} from './label-text';

/** An item's number alone: 1. 2、 */
const NUMBER_ONLY = /^\d{1,2}[.．、]$/;

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
    const cell = heads ? lastCell(head) : null;
    const tail = cell?.tail ?? '';
    const around = cell ? labelAround(cell, next!.text, lines[i + 2]?.text ?? '', rest!) : null;
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
    const unnumbered = number !== null && labelLine(head, 80) ? lastCell(head) : null;
    if (unnumbered && !ORDINAL_START.test(unnumbered.tail)) {
      const numbered = { lead: unnumbered.lead, tail: next!.text.trim() + unnumbered.tail };
      const joined = labelAround(numbered, lines[i + 2]!.text, lines[i + 3]!.text, number!);
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
 * A row's values on line `next` with `rest` the label before them, when the line above ends in its label's head (`head`,
 * split as lastCell splits) and line `end` below holds the label's end: the row made one line (what stood before each
 * piece, pieces of a group's label, first), else null. The middle piece may be a piece of another column's label (度办
 * of 本年度办理结果): then it goes before with the rest.
 */
function labelAround(head: { lead: string; tail: string }, next: string, end: string, rest: string): string | null {
  if (rest.length > 40 || !labelLine(end, 60)) return null;
  const tail = head.tail;
  const below = lastCell(end);
  const mid = lastCell(rest);
  // a middle or last line that names a row of its own is that row (行政事业性收费 between 表二's header and its next
  // group's label), not the rest of a label (each of the three tests alone is also met by endsAcross, not together)
  // — but for a group's label set at the height of its middle item's line ((四)无法提供 between 2.没有现成信息 / 需要另行制作)
  const group = classifyLabel(squeeze(mid.tail))?.kind === 'group';
  if (ORDINAL_START.test(below.tail) || ownLabel(below.tail) || (ownLabel(mid.tail) && !group)) return null;
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
  const sep = tab >= 0 ? '\t' : '  ';
  for (const piece of pieces) {
    if (!endsAcross(tail, piece + below.tail) || (one && classifyLabel(squeeze(tail + piece + below.tail))?.table !== 'active')) continue;
    const before = piece === mid.tail ? '' : mid.tail.slice(0, mid.tail.length - piece.length).trim();
    const lead = [head.lead, mid.lead, before, below.lead].filter(Boolean);
    return [...lead, tail + piece + below.tail].join(sep) + values;
  }
  return null;
}

/**
 * Whether a head and the rest of its label end in a template label begun in the head (不予公 5.属于三类内部事 / 务信息),
 * the rest naming no other row alone (规禁止公开 is 表三's 不予公开 item as 2.其他法律行政法规禁止公开).
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
