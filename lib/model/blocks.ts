/** Tables and text as the engine sees them, whatever markup, text layout or file they came from. */
import type { PageElement } from './dom';

/** Where a piece of the report came from: an element of the page, a line of a text file, a place in a PDF. */
export interface Source {
  el?: PageElement;
  /** 1-based line number in a text input (for a PDF: the line on its page). */
  line?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based paragraph (or table) of a Word file. */
  para?: number;
  /** Where the text stands on its PDF page, in the PDF's units (origin bottom left): x0, y0, x1, y1. */
  box?: [number, number, number, number];
}

export interface Cell {
  /** Text of the cell with white space collapsed. */
  text: string;
  src: Source;
}

export interface Row {
  cells: Cell[];
}

/**
 * Where a table's rows came from: real markup, a text layout that lost it (lib/grid/text-layouts),
 * a PDF's boxes, or a .doc's table read cell by cell from its text (`word-cells`: one stream of cells,
 * its rows left to the template, as `pipe` and `bare` are).
 */
export type Layout = 'html' | 'per-line' | 'pipe' | 'tab' | 'bare' | 'pdf' | 'merged' | 'word-cells';

export interface TableBlock {
  kind: 'table';
  layout: Layout;
  /**
   * Rows in reading order. For `pipe` and `bare` layouts the page kept no row
   * boundaries: the whole table is one row and the mapper splits it at labels.
   * For `merged` the cells of a row ran together (行政规范性文件8855698): its
   * values are runs of digits that the mapper splits by the template's arithmetic.
   */
  rows: Row[];
  /** Grid size (rows × columns) after rowspan/colspan, for the summary. */
  size: { rows: number; cols: number };
  /** The table had this many rows, more than any report's: only the first MAX_TABLE_ROWS were read. */
  cut?: number;
  /**
   * Some of the table's text stood past its page's edge (a table wider than the page, as LibreOffice prints a
   * page's table whose cells may not wrap): a row short of the template's columns lost them to the page.
   */
  clipped?: true;
  src: Source;
}

export interface TextBlock {
  kind: 'text';
  text: string;
  src: Source;
}

export type Block = TableBlock | TextBlock;
