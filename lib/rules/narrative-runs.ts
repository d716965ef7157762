/**
 * What the text says of a 表二 cell whose row could not be read (its digits ran together and no arithmetic splits
 * them: lib/template/read-runs.ts): weighed against every reading of the row's digits, blank cells among them. Said
 * only where none gives the cell what the text says (「现行有效件数424件」 against 「34089」: 89 or 9 in every reading).
 */
import type { Draft, ReportModel, UndecidedRow, Version } from '../model';
import type { Claim, ClaimKind } from '../text/claims';
import { clip } from '../text/normalize';
import { readingsWithBlanks } from '../template/runs';
import type { Sentence } from '../text/sentences';

/** The 表二 cell a claim of one figure names, by the template's version (none: the version has no such column). */
export function activeCellOf(kind: ClaimKind, v: Version): { row: string; col: string } | null {
  const newer = v === '2021';
  switch (kind) {
    case 'procurement-count':
      return { row: 'art20_9.procurement', col: 'count' };
    case 'normative-issued':
      return { row: 'art20_1.normative', col: newer ? 'issued' : 'new_made' };
    case 'rules-issued':
      return { row: 'art20_1.rules', col: newer ? 'issued' : 'new_made' };
    case 'normative-in-force':
      return newer ? { row: 'art20_1.normative', col: 'in_force' } : null;
    case 'rules-in-force':
      return newer ? { row: 'art20_1.rules', col: 'in_force' } : null;
    case 'normative-repealed':
      return newer ? { row: 'art20_1.normative', col: 'repealed' } : null;
    case 'rules-repealed':
      return newer ? { row: 'art20_1.rules', col: 'repealed' } : null;
    case 'penalties':
      return { row: 'art20_6.penalty', col: 'decisions' };
    case 'licences':
      return { row: 'art20_5.license', col: 'decisions' };
    default:
      return null;
  }
}

/**
 * A claim of one 表二 figure whose row is undecided: a finding where no reading of the row gives the cell the figure
 * (`alsoFine`: what else a reading may fairly give for it, as the claim's sentence says), else null.
 */
export function undecidedClaim(
  m: ReportModel, c: Claim, s: Sentence, alsoFine: (reading: Map<string, number | null>) => number[] = () => [],
): Draft | null {
  const at = activeCellOf(c.kind as ClaimKind, m.version ?? '2019');
  if (!at) return null;
  const row: UndecidedRow | undefined = m.mapping.issues
    .flatMap((i) => (i.kind === 'run-together' && i.table === 'active' ? i.undecided : []))
    .find((u) => u.row === at.row && u.cols?.includes(at.col));
  if (!row?.cols) return null;
  const runs = row.digits.split(/\s+/).filter(Boolean);
  if (!runs.every((x) => /^\d+$/.test(x))) return null;
  const readings = readingsWithBlanks(runs, row.cols.length);
  if (!readings?.length) return null;
  const at_ = row.cols.indexOf(at.col);
  const fits = (rd: (number | null)[]) => {
    const v = rd[at_] ?? 0;
    return v === c.value || alsoFine(new Map(row.cols!.map((col, i) => [col, rd[i] ?? null]))).includes(c.value);
  };
  if (readings.some(fits)) return null;
  return {
    rule: 'narrative:every-reading',
    table: 'active',
    cell: at,
    expected: null,
    actual: null,
    msg: 'f_narrative_every_reading',
    args: { whatClaim: `@claim_${c.kind.replace(/-/g, '_')}`, said: c.value, digits: row.digits, n: readings.length, quote: clip(s.text, 60) },
    where: clip(s.text, 120),
    src: m.mapping.tables.active.rowSrc.get(at.row) ?? s.src,
    relatedSrc: [s.src],
  };
}
