/**
 * Text folded at a fixed width, as antiword (76 columns; textract's tool for .doc files) and other dumps set a Word
 * file's text: a long row of 表三 loses its last value or two to a line of their own
 * (（四）无法提供   1.本机关不掌握相关政府信息  1    0     0    0      0      1 / 2). Where most long lines of a text end at
 * one width, a line of values alone right under a row of 表三 that reached that width and ends in a value, the two
 * together no more than the table's seven, is that row's end: put back on it.
 */
import type { TextBlock } from '../model';
import { classifyLabel } from '../template/labels';
import { parseValue } from '../text/numbers';
import { displayWidth, longWidths } from '../text/width';

export { displayWidth };

/** A line this close to the fold width reached it. */
const NEAR = 6;
/** 表三's values a row: its seven columns. */
const REQUEST_VALUES = 7;

/** The width most long lines of the text end at, when enough do (eight lines, a quarter of the long ones); else null. */
export function foldWidth(lines: TextBlock[]): number | null {
  const { long, best } = longWidths(lines.map((l) => l.text));
  return best[1] >= 8 && best[1] * 4 >= long ? best[0] : null;
}

const tokens = (s: string) => s.trim().split(/[\t ]+/).filter((t) => t);
const isNumber = (t: string) => parseValue(t).kind === 'number';

/** The lines with each folded row's end put back on it (a line fewer for each). */
export function unfoldRows(lines: TextBlock[]): TextBlock[] {
  const width = foldWidth(lines);
  if (width === null) return lines;
  const out: TextBlock[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const end = tokens(l.text);
    if (prev && end.length >= 1 && end.length < REQUEST_VALUES && end.every(isNumber) && foldedRow(prev.text, width, end.length)) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()}${prev.text.includes('\t') ? '\t' : '  '}${end.join(prev.text.includes('\t') ? '\t' : '  ')}` };
    } else out.push(l);
  }
  return out;
}

/** A row of 表三 that reached the fold width and ends in a value, with room for `more` values more (seven in all). */
function foldedRow(text: string, width: number, more: number): boolean {
  if (displayWidth(text.trimEnd()) < width - NEAR) return false;
  const parts = tokens(text);
  const values = parts.filter(isNumber).length;
  if (!values || !isNumber(parts[parts.length - 1]!) || values + more > REQUEST_VALUES) return false;
  return parts.some((p) => !isNumber(p) && classifyLabel(p)?.table === 'requests');
}
