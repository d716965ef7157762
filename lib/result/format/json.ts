/** JSON export: the audit output of audit-output.md, validated before it leaves, citing the codes it uses. */
import { emptyResult } from '../empty';
import { bounded } from '../limits';
import { AuditOutput, ReportResult } from '../schema';
import { codeOf } from '../../rules';
import { TOOL } from '../../version';

/** The codes the reports' findings cite, each with its severity and words. */
function codesOf(reports: ReportResult[]): AuditOutput['codes'] {
  const codes: AuditOutput['codes'] = {};
  for (const r of reports) {
    for (const f of r.findings) {
      const c = codeOf(f.rule);
      if (c && !codes[f.rule]) codes[f.rule] = { severity: c.severity, zh: c.zh, en: c.en };
    }
  }
  return codes;
}

export function toAuditOutput(reports: ReportResult[]): AuditOutput {
  return AuditOutput.parse({ tool: TOOL, reports, codes: codesOf(reports) });
}

/** The output without its reports, validated as the whole is. */
const Envelope = AuditOutput.omit({ reports: true });
const REPORTS = '"reports": []';
/** A report inside `{ reports: [report] }` as JSON.stringify(…, null, 2) sets it: two levels in, as in the whole output. */
const BEFORE = '{\n  "reports": [\n    ';
const AFTER = '\n  ]\n}';

/**
 * The JSON export in parts, each report validated and written on its own: the text of toJson, without the whole
 * output validated as one copy and written as one string (a region's thousand reports make 20 MB of JSON).
 */
export function* jsonParts(reports: ReportResult[]): Generator<string> {
  const { tool, codes } = Envelope.parse({ tool: TOOL, codes: codesOf(reports) });
  const head = JSON.stringify({ tool, reports: [], codes }, null, 2);
  const at = head.indexOf(REPORTS);
  if (!reports.length) {
    yield head + '\n';
    return;
  }
  yield `${head.slice(0, at)}"reports": [`;
  for (let i = 0; i < reports.length; i++) {
    // the array's items as JSON.stringify sets them: each on its own lines, indented two levels
    const one = JSON.stringify({ reports: [valid(reports[i]!)] }, null, 2);
    yield (i ? ',\n    ' : '\n    ') + one.slice(BEFORE.length, one.length - AFTER.length);
  }
  yield `\n  ]${head.slice(at + REPORTS.length)}\n`;
}

/**
 * A report as the schema has it; one that fails it (an engine defect, never the page's fault) is written as a report
 * that could not be audited, saying which field, and the export goes on with the others.
 */
function valid(r: ReportResult): ReportResult {
  const ok = ReportResult.safeParse(r);
  if (ok.success) return ok.data;
  const field = ok.error.issues[0]?.path.join('.') ?? '';
  return ReportResult.parse(emptyResult(String(r.source).slice(0, 4000), bounded(`审计结果未通过格式校验（${field}），未写出`)));
}

export function toJson(reports: ReportResult[]): string {
  return [...jsonParts(reports)].join('');
}
