/** Every rule the engine runs, in the order their findings are listed. Add a rule: add its module here. */
import type { Rule } from './types';
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
import { shapeTitle } from './shape-title';
import { blankCell } from './blank-cell';
import { narrative } from './narrative';
import { narrativeSums } from './narrative-sums';
import { plausibility } from './plausibility';
import { deadline } from './deadline';

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
  narrativeSums,
  plausibility,
  deadline,
  sectionOrder,
  sectionNumbering,
  shapeTitle,
  shapeLayout,
  blankCell,
];

export type { Rule, Draft } from './types';
