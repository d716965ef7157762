import { requestGroups } from '../template/layout';
import { cellOf, sumDraft, sumOf, type Draft, type Rule } from './types';

const ORG_COLS = ['business', 'research', 'public_interest', 'legal_service', 'other_org'];

/** Subtotals a report adds to the template (a group line, a 法人或其他组织 column) must add up. */
export const subtotal: Rule = {
  id: 'subtotal',
  family: 'subtotal',
  severity: 'error',
  describe: {
    zh: '报告自行增加的小计（如“（三）不予公开”小计行、“法人或其他组织”小计列）应等于所含各项之和。',
    en: 'Subtotals a report adds (a group line, an organisations column) equal the sum of their items.',
  },
  check(m) {
    const out: Draft[] = [];
    const t = m.mapping.tables.requests;
    for (const g of requestGroups(m.version ?? '2019')) {
      if (!g.items.length || !t.rowSrc.has(`result.${g.key}`)) continue;
      for (const col of t.cols) {
        const sub = cellOf(m, 'requests', `result.${g.key}`, col);
        const parts = g.items.map((_, i) => cellOf(m, 'requests', `result.${g.key}.${i + 1}`, col));
        const sum = sumOf(parts);
        if (sub && sum !== null && sum !== sub.value) out.push(sumDraft(sub, parts, sum, 'f_subtotal_row'));
      }
    }
    if (t.cols.includes('org_subtotal')) {
      for (const row of t.rows) {
        const sub = cellOf(m, 'requests', row, 'org_subtotal');
        const parts = ORG_COLS.map((c) => cellOf(m, 'requests', row, c));
        const sum = sumOf(parts);
        if (sub && sum !== null && sum !== sub.value) out.push(sumDraft(sub, parts, sum, 'f_subtotal_col'));
      }
    }
    return out;
  },
};
