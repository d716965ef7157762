/**
 * The dashboard's protocols with the background, apart from its views: the summaries read a page
 * at a time (again from the start when the store moves meanwhile), full records a chunk at a time,
 * an import a chunk at a time with its problems renumbered in the whole file. Each takes the
 * background's `ask` (components/useBackground) so that a test can stand in for it.
 */
import { BACKUP_FORMAT, STORE_VERSION, type PageRecord } from '@/lib/store/schema';
import type { RecordSummary } from '@/lib/store/summary';
import { ExportChunk, ImportOutcome, RECORD_CHUNK, STORAGE_FULL, SUMMARY_PAGE, SummaryPage, StoreProblem } from '@/lib/ext/messages';
import { visibleFindings, type RecordFilter } from '@/lib/store/filter';
import { applyReviews, type ReviewOptions } from '@/lib/result/review';
import { MAX_IMPORT_BYTES, type ImportProblem } from '@/components/backup-file';
import { append } from '@/lib/arrays';
import type { z } from '@/lib/zod';
import { punct, tr } from '@/components/i18n';
import { errorMessage } from '@/lib/errors';

export type Problem = z.infer<typeof StoreProblem>;
export type Imported = { added: number; updated: number; skipped: number; problems: string[] };

/** The background's answer to a message, read through its schema (components/useBackground askFor). */
export type AskFor = <S extends z.ZodType>(schema: S, msg: unknown) => Promise<z.infer<S>>;

/** Every record's summary, a page at a time; read again from the start when a record changes meanwhile. */
export async function readSummaries(askFor: AskFor, progress: (done: number, total: number) => void): Promise<{ summaries: RecordSummary[]; problems: Problem[] }> {
  for (let attempt = 0; ; attempt++) {
    const summaries: RecordSummary[] = [];
    let first: SummaryPage | null = null;
    let moved = false;
    for (let offset = 0; ; offset += SUMMARY_PAGE) {
      const page = await askFor(SummaryPage, { type: 'records:summaries', offset, limit: SUMMARY_PAGE });
      first ??= page;
      if (page.version !== first.version) {
        moved = true;
        break;
      }
      append(summaries, page.summaries);
      if (page.total > SUMMARY_PAGE) progress(summaries.length, page.total);
      if (offset + SUMMARY_PAGE >= page.total) break;
    }
    // the third time, what was read is shown: the background keeps writing (a batch), the next load reads it again
    if (!moved || attempt >= 2) return { summaries, problems: first!.problems };
  }
}

/** These pages' full records, a chunk at a time, each chunk handed to `each` before the next is asked for. */
export async function eachChunk(askFor: AskFor, hrefs: string[], each: (records: PageRecord[], done: number) => void | Promise<void>) {
  for (let i = 0; i < hrefs.length; i += RECORD_CHUNK) {
    const chunk = await askFor(ExportChunk, { type: 'records:export', hrefs: hrefs.slice(i, i + RECORD_CHUNK) });
    // the background read them through the store's schema
    await each(chunk.records as PageRecord[], Math.min(hrefs.length, i + RECORD_CHUNK));
  }
}

/** Records sent to the background a chunk at a time; what was done so far when a chunk fails (`error`). */
export async function importChunks(askFor: AskFor, records: unknown[], progress: (done: number) => void): Promise<Imported & { done: number; error?: string }> {
  const total: Imported & { done: number } = { added: 0, updated: 0, skipped: 0, problems: [], done: 0 };
  const exportedAt = new Date().toISOString();
  for (let i = 0; i < records.length; i += RECORD_CHUNK) {
    try {
      const r = await askFor(ImportOutcome, { type: 'records:import', backup: { format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt, records: records.slice(i, i + RECORD_CHUNK) } });
      total.added += r.added;
      total.updated += r.updated;
      total.skipped += r.skipped;
      // the background numbers problems within its chunk: renumbered in the whole file
      append(total.problems, r.problems.map((p) => p.replace(/^第 (\d+) 条/, (_, n: string) => `第 ${Number(n) + i} 条`)));
    } catch (e) {
      return { ...total, error: errorMessage(e) };
    }
    total.done = Math.min(records.length, i + RECORD_CHUNK);
    progress(total.done);
  }
  return total;
}

/** Why a file chosen for import was not imported, for people. */
export function importProblem(problem: ImportProblem, size: number): string {
  switch (problem) {
    case 'too-big':
      return tr('ui_import_too_big', { mb: (size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
    case 'empty':
      return tr('ui_import_empty');
    case 'unreadable':
      return tr('ui_import_unreadable');
    case 'not-json':
      return tr('ui_import_not_json');
    case 'not-backup':
      return tr('ui_import_not_backup');
  }
}

/** Problems of an import listed in its notice, at most. */
export const PROBLEMS_SHOWN = 10;

/** What an import (or 撤销) did, as its notice says it: counts, the first problems, or why it stopped and where. */
export function importNotice(r: Imported & { done: number; error?: string }, total: number): { text: string; error?: boolean } {
  if (r.error === undefined) {
    const listed = r.problems.slice(0, PROBLEMS_SHOWN);
    if (r.problems.length > PROBLEMS_SHOWN) listed.push(tr('ui_problems_more', { n: r.problems.length - PROBLEMS_SHOWN }));
    return { text: [tr('ui_imported', { added: r.added, updated: r.updated, skipped: r.skipped })].concat(listed).join(punct('semicolon')) };
  }
  if (r.done === 0) return { text: r.error === STORAGE_FULL ? tr('ui_storage_full') : tr('ui_import_failed', { error: r.error }), error: true };
  return { text: tr('ui_import_partial', { done: r.done, total, added: r.added, updated: r.updated, skipped: r.skipped, error: importError(r.error) }), error: true };
}

/** Why a chunk was refused, for people: a full store said in their words, the background's answer otherwise. */
export const importError = (error: string) => (error === STORAGE_FULL ? tr('ui_storage_full') : error);

/**
 * A record as the CSV and Markdown exports give it: as reviewed (dismissed findings left out unless
 * asked, or unless the list shows the dismissed), with only the findings the list's filters show.
 */
export function exportedResult(r: PageRecord, filter: RecordFilter, options: ReviewOptions): ReturnType<typeof applyReviews> {
  const visible = new Set(visibleFindings(r, filter).map((f) => f.id));
  const reviewed = applyReviews(r.result, r.reviews, { ...options, includeDismissed: options.includeDismissed || filter.status === 'dismissed' });
  return { ...reviewed, source: r.href, findings: reviewed.findings.filter((f) => visible.has(f.id)) };
}
