/**
 * Every audited page, filtered, reviewed and exported. The record list comes
 * first; the batches, the summaries, the history and the settings are folded
 * below it (the batches open when one was cut off and can be resumed).
 *
 * Thousands of records weigh hundreds of megabytes, and a message carries at
 * most 64 MiB: the list is made of the records' summaries, read a page at a
 * time; a record's findings are read when it is opened; exports, imports and
 * 撤销 move records in chunks (lib/ext/messages: SUMMARY_PAGE, RECORD_CHUNK; ./records-io.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageRecord, ReviewStatus } from '@/lib/store/schema';
import { summaryOf, type RecordSummary } from '@/lib/store/summary';
import { RECORD_CHUNK } from '@/lib/ext/messages';
import { filterSummaries, oneRowPerReport, sortRecords, type RecordFilter } from '@/lib/store/filter';
import { toCsv, toMarkdown } from '@/lib/result/format';
import type { applyReviews, ReviewOptions } from '@/lib/result/review';
import { ExportOptions } from '@/components/ExportOptions';
import type { Identity } from '@/lib/store/identity';
import { ask, askFor, request } from '@/components/useBackground';
import { eachChunk, exportedResult, importChunks, importError, importNotice, importProblem, readSummaries, type Problem } from './records-io';
import { backupParts, readBackupFile } from '@/components/backup-file';
import { append } from '@/lib/arrays';
import { fileName, saveFile, type Format } from '@/components/download';
import { saveLetters } from '@/components/letters';
import { interrupted, type BatchRecord } from '@/lib/store/batch';
import { SettingsForm } from './SettingsForm';
import { Overview } from './Overview';
import { History } from './History';
import { Ranking } from './Ranking';
import { Batches } from './Batches';
import { Fold } from './Fold';
import { RecordTable, ROWS_PER_PAGE, type Sort } from './RecordTable';
import { Filters } from './Filters';
import { getLang, punct, tr } from '@/components/i18n';

/** How long the notice of a deletion offers 撤销. */
const UNDO_MS = 15_000;

const message = (e: unknown) => String((e as Error)?.message ?? e);

export function Dashboard() {
  /** Every record's summary; the full records of those opened. */
  const [records, setRecords] = useState<RecordSummary[]>([]);
  const [full, setFull] = useState<Map<string, PageRecord | { error: string }>>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);
  const [filter, setFilter] = useState<RecordFilter>({});
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  /** What the last action did, or why it did not (`error`). */
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  /** How far a long listing, export, deletion or import has come. */
  const [progress, setProgress] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [exportOptions, setExportOptions] = useState<ReviewOptions>({});
  const [batches, setBatches] = useState<BatchRecord[]>([]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The batch whose pages the list shows, if the auditor asked for them. */
  const [batchFilter, setBatchFilter] = useState<BatchRecord | null>(null);
  const recordsRef = useRef<HTMLElement>(null);
  const [sort, setSort] = useState<Sort>({ key: 'auditedAt', dir: 'desc' });
  /** The page of the list shown (ROWS_PER_PAGE rows each). */
  const [page, setPage] = useState(0);
  /** The records just deleted, as records that 撤销 imports again; the notice stays UNDO_MS after the last deletion. */
  const [undo, setUndo] = useState<unknown[] | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);
  const settingsRef = useRef<HTMLDivElement>(null);

  async function load() {
    try {
      const [r, b] = await Promise.all([
        readSummaries(askFor, (done, total) => setProgress(tr('ui_list_progress', { done, total }))),
        request({ type: 'batches:list' }).catch(() => []),
      ]);
      setRecords(r.summaries);
      setProblems(r.problems);
      setBatches(b);
      // records changed meanwhile are read again when opened
      setFull(new Map());
    } catch (e) {
      setNotice({ text: tr('ui_list_failed', { error: message(e) }), error: true });
    }
    setProgress(null);
    setLoaded(true);
  }
  useEffect(() => void load(), []);

  /** The full records of the rows opened, read when opened. */
  useEffect(() => {
    const wanted = records.filter((r) => open.has(r.url) && !full.has(r.url));
    for (const r of wanted) {
      void request({ type: 'record:get', href: r.href })
        .then((rec) => setFull((m) => new Map(m).set(r.url, rec ?? { error: tr('ui_record_missing') })))
        .catch((e) => setFull((m) => new Map(m).set(r.url, { error: message(e) })));
    }
  }, [open, records, full]);

  const shown = useMemo(
    () => sortRecords(filterSummaries(oneRowPerReport(records), batchFilter ? { ...filter, hrefs: batchFilter.urls } : filter), sort.key, sort.dir),
    [records, filter, batchFilter, sort],
  );
  // another filter or order starts at the first page
  useEffect(() => setPage(0), [filter, batchFilter, sort]);
  const years = useMemo(() => Array.from(new Set(records.map((r) => r.year).filter((y): y is number => y !== null))).sort(), [records]);
  const set = (patch: Partial<RecordFilter>) => setFilter({ ...filter, ...patch });
  const targets = () => (selected.size ? shown.filter((r) => selected.has(r.url)) : shown);

  /** Replace a record, after a review or a correction: its summary in the list, the full record in its row. */
  function updated(rec: PageRecord) {
    const s = summaryOf(rec);
    setRecords((rs) => rs.map((x) => (x.url === rec.url ? s : x)));
    setFull((m) => new Map(m).set(rec.url, rec));
  }

  async function exportAs(format: Format) {
    const rs = targets();
    const lang = getLang();
    // by the page's address: a normalised one with a port (host:8080/…) does not parse as an address again
    const hrefs = rs.map((r) => r.href);
    const progress = (done: number) => hrefs.length > RECORD_CHUNK && setProgress(tr('ui_export_progress', { done, total: hrefs.length }));
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
          for (const r of chunk) results.push(exportedResult(r, filter, exportOptions));
          progress(done);
        });
        // the letters (问题清单): one Word file per organ, several organs' in one zip
        if (format === 'docx') {
          const n = await saveLetters(results, lang, filter.organ || 'records');
          setNotice({ text: n ? tr('ui_export_letters_done', { n }) : tr('ui_export_letter_none'), error: !n });
        } else saveFile(fileName(filter.organ || 'records', format), format === 'csv' ? toCsv(results, lang) : toMarkdown(results, lang), format);
      }
    } catch (e) {
      setNotice({ text: tr('ui_export_failed', { error: message(e) }), error: true });
    }
    setProgress(null);
  }

  /**
   * Delete records, keeping a backup of them first (reviews, notes, corrections,
   * snapshot) so that 撤销 brings them back exactly; deletions made while the
   * notice shows add to what it restores.
   */
  async function remove(urls: string[]) {
    const wanted = new Set(urls);
    // by the page's address, as exportAs does
    const hrefs = records.filter((r) => wanted.has(r.url)).map((r) => r.href);
    if (!hrefs.length) return;
    const backup: unknown[] = [];
    try {
      await eachChunk(askFor, hrefs, (chunk, done) => {
        append(backup, chunk);
        if (hrefs.length > RECORD_CHUNK) setProgress(tr('ui_delete_progress', { done, total: hrefs.length }));
      });
    } catch (e) {
      // no backup, no deletion
      setProgress(null);
      setNotice({ text: tr('ui_delete_failed', { error: message(e) }), error: true });
      return;
    }
    setProgress(null);
    try {
      await ask({ type: 'records:delete', hrefs });
    } catch (e) {
      // some may be gone: 撤销 is offered all the same
      setNotice({ text: tr('ui_delete_error', { error: message(e) }), error: true });
    }
    setUndo((u) => (u ? u.concat(backup) : backup));
    setSelected(new Set());
    await load();
  }

  async function undoRemove() {
    if (!undo) return;
    const r = await importChunks(askFor, undo, (done) => undo.length > RECORD_CHUNK && setProgress(tr('ui_import_progress', { done, total: undo.length })));
    if (r.error === undefined) {
      setUndo(null);
      setNotice({ text: tr('ui_restored', { n: r.added + r.updated + r.skipped }) });
    } else setNotice({ text: tr('ui_undo_failed', { error: importError(r.error) }), error: true });
    await load();
  }

  /** Import a JSON backup; a file that is none (too large, empty, not JSON, not ours) is said to be so and nothing is sent. */
  async function importFile(file: File) {
    const checked = await readBackupFile(file);
    if (!checked.ok) {
      setNotice({ text: importProblem(checked.problem, file.size), error: true });
      return;
    }
    const records = checked.backup.records;
    setNotice(null);
    const r = await importChunks(askFor, records, (done) => records.length > RECORD_CHUNK && setProgress(tr('ui_import_progress', { done, total: records.length })));
    setNotice(importNotice(r, records.length));
    await load();
  }

  async function correct(r: RecordSummary, identity: Identity) {
    const rec = await request({ type: 'record:identity', href: r.href, identity }).catch(() => null);
    if (rec) updated(rec);
  }

  async function review(r: RecordSummary, id: string, status: ReviewStatus | null, note: string) {
    const rec = await request({ type: 'finding:review', href: r.href, id, status, note });
    if (rec) updated(rec);
  }

  function openSettings() {
    setSettingsOpen(true);
    // after the fold has opened
    requestAnimationFrame(() => settingsRef.current?.scrollIntoView({ block: 'start' }));
  }

  function showBatch(b: BatchRecord) {
    setBatchFilter(b);
    recordsRef.current?.scrollIntoView({ block: 'start' });
  }

  const now = new Date();
  const resumable = batches.some((b) => interrupted(b, now));

  return (
    <div class="nb nb-dash">
      <header>
        <h1>{tr('ui_title')} · {tr('ui_dashboard')}</h1>
        <span class="nb-muted" data-testid="record-count">{shown.length === records.length ? tr('ui_page_count', { n: records.length }) : tr('ui_page_count_shown', { shown: shown.length, n: records.length })}</span>
        <button data-testid="open-settings" aria-controls="nb-settings" aria-expanded={settingsOpen} onClick={openSettings}>{tr('ui_settings')}</button>
      </header>
      {problems.map((p) => (
        <div class="nb-problem" key={p.key} data-testid="problem">{tr('ui_problems')}{punct('colon')}{p.key} — {p.detail}</div>
      ))}
      {notice && <div class={notice.error ? 'nb-problem' : 'nb-notice'} data-testid="notice" role="status">{notice.text}</div>}
      {progress && <div class="nb-notice" data-testid="progress" role="status">{progress}</div>}
      {undo && (
        // fixed at the bottom of the window: in view wherever the deleted row was
        <div class="nb-notice nb-undo" data-testid="undo-notice" role="status">
          <span>{tr('ui_deleted', { n: undo.length })}</span>
          <button data-testid="undo" onClick={() => void undoRemove()}>{tr('ui_undo')}</button>
        </div>
      )}
      <section class="nb-records" data-testid="records" ref={recordsRef}>
        <Filters filter={filter} years={years} onChange={set} batch={batchFilter} onClearBatch={() => setBatchFilter(null)} />
        <div class="nb-bar">
          <span class="nb-muted">{selected.size ? tr('ui_selected', { n: selected.size }) : tr('ui_export_selection')}</span>
          <button data-testid="export-csv" onClick={() => void exportAs('csv')}>CSV</button>
          <button data-testid="export-json" onClick={() => void exportAs('json')}>JSON</button>
          <button data-testid="export-md" onClick={() => void exportAs('md')}>Markdown</button>
          <button data-testid="export-letter" title={tr('ui_export_letter_hint')} onClick={() => void exportAs('docx')}>{tr('ui_export_letter')}</button>
          <ExportOptions value={exportOptions} onChange={setExportOptions} />
          <span class="nb-grow" />
          {selected.size > 0 && <button data-testid="delete-selected" onClick={() => void remove([...selected])}>{tr('ui_delete_selected')}</button>}
          {/* the browser's own file control says "Choose File" in its language: ours says it in the auditor's */}
          <label class="nb-file-button">
            <span>{tr('ui_import')}…</span>
            <input type="file" class="nb-visually-hidden" accept="application/json,.json" data-testid="import" onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void importFile(f);
              // the same file chosen again is read again
              (e.target as HTMLInputElement).value = '';
            }} />
          </label>
        </div>
        {loaded && records.length === 0 && <p class="nb-muted" data-testid="empty">{tr('ui_empty_dashboard')}</p>}
        <RecordTable
          shown={shown}
          page={page}
          onPage={setPage}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onSelect={setSelected}
          open={open}
          onOpen={setOpen}
          full={full}
          filter={filter}
          onDelete={(r) => void remove([r.url])}
          onCorrect={correct}
          onReview={review}
        />
      </section>
      {batches.length > 0 && (
        <Fold id="batches" title={tr('ui_batches')} open={resumable}>
          <Batches batches={batches} now={now} onFilter={showBatch} />
        </Fold>
      )}
      {records.length > 0 && (
        <Fold id="summary" title={`${tr('ui_summary')} · ${tr('ui_top_rules')}`}>
          <Overview records={oneRowPerReport(records)} />
        </Fold>
      )}
      {/* the ranking of what the list shows, one row per organ and year, from the summaries alone */}
      <Ranking records={shown} />
      {/* the history of what the list shows: its filters (organ, level, year, a batch) apply here too */}
      <History records={shown} />
      <div ref={settingsRef}>
        <SettingsForm open={settingsOpen} onToggle={setSettingsOpen} onReaudited={() => void load()} />
      </div>
    </div>
  );
}
