/** Fixture files audited as the command line audits them, and their findings as keys two readings of a report compare by. */
import { readFileSync } from 'node:fs';
import { auditFile } from '../../lib/node';
import type { TableId } from '../../lib/model';
import type { Audit } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';

/** The audit of the file at `path` under `root`; `hint` reads it as a page. */
export async function auditAt(root: URL, path: string, hint?: 'html'): Promise<ReportResult> {
  return (await auditWholeAt(root, path, hint)).result;
}

/** The whole audit of the file at `path` under `root` (its model too). */
export function auditWholeAt(root: URL, path: string, hint?: 'html'): Promise<Audit> {
  return auditFile(new Uint8Array(readFileSync(new URL(path, root))), path.split('/').pop()!, null, {}, null, hint);
}

/** Every cell a table of an audit's mapping holds, by row/column: its value, or '' for a blank. */
export function cellsOf(a: Audit, table: TableId): Map<string, number | ''> {
  const out = new Map<string, number | ''>();
  for (const [k, c] of a.model?.mapping.tables[table].cells ?? []) out.set(k, c.blank ? '' : c.value!);
  return out;
}

/** Each finding as its rule, severity, whether it needs review, its table and cell; sorted. */
export const findingKeys = (r: ReportResult): string[] =>
  r.findings.map((f) => `${f.rule} ${f.severity}${f.needsReview ? ' review' : ''} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
