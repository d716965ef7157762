/**
 * Every audited page, filtered, reviewed and exported. The record list comes
 * first; the batches, the summaries, the history and the settings are folded
 * below it (the batches open when one was cut off and can be resumed).
 *
 * Thousands of records weigh hundreds of megabytes, and a message carries at
 * most 64 MiB: the list is made of the records' summaries, read a page at a
 * time; a record's findings are read when it is opened; exports, imports and
 * 撤销 move records in chunks (lib/ext/messages: SUMMARY_PAGE, RECORD_CHUNK; ./records-io.ts).
 * The list is read in ./useRecordList, the exports, deletions and imports made in ./useRecordActions.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReviewStatus } from '@/lib/store/schema';
import type { RecordSummary } from '@/lib/store/summary';
import { filterSummaries, oneRowPerReport, sortRecords, type RecordFilter } from '@/lib/store/filter';
import type { ReviewOptions } from '@/lib/result/review';
import type { Identity } from '@/lib/store/identity';
import { request } from '@/components/useBackground';
import { interrupted, type BatchRecord } from '@/lib/store/batch';
import { SettingsForm } from './SettingsForm';
import { Overview } from './Overview';
import { History } from './History';
import { Ranking } from './Ranking';
import { Batches } from './Batches';
import { Fold } from './Fold';
import { RecordTable, type Sort } from './RecordTable';
import { RecordBar } from './RecordBar';
import { Filters } from './Filters';
import { useRecordList, type Status } from './useRecordList';
import { useRecordActions } from './useRecordActions';
import { punct, tr } from '@/components/i18n';

export function Dashboard() {
  const [filter, setFilter] = useState<RecordFilter>({});
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  /** What the last action did, or why it did not (`error`). */
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  /** How far a long listing, export, deletion or import has come. */
  const [progress, setProgress] = useState<string | null>(null);
  const say: Status = { notice: setNotice, progress: setProgress };
  const { records, full, problems, batches, loaded, load, updated } = useRecordList(open, say);
  const [exportOptions, setExportOptions] = useState<ReviewOptions>({});
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The batch whose pages the list shows, if the auditor asked for them. */
  const [batchFilter, setBatchFilter] = useState<BatchRecord | null>(null);
  const recordsRef = useRef<HTMLElement>(null);
  const [sort, setSort] = useState<Sort>({ key: 'auditedAt', dir: 'desc' });
  /** The page of the list shown (ROWS_PER_PAGE rows each). */
  const [page, setPage] = useState(0);
  const settingsRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(
    () => sortRecords(filterSummaries(oneRowPerReport(records), batchFilter ? { ...filter, hrefs: batchFilter.urls } : filter), sort.key, sort.dir),
    [records, filter, batchFilter, sort],
  );
  // another filter or order starts at the first page
  useEffect(() => setPage(0), [filter, batchFilter, sort]);
  const years = useMemo(() => Array.from(new Set(records.map((r) => r.year).filter((y): y is number => y !== null))).sort(), [records]);
  const set = (patch: Partial<RecordFilter>) => setFilter({ ...filter, ...patch });
  const targets = () => (selected.size ? shown.filter((r) => selected.has(r.url)) : shown);
  const { undo, exportAs, remove, undoRemove, importFile } = useRecordActions(
    { targets, records, filter, exportOptions, load, unselect: () => setSelected(new Set()) },
    say,
  );

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
        <RecordBar
          selected={selected}
          exportOptions={exportOptions}
          onExportOptions={setExportOptions}
          onExport={(format) => void exportAs(format)}
          onDelete={(urls) => void remove(urls)}
          onImport={(f) => void importFile(f)}
        />
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
