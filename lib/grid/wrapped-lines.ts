/**
 * Lines a copy or an extraction broke apart, joined back before the bare layout reads them: an
 * ordinal, a quote or a closing mark alone on its line, a bracket left open, and the pieces of a
 * template label wrapped in its narrow cell (结果 / 纠正).
 */
import type { TextBlock } from '../model';
import { isValueCell } from '../text/numbers';
import { classifyLabel } from '../template/labels';
import { isSectionHeading } from '../template/sections';
import { ORDINAL_START, rowLabel } from './label-text';

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

/** The words of an item wrapped after its number: each at most this long (行政机关确认或重新出具已). */
const MAX_ITEM_PIECE = 20;

/**
 * An item's number before the first piece of its words (1.属于 / 国家秘 / 密, a cell a few characters wide): a piece, and
 * no label until the words after it name the item.
 */
const unnamedItem = (info: NonNullable<ReturnType<typeof classifyLabel>>) => info.kind === 'item' && info.group === null;
const itemStart = (l: TextBlock) => {
  const t = l.text.trim();
  // its number and words only (a line with its row's values after them is a row, read as one)
  if (t.length > MAX_ITEM_PIECE || !/^\d{1,2}[.．、]\D+$/.test(t)) return false;
  const info = classifyLabel(t);
  return !!info && unnamedItem(info);
};

/**
 * How many lines from `i` make one item of 表三 whose number stands with its first words on the first line (1.属于 /
 * 国家秘 / 密, 2.其他 / 法律行政法规禁止公开): the most that name the item, no line after the first opening an ordinal or
 * being a label other than an item's words, nor a known item's words once the lines before already name theirs. 0 when
 * the first line is no such item's start.
 */
function itemWords(lines: TextBlock[], i: number): number {
  if (!itemStart(lines[i]!)) return 0;
  let joined = 0;
  let text = lines[i]!.text.trim();
  for (let n = 1; n <= MAX_PIECES && i + n < lines.length; n++) {
    const t = lines[i + n]!.text.trim();
    if (!t || t.length > MAX_ITEM_PIECE || /[。；，]/.test(t) || isValueCell(t) || ORDINAL_START.test(t)) break;
    const own = classifyLabel(t);
    if (own && own.table !== null && own.kind !== 'item' && !(own.kind === 'col' && own.cut)) break;
    if (joined && own?.kind === 'item') break;
    text += t;
    const info = classifyLabel(text);
    if (info?.kind === 'item' && !unnamedItem(info)) joined = n + 1;
  }
  return joined;
}

/** Lines that are pieces of one template label, wrapped in its cell, joined back into it (the longest label wins). */
export function joinWrappedLabels(input: TextBlock[]): TextBlock[] {
  const lines = joinFragments(input);
  // a piece is no label of its own (其他 and 总计 may be: 其他 / 结果 is 其他结果)
  const piece = (l: TextBlock | undefined) => {
    const t = l?.text.trim() ?? '';
    if (!t || t.length > MAX_PIECE || /[。；，]/.test(t) || isValueCell(t)) return false;
    const info = classifyLabel(t);
    return !info || info.table === null || (info.kind === 'col' && !!info.cut) || unnamedItem(info);
  };
  if (!lines.some((l, i) => (piece(l) && piece(lines[i + 1])) || itemStart(l))) return lines;
  const out: TextBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    let joined = itemWords(lines, i);
    // the fewest pieces that make a label; a piece after the first never opens a new ordinal (（四） 2. 三、),
    // and 其他 / 总计, labels of their own, take one piece only (其他 / 结果, not 总计 / 未经复议 / 直接起诉)
    const first = lines[i]!.text.trim();
    const most = piece(lines[i]) && classifyLabel(first) && !ORDINAL_START.test(first) ? 2 : MAX_PIECES;
    for (let n = 2; n <= most && !joined; n++) {
      const run = lines.slice(i, i + n);
      if (run.length < n || !run.every((l, k) => piece(l) && (k === 0 || !ORDINAL_START.test(l.text.trim())))) break;
      const text = run.map((l) => l.text.trim()).join('');
      // a label, or a section heading broken over lines (六、其他 / 需要 / 报告的事项)
      const info = classifyLabel(text);
      if ((info && !unnamedItem(info)) || (ORDINAL_START.test(text) && isSectionHeading(text))) joined = n;
    }
    if (joined) {
      out.push({ kind: 'text', text: lines.slice(i, i + joined).map((l) => l.text.trim()).join(''), src: lines[i]!.src });
      i += joined - 1;
    } else out.push(lines[i]!);
  }
  return out;
}
