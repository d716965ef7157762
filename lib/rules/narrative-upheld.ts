/**
 * What the text says became of the reviews and lawsuits, against 表四: a statement that every one of them was upheld
 * (「信息公开类行政复议7件，诉讼9件，均获维持」; real: 上海市人民政府办公厅 2019) while 表四 prints other results for them
 * (结果纠正, 其他结果, 尚未审结). Not where the statement speaks of the concluded ones only (已审结的…均维持), nor where
 * 表四 prints no case of that kind (the count is narrative's finding, or the table's).
 */
import type { Draft, MappedCell } from '../model';
import { clip } from '../text/normalize';
import { statements } from '../text/sentences';
import { cellOf } from '../template/relations';
import type { Rule } from './types';

/** 均获维持, 全部维持, 都被维持, 均为维持, 均维持原行政行为. */
const ALL_UPHELD = /(?:均|全部|都)(?:获|被|予以|得到|为|已)?(?:法院|复议机关)?(?:判决|决定)?维持/;
/** Said of the concluded cases only (已审结的均获维持, 审结案件均维持). */
const CONCLUDED_ONLY = /已审结|审结的|审结案件|已结案|结案的|已办结的|已判决/;
/** Results other than 维持. */
const NOT_UPHELD = ['corrected', 'other', 'pending'];

export const narrativeUpheld: Rule = {
  id: 'narrative:upheld',
  family: 'narrative',
  codes: {
    'narrative:upheld': {
      severity: 'warning',
      zh: '正文称行政复议、行政诉讼均获维持的，表四相应各项不应有结果纠正、其他结果或尚未审结。',
      en: 'Where the text says every review or lawsuit was upheld, table 4 shows none corrected, with another result, or pending.',
    },
  },
  check(m) {
    for (const s of statements(m.prose)) {
      const t = s.text.replace(/\s+/g, '');
      if (!ALL_UPHELD.test(t) || CONCLUDED_ONLY.test(t)) continue;
      const groups = [...(/复议/.test(t) ? ['review'] : []), ...(/诉讼/.test(t) ? ['suit_direct', 'suit_after_review'] : [])];
      const cells = groups.flatMap((g) => NOT_UPHELD.map((p) => cellOf(m.mapping, 'appeals', 'counts', `${g}.${p}`)));
      if (!cells.every((c): c is MappedCell => !!c)) continue;
      const other = cells.filter((c) => c.value > 0);
      if (!other.length) continue;
      const [first, ...rest] = other as [MappedCell, ...MappedCell[]];
      const d: Draft = {
        rule: 'narrative:upheld',
        table: 'appeals',
        cell: { row: first.row, col: first.col },
        related: rest.map((c) => ({ row: c.row, col: c.col })),
        expected: null,
        actual: first.value,
        msg: 'f_narrative_upheld',
        args: { n: other.reduce((n, c) => n + c.value, 0), quote: clip(s.text, 60) },
        where: clip(s.text, 120),
        src: first.src,
        relatedSrc: [s.src, ...rest.map((c) => c.src)],
      };
      // one statement says it once
      return [d];
    }
    return [];
  },
};
