/**
 * What the dashboard does to records, a chunk at a time (./records-io): export them (CSV, Markdown, a JSON
 * backup, the Word letters), delete them with a backup that 撤销 imports again, and import a backup file.
 */
import { useEffect, useState } from 'preact/hooks';
import { RECORD_CHUNK } from '@/lib/ext/messages';
import type { RecordFilter } from '@/lib/store/filter';
import type { RecordSummary } from '@/lib/store/summary';
import { toCsv, toMarkdown } from '@/lib/result/format';
import type { applyReviews, ReviewOptions } from '@/lib/result/review';
import { append } from '@/lib/arrays';
import { ask, askFor } from '@/components/useBackground';
import { backupParts, readBackupFile } from '@/components/backup-file';
import { fileName, saveFile, type Format } from '@/components/download';
import { saveLetters } from '@/components/letters';
import { getLang, tr } from '@/components/i18n';
import { errorMessage } from '@/lib/errors';
import { eachChunk, exportedResult, importChunks, importError, importNotice, importProblem } from './records-io';
import type { Status } from './useRecordList';

/** How long the notice of a deletion offers 撤销. */
export const UNDO_MS = 15_000;

interface Scope {
  /** The records an export covers: those selected, or all those shown. */
  targets: () => RecordSummary[];
  records: RecordSummary[];
  filter: RecordFilter;
  exportOptions: ReviewOptions;
  /** Read the list again, after records changed. */
  load: () => Promise<void>;
  /** Clear the selection, after a deletion. */
  unselect: () => void;
}

export function useRecordActions(scope: Scope, status: Status) {
  /** The records just deleted, as records that 撤销 imports again; the notice stays UNDO_MS after the last deletion. */
  const [undo, setUndo] = useState<unknown[] | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);
  const { filter } = scope;

  async function exportAs(format: Format) {
    const lang = getLang();
    // by the page's address: a normalised one with a port (host:8080/…) does not parse as an address again
    const hrefs = scope.targets().map((r) => r.href);
    const progress = (done: number) => hrefs.length > RECORD_CHUNK && status.progress(tr('ui_export_progress', { done, total: hrefs.length }));
    try {
      if (format === 'json') {
        const file = backupParts(new Date());
        await eachChunk(askFor, hrefs, (chunk, done) => {
          for (const r of chunk) file.record(r);
          progress(done);
        });
        saveFile(fileName(filter.organ || 'records', format), file.close(), format);
      } else {
        // what the filters show (severity, review status), as reviewed: dismissed findings out unless asked
        const results: ReturnType<typeof applyReviews>[] = [];
        await eachChunk(askFor, hrefs, (chunk, done) => {
          for (const r of chunk) results.push(exportedResult(r, filter, scope.exportOptions));
          progress(done);
        });
        // the letters (问题清单): one Word file per organ, several organs' in one zip
        if (format === 'docx') {
          const n = await saveLetters(results, lang, filter.organ || 'records');
          status.notice({ text: n ? tr('ui_export_letters_done', { n }) : tr('ui_export_letter_none'), error: !n });
        } else saveFile(fileName(filter.organ || 'records', format), format === 'csv' ? toCsv(results, lang) : toMarkdown(results, lang), format);
      }
    } catch (e) {
      status.notice({ text: tr('ui_export_failed', { error: errorMessage(e) }), error: true });
    }
    status.progress(null);
  }

  /**
   * Delete records, keeping a backup of them first (reviews, notes, corrections,
   * snapshot) so that 撤销 brings them back exactly; deletions made while the
   * notice shows add to what it restores.
   */
  async function remove(urls: string[]) {
    const wanted = new Set(urls);
    // by the page's address, as exportAs does
    const hrefs = scope.records.filter((r) => wanted.has(r.url)).map((r) => r.href);
    if (!hrefs.length) return;
    const backup: unknown[] = [];
    try {
      await eachChunk(askFor, hrefs, (chunk, done) => {
        append(backup, chunk);
        if (hrefs.length > RECORD_CHUNK) status.progress(tr('ui_delete_progress', { done, total: hrefs.length }));
      });
    } catch (e) {
      // no backup, no deletion
      status.progress(null);
      status.notice({ text: tr('ui_delete_failed', { error: errorMessage(e) }), error: true });
      return;
    }
    status.progress(null);
    try {
      await ask({ type: 'records:delete', hrefs });
    } catch (e) {
      // some may be gone: 撤销 is offered all the same
      status.notice({ text: tr('ui_delete_error', { error: errorMessage(e) }), error: true });
    }
    setUndo((u) => (u ? u.concat(backup) : backup));
    scope.unselect();
    await scope.load();
  }

  async function undoRemove() {
    if (!undo) return;
    const r = await importChunks(askFor, undo, (done) => undo.length > RECORD_CHUNK && status.progress(tr('ui_import_progress', { done, total: undo.length })));
    if (r.error === undefined) {
      setUndo(null);
      status.notice({ text: tr('ui_restored', { n: r.added + r.updated + r.skipped }) });
    } else status.notice({ text: tr('ui_undo_failed', { error: importError(r.error) }), error: true });
    await scope.load();
  }

  /** Import a JSON backup; a file that is none (too large, empty, not JSON, not ours) is said to be so and nothing is sent. */
  async function importFile(file: File) {
    const checked = await readBackupFile(file);
    if (!checked.ok) {
      status.notice({ text: importProblem(checked.problem, file.size), error: true });
      return;
    }
    const records = checked.backup.records;
    status.notice(null);
    const r = await importChunks(askFor, records, (done) => records.length > RECORD_CHUNK && status.progress(tr('ui_import_progress', { done, total: records.length })));
    status.notice(importNotice(r, records.length));
    await scope.load();
  }

  return { undo, exportAs, remove, undoRemove, importFile };
}
