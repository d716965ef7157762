/** An arithmetic rule is the relations of one family, checked against the printed cells. */
import type { ReportModel } from '../page/model';
import { cellAt, expectedValue, relations, splitKey, type Relation, type RelationFamily } from '../template/relations';
import type { Draft, Rule } from './types';

/** Extra message arguments a family's message names (balance names its three inputs). */
type Args = (m: ReportModel, r: Relation) => Record<string, string | number>;

export function relationRule(def: Omit<Rule, 'check' | 'family'> & { family: RelationFamily; msg: (r: Relation) => string; args?: Args }): Rule {
  return {
    ...def,
    check(m) {
      const out: Draft[] = [];
      for (const r of relations(m)) {
        if (r.family !== def.family) continue;
        const target = cellAt(m, r.table, r.target);
        const expected = expectedValue(m, r);
        if (!target || expected === null || expected === target.value) continue;
        const related = r.related ?? r.plus;
        out.push({
          table: r.table,
          cell: splitKey(r.target),
          related: related.map(splitKey),
          expected,
          actual: target.value,
          msg: def.msg(r),
          args: { expected, actual: target.value, ...def.args?.(m, r) },
          src: target.src,
          relatedSrc: related.filter((k) => k !== r.target).map((k) => cellAt(m, r.table, k)!.src),
        });
      }
      return out;
    },
  };
}
