import type { Draft } from '../model';
import type { Rule } from './types';

/** A required table or row that is not on the page; a report that is only an attachment. */
export const shapeMissing: Rule = {
  id: 'shape:missing',
  family: 'shape',
  attachment: true,
  codes: {
    'shape:missing-table': {
      severity: 'error',
      zh: '报告应包含模板的三张统计表（表二、表三、表四）；缺少的表无法核对。',
      en: 'A report carries the template’s three tables (2, 3 and 4); a missing table cannot be checked.',
    },
    'shape:unmapped-table': {
      severity: 'error',
      zh: '表格的表头在，但没有一行数据能读出（数值无法识别或不在模板位置）。',
      en: 'The table’s labels are there but no row can be read (values unreadable or out of place).',
    },
    'shape:missing-row': {
      severity: 'error',
      zh: '表格应包含模板的全部行；缺少的行无法核对，也使合计失准。',
      en: 'A table carries all of the template’s rows; a missing row cannot be checked and upsets the totals.',
    },
    'shape:merged-group': {
      severity: 'error',
      zh: '模板把该组分为若干项（如 2021 年版“（六）其他处理”分三项），报告只填了一行合计：各项无法核对。',
      en: 'The template splits this group into items (2021: other handling in three), but the report prints one line for it: the items cannot be checked.',
    },
    'shape:no-data-row': {
      severity: 'error',
      zh: '表四只有表头，没有数据行。',
      en: 'Table 4 has its header but no data row.',
    },
    'shape:no-text-layer': {
      severity: 'warning',
      zh: 'PDF 文件只有图像（扫描件），没有可读取的文字层：表格和正文无法核对，也不便公众检索和无障碍阅读。',
      en: 'The PDF holds images only (a scan) and no text layer: nothing in it can be checked, searched or read aloud.',
    },
    'shape:ocr': {
      severity: 'notice',
      zh: 'PDF 文件只有图像（扫描件），没有文字层：本次由文字识别（OCR）读出表格和正文再核对，识别不确定的数字标为需人工核对。扫描件不便公众检索和无障碍阅读。',
      en: 'The PDF holds images only (a scan), no text layer: its tables and text were read by OCR and checked; digits the OCR was unsure of are marked for review. A scan cannot be searched or read aloud.',
    },
    'shape:ocr-damaged': {
      severity: 'notice',
      zh: 'PDF 的文字层有大量字无法识别（字体没有给出字符对照，复制、检索得到乱码）：本次由文字识别（OCR）读出页面图像再核对，识别不确定的数字标为需人工核对。这样的文字层不便公众检索和无障碍阅读。',
      en: 'The PDF’s text layer leaves many characters unknown (its fonts give no character map; copied or searched text is garbled): its page images were read by OCR and checked; digits the OCR was unsure of are marked for review. Such a text layer cannot be searched or read aloud.',
    },
    'shape:damaged-text': {
      severity: 'warning',
      zh: 'PDF 的文字层有大量字无法识别（字体没有给出字符对照，复制、检索得到乱码），不便公众检索和无障碍阅读；依赖这些字的结论标为需人工核对。',
      en: 'The PDF’s text layer leaves many characters unknown (its fonts give no character map; copied or searched text is garbled), so it cannot be searched or read aloud; what rests on them is marked for review.',
    },
    'shape:attachment': {
      severity: 'warning',
      zh: '报告正文只在附件中，页面本身没有可核对的表格；请审计附件。',
      en: 'The report is only an attachment; the page holds no table to check: audit the file.',
    },
  },
  check(m) {
    if (m.recognition.scan) {
      return [{ rule: 'shape:no-text-layer', table: null, cell: null, msg: 'f_shape_no_text', args: { pages: m.meta.scan?.pages ?? 0 }, key: 'scan' }];
    }
    const read: Draft[] = [];
    const { ocr, damaged } = m.meta;
    if (ocr && damaged) read.push({ rule: 'shape:ocr-damaged', table: null, cell: null, msg: 'f_shape_ocr_damaged', args: { pages: ocr.pages, doubts: ocr.doubts.length, ...damaged }, key: 'ocr' });
    else if (ocr) read.push({ rule: 'shape:ocr', table: null, cell: null, msg: 'f_shape_ocr', args: { pages: ocr.pages, doubts: ocr.doubts.length }, key: 'ocr' });
    else if (damaged) read.push({ rule: 'shape:damaged-text', table: null, cell: null, msg: 'f_shape_damaged_text', args: { ...damaged }, key: 'damaged' });
    if (m.recognition.attachmentOnly) {
      return [{ rule: 'shape:attachment', table: null, cell: null, msg: 'f_shape_attachment', key: 'attachment' }];
    }
    const out: Draft[] = read;
    for (const i of m.mapping.issues) {
      if (i.kind === 'missing-table') {
        out.push({ rule: 'shape:missing-table', table: i.table, cell: { row: '*', col: '*' }, msg: 'f_shape_missing_table' });
      } else if (i.kind === 'unmapped-table') {
        // values printed that no row label names: the engine's reading failed as much as the table may have
        out.push({ rule: 'shape:unmapped-table', table: i.table, cell: { row: '*', col: '*' }, msg: 'f_shape_unmapped_table', src: i.src, ...(i.unread ? { doubt: { key: 'review_unmapped_values' } } : {}) });
      } else if (i.kind === 'merged-group') {
        out.push({ rule: 'shape:merged-group', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_merged_group', args: { items: i.items }, src: i.src });
      } else if (i.kind === 'missing-row') {
        out.push({ rule: 'shape:missing-row', table: i.table, cell: { row: i.row, col: '*' }, msg: 'f_shape_missing_row' });
      } else if (i.kind === 'no-data-row') {
        out.push({ rule: 'shape:no-data-row', table: i.table, cell: { row: 'counts', col: '*' }, msg: 'f_shape_no_data', src: i.src });
      }
    }
    return out;
  },
};
