/**
 * A PDF's text, laid out again as the blocks the rest of the engine reads: prose
 * paragraphs, and tables whose rows and columns come from where the text stands.
 *
 *   text items (pdf.js) → lines (same baseline) → chunks (text runs without a gap)
 *   → regions: prose, or a table (template labels and numbers in columns)
 *   → table rows: one per line holding values, with the labels beside it (a label
 *     wrapped over several lines is one cell); the header's column labels give the
 *     columns' positions, so a column with no text in a row is a blank cell, not a
 *     missing value
 *   → a table that runs over a page break is one table; its header repeated on
 *     the next page is dropped; page numbers are dropped.
 * Every block keeps its page and line, so a finding can say where it is in the file.
 */
import { append, maxOf } from '../arrays';
import type { Block, Row, TableBlock } from '../model';
import { isTemplateLabel } from '../template/labels';
import { isValue, pageLines, tabular, isPageNoise, runningLines, paragraphs, openEnd, type PdfPage, type Line } from './pdf-lines';
import { labelRestOnTop, labelUnderPage, markCut, pastEdge, regionRows } from './pdf-tables';

/**
 * A template's label as a table prints it, not the words of the text's summary of 表三 wrapped so that a line starts
 * with a share (「40.78 % ；因重复申请等原因不予处理1027件，占3.62% ；其他处理2905件，占」: real, 上海市 2020 through
 * Writer): a value is no label (40.78 % reads as item 40.), and a row's label holds no clause's stop and no count in 件.
 */
const rowWords = (t: string) => isTemplateLabel(t) && !isValue(t) && !/[；;。]|\d\s*件/.test(t);

export { pageLines, type PdfTextItem, type PdfPage } from './pdf-lines';
export { readPdfPages, MAX_PDF_PAGES, PDF_LIMITS, PdfLimitError, type PdfJs } from './pdf-read';

/** The blocks of a PDF's pages; and how much text it had (a scan has none). */
export function pdfBlocks(pages: PdfPage[]): { blocks: Block[]; textChars: number } {
  const blocks: Block[] = [];
  let textChars = 0;
  let open: { table: TableBlock; grid: number[] | null; left?: number; headers: Set<string> } | null = null;
  const all = pages.map((page) => ({ page, lines: pageLines(page) }));
  const running = runningLines(all);
  const kept = all.map(({ page, lines }) => lines.filter((l) => !isPageNoise(l, page, lines) && !running(l, page)));
  const hasValue = (l: Line) => l.chunks.some((c) => isValue(c.text));
  /** The page's first lines are a table's, with a value among them (a table going on from the page before). */
  const opensWithValues = (lines: Line[] | undefined) => {
    for (let j = 0; lines && j < lines.length && tabular(lines, j); j++) if (hasValue(lines[j]!)) return true;
    return false;
  };
  // the page before ended in prose stopped mid-sentence at its right edge: where its lines start
  let tail: { left: number } | null = null;
  for (const [i, { page }] of all.entries()) {
    const n = i + 1;
    const lines = kept[i]!;
    for (const l of lines) for (const c of l.chunks) textChars += c.text.length;
    // regions: runs of table lines that hold a template label, and the prose between them
    let k = 0;
    let prose: Line[] = [];
    const flushProse = (atEnd = false) => {
      if (prose.length) {
        const paras = paragraphs(prose, n);
        // the page's first line set where the page before's prose starts its lines goes on with its last paragraph
        const last = blocks[blocks.length - 1];
        const first = prose[0]!;
        if (tail && first === lines[top] && last?.kind === 'text' && first.chunks[0]!.x0 <= tail.left + 0.6 * first.size) {
          last.text += paras.shift()!.text;
        }
        append(blocks, paras);
        open = null;
      }
      tail = atEnd ? openEnd(prose) : null;
      prose = [];
    };
    // the rest of the last row's label that the page break carried onto this page, or the whole label of its values
    const held = open ? (open as { table: TableBlock }).table : null;
    const top = held ? labelRestOnTop(held, lines) || labelUnderPage(held, lines) : 0;
    k = top;
    while (k < lines.length) {
      let j = k;
      while (j < lines.length && tabular(lines, j)) j++;
      const run = lines.slice(k, j);
      const labelled = run.length >= 2 && run.some((l) => l.chunks.some((c) => rowWords(c.text)));
      // a table's header at the foot of the page, its values on the next (the page broke the table under its header)
      const cutHeader = labelled && j === lines.length && !run.some(hasValue) && opensWithValues(kept[i + 1]);
      const isTable = (labelled && run.some(hasValue)) || cutHeader;
      // only at the page's first line: a run later on the page has this page's prose above it, so it goes on from no
      // table; with values, or with the template's labels (a page of rows whose cells were all left blank)
      const continues = run.length >= 1 && open && k === top && (run.some(hasValue) || labelled);
      if (isTable || continues) {
        flushProse();
        const clipped = pastEdge(run, page.width);
        if (clipped) markCut(run, page.width);
        const region = { lines: run, page: n };
        if (continues && open) {
          // the table goes on from the page before: its header repeated here is dropped, and so is the row the page
          // break printed twice, at the foot of the page before and again here (wkhtmltopdf slices a row so)
          const { rows, grid, headerKeys, left } = regionRows(region, open.grid, open.left);
          const keyOf = (r: Row) => r.cells.map((c) => c.text).join('|');
          const last = open.table.rows[open.table.rows.length - 1];
          const keep = rows.filter((r, idx) => !(idx < headerKeys.length && open!.headers.has(keyOf(r))));
          if (last && keep[0] && keyOf(keep[0]) === keyOf(last)) keep.shift();
          append(open.table.rows, keep);
          if (clipped) open.table.clipped = true;
          open.grid = grid;
          open.left = left;
          open.table.size = { rows: open.table.rows.length, cols: maxOf(keep.map((r) => r.cells.length), open.table.size.cols) };
        } else {
          const { rows, grid, headerKeys, left } = regionRows(region, null);
          const table: TableBlock = {
            kind: 'table',
            layout: 'pdf',
            rows,
            size: { rows: rows.length, cols: rows.reduce((m, r) => Math.max(m, r.cells.length), 0) },
            src: { page: n, line: run[0]!.n },
            ...(clipped ? { clipped: true as const } : {}),
          };
          blocks.push(table);
          open = { table, grid, headers: new Set(headerKeys), ...(left === undefined ? {} : { left }) };
        }
        k = j;
        continue;
      }
      // not a table: the lines are prose (a lone tabular line among prose too)
      append(prose, j > k ? run : [lines[k]!]);
      k = j > k ? j : k + 1;
    }
    flushProse(true);
  }
  return { blocks, textChars };
}
