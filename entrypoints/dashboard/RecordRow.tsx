/**
 * One record in the dashboard's list: its row (title, address — a report file's opens the viewer,
 * with a link back to the page that published it — organ, year, verdict, counts, time, buttons)
 * and, when opened, its findings with the auditor's corrections and reviews.
 */
import type { PageRecord, ReviewStatus } from '@/lib/store/schema';
import type { RecordSummary } from '@/lib/store/summary';
import { readableAddress } from '@/lib/text/address';
import { visibleFindings, type RecordFilter } from '@/lib/store/filter';
import type { Identity } from '@/lib/store/identity';
import { IdentityForm } from '@/components/IdentityForm';
import { Verdict } from '@/components/Summary';
import { FindingGroups, type OnReview } from '@/components/Findings';
import { viewerUrl } from '@/lib/ext/browser';
import { findingUrl } from '@/components/finding-link';
import { localTime } from '@/components/time';
import { tr } from '@/components/i18n';

/** "2026-01-01 20:30 (UTC+8)" in a narrow column: it may wrap between date, time and zone, never inside the zone. */
function timeCell(text: string) {
  const m = /^(.*) (\(UTC[^)]*\))$/.exec(text);
  return m ? <><span class="nb-nowrap">{m[1]}</span> <span class="nb-nowrap">{m[2]}</span></> : text;
}

export interface RecordRowProps {
  r: RecordSummary;
  /** The full record once read (a failure in words), undefined while it is read. */
  rec: PageRecord | { error: string } | undefined;
  selected: boolean;
  open: boolean;
  filter: RecordFilter;
  onSelect(): void;
  onToggle(): void;
  onDelete(): void;
  onCorrect(identity: Identity): Promise<void>;
  onReview: OnReview;
}

export function RecordRow(p: RecordRowProps) {
  const { r, rec } = p;
  return [
    <tr key={r.url} data-testid="record" data-url={r.url}>
      <td><input type="checkbox" aria-label={r.title ?? r.url} checked={p.selected} onChange={p.onSelect} /></td>
      <td class="nb-page">
        <div class="nb-one-line">
          {r.kind && <span class="nb-tag" data-testid="record-kind">{r.kind.toUpperCase()}</span>}
          <span title={r.title ?? undefined}>{r.title ?? '—'}</span>
        </div>
        <div class="nb-url nb-one-line">
          {r.kind ? (
            // a report file cannot be marked: it opens in the viewer, with its tables rebuilt and marked
            <>
              <a data-testid="record-open" href={viewerUrl(r.href)} target="_blank" rel="noopener noreferrer" title={readableAddress(r.href)}>{readableAddress(r.href)}</a>
              {/* the page that published it and holds nothing else: one report, one row */}
              {r.page && <> · <a data-testid="record-page" href={r.page} target="_blank" rel="noopener noreferrer">{tr('ui_published_on_page')}</a></>}
            </>
          ) : (
            <a data-testid="record-open" href={r.href} target="_blank" rel="noopener noreferrer" title={readableAddress(r.href)}>{readableAddress(r.href)}</a>
          )}
        </div>
      </td>
      <td class="nb-organ-cell" data-testid="record-organ">{r.organ ?? '—'}</td>
      <td>{r.year ?? '—'}</td>
      <td><Verdict verdict={r.verdict} /></td>
      <td class="nb-num">{r.score ?? '—'}</td>
      <td class="nb-num">{r.counts.error}</td>
      <td class="nb-num">{r.counts.warning}</td>
      <td class="nb-muted" data-testid="record-time" title={r.auditedAt}>{timeCell(localTime(r.auditedAt))}</td>
      {/* one column per button: every row's buttons stand at the same place */}
      <td class="nb-act">
        <button data-testid="toggle-findings" aria-expanded={p.open} onClick={p.onToggle}>{p.open ? tr('ui_hide_findings') : tr('ui_show_findings')}</button>
      </td>
      <td class="nb-act">
        <button data-testid="delete" onClick={p.onDelete}>{tr('ui_delete')}</button>
      </td>
    </tr>,
    p.open ? (
      <tr key={`${r.url}#d`} class="nb-detail">
        <td colSpan={11}>
          {!rec ? (
            <p class="nb-muted" data-testid="record-loading">{tr('ui_loading_record')}</p>
          ) : 'error' in rec ? (
            <p class="nb-problem" data-testid="record-error">{tr('ui_record_failed', { error: rec.error })}</p>
          ) : (
            <>
              <IdentityForm key={rec.auditedAt} result={rec.result} identity={rec.identity} onSave={p.onCorrect} />
              <FindingGroups
                findings={visibleFindings(rec, p.filter)}
                reviews={rec.reviews}
                onReview={p.onReview}
                openUrl={(f) => findingUrl(rec.href, f.id, !!rec.result.file, viewerUrl)}
              />
            </>
          )}
        </td>
      </tr>
    ) : null,
  ];
}
