import type { Draft, Rule } from './types';

/** A required table or row that is not on the page; a report that is only an attachment. */
export const shapeMissing: Rule = {
  id: 'shape:missing',
  family: 'shape',
  severity: 'error',
  attachment: true,
  describe: {
    zh: '报告应包含模板的三张统计表及其全部行；缺表、缺行或只有表头时无法核对。',
    en: 'A report carries the template’s three tables with all their rows; a missing table or row cannot be checked.',
  },
  check(m) {
    if (m.recognition.attachmentOnly) {
      return [{ rule: 'shape:attachment', severity: 'warning', table: null, cell: null, msg: 'f_shape_attachment', key: 'attachment' }];
    }
    const out: Draft[] = [];
    for (const i of m.mapping.issues) {
      if (i.kind === 'missing-table') {
        out.push({ rule: 'shape:missing-table', table: i.table, cell: { row: '*', col: '*' }, msg: 'f_shape_missing_table' });
      } else if (i.kind === 'unmapped-table') {
        out.push({ rule: 'shape:unmapped-table', table: i.table, cell: { row: '*', col: '*' }, msg: 'f_shape_unmapped_table', src: i.src });
      } else if (i.kind === 'missing-row') {
        out.push({ rule: 'shape:missing-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_missing_row' });
      } else if (i.kind === 'no-data-row') {
        out.push({ rule: 'shape:no-data-row', table: i.table, cell: { row: 'counts', col: '*' }, msg: 'f_shape_no_data', src: i.src });
      }
    }
    return out;
  },
};
