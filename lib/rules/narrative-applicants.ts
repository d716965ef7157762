/**
 * Who asked, as the text says and as 表三 prints it: the requests a sentence counts by applicant (其中法人申请1件、
 * 自然人申请2件) against the columns of the row they are of. Read only where the row adds up (its 总计 is its
 * applicants' sum; else the row's own finding says what is wrong, row-total) and the text agrees with it on how
 * many requests there were (a different total is narrative:requests-received's finding: the kinds would only say it
 * again). The kinds one sentence gets wrong are one finding: a request counted under the wrong applicant moves two cells.
 */
import type { Draft, MappedCell, ReportModel } from '../model';
import { APPLICANT_KINDS, findApplicants, type ApplicantClaims, type ApplicantKind } from '../text/applicants';
import { findClaims } from '../text/claims';
import { clip } from '../text/normalize';
import { sentences, type Sentence } from '../text/sentences';
import { cellOf } from '../template/relations';
import { APPLICANT_COLS, ORG_COLS } from '../template/layout';
import type { Rule } from './types';

/** The cells a kind's count is printed in on a row: its column, or every 法人或其他组织 column. */
function cellsOf(m: ReportModel, row: string, kind: ApplicantKind): MappedCell[] | null {
  const cols = kind === 'org' ? ORG_COLS : [kind];
  const cells = cols.map((col) => cellOf(m.mapping, 'requests', row, col));
  return cells.every((c): c is MappedCell => !!c) ? cells : null;
}

const sum = (cells: MappedCell[]) => cells.reduce((n, c) => n + c.value, 0);

/** The sentence's total of the same row, where it states one (共收到申请3份; 共答复…20件). */
function statedTotal(s: Sentence, a: ApplicantClaims): number | null {
  const kind = a.row === 'new' ? 'requests-received' : 'requests-answered';
  return findClaims(s.text, s.statement).find((c) => c.kind === kind)?.value ?? null;
}

export const narrativeApplicants: Rule = {
  id: 'narrative:applicants',
  family: 'narrative',
  codes: {
    'narrative:applicants': {
      severity: 'warning',
      zh: '正文所述各类申请人的申请数（自然人、法人或其他组织……）应与表三该行各列一致。',
      en: 'The requests the text counts by applicant (natural persons, organisations …) agree with table 3’s columns on that row.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const done = new Set<string>();
    for (const s of sentences(m.prose)) {
      const a = findApplicants(s.text, s.statement);
      if (!a || done.has(a.row)) continue;
      const everyone = APPLICANT_COLS.map((col) => cellOf(m.mapping, 'requests', a.row, col));
      if (!everyone.every((c): c is MappedCell => !!c)) continue;
      // a row whose own total fails is that row's finding (row-total): its columns are in doubt
      const printedTotal = cellOf(m.mapping, 'requests', a.row, 'total');
      if (!printedTotal || printedTotal.value !== sum(everyone)) continue;
      const total = statedTotal(s, a);
      if (total !== null && total !== printedTotal.value) continue;
      const wrong = a.claims.flatMap((c) => {
        const cells = cellsOf(m, a.row, c.kind);
        if (!cells) return [];
        const printed = sum(cells);
        return c.value === printed ? [] : [{ claim: c, cells, printed }];
      });
      if (!wrong.length) continue;
      // (natural persons first, as 表三 lists its columns: the finding stands on the first cell named)
      wrong.sort((x, y) => APPLICANT_KINDS.indexOf(x.claim.kind) - APPLICANT_KINDS.indexOf(y.claim.kind));
      done.add(a.row);
      const cells = wrong.flatMap((w) => w.cells);
      const first = cells[0]!;
      out.push({
        rule: 'narrative:applicants',
        table: 'requests',
        cell: { row: first.row, col: first.col },
        related: cells.slice(1).map((c) => ({ row: c.row, col: c.col })),
        expected: null,
        actual: null,
        msg: 'f_narrative_applicants',
        args: {
          kinds: wrong.map((w) => `@applicant_${w.claim.kind}`).join(' '),
          said: wrong.map((w) => w.claim.value).join(' / '),
          printed: wrong.map((w) => w.printed).join(' / '),
          quote: clip(s.text, 60),
        },
        where: clip(s.text, 120),
        src: first.src,
        relatedSrc: [s.src, ...cells.slice(1).map((c) => c.src)],
      });
    }
    return out;
  },
};
