/** Sums and percentages a sentence states by itself. */
import { findParagraphPercents, findPercents, findSum, shareFits, type PercentClaim } from '../text/claims';
import { clip } from '../text/normalize';
import { paragraphs, sentences, statements } from '../text/sentences';
import type { Draft } from '../model';
import type { Rule } from './types';

export const narrativeSums: Rule = {
  id: 'narrative:text-sum',
  family: 'narrative',
  codes: {
    'narrative:text-sum': {
      severity: 'warning',
      zh: '正文自述的合计应等于所列分项之和（“共 N 件，其中 A 件、B 件……”）。',
      en: 'A total the text states equals the parts it lists.',
    },
    'narrative:percent': {
      severity: 'warning',
      zh: '正文所述百分比应与其件数相符。',
      en: 'A percentage the text states matches its counts.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    // a list of parts runs on across ；: sums are read in whole statements
    for (const s of statements(m.prose)) {
      const sum = findSum(s.text);
      if (sum) {
        const parts = sum.parts.reduce((a, b) => a + b, 0);
        // parts short of the total are fine unless the list says it is whole (分别, or it ends with 其他…)
        if (parts > sum.total || (parts !== sum.total && (/分别/.test(s.text) || sum.catchAll))) {
          out.push({
            table: null,
            cell: null,
            expected: parts,
            actual: sum.total,
            msg: 'f_narrative_sum',
            args: { expected: parts, actual: sum.total, parts: sum.parts.join('+'), quote: clip(s.text, 60) },
            where: clip(s.text, 120),
            key: clip(s.text, 30),
            src: s.src,
          });
        }
      }
    }
    for (const s of sentences(m.prose)) for (const p of findPercents(s.text)) percentFinding(out, p, s.text, s.src);
    // shares whose base the paragraph states in an earlier sentence (梳理58个事项……即办事项46项，占比76.6%)
    for (const b of paragraphs(m.prose)) for (const p of findParagraphPercents(b.text)) percentFinding(out, p, b.text, b.src);
    return out;
  },
};

/** A stated share that its counts do not give (a floor 达 X% only when the counts fall short of it). */
function percentFinding(out: Draft[], p: PercentClaim, text: string, src: Draft['src']) {
  if (shareFits(p)) return;
  const exact = (p.part / p.total) * 100;
  const expected = Math.round(exact * 10 ** Math.max(1, p.decimals)) / 10 ** Math.max(1, p.decimals);
  out.push({
    rule: 'narrative:percent',
    table: null,
    cell: null,
    expected,
    actual: p.percent,
    msg: 'f_narrative_percent',
    args: { expected, actual: p.percent, part: p.part, total: p.total, quote: clip(text, 60) },
    where: clip(text, 120),
    key: `${clip(text, 24)}:${p.part}`,
    src,
  });
}
