/**
 * A text extraction → blocks. Besides plain lines (../text/lines.ts, their lost tables found by
 * ../grid/text-layouts.ts), crawls come as Markdown (../text/markdown.ts) and keep some tables as the page's own
 * HTML: a converter that cannot draw merged cells in Markdown leaves `<table>…</table>` in the text. Such a table is
 * read as the page's would be, its cells placed on the line where the table starts.
 */
import type { Block, TextBlock } from '../model';
import { MAX_LINES, textLines } from '../text/lines';
import { placeRadicals } from '../text/radical-lines';
import { looksLikeMarkdown, markdownText } from '../text/markdown';
import { withTextTables } from '../grid/text-layouts';
import { withBoxTables } from '../grid/box-table';
import { joinFlatParagraphs, joinIndentedRuns } from '../grid/flattened';
import { parseLight } from '../page/light-parse';
import { domBlocks } from '../page/dom-blocks';

const OPEN = /<table[\s>]/gi;
const TAG = /<(\/?)table[\s>]/gi;

/** The blocks of a text: its lines, and its tables however they were kept. */
export function textBlocks(input: string): Block[] {
  const text = placeRadicals(input);
  const shown = looksLikeMarkdown(text) ? markdownText(text) : text;
  // tables drawn with box-drawing characters (a text browser's dump, ../grid/box-table.ts) before lines are joined
  return withTextTables(joinFlatParagraphs(joinIndentedRuns(withBoxTables(withHtmlTables(shown)))));
}

/** Where each `<table>` of the text ends (the end of its matching `</table>`), or null when it is never closed. */
function tableEnd(text: string, start: number): number | null {
  TAG.lastIndex = start;
  let depth = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const close = text.indexOf('>', m.index);
      return close < 0 ? null : close + 1;
    }
  }
  return null;
}

/** The text's lines, with each HTML table in it read as a table. */
function withHtmlTables(text: string): Block[] {
  OPEN.lastIndex = 0;
  if (!OPEN.test(text) || !/<\/table>/i.test(text)) return textLines(text);
  const out: Block[] = [];
  let at = 0;
  let line = 1;
  const lines = (s: string) => {
    for (const b of textLines(s, MAX_LINES - out.length)) out.push({ ...b, src: { line: line + b.src.line! - 1 } });
  };
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m && out.length < MAX_LINES; m = OPEN.exec(text)) {
    const end = tableEnd(text, m.index);
    if (end === null) break;
    // the lines before the table, the table's own line's start among them
    const before = text.slice(at, m.index);
    if (before.trim()) lines(before);
    line += countBreaks(before);
    const src = { line };
    const root = parseLight(`<div>${text.slice(m.index, end)}</div>`).documentElement;
    if (root) for (const b of domBlocks(root)) out.push(placed(b, src));
    line += countBreaks(text.slice(m.index, end));
    at = end;
    OPEN.lastIndex = end;
  }
  if (text.slice(at).trim()) lines(text.slice(at));
  return out;
}

function countBreaks(s: string): number {
  return (s.match(/\r\n|\r|\n/g) ?? []).length;
}

/** A block read from the text's HTML, its sources the text's line (no element outlives the parse). */
function placed(b: Block, src: { line: number }): Block {
  if (b.kind === 'text') return { ...b, src } as TextBlock;
  return { ...b, src, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, src })) })) };
}
