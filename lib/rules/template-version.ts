import { versionForYear } from '../template/version';
import type { Draft } from '../model';
import type { Rule } from './types';

/** The template version must match the report year, and the tables must not mix the two. */
export const templateVersion: Rule = {
  id: 'template-version',
  family: 'template-version',
  codes: {
    'template-version:year': {
      severity: 'warning',
      zh: '2019、2020 年度报告采用 2019 年版模板（国办公开办函〔2019〕60号），2021 年度起采用 2021 年版（国办公开办函〔2021〕30号）。',
      en: 'Reports for 2019–2020 use the 2019 template (国办公开办函〔2019〕60号), from 2021 the 2021 template (国办公开办函〔2021〕30号).',
    },
    'template-version:mixed': {
      severity: 'warning',
      zh: '2019 年版与 2021 年版模板的栏目不得混用。',
      en: 'The labels of the 2019 and 2021 templates must not be mixed.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const ev = m.mapping.evidence;
    if (ev.mixed) {
      const markers = [...ev.markers['2019'].slice(0, 2), ...ev.markers['2021'].slice(0, 2)].join('、');
      out.push({ rule: 'template-version:mixed', table: 'active', cell: null, msg: 'f_template_mixed', args: { markers }, key: 'mixed' });
    }
    const year = m.year.year;
    const hasMarkers = ev.markers['2019'].length + ev.markers['2021'].length > 0;
    // one fact, one finding: tables that mix the two are said so (naming the old template's columns they use), not
    // also as the one template the year does not take
    if (!ev.mixed && year !== null && ev.version && hasMarkers && ev.version !== versionForYear(year)) {
      out.push({
        rule: 'template-version:year',
        table: 'active',
        cell: null,
        msg: 'f_template_year',
        args: { version: ev.version, year, needed: versionForYear(year) },
        key: 'year',
      });
    }
    return out;
  },
};
