/**
 * A rule is data: its id, its family, the finding codes it gives — each declared
 * once with its severity and its zh/en description — and the function that checks.
 */
import type { Draft, Family, ReportModel, Severity } from '../model';

/** The families whose findings are arithmetic over cells (what the culprit and the grouping read): one definition. */
export const ARITHMETIC = new Set<Family>(['row-total', 'column-total', 'subtotal', 'balance', 'appeal-total']);

/** A finding code: how severe its findings are and what it checks, in both languages. */
export interface Code {
  severity: Severity;
  zh: string;
  en: string;
  /**
   * Its findings rest on a doubtful reading (a row the arithmetic cannot read back, a table cut by the
   * page): they go to needs review (需人工核对), apart from the verdict, the score and the badge.
   */
  review?: true;
}

export interface Rule {
  /** The rule's id: a family, or a family with a finer name (`shape:values`). */
  id: string;
  family: Family;
  /** Every code the rule's findings carry (`Draft.rule`, or the rule's id when a draft names none). */
  codes: Record<string, Code>;
  /** Runs also on a report that is only an attachment (the others need the page's own body). */
  attachment?: boolean;
  /**
   * Reads the audit's history (`m.options.history`, the organ's other years, other reports' prose): run again when a
   * report is audited again beside others. Every other rule is given the model without the history, so what it
   * found the first time stands (lib/pipeline/findings.ts).
   */
  history?: true;
  /** Rules run only on a recognised report. */
  check(m: ReportModel): Draft[];
}

/** Sums of decimals (万元) compared without floating-point noise. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The locale key of a finding family's name (`fam_row_total` for row-total, or a code's family): one definition. */
export function familyKey(ruleOrFamily: string): string {
  return `fam_${ruleOrFamily.split(':')[0]!.replace(/-/g, '_')}`;
}
