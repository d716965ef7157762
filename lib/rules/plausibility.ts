/** Values the organ's level makes unlikely, unit slips, negative and fractional counts. */
import type { Draft, MappedCell, TableId } from '../model';
import { TABLES } from '../template/layout';
import { cellOf } from '../template/relations';
import { LIMITS, limitOf, rangeOf, type Quantity } from './plausibility-limits';
import { toWan } from './narrative';
import type { Rule } from './types';

const MONEY_COLS = new Set(['amount', 'amount_wan']);

function cellDraft(c: MappedCell, rule: string, msg: string, args: Record<string, string | number>, extra: Partial<Draft> = {}): Draft {
  return { rule, table: c.table, cell: { row: c.row, col: c.col }, actual: c.value, msg, args: { actual: c.value, ...args }, src: c.src, ...extra };
}

export const plausibility: Rule = {
  id: 'plausibility',
  family: 'plausibility',
  codes: {
    'plausibility:negative': { severity: 'warning', zh: '件数不能为负（“本年增/减”除外）。', en: 'A count cannot be negative (the change column aside).' },
    'plausibility:fraction': { severity: 'warning', zh: '件数应为整数。', en: 'A count is a whole number.' },
    'plausibility:magnitude': {
      severity: 'warning',
      zh: '数值应符合机关层级的常见规模（阈值见 lib/rules/plausibility-limits.ts），远超者请核实。',
      en: 'Values fit what the organ’s level makes likely (thresholds in lib/rules/plausibility-limits.ts); far larger ones are worth checking.',
    },
    'plausibility:unit': {
      severity: 'warning',
      zh: '以万元为单位的栏目填了以元计的数（对该层级机关明显过大）。',
      en: 'Yuan written in a 10k-yuan column (far too large for the organ’s level).',
    },
    'plausibility:rules-power': {
      severity: 'warning',
      zh: '规章只能由省级和设区的市级政府制定（《立法法》第九十三条），县乡机关填报规章应核实。',
      en: 'Only provinces and cities with districts make rules (规章); a county or township reporting any is worth checking.',
    },
  },
  check(m) {
    const at = (table: TableId, row: string, col: string) => cellOf(m.mapping, table, row, col);
    const out: Draft[] = [];
    for (const table of TABLES) {
      for (const c of m.mapping.tables[table].cells.values()) {
        if (c.blank || MONEY_COLS.has(c.col)) continue;
        if (c.value < 0 && c.col !== 'delta') out.push(cellDraft(c, 'plausibility:negative', 'f_plaus_negative', {}));
        else if (!Number.isInteger(c.value)) out.push(cellDraft(c, 'plausibility:fraction', 'f_plaus_fraction', {}));
      }
    }
    const level = m.level;
    if (!level) return out;
    // a government's own report adds up its departments: its range is the consolidated one, and the finding names it
    const range = rangeOf(level, m.government);
    const limit = (q: Quantity) => limitOf(q, level, range);
    // money says its units: the printed amount in the unit it was printed in, the limit in 万元
    const big = (c: MappedCell | undefined, q: Quantity, value = c?.value ?? 0, money = false) => {
      if (!c || value <= limit(q)) return;
      const units: Record<string, string | number> = money ? { actual: `${c.value} ${c.unit || '万元'}`, limit: `${limit(q)} 万元` } : { limit: limit(q) };
      out.push(cellDraft(c, 'plausibility:magnitude', 'f_plaus_magnitude', { organLevel: `@lvl_${level}`, range: `@range_${range}`, ...units }));
    };
    big(at('requests', 'new', 'total'), 'requests');
    big(at('active', 'art20_6.penalty', 'decisions'), 'penalties');
    big(at('active', 'art20_5.license', 'decisions'), 'licences');
    big(at('appeals', 'counts', 'review.total'), 'appeals');

    // money in 万元 that reads as yuan: 39800 万元 for a street office is 3.98 万元 written in 元
    const money = (c: MappedCell | undefined, q: Quantity, wanUnit: boolean) => {
      if (!c || c.blank) return;
      if (wanUnit) {
        if (c.value <= limit(q)) return;
        if (c.value / 10_000 <= limit(q)) {
          const suggested = Math.round((c.value / 10_000) * 1e6) / 1e6;
          out.push(cellDraft(c, 'plausibility:unit', 'f_plaus_unit', { organLevel: `@lvl_${level}`, suggested }, { expected: suggested, repair: { kind: 'unique', cell: { row: c.row, col: c.col }, to: suggested, fixes: [], changes: [{ row: c.row, col: c.col, from: c.value, to: suggested }] } }));
        } else big(c, q, c.value, true);
      } else big(c, q, toWan(c.value, c.unit), true);
    };
    money(at('active', 'art20_8.fees', 'amount_wan'), 'fees_wan', true);
    const proc = at('active', 'art20_9.procurement', 'amount');
    if (proc && proc.unit) money(proc, 'procurement_wan', proc.unit === '万元');

    for (const col of ['new_made', 'issued']) {
      const rules = at('active', 'art20_1.rules', col);
      if (rules && rules.value > LIMITS.rules[level]) out.push(cellDraft(rules, 'plausibility:rules-power', 'f_plaus_rules', { organLevel: `@lvl_${level}` }));
    }
    return out;
  },
};

