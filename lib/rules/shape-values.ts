import { clip } from '../text/normalize';
import type { Draft, Rule } from './types';

/** A row with more or fewer values than the template has columns; a table whose columns are doubled. */
export const shapeValues: Rule = {
  id: 'shape:values',
  family: 'shape',
  severity: 'error',
  describe: {
    zh: '表格行的数值个数应与模板列数一致：多出的数值、缺少的数值、整表重复的列都会使核对失准。',
    en: 'A row carries as many values as the template has columns: extra, missing or doubled values break the checks.',
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
      } else if (i.kind === 'doubled-columns') {
        out.push({
          rule: 'shape:doubled-columns',
          table: i.table,
          cell: { row: '*', col: '*' },
          expected: i.expected,
          actual: i.expected * 2,
          msg: 'f_shape_doubled',
          args: { expected: i.expected, actual: i.expected * 2, rows: i.rows, same: i.halvesEqual ? '，两半数值相同' : '，两半数值不同' },
          src: i.src,
        });
      }
    }
    return out;
  },
};
