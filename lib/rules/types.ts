/** A rule is data: id, family, severity, descriptions, and the function that checks. */
import type { Source } from '../grid/types';
import type { ReportModel } from '../page/model';
import type { MappedCell } from '../template/map';
import { cellAt } from '../template/relations';
import type { TableId } from '../template/layout';
import type { CellRef, Family, Severity } from '../result/schema';

export interface Draft {
  /** A finer rule id (`shape:extra-values`); the rule's own id when absent. */
  rule?: string;
  severity?: Severity;
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
  /** A cell the rule itself can name as wrong, and the value it likely meant. */
  culprit?: CellRef;
  suggested?: number;
  /** Where on the page the finding stands and the cells it involves (never serialised). */
  src?: Source | null;
  relatedSrc?: Source[];
}

export interface Rule {
  id: string;
  family: Family;
  severity: Severity;
  describe: { zh: string; en: string };
  /** Runs also on a report that is only an attachment (the others need the page's own body). */
  attachment?: boolean;
  /** Rules run only on a recognised report. */
  check(m: ReportModel): Draft[];
}

/** Reading a mapped cell by its row and column (relations.ts reads by `row/col` key). */
export function cellOf(m: ReportModel, table: TableId, row: string, col: string): MappedCell | undefined {
  return cellAt(m, table, `${row}/${col}`);
}

/** Sums of decimals (万元) compared without floating-point noise. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
