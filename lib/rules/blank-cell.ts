import type { Draft } from '../model';
import { TABLES } from '../template/layout';
import type { Rule } from './types';

/** A data cell left empty or filled with a dash is read as 0, and said so. */
export const blankCell: Rule = {
  id: 'blank-cell',
  family: 'blank-cell',
  codes: {
    'blank-cell': {
      severity: 'notice',
      zh: '数据单元格应填写数字（没有的填 0）；空白、“—”、“/”、“无”按 0 计算并提示。',
      en: 'Data cells hold numbers (0 for none); blanks, dashes and 无 are counted as 0 and noted.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    for (const table of TABLES) {
      for (const c of m.mapping.tables[table].cells.values()) {
        if (!c.blank) continue;
        out.push({ table, cell: { row: c.row, col: c.col }, actual: 0, msg: 'f_blank_cell', args: { raw: c.raw.trim() || '空白' }, src: c.src });
      }
    }
    return out;
  },
};
