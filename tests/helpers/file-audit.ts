/** Fixture files audited as the command line audits them, and their findings as keys two readings of a report compare by. */
import { readFileSync } from 'node:fs';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

/** The audit of the file at `path` under `root`; `hint` reads it as a page. */
export async function auditAt(root: URL, path: string, hint?: 'html'): Promise<ReportResult> {
  return (await auditFile(new Uint8Array(readFileSync(new URL(path, root))), path.split('/').pop()!, null, {}, null, hint)).result;
}

/** Each finding as its rule, severity, whether it needs review, its table and cell; sorted. */
export const findingKeys = (r: ReportResult): string[] =>
  r.findings.map((f) => `${f.rule} ${f.severity}${f.needsReview ? ' review' : ''} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
