import { relationRule } from './relation-rule';

/** 表三: every row's 总计 equals the six applicant columns. */
export const rowTotal = relationRule({
  family: 'row-total',
  code: {
    severity: 'error',
    zh: '表三每一行的“总计”应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。',
    en: 'In table 3, each row’s total equals the six applicant columns.',
  },
  msg: () => 'f_row_total',
});
