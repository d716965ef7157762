import { relationRule } from './relation-rule';

/** Subtotals a report adds to the template (a group line, a 法人或其他组织 column) must add up. */
export const subtotal = relationRule({
  family: 'subtotal',
  code: {
    severity: 'error',
    zh: '报告自行增加的小计（如“（三）不予公开”小计行、“法人或其他组织”小计列）应等于所含各项之和。',
    en: 'Subtotals a report adds (a group line, an organisations column) equal the sum of their items.',
  },
  msg: (r) => (r.target.endsWith('/org_subtotal') ? 'f_subtotal_col' : 'f_subtotal_row'),
});
