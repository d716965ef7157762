import { APPLICANT_COLS } from '../template/layout';
import { cellOf, sumDraft, sumOf, type Draft, type Rule } from './types';

/** 表三: every row's 总计 equals the six applicant columns. */
export const rowTotal: Rule = {
  id: 'row-total',
  family: 'row-total',
  severity: 'error',
  describe: {
    zh: '表三每一行的“总计”应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。',
    en: 'In table 3, each row’s total equals the six applicant columns.',
  },
  check(m) {
    const out: Draft[] = [];
    const t = m.mapping.tables.requests;
    for (const row of t.rows) {
      const total = cellOf(m, 'requests', row, 'total');
      const parts = APPLICANT_COLS.map((c) => cellOf(m, 'requests', row, c));
      const sum = sumOf(parts);
      if (total && sum !== null && sum !== total.value) out.push(sumDraft(total, parts, sum, 'f_row_total'));
    }
    return out;
  },
};
