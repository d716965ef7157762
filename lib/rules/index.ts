/**
 * Every rule the engine runs, in the order their findings are listed, and the
 * registry of finding codes they declare. Add a rule: add its module here.
 */
import type { Family } from '../model';
import type { Code, Rule } from './types';
import { rowTotal } from './row-total';
import { columnTotal } from './column-total';
import { subtotal } from './subtotal';
import { balance } from './balance';
import { appealTotal } from './appeal-total';
import { stock } from './stock';
import { stockItems } from './stock-items';
import { shapeValues } from './shape-values';
import { shapeMissing } from './shape-missing';
import { shapeLayout } from './shape-layout';
import { templateVersion } from './template-version';
import { sectionOrder } from './section-order';
import { sectionNumbering } from './section-numbering';
import { sectionContent } from './section-content';
import { shapeTitle } from './shape-title';
import { blankCell } from './blank-cell';
import { narrative } from './narrative';
import { narrativeSums } from './narrative-sums';
import { narrativeApplicants } from './narrative-applicants';
import { narrativeUpheld } from './narrative-upheld';
import { plausibility } from './plausibility';
import { deadline } from './deadline';
import { crossYear } from './cross-year';
import { copiedText } from './copied-text';

export const RULES: Rule[] = [
  shapeMissing,
  shapeValues,
  rowTotal,
  columnTotal,
  subtotal,
  balance,
  appealTotal,
  stock,
  stockItems,
  templateVersion,
  narrative,
  narrativeApplicants,
  narrativeUpheld,
  narrativeSums,
  plausibility,
  deadline,
  crossYear,
  copiedText,
  sectionOrder,
  sectionNumbering,
  sectionContent,
  shapeTitle,
  shapeLayout,
  blankCell,
];

/** A finding code as registered: its words, its severity, its family and the rule that gives it. */
export interface RegisteredCode extends Code {
  code: string;
  family: Family;
  rule: string;
}

/** The codes of these rules, each declared once and inside its rule's family (else the engine does not start). */
export function register(rules: Rule[]): Map<string, RegisteredCode> {
  const out = new Map<string, RegisteredCode>();
  for (const rule of rules) {
    for (const [code, c] of Object.entries(rule.codes)) {
      if (out.has(code)) throw new Error(`finding code ${code} is declared twice (${out.get(code)!.rule}, ${rule.id})`);
      if (code.split(':')[0] !== rule.family) throw new Error(`finding code ${code} is outside its rule's family ${rule.family}`);
      out.set(code, { ...c, code, family: rule.family, rule: rule.id });
    }
  }
  return out;
}

/** Every finding code, declared once. */
export const CODES: ReadonlyMap<string, RegisteredCode> = register(RULES);

export function codeOf(code: string): RegisteredCode | undefined {
  return CODES.get(code);
}

export type { Rule, Code } from './types';
