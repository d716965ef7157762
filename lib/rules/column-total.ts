import { requestGroups } from '../template/layout';
import type { MappedCell } from '../template/map';
import type { ReportModel } from '../page/model';
import { cellOf, sumDraft, sumOf, type Draft, type Rule } from './types';

/** The rows that add up to （七）总计 in one column: each group's subtotal where printed, else its items. */
export function resultParts(m: ReportModel, col: string): (MappedCell | undefined)[] {
  const v = m.version ?? '2019';
  const parts: (MappedCell | undefined)[] = [];
  for (const g of requestGroups(v)) {
    const sub = cellOf(m, 'requests', `result.${g.key}`, col);
    if (!g.items.length || sub) parts.push(sub);
    else g.items.forEach((_, i) => parts.push(cellOf(m, 'requests', `result.${g.key}.${i + 1}`, col)));
  }
  return parts;
}

/** 表三: in every column, （七）总计 equals the sum of the result rows. */
export const columnTotal: Rule = {
  id: 'column-total',
  family: 'column-total',
  severity: 'error',
  describe: {
    zh: '表三每一列的“（七）总计”应等于（一）至（六）各项办理结果之和。',
    en: 'In table 3, each column’s results total equals the sum of the result rows (1)–(6).',
  },
  check(m) {
    const out: Draft[] = [];
    const t = m.mapping.tables.requests;
    for (const col of t.cols) {
      const total = cellOf(m, 'requests', 'result.total', col);
      const parts = resultParts(m, col);
      const sum = sumOf(parts);
      if (total && sum !== null && sum !== total.value) out.push(sumDraft(total, parts, sum, 'f_column_total'));
    }
    return out;
  },
};
