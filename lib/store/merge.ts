/** Combining records: a re-audit keeps the marks; an import adds without duplicates. */
import type { Mark, PageRecord } from './schema';

/** Marks of both, the later change winning for the same finding. */
export function mergeMarks(a: Record<string, Mark>, b: Record<string, Mark>): Record<string, Mark> {
  const out: Record<string, Mark> = { ...a };
  for (const [id, m] of Object.entries(b)) if (!out[id] || out[id]!.at < m.at) out[id] = m;
  return out;
}

/** The newer audit of a page, with the marks of both. */
export function mergeRecords(current: PageRecord | null, incoming: PageRecord): PageRecord {
  if (!current) return incoming;
  const newer = incoming.auditedAt >= current.auditedAt ? incoming : current;
  return { ...newer, marks: mergeMarks(current.marks, incoming.marks) };
}
