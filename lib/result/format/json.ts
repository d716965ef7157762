/** JSON export: the audit output of audit-output.md, validated before it leaves, citing the codes it uses. */
import { AuditOutput, type ReportResult } from '../schema';
import { codeOf } from '../../rules';
import { TOOL } from '../../version';

export function toAuditOutput(reports: ReportResult[]): AuditOutput {
  const codes: AuditOutput['codes'] = {};
  for (const r of reports) {
    for (const f of r.findings) {
      const c = codeOf(f.rule);
      if (c && !codes[f.rule]) codes[f.rule] = { severity: c.severity, zh: c.zh, en: c.en };
    }
  }
  return AuditOutput.parse({ tool: TOOL, reports, codes });
}

export function toJson(reports: ReportResult[]): string {
  return JSON.stringify(toAuditOutput(reports), null, 2) + '\n';
}
