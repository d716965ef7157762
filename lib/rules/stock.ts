import type { Draft } from '../model';
import { cellOf } from '../template/relations';
import type { Rule } from './types';

/** 表二 (2019): 对外公开总数量 cannot be less than 本年新公开数量. */
export const stock: Rule = {
  id: 'stock',
  family: 'stock',
  codes: {
    stock: {
      severity: 'error',
      zh: '表二（2019 年版）“对外公开总数量”不应小于“本年新公开数量”。',
      en: 'Table 2 (2019): the total published cannot be less than the number published this year.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const t = m.mapping.tables.active;
    for (const row of t.rows) {
      const total = cellOf(m.mapping, 'active', row, 'total_published');
      const pub = cellOf(m.mapping, 'active', row, 'new_published');
      if (!total || !pub || total.value >= pub.value) continue;
      out.push({
        table: 'active',
        cell: { row, col: 'total_published' },
        related: [{ row, col: 'new_published' }],
        expected: pub.value,
        actual: total.value,
        msg: 'f_stock',
        args: { expected: pub.value, actual: total.value },
        src: total.src,
        relatedSrc: [pub.src],
      });
    }
    return out;
  },
};
