import { clip } from '../text/normalize';
import type { Draft } from '../model';
import type { Rule } from './types';
import { REQUEST_COLS } from '../template/layout';

/** A row with more or fewer values than the template has columns; a table whose columns are doubled. */
export const shapeValues: Rule = {
  id: 'shape:values',
  family: 'shape',
  codes: {
    'shape:extra-values': {
      severity: 'error',
      zh: '表格行的数值个数多于模板列数：多出的数值使各列错位，核对按模板列读取前面的数值。',
      en: 'A row carries more values than the template has columns: the extra values shift the columns; the first ones are checked.',
    },
    'shape:missing-values': {
      severity: 'error',
      zh: '表格行的数值个数少于模板列数：缺少的列无法核对。',
      en: 'A row carries fewer values than the template has columns: the missing columns cannot be checked.',
    },
    'shape:cut-columns': {
      severity: 'warning',
      review: true,
      zh: '表格最后几列没有印出（表格宽于页面，导出时被页边裁掉）：表头和各行都缺这几列，涉及这几列的关系无法核对，请对照原件。',
      en: 'The table’s last columns are not printed (the table was wider than the page and its edge cut them): header and rows lack them; the relations they take part in cannot be checked — compare with the original.',
    },
    'shape:doubled-columns': {
      severity: 'error',
      zh: '整张表的各行数值都是模板列数的两倍（列被重复），只按前一半核对。',
      en: 'Every row of the table carries twice the template’s columns (the columns are doubled); the first half is checked.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    for (const i of m.mapping.issues) {
      if (i.kind === 'extra-values') {
        out.push({
          rule: 'shape:extra-values',
          table: i.table,
          cell: { row: i.row, col: '*' },
          expected: i.expected,
          actual: i.actual,
          msg: 'f_shape_extra',
          args: { expected: i.expected, actual: i.actual, extra: clip(i.extra.map((c) => c.text || '空').join('、'), 40) },
          src: i.extra[0]?.src ?? i.src,
          relatedSrc: [i.src],
        });
      } else if (i.kind === 'missing-values') {
        out.push({
          rule: 'shape:missing-values',
          table: i.table,
          cell: { row: i.row, col: '*' },
          expected: i.expected,
          actual: i.actual,
          msg: 'f_shape_missing',
          args: { expected: i.expected, actual: i.actual },
          src: i.src,
        });
      } else if (i.kind === 'cut-columns') {
        out.push({
          rule: 'shape:cut-columns',
          table: i.table,
          cell: { row: '*', col: i.cols[0]! },
          msg: 'f_shape_cut_columns',
          args: { cols: i.cols.map((c) => `“${REQUEST_COLS[c]?.zh ?? c}”`).join(''), n: `@count_${i.cols.length}`, rows: i.rows },
          src: i.src,
        });
      } else if (i.kind === 'doubled-columns') {
        out.push({
          rule: 'shape:doubled-columns',
          table: i.table,
          cell: { row: '*', col: '*' },
          expected: i.expected,
          actual: i.expected * 2,
          msg: 'f_shape_doubled',
          args: { expected: i.expected, actual: i.expected * 2, rows: i.rows, same: i.halvesEqual ? '@halves_same' : '@halves_differ' },
          src: i.src,
        });
      }
    }
    return out;
  },
};
