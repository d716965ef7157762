import type { Draft } from '../model';
import { cellOf } from '../template/relations';
import { round, type Rule } from './types';

/** 表二 (2019): 本年增/减 may be negative, but 上一年项目数量 + 本年增/减 may not. */
export const stockItems: Rule = {
  id: 'stock:items',
  family: 'stock',
  codes: {
    'stock:items': {
      severity: 'warning',
      zh: '表二（2019 年版）“本年增/减”可以为负，但“上一年项目数量”加“本年增/减”不能为负。',
      en: 'Table 2 (2019): the change may be negative, but items last year plus the change may not.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    for (const row of m.mapping.tables.active.rows) {
      const prev = cellOf(m.mapping, 'active', row, 'prev_items');
      const delta = cellOf(m.mapping, 'active', row, 'delta');
      if (!prev || !delta) continue;
      const now = round(prev.value + delta.value);
      if (now >= 0) continue;
      out.push({
        table: 'active',
        cell: { row, col: 'delta' },
        related: [{ row, col: 'prev_items' }],
        expected: null,
        actual: now,
        msg: 'f_stock_items',
        args: { prev: prev.value, delta: delta.value, actual: now },
        src: delta.src,
        relatedSrc: [prev.src],
      });
    }
    return out;
  },
};
