/**
 * Reports audited together: each audit's snapshot and history entry kept beside
 * its result, then every report audited again with the others as its history —
 * the organ's other years (cross-year) and the prose of all (copied-text). The
 * command line does this for the inputs of one run; the extension for its records.
 */
import type { AuditOptions, HistoryEntry } from '../model';
import type { ReportResult } from '../result/schema';
import { entryOf } from '../history/entry';
import { ReportHistory } from '../history';
import { auditSnapshot, snapshotOf, type Snapshot } from './snapshot';
import { withoutPage, type Audit } from './audit';

/** An audit as it is kept: its result, what it read (to audit it again) and its history entry. */
export interface Audited {
  result: ReportResult;
  snapshot: Snapshot | null;
  entry: HistoryEntry | null;
  /**
   * The audit itself, let go of its page, where the caller asked to hold it (keep's `hold`): audited again beside other
   * reports from it (auditAgain), not from its snapshot. In this thread only: never written, never posted.
   */
  audit?: Audit;
}

/** The prose of an audit's input: its text blocks. */
export function proseOf(blocks: { kind: string; text?: string }[]): string[] {
  const out: string[] = [];
  for (const b of blocks) if (b.kind === 'text' && b.text) out.push(b.text);
  return out;
}

/**
 * An audit as it is kept. `hold`: with the audit itself, to audit it again in this thread (Audited's `audit`), let go
 * of its page (withoutPage): held by the hundred, audits that kept their pages' trees slowed every collection.
 */
export function keep(a: Audit, hold = false): Audited {
  const snapshot = a.input ? snapshotOf(a.input.blocks, a.input.meta, a.result.file) : null;
  const kept = { result: a.result, snapshot, entry: a.input ? entryOf(a.result, proseOf(a.input.blocks)) : null };
  return hold ? { ...kept, audit: withoutPage(a) } : kept;
}

/** A snapshot's history entry, for a record kept before entries were. */
export function entryOfSnapshot(result: ReportResult, s: Snapshot): HistoryEntry | null {
  return entryOf(result, s.blocks.flatMap((b) => (b.k === 't' ? [b.text] : [])));
}

/**
 * Every report audited again with the others as its history, where the history
 * can say something of it (its organ's year before or same year, prose it shares
 * above the threshold); the others keep their result. Order kept.
 */
export function acrossReports(items: Audited[], options: AuditOptions, copyThreshold?: number): ReportResult[] {
  const history = new ReportHistory(items.flatMap((i) => (i.entry ? [i.entry] : [])), copyThreshold);
  return items.map((i) => {
    if (!i.entry || !i.snapshot || !history.relevant(i.entry)) return i.result;
    return auditSnapshot(i.snapshot, i.result.source, { ...options, history }).result;
  });
}
