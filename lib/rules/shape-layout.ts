import { clip } from '../text/normalize';
import type { Draft, Rule } from './types';

/** Formatting departures that the engine reads through: cut headers, added rows, added subtotals. */
export const shapeLayout: Rule = {
  id: 'shape:layout',
  family: 'shape',
  severity: 'notice',
  describe: {
    zh: '表头被截断、增加模板没有的行或小计、重复的行：不影响核对，但与模板格式不符。',
    en: 'Cut headers, rows or subtotals the template lacks, repeated rows: read through, but not the template’s format.',
  },
  check(m) {
    const out: Draft[] = [];
    for (const i of m.mapping.issues) {
      switch (i.kind) {
        case 'cut-header':
          out.push({ rule: 'shape:cut-header', table: i.table, cell: { row: 'header', col: i.col }, msg: 'f_shape_cut_header', args: { label: clip(i.label), fullCol: i.col }, src: i.src });
          break;
        case 'subtotal-row':
          out.push({ rule: 'shape:subtotal-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_subtotal_row', src: i.src });
          break;
        case 'subtotal-column':
          out.push({ rule: 'shape:subtotal-column', table: i.table, cell: { row: '*', col: 'org_subtotal' }, msg: 'f_shape_subtotal_col', src: i.src });
          break;
        case 'extra-row':
          out.push({ rule: 'shape:extra-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_extra_row', args: { label: clip(i.label) }, src: i.src });
          break;
        case 'duplicate-row':
          out.push({ rule: 'shape:duplicate-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_duplicate_row', src: i.src, key: 'dup' });
          break;
      }
    }
    return out;
  },
};
