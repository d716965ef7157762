/** JSON export: the audit output of audit-output.md, validated before it leaves. */
import { AuditOutput, type ReportResult } from '../result/schema';
import { TOOL } from '../version';

export function toAuditOutput(reports: ReportResult[]): AuditOutput {
  return AuditOutput.parse({ tool: TOOL, reports });
}

export function toJson(reports: ReportResult[]): string {
  return JSON.stringify(toAuditOutput(reports), null, 2) + '\n';
}
