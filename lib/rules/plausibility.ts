/** Values the organ's level makes unlikely, unit slips, negative and fractional counts. */
import { organLevel } from '../page/organ-level';
import type { MappedCell } from '../template/map';
import { TABLES } from '../template/layout';
import { LIMITS, type Quantity } from './plausibility-limits';
import { toWan } from './narrative';
import { cellOf as at, type Draft, type Rule } from './types';

const MONEY_COLS = new Set(['amount', 'amount_wan']);

function cellDraft(c: MappedCell, rule: string, msg: string, args: Record<string, string | number>, extra: Partial<Draft> = {}): Draft {
  return { rule, table: c.table, cell: { row: c.row, col: c.col }, actual: c.value, msg, args: { actual: c.value, ...args }, src: c.src, ...extra };
}

export const plausibility: Rule = {
  id: 'plausibility',
  family: 'plausibility',
  severity: 'warning',
  describe: {
    zh: '数值应符合机关层级的常见规模（阈值见 lib/rules/plausibility-limits.ts）；万元栏填了以元计的数、负数、小数件数、县乡机关填报规章等均提示核实。',
    en: 'Values fit the organ’s level (thresholds in lib/rules/plausibility-limits.ts); yuan written where 10k yuan is required, negative or fractional counts, and rules from organs without that power are flagged.',
  },
  check(m) {
    const out: Draft[] = [];
    for (const table of TABLES) {
      for (const c of m.mapping.tables[table].cells.values()) {
        if (c.blank || MONEY_COLS.has(c.col)) continue;
        if (c.value < 0 && c.col !== 'delta') out.push(cellDraft(c, 'plausibility:negative', 'f_plaus_negative', {}));
        else if (!Number.isInteger(c.value)) out.push(cellDraft(c, 'plausibility:fraction', 'f_plaus_fraction', {}));
      }
    }
    const level = organLevel(m.organ);
    if (!level) return out;
    const big = (c: MappedCell | undefined, q: Quantity, value = c?.value ?? 0) => {
      if (!c || value <= LIMITS[q][level]) return;
      out.push(cellDraft(c, 'plausibility:magnitude', 'f_plaus_magnitude', { organLevel: `@lvl_${level}`, limit: LIMITS[q][level] }));
    };
    big(at(m, 'requests', 'new', 'total'), 'requests');
    big(at(m, 'active', 'art20_6.penalty', 'decisions'), 'penalties');
    big(at(m, 'active', 'art20_5.license', 'decisions'), 'licences');
    big(at(m, 'appeals', 'counts', 'review.total'), 'appeals');

    // money in 万元 that reads as yuan: 39800 万元 for a street office is 3.98 万元 written in 元
    const money = (c: MappedCell | undefined, q: Quantity, wanUnit: boolean) => {
      if (!c || c.blank) return;
      if (wanUnit) {
        if (c.value <= LIMITS[q][level]) return;
        if (c.value / 10_000 <= LIMITS[q][level]) {
          const suggested = Math.round((c.value / 10_000) * 1e6) / 1e6;
          out.push(cellDraft(c, 'plausibility:unit', 'f_plaus_unit', { organLevel: `@lvl_${level}`, suggested }, { expected: suggested, culprit: { row: c.row, col: c.col }, suggested }));
        } else big(c, q);
      } else big(c, q, toWan(c.value, c.unit));
    };
    money(at(m, 'active', 'art20_8.fees', 'amount_wan'), 'fees_wan', true);
    const proc = at(m, 'active', 'art20_9.procurement', 'amount');
    if (proc && proc.unit) money(proc, 'procurement_wan', proc.unit === '万元');

    for (const col of ['new_made', 'issued']) {
      const rules = at(m, 'active', 'art20_1.rules', col);
      if (rules && rules.value > LIMITS.rules[level]) out.push(cellDraft(rules, 'plausibility:rules-power', 'f_plaus_rules', { organLevel: `@lvl_${level}` }));
    }
    return out;
  },
};

