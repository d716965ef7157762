/** An arithmetic rule is the relations of one family, checked against the printed cells. */
import type { Draft, Mapping } from '../model';
import { cellAt, expectedValue, relations, splitKey, type Relation, type RelationFamily } from '../template/relations';
import type { Code, Rule } from './types';

/** Extra message arguments a family's message names (balance names its three inputs). */
type Args = (mapping: Mapping, r: Relation) => Record<string, string | number>;

export function relationRule(def: { family: RelationFamily; code: Code; msg: (r: Relation) => string; args?: Args }): Rule {
  return {
    id: def.family,
    family: def.family,
    codes: { [def.family]: def.code },
    check(model) {
      const mapping = model.mapping;
      const out: Draft[] = [];
      for (const r of relations(mapping)) {
        if (r.family !== def.family) continue;
        const target = cellAt(mapping, r.table, r.target);
        const expected = expectedValue(mapping, r);
        if (!target || expected === null || expected === target.value) continue;
        const related = r.related ?? r.plus;
        out.push({
          table: r.table,
          cell: splitKey(r.target),
          related: related.map(splitKey),
          expected,
          actual: target.value,
          msg: def.msg(r),
          args: { expected, actual: target.value, ...def.args?.(mapping, r) },
          src: target.src,
          relatedSrc: related.filter((k) => k !== r.target).map((k) => cellAt(mapping, r.table, k)!.src),
        });
      }
      return out;
    },
  };
}
