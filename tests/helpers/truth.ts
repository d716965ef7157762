/**
 * Hand labels of real reports (tests/fixtures/real/<set>/truth.json) matched against an audit the way
 * ../shared/real-samples/score.mjs matches them: an expected finding by its family and, where named, its
 * table, row and column (a grouped finding by the ids it covers).
 */
import type { Finding } from '../../lib/result/schema';

export interface Expected {
  family: string | string[];
  table?: string;
  row?: string;
  col?: string;
}

export interface Truth {
  file: string;
  isReport: boolean;
  template?: string;
  year?: number;
  organ?: string;
  expected: Expected[];
  fpFamilies?: string[];
  note: string;
}

const fam = (f: Finding) => f.rule.split(':')[0]!;

/** Whether a finding is the one a label expects. */
export function matches(e: Expected, f: Finding): boolean {
  const fams = ([] as string[]).concat(e.family);
  if (e.table && e.row && f.covers.some((id) => fams.some((fm) => (fm === 'balance' ? id.startsWith(`balance:${e.table}:`) && id.endsWith(`:${e.col}`) : id === `${fm}:${e.table}:${e.row}:${e.col}`)))) return true;
  if (!fams.includes(fam(f))) return false;
  if (!e.table) return true;
  if (f.table && f.table !== e.table) return false;
  if (fams.includes('narrative') || !e.row) return true;
  const c = f.cell ?? { row: '', col: '' };
  if (e.family === 'balance') return c.col === e.col || f.related.some((x) => x.col === e.col);
  return (c.row === e.row && c.col === e.col) || f.related.some((x) => x.row === e.row && x.col === e.col);
}

/** A finding a table-level or cell-level label stands for (a column's several findings of one family). */
export function coveredBy(e: Expected, f: Finding): boolean {
  const fams = ([] as string[]).concat(e.family);
  if (!fams.includes(fam(f)) || (e.table && f.table !== e.table)) return false;
  if (!e.row) return true;
  return ['balance', 'column-total', 'row-total'].includes(fam(f)) && (f.cell?.col === e.col || f.cell?.row === e.row);
}
