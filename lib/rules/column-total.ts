import { relationRule } from './relation-rule';

/** 表三: in every column, （七）总计 equals the sum of the result rows. */
export const columnTotal = relationRule({
  family: 'column-total',
  code: {
    severity: 'error',
    zh: '表三每一列的“（七）总计”应等于（一）至（六）各项办理结果之和（某组印有小计时以小计代替其各项）。',
    en: 'In table 3, each column’s results total equals the sum of the result rows (1)–(6).',
  },
  msg: () => 'f_column_total',
});
