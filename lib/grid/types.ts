/** Tables as the engine sees them, whatever markup or text layout they came from. */

/** Where a piece of the page came from: an element of the page, or a line of a text file. */
export interface Source {
  el?: Element;
  /** 1-based line number in a text input. */
  line?: number;
}

export interface Cell {
  /** Text of the cell with white space collapsed. */
  text: string;
  src: Source;
}

export interface Row {
  cells: Cell[];
}

export type Layout = 'html' | 'per-line' | 'pipe' | 'tab' | 'bare';

export interface TableBlock {
  kind: 'table';
  layout: Layout;
  /**
   * Rows in reading order. For `pipe` and `bare` layouts the page kept no row
   * boundaries: the whole table is one row and the mapper splits it at labels.
   */
  rows: Row[];
  /** Grid size (rows × columns) after rowspan/colspan, for the summary. */
  size: { rows: number; cols: number };
  src: Source;
}

export interface TextBlock {
  kind: 'text';
  text: string;
  src: Source;
}

export type Block = TableBlock | TextBlock;
