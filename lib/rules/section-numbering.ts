import { CN_NUMERALS, clip } from '../text/normalize';
import type { Draft } from '../model';
import type { Rule } from './types';

/** Section headings are numbered 一 to 六 as the template numbers them, without restarting. */
export const sectionNumbering: Rule = {
  id: 'section:numbering',
  family: 'section',
  codes: {
    'section:numbering': {
      severity: 'warning',
      zh: '六个部分的标题应按模板编号为一至六；编号错位或重新从“一、”开始，读者无法按模板核对。',
      en: 'Section headings are numbered one to six as in the template, without skipping or restarting.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    let last = 0;
    for (const h of m.headings) {
      if (h.printed === null) continue;
      const printed = CN_NUMERALS[h.printed] ?? String(h.printed);
      if (h.section !== null) {
        if (h.printed !== h.section) {
          out.push({ msg: 'f_section_numbering', table: null, cell: null, args: { text: clip(h.text, 30), printed, needed: CN_NUMERALS[h.section]! }, where: h.text, key: clip(h.text, 30), src: h.block.src });
        }
        last = h.section;
      } else if (h.printed <= last) {
        out.push({ msg: 'f_section_restart', table: null, cell: null, args: { text: clip(h.text, 30), printed }, where: h.text, key: clip(h.text, 30), src: h.block.src });
      }
    }
    return out;
  },
};
