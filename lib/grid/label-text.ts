/**
 * The template's labels in a text's lines, as the joins of wrapped labels ask of them (./wrapped-lines.ts,
 * ./label-heads.ts): where a row's label ends and its values begin, a line's last cell, whether two pieces make one
 * label and which row a label names.
 */
import { isValueCell } from '../text/numbers';
import { classifyLabel, type LabelInfo } from '../template/labels';
import { isSectionHeading } from '../template/sections';
import { splitLabels } from './run-together';

/** Where a label of its own begins: （四） 2. 三、 */
export const ORDINAL_START = /^(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)/;

/** A label's head at the end of a line: short, no value, no sentence, no heading. */
export function labelHead(t: string): boolean {
  return t.length > 0 && t.length <= 30 && !isValueCell(t) && !/\d\s*$/.test(t) && !/[。；]/.test(t) && !isSectionHeading(t);
}

export const squeeze = (t: string) => t.replace(/[\s\u3000\u00a0]+/g, '');

/** The template's labels a text is made of (run together or not), or null when it holds anything else. */
export function labelsOf(t: string): string[] | null {
  const parts = splitLabels(squeeze(t));
  return parts.length > 0 && parts.every((p) => classifyLabel(p) !== null) ? parts : null;
}

/** The label part of a row's line: before its first tab, else before the digits it ends with; null for no row. */
export function rowLabel(line: string): string | null {
  const tab = line.indexOf('\t');
  if (tab >= 0) return line.slice(0, tab).trim();
  const t = line.trim();
  const last = t.charCodeAt(t.length - 1);
  if (t.length > 200 || !(last >= 48 && last <= 57)) return null;
  // the digits it ends with, and the spaces, points, signs and thousands commas between them (a loop: prose lines are long)
  let i = t.length;
  while (i > 0 && ROW_TAIL.has(t[i - 1]!)) i--;
  return t.slice(0, i).trim();
}
const ROW_TAIL = new Set('0123456789.,- \u3000\u00a0');

/**
 * Whether the end of one line and the start of the next are one label broken between them: together they are the
 * template's labels, and not the labels each is alone (2.其他法律行政 / 法规禁止公开 is one; 行政许可 / 行政处罚 two rows).
 */
export function brokenLabel(tail: string, rest: string): boolean {
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

export const rowKind = (i: LabelInfo) => i.kind === 'row' || i.kind === 'item' || i.kind === 'group' || i.kind === 'total';

/** A text that names a row or group alone: 表二's rows and groups, 表三's rows, total, and groups or items with their number. */
export function ownLabel(text: string): boolean {
  const i = text ? classifyLabel(squeeze(text)) : null;
  if (!i) return false;
  if (i.kind === 'item') return i.n !== null;
  if (i.kind === 'group') return i.table === 'active' || i.ord !== null;
  return i.kind === 'row' || i.kind === 'total';
}

/** Whether a label's head (read alone, its group or number maybe unknown) may be the start of the whole label. */
export function mayBe(head: LabelInfo, whole: LabelInfo): boolean {
  if (head.table !== whole.table || head.kind !== whole.kind) return false;
  const [h, w] = [head as Record<string, unknown>, whole as Record<string, unknown>];
  return ['row', 'group', 'n'].every((k) => h[k] === undefined || h[k] === null || w[k] === undefined || w[k] === null || h[k] === w[k]);
}

/** The row a label names (its table, kind, row or group; an item's number aside, a piece may not carry it). */
export function rowOf(i: LabelInfo | null): string {
  if (!i) return '';
  return [i.table, i.kind, 'row' in i ? i.row : '', 'group' in i ? i.group : ''].join('/');
}

/**
 * A line's last cell and what stands before it: cells end at a tab, or at a run of two spaces or more in a text that
 * kept the page's columns (pdftotext -layout: 其他处    2.申请人逾期未按收费通知要求, a piece of the group's label set
 * beside its item's).
 */
export function lastCell(line: string): { lead: string; tail: string } {
  const t = line.trim();
  const m = /^(.*)(?:\t|[ \u3000\u00a0]{2,})(.*)$/.exec(t);
  return m ? { lead: m[1]!.trim(), tail: m[2]!.trim() } : { lead: '', tail: t };
}

/** Where a label opens with its ordinal: （二） 1. 三、 */
const AN_ORDINAL = /[（(][一二三四五六七八九十]{1,2}[）)]|(?<![\d.])\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、/g;

/** The same at a text's start. */
export const AN_ORDINAL_AT_START = new RegExp(`^(?:${AN_ORDINAL.source})`);

/**
 * A cell's text from its last ordinal on: the label a piece of another column's stands before, a space apart (理结果
 * （二）部分公开（区分处理的，只); the text itself when no ordinal stands after its start.
 */
export function fromOrdinal(t: string): string {
  let at = 0;
  for (const m of t.matchAll(AN_ORDINAL)) at = m.index;
  return t.slice(at);
}

/** A line of a label's pieces and no values: its cells (split as lastCell does) hold no value and no heading. */
export function labelLine(line: string, most: number): boolean {
  const t = line.trim();
  return !!t && t.length <= most && labelHead(lastCell(t).tail) && t.split(/\t|[ \u3000\u00a0]{2,}/).every((c) => !isValueCell(c.trim())) && !isSectionHeading(t);
}
