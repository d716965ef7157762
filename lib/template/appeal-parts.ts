/**
 * 表四 printed in parts, each after the header naming its kind (行政复议's five columns, then 行政诉讼's ten, or a row of
 * five for each kind), read from text: the parts' values in the template's order. A part's kind is what its labels
 * name together (labels.ts partKind); the parts held across rows of a table are joined in place.ts (appealsInParts).
 */
import type { Cell } from '../model';
import { APPEAL_COLS } from './layout';
import { partKind } from './labels';
import { type Segment, isEmpty, RUN } from './reading';
import { readingsOf } from './runs';
import { ownTotalHolds } from './read-runs';

/** A kind's columns, and its place in the template's order; 行政诉讼 whole is both its kinds. */
const KIND_COLS: Record<string, { order: number; cols: string[] }> = {
  review: { order: 0, cols: APPEAL_COLS.slice(0, 5) },
  suit: { order: 1, cols: APPEAL_COLS.slice(5) },
  suit_direct: { order: 1, cols: APPEAL_COLS.slice(5, 10) },
  suit_after_review: { order: 2, cols: APPEAL_COLS.slice(10) },
};

/**
 * The part a segment's labels name (or the kind named before it, by a header row of its own), and its values without
 * an empty paragraph after them (the line between two tables).
 */
function part(s: Segment, named?: string): { order: number; cols: string[]; values: Cell[] } | null {
  const kind = partKind(s.labels.map((l) => l.text)) ?? named;
  const k = kind ? KIND_COLS[kind] : undefined;
  if (!k) return null;
  let values = s.values;
  while (values.length > k.cols.length && isEmpty(values[values.length - 1]!)) values = values.slice(0, -1);
  return { ...k, values };
}

/**
 * Pieces of 表四 in a stream of cells (a text of one cell a line, a crawl's pipes) whose values each follow the header
 * naming their kind and are as many as its columns, together all fifteen: their values in the template's order, a
 * reading as sure as the pieces (not the doubtful reading order of a header's words broken apart). Else null. Pieces
 * that hold no value (the header's rows, an empty line) are passed over, the kind they name kept for the next.
 */
export function partsByKind(pieces: Segment[]): Cell[] | null {
  const parts: { order: number; values: Cell[] }[] = [];
  // a kind named on a header row of its own (行政诉讼 | | … / 结果维持 … / 8 | | | 1 | 9): its part's values come after
  let named: string | undefined;
  for (const s of pieces) {
    if (s.values.every(isEmpty)) {
      named = partKind(s.labels.map((l) => l.text)) ?? named;
      continue;
    }
    const p = part(s, named);
    named = undefined;
    if (!p || p.values.length !== p.cols.length) return null;
    parts.push(p);
  }
  if (parts.length < 2 || new Set(parts.map((p) => p.order)).size !== parts.length) return null;
  parts.sort((a, b) => a.order - b.order);
  const values = parts.flatMap((p) => p.values);
  return values.length === APPEAL_COLS.length ? values : null;
}

/**
 * A part of 表四 in text whose cells ran together (a row for each kind: 行政复议 | 10000): its values at the part's
 * width where its digits leave one reading, taken where no run had to be cut or the part's own total holds (a blank
 * cell lost among the runs leaves it doubtful). Else null.
 */
export function mergedPart(s: Segment): Segment | null {
  const p = part(s);
  if (!p) return null;
  const tokens = p.values.map((c) => c.text.trim());
  if (!tokens.length || !tokens.every((t) => RUN.test(t))) return null;
  // as many numbers as columns read as they are; a run of two (00) is no number
  const readings = readingsOf(tokens, p.cols.length);
  if (readings?.length !== 1) return null;
  if (tokens.length < p.cols.length && !ownTotalHolds('appeals', p.cols, readings[0]!)) return null;
  const src = p.values[0]!.src;
  return { labels: s.labels, values: readings[0]!.map((text) => ({ text, src })) };
}
