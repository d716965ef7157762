/** The toolbar popup: the current page's compliance at a glance. */
import { fileNameOf } from '@/lib/text/address';
import { useEffect, useState } from 'preact/hooks';
import { activeTab } from '@/lib/ext/browser';
import type { PageState } from '@/lib/ext/messages';
import type { PageRecord, ReviewStatus } from '@/lib/store/schema';
import type { Finding } from '@/lib/result/schema';
import { Summary } from '@/components/Summary';
import { FindingGroups } from '@/components/Findings';
import { ask, askTab, request } from '@/components/useBackground';
import { fileName, saveFile } from '@/components/download';
import { saveLetters } from '@/components/letters';
import { exportReports, type ExportFormat } from '@/lib/result/format';
import { applyReviews, reviewedSummary, type ReviewOptions } from '@/lib/result/review';
import { ExportOptions } from '@/components/ExportOptions';
import { IdentityForm } from '@/components/IdentityForm';
import { FileList } from '@/components/FileList';
import type { Identity } from '@/lib/store/identity';
import { getLang, tr } from '@/components/i18n';
import { batchNumbers } from '@/components/BatchPanel';
import { LISTING_MIN } from '@/lib/page/recognise';

/** The tab this popup speaks for: ?tab=N when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tab');
  if (q && /^\d+$/.test(q)) return Number(q);
  return (await activeTab())?.id ?? null;
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null | 'unreachable'>(null);
  const [record, setRecord] = useState<PageRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [exportOptions, setExportOptions] = useState<ReviewOptions>({});
  /** The letter asked for had nothing to list. */
  const [noLetter, setNoLetter] = useState(false);

  async function load(id: number) {
    const s = await askTab<PageState>(id, { type: 'page:state' });
    setState(s ?? 'unreachable');
    const page = s ? await request({ type: 'record:get', href: s.href }).catch(() => null) : null;
    // a page that holds nothing but its report file: the report is the file's record (one report, one record)
    const file = page?.file ? await request({ type: 'record:get', href: page.file }).catch(() => null) : null;
    setRecord(file ?? page);
  }

  useEffect(() => {
    void targetTab().then((id) => {
      setTabId(id);
      if (id === null) setState('unreachable');
      else void load(id);
    });
  }, []);

  async function reaudit() {
    if (tabId === null) return;
    setBusy(true);
    await ask({ type: 'tab:audit', tabId }).catch(() => undefined);
    await load(tabId);
    setBusy(false);
  }

  const listing = !!state && state !== 'unreachable' && !(state.result?.isReport) && state.listing >= LISTING_MIN;
  const audited = record?.result ?? (state && state !== 'unreachable' ? state.result : null);
  /** The record shown is the page's report file, not the page. */
  const ofFile = !!record?.page && !!state && state !== 'unreachable' && record.href !== state.href;
  // the auditor's decisions count: dismissed findings leave the counts, score and verdict
  const result = audited ? { ...audited, ...reviewedSummary(audited, record?.reviews) } : null;

  function doExport(format: ExportFormat) {
    if (!audited) return;
    const reviewed = applyReviews(audited, record?.reviews, exportOptions);
    saveFile(fileName(audited.organ ?? audited.title ?? 'page', format), exportReports([reviewed], format, getLang()), format);
  }

  /** The page's 问题清单 as a Word file, as reviewed (dismissed findings out). */
  async function doLetter() {
    if (!audited) return;
    const reviewed = applyReviews(audited, record?.reviews, exportOptions);
    setNoLetter((await saveLetters([reviewed], getLang(), audited.organ ?? audited.title ?? 'page')) === 0);
  }

  async function review(id: string, status: ReviewStatus | null, note: string) {
    if (!record) return;
    const r = await request({ type: 'finding:review', href: record.href, id, status, note });
    if (r) setRecord(r);
  }

  async function correct(identity: Identity) {
    if (!record) return;
    const r = await request({ type: 'record:identity', href: record.href, identity }).catch(() => null);
    if (r) setRecord(r);
  }

  function select(f: Finding) {
    if (tabId !== null) void askTab(tabId, { type: 'page:scroll', id: f.id });
  }

  return (
    <div class="nb nb-popup">
      <header>
        <h1>{tr('ui_title')}</h1>
        <button data-testid="open-dashboard" onClick={() => void ask({ type: 'dashboard:open' }).then(() => window.close())}>
          {tr('ui_open_dashboard')}
        </button>
      </header>
      {state === null && <p class="nb-muted">…</p>}
      {state === 'unreachable' && <p class="nb-muted" data-testid="unreachable">{tr('ui_unreachable')}</p>}
      {state && state !== 'unreachable' && (
        <>
          {result?.title && <div class="nb-title" data-testid="title">{result.title}</div>}
          {ofFile && record && (
            <p class="nb-muted" data-testid="popup-of-file">
              {tr('ui_report_is_file', { kind: record.result.file?.kind.toUpperCase() ?? '' })}{' '}
              <a href="#" data-testid="popup-open-file" onClick={(e) => (e.preventDefault(), void ask({ type: 'file:open', url: record.href, from: record.page ?? null }).then(() => window.close()))}>
                {fileNameOf(record.href)}
              </a>
            </p>
          )}
          {result && result.isReport ? (
            <Summary result={result} />
          ) : listing ? (
            // a listing of reports: what the page is, and auditing its reports is the thing to do here
            <p data-testid="page-kind">{tr('ui_listing_kind', { n: state.listing })}</p>
          ) : (
            <p data-testid="not-report">{state.audited ? tr('ui_not_report') : tr('ui_not_audited')}</p>
          )}
          {listing && (
            <div class="nb-bar" data-testid="listing">
              {state.batch && <span class="nb-muted" data-testid="listing-progress">{tr('ui_batch_progress', batchNumbers(state.batch))}</span>}
              <button class="nb-primary" data-testid="batch-start" onClick={() => tabId !== null && void askTab(tabId, { type: 'page:batch', action: 'start' }).then(() => load(tabId))}>
                {tr('ui_batch_start')}
              </button>
            </div>
          )}
          {record && result?.isReport && <IdentityForm key={record.auditedAt} result={record.result} identity={record.identity} onSave={correct} />}
          <div class="nb-bar">
            <button class={listing ? '' : 'nb-primary'} data-testid="reaudit" disabled={busy} onClick={() => void reaudit()}>
              {listing ? tr('ui_audit_as_report') : state.audited ? tr('ui_reaudit') : tr('ui_audit_now')}
            </button>
            {result && (
              <>
                <span class="nb-muted">{tr('ui_export')}</span>
                <button data-testid="export-csv" onClick={() => doExport('csv')}>{tr('ui_export_csv')}</button>
                <button data-testid="export-json" onClick={() => doExport('json')}>{tr('ui_export_json')}</button>
                <button data-testid="export-md" onClick={() => doExport('md')}>{tr('ui_export_md')}</button>
                <button data-testid="export-letter" title={tr('ui_export_letter_hint')} onClick={() => void doLetter()}>{tr('ui_export_letter')}</button>
                {noLetter && <span class="nb-muted" data-testid="letter-none">{tr('ui_export_letter_none')}</span>}
                <ExportOptions value={exportOptions} onChange={setExportOptions} />
              </>
            )}
          </div>
          {state.files.length > 0 && (
            <section data-testid="popup-files">
              <h2 class="nb-muted">{tr('ui_files')}</h2>
              <FileList files={state.files} onOpen={(url) => void ask({ type: 'file:open', url, from: state.href }).then(() => window.close())} />
            </section>
          )}
          {result?.isReport && (
            <FindingGroups findings={result.findings} reviews={record?.reviews} onSelect={select} onReview={record ? review : undefined} hideNotices />
          )}
        </>
      )}
    </div>
  );
}
