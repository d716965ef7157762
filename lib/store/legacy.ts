/**
 * Shapes of records written by earlier versions, kept only to read them and
 * bring them forward (./schema.ts `migrate`). Never written.
 */
import { z } from '../zod';
import { Finding, ReportResult, CellRef } from '../result/schema';
import type { CellChange, Repair } from '../model';
import { isGovernment, organLevel } from '../page/organ-level';

/** v2 findings: the repair packed into message arguments (`fixes`, `changes`, `options`); no grouping, no blank flag. */
export const FindingV2 = Finding.omit({ repair: true, covers: true, blank: true });
export const ReportResultV2 = ReportResult.omit({ organLevel: true, government: true, provenance: true }).extend({ findings: z.array(FindingV2) });
export type ReportResultV2 = z.infer<typeof ReportResultV2>;

const MarkV2 = z.object({ status: z.enum(['confirmed', 'dismissed']), note: z.string().max(2000), at: z.string().max(40) });

export const PageRecordV2 = z.object({
  v: z.literal(2),
  url: z.string().min(1).max(4000),
  href: z.string().max(4000),
  auditedAt: z.string().max(40),
  title: z.string().max(500).nullable(),
  organ: z.string().max(200).nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  verdict: z.string(),
  score: z.number().nullable(),
  counts: z.unknown(),
  result: ReportResultV2,
  marks: z.record(z.string(), MarkV2),
});

/** v1: the first prototype's shape — the result, a save time in ms, and the ids dismissed. */
export const PageRecordV1 = z.object({
  version: z.literal(1),
  url: z.string(),
  savedAt: z.number(),
  result: ReportResultV2,
  dismissed: z.array(z.string()).default([]),
});

const changes = (spec: string): CellChange[] =>
  spec
    .split('; ')
    .filter(Boolean)
    .map((c) => {
      const [key, value] = c.split('=');
      const cell = CellRef.parse({ row: key!.slice(0, key!.indexOf('/')), col: key!.slice(key!.indexOf('/') + 1) });
      return { ...cell, from: NaN, to: Number(value) };
    });

/** A v2 finding's packed repair, unpacked (the printed values come from the finding's own cells where known). */
export function repairFromArgs(f: z.infer<typeof FindingV2>, cells: Map<string, number>): { repair: Repair | null; args: Record<string, string | number> } {
  const { fixes, changes: spec, options, ...args } = f.args;
  const fill = (c: CellChange): CellChange => ({ ...c, from: cells.get(`${c.row}/${c.col}`) ?? c.to });
  let repair: Repair | null = null;
  if (f.culprit && f.suggested !== null) {
    repair = {
      kind: 'unique',
      cell: f.culprit,
      to: f.suggested,
      fixes: String(fixes ?? '').split(',').filter(Boolean) as Extract<Repair, { kind: 'unique' }>['fixes'],
      changes: spec ? changes(String(spec)).map(fill) : [fill({ ...f.culprit, from: NaN, to: f.suggested })],
    };
  } else if (options) {
    repair = { kind: 'ambiguous', options: String(options).split(' | ').map((o) => changes(o).map(fill)) };
  }
  return { repair, args };
}

/** A v2 result brought to the current shape. */
export function resultFromV2(r: ReportResultV2): ReportResult {
  // what each finding printed, by cell: the repairs' "from"
  const printed = new Map<string, number>();
  for (const f of r.findings) if (f.cell && f.actual !== null) printed.set(`${f.cell.row}/${f.cell.col}`, f.actual);
  return {
    ...r,
    organLevel: organLevel(r.organ),
    government: isGovernment(r.organ),
    provenance: { organ: r.organ ? 'title' : null, year: r.year ? 'title' : null, level: r.organ ? 'name' : null },
    findings: r.findings.map((f) => {
      const { repair, args } = repairFromArgs(f, printed);
      return { ...f, args, repair, covers: [], blank: f.rule === 'blank-cell' };
    }),
  };
}
