import { foldText } from '../text/normalize';
import type { Rule } from './types';

/** A report carries a title that states its year. */
export const sectionTitle: Rule = {
  id: 'section:title',
  family: 'section',
  severity: 'warning',
  describe: {
    zh: '报告应有标题，并在标题中写明报告年度（如“2021年××政府信息公开工作年度报告”）。',
    en: 'A report has a title that states its year.',
  },
  check(m) {
    if (!m.title) return [{ table: null, cell: null, msg: 'f_section_title_missing', key: 'missing' }];
    if (!/\d{4}\s*年|[〇零一二三四五六七八九]{4}年/.test(foldText(m.title.value))) {
      return [{ table: null, cell: null, msg: 'f_section_title_year', args: { title: m.title.value }, where: m.title.value, key: 'year', src: m.title.src }];
    }
    return [];
  },
};
