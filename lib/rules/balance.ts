import { cellAt } from '../template/relations';
import { relationRule } from './relation-rule';

/** 表三 勾稽关系: 一 + 二 = 三 + 四 in every column. */
export const balance = relationRule({
  family: 'balance',
  code: {
    severity: 'error',
    zh: '表三勾稽关系：每一列“本年新收”加“上年结转”应等于“办理结果总计”加“结转下年度继续办理”。',
    en: 'Table 3 balance: in each column, new + carried in = results total + carried over.',
  },
  msg: () => 'f_balance',
  args: (mapping, r) => ({
    new: cellAt(mapping, r.table, r.plus[0]!)!.value,
    carriedIn: cellAt(mapping, r.table, r.plus[1]!)!.value,
    carriedOut: cellAt(mapping, r.table, r.minus[0]!)!.value,
  }),
});
