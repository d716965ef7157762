import type { Draft } from '../model';
import { SECTION_TITLES } from '../template/sections';
import type { Rule } from './types';

/** The six sections are all there, once each, in order. */
export const sectionOrder: Rule = {
  id: 'section',
  family: 'section',
  codes: {
    'section:missing': {
      severity: 'warning',
      zh: '报告应包含六个部分：总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项。',
      en: 'A report has six sections: overview, proactive disclosure, requests, reviews and lawsuits, problems and improvements, other matters.',
    },
    'section:order': {
      severity: 'warning',
      zh: '六个部分应按模板顺序排列。',
      en: 'The six sections come in the template’s order.',
    },
    'section:duplicate': {
      severity: 'warning',
      zh: '每个部分只应出现一次。',
      en: 'Each section appears once.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const seen = new Map<number, number>();
    const twice = new Map<number, Draft>();
    let maxSoFar = 0;
    for (const h of m.headings) {
      if (h.section === null) continue;
      const n = h.section;
      if (seen.has(n)) {
        // one finding per section, at its second appearance, saying how often it appears in all
        const times = seen.get(n)! + 1;
        seen.set(n, times);
        const said = twice.get(n);
        if (said) Object.assign(said, { msg: 'f_section_repeated', args: { n, section: n, times } });
        else {
          const d: Draft = { rule: 'section:duplicate', table: null, cell: null, msg: 'f_section_duplicate', args: { n, section: n }, where: h.text, key: String(n), src: h.block.src };
          twice.set(n, d);
          out.push(d);
        }
        continue;
      }
      seen.set(n, 1);
      if (n < maxSoFar) {
        out.push({ rule: 'section:order', table: null, cell: null, msg: 'f_section_order', args: { n, section: n, after: maxSoFar }, where: h.text, key: String(n), src: h.block.src });
      }
      maxSoFar = Math.max(maxSoFar, n);
    }
    for (let n = 1; n <= SECTION_TITLES.length; n++) {
      if (!seen.has(n)) out.push({ rule: 'section:missing', table: null, cell: null, msg: 'f_section_missing', args: { n, section: n }, key: String(n) });
    }
    return out;
  },
};
