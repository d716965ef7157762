/** What a rule says about a report before it becomes a finding of the result. */
import type { Source } from './blocks';
import type { CellRef, TableId } from './template';

export type Severity = 'error' | 'warning' | 'notice';

/** Rule families of report-model.md: the first segment of every finding code. */
export type Family =
  | 'row-total' | 'column-total' | 'subtotal' | 'balance' | 'appeal-total' | 'stock' | 'shape'
  | 'template-version' | 'section' | 'narrative' | 'plausibility' | 'deadline' | 'blank-cell' | 'cross-year' | 'copied-text'
  | 'section-content';

/** One cell's correction: from what is printed to what the relations need. */
export interface CellChange {
  row: string;
  col: string;
  from: number;
  to: number;
}

/**
 * What would repair a finding: the smallest correction that makes every relation
 * of its table hold (`unique`: this finding's cell — or the cell it involves — and
 * what it should hold, with the other cells that must change with it), the
 * equally small corrections between which the data cannot decide (`ambiguous`),
 * or the values that blank totals should hold, each from its printed parts (`fill`).
 */
export type Repair =
  | { kind: 'unique'; cell: CellRef; to: number; fixes: Family[]; changes: CellChange[] }
  | { kind: 'ambiguous'; options: CellChange[][] }
  | { kind: 'fill'; changes: CellChange[] };

export interface Draft {
  /** The finding code (`shape:extra-values`), registered by the rule; the rule's own id when absent. */
  rule?: string;
  table: TableId | null;
  cell: CellRef | null;
  related?: CellRef[];
  expected?: number | null;
  actual?: number | null;
  /** Message key in public/_locales/<lang>/messages.json. */
  msg: string;
  args?: Record<string, string | number>;
  where?: string | null;
  /** Tells apart findings without a cell in the finding id. */
  key?: string;
  /** A repair the rule itself can name (the analysis adds the arithmetic ones). */
  repair?: Repair;
  /** The flagged cell was left blank (or a dash): nothing was printed, it is read as 0. */
  blank?: boolean;
  /** Ids of the findings this one stands for (one cause grouped into one finding). */
  covers?: string[];
  /** Copied prose: sentences this report shares with another, each as this one and the other print it. */
  shared?: { ours: string; theirs: string }[];
  /** Where in the report the finding stands and the cells it involves (never serialised). */
  src?: Source | null;
  relatedSrc?: Source[];
  /** A finding on a whole row, column or table: the cells it marks one by one, with where each stands. */
  parts?: { cell: CellRef; src: Source }[];
  /** The finding rests on something doubtful (a report from an unrelated site): needs review, for the reason this message gives. */
  doubt?: { key: string; args?: Record<string, string | number> };
}
