/**
 * Every audited page, filtered, reviewed and exported. The record list comes
 * first; the batches, the summaries, the history and the settings are folded
 * below it (the batches open when one was cut off and can be resumed).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageRecord, ReviewStatus, Backup } from '@/lib/store/schema';
import type { StoreProblem } from '@/lib/store/record-store';
import { filterRecords, nextSort, sortRecords, visibleFindings, type RecordFilter, type SortDir, type SortKey } from '@/lib/store/filter';
import { toCsv, toMarkdown } from '@/lib/result/format';
import { applyReviews, type ReviewOptions } from '@/lib/result/review';
import { ExportOptions } from '@/components/ExportOptions';
import { IdentityForm } from '@/components/IdentityForm';
import type { Identity } from '@/lib/store/identity';
import { Verdict } from '@/components/Summary';
import { FindingGroups } from '@/components/Findings';
import { ask } from '@/components/useBackground';
import { viewerUrl } from '@/lib/ext/browser';
import { findingUrl } from '@/components/finding-link';
import { localTime } from '@/components/time';
import { readBackupFile, type ImportProblem } from '@/components/backup-file';
import { fileName, saveFile, type Format } from '@/components/download';
import { interrupted, type BatchRecord } from '@/lib/store/batch';
import { SettingsForm } from './SettingsForm';
import { Overview } from './Overview';
import { History } from './History';
import { Batches } from './Batches';
import { Fold } from './Fold';
import { getLang, punct, tr } from '@/components/i18n';

/** How long the notice of a deletion offers 撤销. */
const UNDO_MS = 15_000;

/** "2026-01-01 20:30 (UTC+8)" in a narrow column: it may wrap between date, time and zone, never inside the zone. */
function timeCell(text: string) {
  const m = /^(.*) (\(UTC[^)]*\))$/.exec(text);
  return m ? <>{m[1]} <span class="nb-nowrap">{m[2]}</span></> : text;
}

/** Why a file chosen for import was not imported, for people. */
function importProblem(problem: ImportProblem, size: number): string {
  switch (problem) {
    case 'too-big':
      return tr('ui_import_too_big', { mb: (size / 1024 / 1024).toFixed(1) });
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

export function Dashboard() {
  const [records, setRecords] = useState<PageRecord[]>([]);
  const [problems, setProblems] = useState<StoreProblem[]>([]);
  const [filter, setFilter] = useState<RecordFilter>({});
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  /** What the last action did, or why it did not (`error`). */
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [exportOptions, setExportOptions] = useState<ReviewOptions>({});
  const [batches, setBatches] = useState<BatchRecord[]>([]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The batch whose pages the list shows, if the auditor asked for them. */
  const [batchFilter, setBatchFilter] = useState<BatchRecord | null>(null);
  const recordsRef = useRef<HTMLElement>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'auditedAt', dir: 'desc' });
  /** The records just deleted, as a backup that 撤销 imports again; the notice stays UNDO_MS after the last deletion. */
  const [undo, setUndo] = useState<Backup | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);
  const settingsRef = useRef<HTMLDivElement>(null);

  async function load() {
    const [r, b] = await Promise.all([
      ask<{ records: PageRecord[]; problems: StoreProblem[] }>({ type: 'records:list' }),
      ask<BatchRecord[]>({ type: 'batches:list' }).catch(() => []),
    ]);
    setRecords(r.records);
    setProblems(r.problems);
    setBatches(b);
    setLoaded(true);
  }
  useEffect(() => void load(), []);

  const shown = useMemo(
    () => sortRecords(filterRecords(records, batchFilter ? { ...filter, hrefs: batchFilter.urls } : filter), sort.key, sort.dir),
    [records, filter, batchFilter, sort],
  );
  const years = useMemo(() => [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort(), [records]);
  const set = (patch: Partial<RecordFilter>) => setFilter({ ...filter, ...patch });
  const targets = () => (selected.size ? shown.filter((r) => selected.has(r.url)) : shown);

  async function exportAs(format: Format) {
    const rs = targets();
    const lang = getLang();
    let text: string;
    if (format === 'json') {
      // by the page's address: a normalised one with a port (host:8080/…) does not parse as an address again
      text = JSON.stringify(await ask<Backup>({ type: 'records:export', hrefs: rs.map((r) => r.href) }), null, 2) + '\n';
    } else {
      // what the filters show (severity, review status), as reviewed: dismissed findings out unless asked
      const results = rs.map((r) => {
        const visible = new Set(visibleFindings(r, filter).map((f) => f.id));
        const reviewed = applyReviews(r.result, r.reviews, { ...exportOptions, includeDismissed: exportOptions.includeDismissed || filter.status === 'dismissed' });
        return { ...reviewed, source: r.href, findings: reviewed.findings.filter((f) => visible.has(f.id)) };
      });
      text = format === 'csv' ? toCsv(results, lang) : toMarkdown(results, lang);
    }
    saveFile(fileName(filter.organ || 'records', format), text, format);
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
    let backup: Backup;
    try {
      backup = await ask<Backup>({ type: 'records:export', hrefs });
    } catch (e) {
      // no backup, no deletion
      setNotice({ text: tr('ui_delete_failed', { error: String((e as Error).message ?? e) }), error: true });
      return;
    }
    try {
      await ask({ type: 'records:delete', hrefs });
    } catch (e) {
      // some may be gone: 撤销 is offered all the same
      setNotice({ text: tr('ui_delete_error', { error: String((e as Error).message ?? e) }), error: true });
    }
    setUndo((u) => ({ ...backup, records: [...(u?.records ?? []), ...backup.records] }));
    setSelected(new Set());
    await load();
  }

  async function undoRemove() {
    if (!undo) return;
    try {
      const r = await ask<{ added: number; updated: number; skipped: number }>({ type: 'records:import', backup: undo });
      setUndo(null);
      setNotice({ text: tr('ui_restored', { n: r.added + r.updated + r.skipped }) });
    } catch (e) {
      setNotice({ text: tr('ui_undo_failed', { error: String((e as Error).message ?? e) }), error: true });
    }
    await load();
  }

  /** Import a JSON backup; a file that is none (too large, empty, not JSON, not ours) is said to be so and nothing is sent. */
  async function importFile(file: File) {
    const checked = await readBackupFile(file);
    if (!checked.ok) {
      setNotice({ text: importProblem(checked.problem, file.size), error: true });
      return;
    }
    try {
      const r = await ask<{ added: number; updated: number; skipped: number; problems: string[] }>({ type: 'records:import', backup: checked.backup });
      setNotice({ text: [tr('ui_imported', { added: r.added, updated: r.updated, skipped: r.skipped }), ...r.problems].join(punct('semicolon')) });
    } catch (e) {
      const error = String((e as Error).message ?? e);
      setNotice({ text: error === 'storage-full' ? tr('ui_storage_full') : tr('ui_import_failed', { error }), error: true });
    }
    await load();
  }

  async function correct(r: PageRecord, identity: Identity) {
    const updated = await ask<PageRecord | null>({ type: 'record:identity', href: r.href, identity }).catch(() => null);
    if (updated) setRecords(records.map((x) => (x.url === updated.url ? updated : x)));
  }

  async function review(r: PageRecord, id: string, status: ReviewStatus | null, note: string) {
    const updated = await ask<PageRecord | null>({ type: 'finding:review', href: r.href, id, status, note });
    if (updated) setRecords(records.map((x) => (x.url === updated.url ? updated : x)));
  }

  function openSettings() {
    setSettingsOpen(true);
    // after the fold has opened
    requestAnimationFrame(() => settingsRef.current?.scrollIntoView({ block: 'start' }));
  }

  /** A header that sorts its column: a click sorts, a second click reverses; aria-sort says how it stands. */
  const sortable = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} data-sort={key}>
      <button type="button" class="nb-sort" data-testid={`sort-${key}`} onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span class="nb-sort-mark" aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );

  function showBatch(b: BatchRecord) {
    setBatchFilter(b);
    recordsRef.current?.scrollIntoView({ block: 'start' });
  }

  const now = new Date();
  const resumable = batches.some((b) => interrupted(b, now));

  const toggle = (s: Set<string>, k: string) => {
    const n = new Set(s);
    if (n.has(k)) n.delete(k);
    else n.add(k);
    return n;
  };

  return (
    <div class="nb nb-dash">
      <header>
        <h1>{tr('ui_title')} · {tr('ui_dashboard')}</h1>
        <span class="nb-muted" data-testid="record-count">{tr('ui_pages')} {shown.length} / {records.length}</span>
        <button data-testid="open-settings" aria-controls="nb-settings" aria-expanded={settingsOpen} onClick={openSettings}>{tr('ui_settings')}</button>
      </header>
      {problems.map((p) => (
        <div class="nb-problem" key={p.key} data-testid="problem">{tr('ui_problems')}{punct('colon')}{p.key} — {p.detail}</div>
      ))}
      {notice && <div class={notice.error ? 'nb-problem' : 'nb-notice'} data-testid="notice" role="status">{notice.text}</div>}
      {undo && (
        // fixed at the bottom of the window: in view wherever the deleted row was
        <div class="nb-notice nb-undo" data-testid="undo-notice" role="status">
          <span>{tr('ui_deleted', { n: undo.records.length })}</span>
          <button data-testid="undo" onClick={() => void undoRemove()}>{tr('ui_undo')}</button>
        </div>
      )}
      <section class="nb-records" data-testid="records" ref={recordsRef}>
        <div class="nb-filters">
          <label>{tr('ui_filter_organ')}<input data-testid="filter-organ" value={filter.organ ?? ''} onInput={(e) => set({ organ: (e.target as HTMLInputElement).value })} /></label>
          <label>{tr('ui_filter_year')}
            <select data-testid="filter-year" value={filter.year ?? ''} onChange={(e) => set({ year: Number((e.target as HTMLSelectElement).value) || null })}>
              <option value="">{tr('ui_all')}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label>{tr('ui_filter_severity')}
            <select data-testid="filter-severity" value={filter.severity ?? ''} onChange={(e) => set({ severity: (e.target as HTMLSelectElement).value as RecordFilter['severity'] })}>
              <option value="">{tr('ui_all')}</option>
              {(['error', 'warning', 'notice'] as const).map((s) => <option key={s} value={s}>{tr(`ui_sev1_${s}`)}</option>)}
            </select>
          </label>
          <label>{tr('ui_filter_status')}
            <select data-testid="filter-status" value={filter.status ?? ''} onChange={(e) => set({ status: (e.target as HTMLSelectElement).value as RecordFilter['status'] })}>
              <option value="">{tr('ui_all')}</option>
              {(['open', 'confirmed', 'dismissed'] as const).map((s) => <option key={s} value={s}>{tr(`ui_status_${s}`)}</option>)}
            </select>
          </label>
          <label class="nb-grow">{tr('ui_filter_text')}<input data-testid="filter-text" value={filter.text ?? ''} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} /></label>
          {batchFilter && (
            <div class="nb-chip" data-testid="filter-batch" title={batchFilter.listing}>
              <span>{tr('ui_filter_batch', { title: batchFilter.title || batchFilter.listing })}</span>
              <button data-testid="filter-batch-clear" onClick={() => setBatchFilter(null)}>{tr('ui_filter_clear')}</button>
            </div>
          )}
        </div>
        <div class="nb-bar">
          <span class="nb-muted">{selected.size ? tr('ui_selected', { n: selected.size }) : tr('ui_export_selection')}</span>
          <button data-testid="export-csv" onClick={() => void exportAs('csv')}>CSV</button>
          <button data-testid="export-json" onClick={() => void exportAs('json')}>JSON</button>
          <button data-testid="export-md" onClick={() => void exportAs('md')}>Markdown</button>
          <ExportOptions value={exportOptions} onChange={setExportOptions} />
          <span class="nb-grow" />
          {selected.size > 0 && <button data-testid="delete-selected" onClick={() => void remove([...selected])}>{tr('ui_delete_selected')}</button>}
          <label class="nb-row">
            <span>{tr('ui_import')}</span>
            <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void importFile(f);
              // the same file chosen again is read again
              (e.target as HTMLInputElement).value = '';
            }} />
          </label>
        </div>
        {loaded && records.length === 0 && <p class="nb-muted" data-testid="empty">{tr('ui_empty_dashboard')}</p>}
        {shown.length > 0 && (
          <table class="nb-table">
            <thead>
              <tr>
                <th><input type="checkbox" aria-label={tr('ui_select_all')} checked={selected.size === shown.length} onChange={() => setSelected(selected.size === shown.length ? new Set() : new Set(shown.map((r) => r.url)))} /></th>
                <th>{tr('ui_page')}</th>
                {sortable('organ', tr('ui_organ'))}
                {sortable('year', tr('ui_year'))}
                <th>{tr('ui_verdict')}</th>
                {sortable('score', tr('ui_score'))}
                {sortable('errors', tr('ui_sev_error'))}
                <th>{tr('ui_sev_warning')}</th>
                {sortable('auditedAt', tr('ui_audited_at'))}
                <th class="nb-act" colSpan={2}>{tr('ui_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.flatMap((r) => [
                <tr key={r.url} data-testid="record" data-url={r.url}>
                  <td><input type="checkbox" aria-label={r.title ?? r.url} checked={selected.has(r.url)} onChange={() => setSelected(toggle(selected, r.url))} /></td>
                  <td>
                    <div>
                      {r.result.file && <span class="nb-tag" data-testid="record-kind">{r.result.file.kind.toUpperCase()}</span>}
                      {r.title ?? '—'}
                    </div>
                    <div class="nb-url">
                      {r.result.file ? (
                        // a report file cannot be marked: it opens in the viewer, with its tables rebuilt and marked
                        <a data-testid="record-open" href={viewerUrl(r.href)} target="_blank" rel="noopener noreferrer">{r.href}</a>
                      ) : (
                        <a data-testid="record-open" href={r.href} target="_blank" rel="noopener noreferrer">{r.href}</a>
                      )}
                    </div>
                  </td>
                  <td data-testid="record-organ">{r.organ ?? '—'}</td>
                  <td>{r.year ?? '—'}</td>
                  <td><Verdict verdict={r.verdict} /></td>
                  <td class="nb-num">{r.score ?? '—'}</td>
                  <td class="nb-num">{r.counts.error}</td>
                  <td class="nb-num">{r.counts.warning}</td>
                  <td class="nb-muted" data-testid="record-time" title={r.auditedAt}>{timeCell(localTime(r.auditedAt))}</td>
                  {/* one column per button: every row's buttons stand at the same place */}
                  <td class="nb-act">
                    <button data-testid="toggle-findings" aria-expanded={open.has(r.url)} onClick={() => setOpen(toggle(open, r.url))}>{open.has(r.url) ? tr('ui_hide_findings') : tr('ui_show_findings')}</button>
                  </td>
                  <td class="nb-act">
                    <button data-testid="delete" onClick={() => void remove([r.url])}>{tr('ui_delete')}</button>
                  </td>
                </tr>,
                open.has(r.url) ? (
                  <tr key={`${r.url}#d`} class="nb-detail">
                    <td colSpan={11}>
                      <IdentityForm key={r.auditedAt} result={r.result} identity={r.identity} onSave={(identity) => correct(r, identity)} />
                      <FindingGroups
                        findings={visibleFindings(r, filter)}
                        reviews={r.reviews}
                        onReview={(id, s, n) => void review(r, id, s, n)}
                        openUrl={(f) => findingUrl(r.href, f.id, !!r.result.file, viewerUrl)}
                        noteArea
                      />
                    </td>
                  </tr>
                ) : null,
              ])}
            </tbody>
          </table>
        )}
      </section>
      {batches.length > 0 && (
        <Fold id="batches" title={tr('ui_batches')} open={resumable}>
          <Batches batches={batches} now={now} onFilter={showBatch} />
        </Fold>
      )}
      {records.length > 0 && (
        <Fold id="summary" title={`${tr('ui_summary')} · ${tr('ui_top_rules')}`}>
          <Overview records={records} />
        </Fold>
      )}
      <History records={records} />
      <div ref={settingsRef}>
        <SettingsForm open={settingsOpen} onToggle={setSettingsOpen} />
      </div>
    </div>
  );
}
