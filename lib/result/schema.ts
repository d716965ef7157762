/**
 * The audit result: one shape for the CLI, storage, popup, dashboard and every
 * export (see audit-output.md). Types are inferred from these schemas.
 */
import { z } from '../zod';
import { REVIEW_STATUSES } from './review-schema';
import type * as model from '../model';

/** The schemas describe the model's nouns exactly: a compile error here means the two drifted apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function same<A, B>(ok: Same<A, B>): void {
  void ok;
}

export const FAMILIES = [
  'row-total', 'column-total', 'subtotal', 'balance', 'appeal-total', 'stock', 'shape',
  'template-version', 'section', 'narrative', 'plausibility', 'deadline', 'blank-cell', 'cross-year', 'copied-text',
  'section-content',
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
  z.object({ kind: z.literal('fill'), changes: z.array(CellChange).max(400) }),
]);
export type Repair = z.infer<typeof Repair>;
same<Repair, model.Repair>(true);

/** An auditor's decision on a finding, as exports carry it (`open`: not reviewed). */
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;
export const FindingReview = z.object({ status: z.enum(['open', 'confirmed', 'dismissed']), note: z.string().max(2000) });
export type FindingReview = z.infer<typeof FindingReview>;

/**
 * What a finding rests on, as the report prints it: the sentence, heading or date it quotes (`text`), and
 * for a finding on a table row that row, its label and each cell under its template column (`row`).
 */
export const Evidence = z.object({
  text: z.string().max(2000).optional(),
  /** A scanned digit the OCR was unsure of, as its image (a PNG data URL): the auditor reads it with their own eyes. */
  image: z.string().max(200_000).regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/).optional(),
  row: z
    .object({
      key: z.string().min(1).max(200),
      label: z.string().max(200),
      cells: z.array(z.object({ col: z.string().min(1).max(200), text: z.string().max(200) })).max(40),
    })
    .optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Finding = z.object({
  /** Stable across runs: `family:table:row:col` for cell findings. */
  id: z.string().min(1).max(400),
  /** A family, optionally with a finer name: `shape:extra-values`. */
  rule: z.string().regex(/^[a-z-]+(?::[a-z0-9-]+)?$/).refine((r) => (FAMILIES as readonly string[]).includes(r.split(':')[0]!), 'known family'),
  severity: Severity,
  table: TableId.nullable(),
  cell: CellRef.nullable(),
  related: z.array(CellRef).max(400),
  /** Ids of the findings this one stands for: one cause that broke several relations, one table's blank cells. */
  covers: z.array(z.string().max(400)).max(400),
  expected: finite.nullable(),
  /** What the cell printed; null when it was left blank (then `blank` is true). */
  actual: finite.nullable(),
  /** The flagged cell was left blank, a dash or 无: nothing printed, read as 0. */
  blank: z.boolean(),
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
  /** What it rests on, as printed (absent from results audited before evidence was kept). */
  evidence: Evidence.optional(),
  /** Copied prose: sentences shared with the other report, as each prints them (a few, side by side). */
  shared: z.array(z.object({ ours: z.string().max(400), theirs: z.string().max(400) })).max(20).optional(),
  /** The auditor's decision, in exports of reviewed records (absent from a fresh audit). */
  review: FindingReview.optional(),
  /** It rests on a doubtful reading (需人工核对): counted apart, out of the verdict and the score. */
  needsReview: z.boolean().optional(),
  /** Why the reading is doubtful, in words (Chinese). */
  reason: z.string().max(2000).optional(),
  /** The same why as a locale key and its arguments, for words in the reader's language (absent: the code's own words). */
  reasonKey: z.string().max(100).optional(),
  reasonArgs: z.record(z.string().max(40), z.union([z.string().max(400), finite])).optional(),
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
  /** Findings the auditor dismissed, shown apart (已排除) and counted nowhere else. */
  dismissed: z.number().int().nonnegative().optional(),
  /** Findings that rest on a doubtful reading (需人工核对), counted nowhere else until the auditor confirms one. */
  review: z.number().int().nonnegative().optional(),
});
export type Counts = z.infer<typeof Counts>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const OrganLevel = z.enum(['national', 'provincial', 'municipal', 'county', 'township']);
same<z.infer<typeof OrganLevel>, model.OrganLevel>(true);

/** Where each fact about who published the report was read (`auditor`: the auditor set it). */
export const Provenance = z.object({
  organ: z.enum(['title', 'meta', 'signature', 'text', 'auditor']).nullable(),
  year: z.enum(['title', 'period', 'signature', 'text', 'auditor']).nullable(),
  level: z.enum(['name', 'auditor']).nullable(),
});
export type Provenance = z.infer<typeof Provenance>;

export const ReportResult = z.object({
  source: z.string().max(4000),
  isReport: z.boolean(),
  title: z.string().max(500).nullable(),
  organ: z.string().max(200).nullable(),
  /** The organ's level, from its own name: what is plausible and which deadline applies. */
  organLevel: OrganLevel.nullable(),
  /** A government's own (本级) report, due 31 March. */
  government: z.boolean(),
  year: z.number().int().min(1990).max(2100).nullable(),
  provenance: Provenance,
  /** The date the report is signed. */
  datedOn: isoDate.nullable(),
  /** The date the page says it was published. */
  publishedOn: isoDate.nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  tables: z.array(TableSummary),
  /** The key figures (`table/row/col` → value, null where blank): what continues across years and compares an organ's years (lib/template/figures). */
  figures: z.record(z.string().max(80), z.number().nullable()).optional(),
  /** At most MAX_FINDINGS and the finding that says how many were left out (pipeline/findings.ts). */
  findings: z.array(Finding).max(1_001),
  counts: Counts,
  /** 0–100, see lib/result/score.ts; null when there is nothing to score. */
  score: z.number().min(0).max(100).nullable(),
  verdict: Verdict,
  error: z.string().max(2000).nullable(),
  /** A report read from a file: what kind, and a PDF's pages. */
  file: z.object({ kind: z.enum(['pdf', 'docx', 'doc']), pages: z.number().int().nonnegative().nullable() }).optional(),
});
export type ReportResult = z.infer<typeof ReportResult>;

export const AuditOutput = z.object({
  tool: z.object({ name: z.literal('nianbao-audit'), version: z.string() }),
  reports: z.array(ReportResult),
  /** What each finding code cited checks (lib/rules' registry), for readers of the file. */
  codes: z.record(z.string(), z.object({ severity: Severity, zh: z.string(), en: z.string() })).optional(),
});
export type AuditOutput = z.infer<typeof AuditOutput>;
