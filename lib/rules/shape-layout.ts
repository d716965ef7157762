import { clip } from '../text/normalize';
import type { Draft } from '../model';
import type { Rule } from './types';

/** Formatting departures that the engine reads through: cut headers, added rows, added subtotals. */
export const shapeLayout: Rule = {
  id: 'shape:layout',
  family: 'shape',
  codes: {
    'shape:cut-header': {
      severity: 'notice',
      zh: '表头文字被截断（如“本年新”）：按所在位置读取，但与模板格式不符。',
      en: 'A header is cut short (such as 本年新): read by its position, but not the template’s format.',
    },
    'shape:subtotal-row': {
      severity: 'notice',
      zh: '表格增加了模板没有的小计行：已核对其小计，但与模板格式不符。',
      en: 'The table adds a subtotal row the template lacks: its sum is checked, but it is not the template’s format.',
    },
    'shape:subtotal-column': {
      severity: 'notice',
      zh: '表三增加了模板没有的“法人或其他组织”小计列：已核对其小计，但与模板格式不符。',
      en: 'Table 3 adds an organisations subtotal column the template lacks: its sum is checked, but it is not the template’s format.',
    },
    'shape:extra-row': {
      severity: 'notice',
      zh: '表格增加了模板没有的行：按所在栏目核对，但与模板格式不符。',
      en: 'The table adds a row the template lacks: it is checked like its group, but it is not the template’s format.',
    },
    'shape:run-together': {
      severity: 'notice',
      zh: '表格的单元格在转为文字时连在一起（如“行政规范性文件8855698”）：已按各行的列数和模板的勾稽关系分开；靠勾稽关系分开的数字必然满足这些关系。',
      en: 'The table’s cells ran together when the page became text (行政规范性文件8855698): they were told apart by each row’s column count and the template’s arithmetic; figures told apart by the arithmetic satisfy it by construction.',
    },
    'shape:run-together-undecided': {
      severity: 'warning',
      review: true,
      zh: '表格的单元格连在一起，有的行无法确定如何分开（列数和勾稽关系都不能唯一确定）：这些行未核对，请对照原文。',
      en: 'The table’s cells ran together and some rows cannot be told apart (neither the column count nor the arithmetic decides): those rows are not checked; compare with the original.',
    },
    'shape:collapsed-rows': {
      severity: 'notice',
      zh: '文本合并了相同的相邻行（如“1 0 0 0 0 0 1”成了“1 0 1”，全为 0 的行只剩一个 0）：已按列数和勾稽关系还原这些行。',
      en: 'The text merged runs of identical lines (1 0 0 0 0 0 1 reads 1 0 1, an all-zero row a single 0): those rows were read back by the column count and the arithmetic.',
    },
    'shape:unreadable-rows': {
      severity: 'warning',
      review: true,
      zh: '表格有的行数值个数与模板列数不符，且无法由列数和勾稽关系确定各数值所在的列（可能是转为文本时合并了相同的行或丢失了空白单元格）：这些行未核对，请对照原文。',
      en: 'Some rows carry fewer values than the template has columns and neither the column count nor the arithmetic tells which column each belongs to (the text may have merged identical lines or lost blank cells): those rows are not checked; compare with the original.',
    },
    'shape:too-large': {
      severity: 'warning',
      zh: '内容远超一篇年报（数万行、数千行的表格）：只读取了开头部分，其余未核对。',
      en: 'The input is far larger than any report (tens of thousands of lines, tables of thousands of rows): only its beginning was read; the rest is not checked.',
    },
    'shape:too-many-findings': {
      severity: 'warning',
      zh: '问题超过一千条（只有刻意构造的文件才会如此）：只列出最严重的一千条，其余未列出。',
      en: 'More than a thousand findings (only a crafted file gives so many): the thousand most severe are listed, the rest are not.',
    },
    'shape:duplicate-row': {
      severity: 'notice',
      zh: '同一行出现两次：只核对第一次。',
      en: 'A row is printed twice: the first is checked.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    // bounded work: what was not read is said
    if (m.meta.cut) out.push({ rule: 'shape:too-large', table: null, cell: null, msg: m.meta.cut.what === 'lines' ? 'f_too_many_lines' : 'f_page_too_large', args: { kept: m.meta.cut.kept }, key: m.meta.cut.what });
    m.tables.forEach((t, i) => {
      if (t.cut) out.push({ rule: 'shape:too-large', table: null, cell: null, msg: 'f_table_too_large', args: { rows: t.cut, kept: t.rows.length }, key: `table-${i + 1}`, src: t.src });
    });
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
        case 'run-together': {
          // one needs-review finding per table, with the rows as they were read
          const rows = clip(i.undecided.map((u) => `${u.label}「${u.digits}」`).join('、'), 300);
          const collapsed = i.undecided.some((u) => u.how === 'collapsed');
          if (i.undecided.length) {
            const args = { n: i.undecided.length, told: i.told + i.widened, rows };
            out.push({ rule: collapsed ? 'shape:unreadable-rows' : 'shape:run-together-undecided', table: i.table, cell: null, msg: collapsed ? 'f_shape_unreadable_rows' : 'f_shape_run_undecided', args, src: i.src });
          } else if (i.told) out.push({ rule: 'shape:run-together', table: i.table, cell: null, msg: 'f_shape_run_together', args: { told: i.told }, src: i.src });
          if (i.widened && !i.undecided.length) out.push({ rule: 'shape:collapsed-rows', table: i.table, cell: null, msg: 'f_shape_collapsed_rows', args: { n: i.widened }, src: i.src });
          break;
        }
        case 'duplicate-row':
          out.push({ rule: 'shape:duplicate-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_duplicate_row', src: i.src, key: 'dup' });
          break;
      }
    }
    return out;
  },
};
