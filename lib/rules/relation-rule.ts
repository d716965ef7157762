/**
 * An arithmetic rule is the relations of one family, checked against the printed
 * cells. Blank cells (empty, a dash, 无) are read as 0 to tell whether a relation
 * holds, but no advice is computed from them: a total whose parts are all blank
 * cannot be checked (said as such); a blank total is checked against printed parts
 * only (it then says what it should hold, from what was printed); a printed total
 * that disagrees with parts some of which are blank says that either the blanks or
 * the total must change, and names no value.
 */
import type { Draft, Mapping } from '../model';
import { cellAt, checkable, expectedValue, relations, splitKey, type Relation, type RelationFamily } from '../template/relations';
import type { Code, Rule } from './types';
import { familyKey } from './types';

/** Extra message arguments a family's message names (balance names its three inputs). */
type Args = (mapping: Mapping, r: Relation) => Record<string, string | number>;

export function relationRule(def: { family: RelationFamily; code: Code; msg: (r: Relation) => string; args?: Args }): Rule {
  const f = def.family;
  return {
    id: f,
    family: f,
    codes: {
      [f]: def.code,
      [`${f}:blank`]: {
        severity: 'error',
        zh: `${def.code.zh}合计单元格留空（按 0 计）而其各项已填数字的，应按各项填写。`,
        en: `${def.code.en} A total left blank (read as 0) while its parts are printed should hold what they give.`,
      },
      [`${f}:with-blanks`]: {
        severity: 'error',
        zh: `${def.code.zh}合计与已填各项之和不符、而另有部分项目留空的，应补填空白或更正合计（不据空白推算应填数值）。`,
        en: `${def.code.en} A total that disagrees with its printed parts while others are blank needs the blanks filled or the total corrected (no value is computed from blanks).`,
      },
      [`${f}:every-reading`]: {
        severity: 'error',
        zh: `${def.code.zh}一行的数字连在一起、无法确定如何分开时，若按列数的每一种分法此关系都不成立，则无论怎样读都有误。`,
        en: `${def.code.en} A row whose digits ran together and cannot be told apart is wrong however read when every split the column count allows breaks this relation.`,
      },
      [`${f}:parts-blank`]: {
        severity: 'warning',
        zh: `${def.code.zh}合计已填数字而其各项全部留空的，无法核对，也不据空白推算。`,
        en: `${def.code.en} A total printed while all its parts are blank cannot be checked; nothing is computed from blanks.`,
      },
    },
    check(model) {
      const mapping = model.mapping;
      const out: Draft[] = [];
      for (const r of relations(mapping)) {
        if (r.family !== f) continue;
        const can = checkable(mapping, r);
        if (can === 'no') continue;
        const target = cellAt(mapping, r.table, r.target)!;
        // a relation that holds says nothing: its finding's parts are made only for one that does not
        const expected = can === 'parts-blank' ? null : expectedValue(mapping, r)!;
        if (can === 'parts-blank' ? target.value === 0 : expected === target.value) continue;
        const related = r.related ?? r.plus;
        const common = {
          table: r.table,
          cell: splitKey(r.target),
          related: related.map(splitKey),
          src: target.src,
          relatedSrc: related.filter((k) => k !== r.target).map((k) => cellAt(mapping, r.table, k)!.src),
        };
        if (expected === null) {
          out.push({ ...common, rule: `${f}:parts-blank`, actual: target.value, expected: null, msg: 'f_parts_blank', args: { fam: `@${familyKey(f)}` } });
          continue;
        }
        if (target.blank) {
          out.push({ ...common, rule: `${f}:blank`, blank: true, actual: null, expected, msg: 'f_blank_total', args: { expected, fam: `@${familyKey(f)}` } });
          continue;
        }
        const blanks = [...r.plus, ...r.minus].filter((k) => cellAt(mapping, r.table, k)!.blank).length;
        if (blanks) {
          out.push({ ...common, rule: `${f}:with-blanks`, expected: null, actual: target.value, msg: 'f_with_blanks', args: { sum: expected, n: blanks, fam: `@${familyKey(f)}` } });
          continue;
        }
        out.push({ ...common, expected, actual: target.value, msg: def.msg(r), args: { expected, actual: target.value, ...def.args?.(mapping, r) } });
      }
      // rows whose digits ran together, undecided, whose own relations fail under every reading (lib/template/read-runs.ts)
      for (const i of mapping.issues) {
        if (i.kind !== 'run-together') continue;
        for (const u of i.undecided) {
          if (!u.failsEvery) continue;
          for (const r of relations(mapping)) {
            if (r.family !== f || r.table !== i.table || !u.failsEvery.relations.some((x) => x.family === f && x.target === r.target)) continue;
            const related = r.related ?? r.plus;
            out.push({
              rule: `${f}:every-reading`, table: r.table, cell: splitKey(r.target), related: related.map(splitKey),
              expected: null, actual: null, src: u.failsEvery.src,
              msg: 'f_every_reading', args: { digits: u.digits, n: u.failsEvery.readings, fam: `@${familyKey(f)}` },
            });
          }
        }
      }
      return out;
    },
  };
}
