/**
 * The audit result: one shape for the CLI, storage, popup, dashboard and every
 * export (see audit-output.md). Types are inferred from these schemas.
 */
import { z } from '../zod';
import type * as model from '../model';

/** The schemas describe the model's nouns exactly: a compile error here means the two drifted apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function same<A, B>(ok: Same<A, B>): void {
  void ok;
}

export const FAMILIES = [
  'row-total', 'column-total', 'subtotal', 'balance', 'appeal-total', 'stock', 'shape',
  'template-version', 'section', 'narrative', 'plausibility', 'deadline', 'blank-cell',
] as const;
export const Family = z.enum(FAMILIES);
export type Family = z.infer<typeof Family>;
same<Family, model.Family>(true);

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;
same<Severity, model.Severity>(true);

export const TableId = z.enum(['active', 'requests', 'appeals']);
same<z.infer<typeof TableId>, model.TableId>(true);

export const CellRef = z.object({ row: z.string().min(1).max(200), col: z.string().min(1).max(200) });
export type CellRef = z.infer<typeof CellRef>;

const finite = z.number().refine(Number.isFinite, 'finite number');

export const CellChange = z.object({ row: z.string().min(1).max(200), col: z.string().min(1).max(200), from: finite, to: finite });

/** The correction that would repair a finding (see lib/model/finding.ts). */
export const Repair = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unique'), cell: CellRef, to: finite, fixes: z.array(Family).max(20), changes: z.array(CellChange).max(20) }),
  z.object({ kind: z.literal('ambiguous'), options: z.array(z.array(CellChange).max(20)).max(10) }),
]);
export type Repair = z.infer<typeof Repair>;
same<Repair, model.Repair>(true);

export const Finding = z.object({
  /** Stable across runs: `family:table:row:col` for cell findings. */
  id: z.string().min(1).max(400),
  /** A family, optionally with a finer name: `shape:extra-values`. */
  rule: z.string().regex(/^[a-z-]+(?::[a-z0-9-]+)?$/).refine((r) => (FAMILIES as readonly string[]).includes(r.split(':')[0]!), 'known family'),
  severity: Severity,
  table: TableId.nullable(),
  cell: CellRef.nullable(),
  related: z.array(CellRef).max(200),
  expected: finite.nullable(),
  actual: finite.nullable(),
  /** Chinese, short: what was printed and what the arithmetic needs. */
  message: z.string().max(2000),
  /** The heading, sentence or date a finding without a cell is about. */
  where: z.string().max(2000).nullable(),
  /** Message key in the locale files and its arguments, for the other locales. */
  msg: z.string().max(100),
  args: z.record(z.string(), z.union([z.string().max(2000), finite])),
  /** The correction that would repair it, or the corrections between which the data cannot decide. */
  repair: Repair.nullable(),
  /** The likely wrong cell and the value that would make every relation hold (the unique repair's cell). */
  culprit: CellRef.nullable(),
  suggested: finite.nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const TableSummary = z.object({
  table: TableId,
  found: z.boolean(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
});

export const Verdict = z.enum(['pass', 'warn', 'fail', 'not-report', 'error']);
export type Verdict = z.infer<typeof Verdict>;

export const Counts = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  notice: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof Counts>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ReportResult = z.object({
  source: z.string().max(4000),
  isReport: z.boolean(),
  title: z.string().max(500).nullable(),
  organ: z.string().max(200).nullable(),
  year: z.number().int().min(1990).max(2100).nullable(),
  /** The date the report is signed. */
  datedOn: isoDate.nullable(),
  /** The date the page says it was published. */
  publishedOn: isoDate.nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  tables: z.array(TableSummary),
  findings: z.array(Finding),
  counts: Counts,
  /** 0–100, see lib/result/score.ts; null when there is nothing to score. */
  score: z.number().min(0).max(100).nullable(),
  verdict: Verdict,
  error: z.string().max(2000).nullable(),
});
export type ReportResult = z.infer<typeof ReportResult>;

export const AuditOutput = z.object({
  tool: z.object({ name: z.literal('nianbao-audit'), version: z.string() }),
  reports: z.array(ReportResult),
  /** What each finding code cited checks (lib/rules' registry), for readers of the file. */
  codes: z.record(z.string(), z.object({ severity: Severity, zh: z.string(), en: z.string() })).optional(),
});
export type AuditOutput = z.infer<typeof AuditOutput>;
