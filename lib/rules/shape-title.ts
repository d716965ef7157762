import { foldText } from '../text/normalize';
import { TITLE_YEAR } from '../page/metadata';
import type { Rule } from './types';

/**
 * A report carries a title that states its year. A formatting notice: text
 * extractions often lose the title that the page shows above the body.
 */
export const shapeTitle: Rule = {
  id: 'shape:title',
  family: 'shape',
  codes: {
    'shape:title-missing': {
      severity: 'notice',
      zh: '报告应有标题（如“2021年××政府信息公开工作年度报告”）。',
      en: 'A report has a title (such as “2021年××政府信息公开工作年度报告”).',
    },
    'shape:title-year': {
      severity: 'notice',
      zh: '报告标题应写明报告年度。',
      en: 'A report’s title states its year.',
    },
  },
  check(m) {
    if (!m.title) return [{ rule: 'shape:title-missing', table: null, cell: null, msg: 'f_section_title_missing' }];
    if (!TITLE_YEAR.test(foldText(m.title.value))) {
      return [{ rule: 'shape:title-year', table: null, cell: null, msg: 'f_section_title_year', args: { title: m.title.value }, where: m.title.value, src: m.title.src }];
    }
    return [];
  },
};
