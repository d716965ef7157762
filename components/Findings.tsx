import { NoteField } from './NoteField';
import type { Finding } from '@/lib/result/schema';
import type { ReviewStatus } from '@/lib/store/schema';
import { reviewOf, type Reviews } from '@/lib/result/review';
import { TABLES } from '@/lib/template/layout';
import { colon, culpritOf, messageOf, placeOf, reasonText, refName, ruleTextOf, tr } from './i18n';

/** Store a review (status null clears it); the promise settles when the background has it. */
export type OnReview = (id: string, status: ReviewStatus | null, note: string) => void | Promise<unknown>;

/** A finding's review as the lists show it: none while it is open. */
export function shownReview(f: Finding, reviews: Reviews | undefined) {
  const r = reviewOf(f, reviews);
  return r.status === 'open' ? undefined : { status: r.status, note: r.note };
}

/** Where a finding opens in a new tab (its page scrolled to its cell), when the list offers that. */
export type OpenUrl = (f: Finding) => string;

export function FindingItem(p: { f: Finding; review?: Reviews[string]; onSelect?: (f: Finding) => void; onReview?: OnReview; openUrl?: OpenUrl }) {
  const { f, review } = p;
  const note = review?.note ?? '';
  const status = review?.status ?? 'open';
  const culprit = culpritOf(f);
  return (
    <li
      class={`nb-item nb-item-${f.severity}${p.onSelect ? ' nb-clickable' : ''}`}
      data-finding={f.id}
      data-status={status}
      onClick={p.onSelect ? () => p.onSelect!(f) : undefined}
    >
      <div class="nb-row">
        {f.needsReview ? (
          <span class="nb-sev nb-sev-review" data-testid="needs-review">{tr('ui_review_badge')}</span>
        ) : (
          <span class={`nb-sev nb-sev-${f.severity}`}>{tr(`ui_sev1_${f.severity}`)}</span>
        )}
        <span class="nb-cell nb-grow">{placeOf(f) || f.where || ''}</span>
        {status !== 'open' && <span class={`nb-status nb-status-${status}`}>{tr(`ui_status_${status}`)}</span>}
        {p.openUrl && (
          <a class="nb-open" data-testid="finding-open" href={p.openUrl(f)} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>
            {tr('ui_finding_open')}
          </a>
        )}
      </div>
      <div class="nb-msg">{messageOf(f)}</div>
      {f.needsReview && f.reason && <div class="nb-reason" data-testid="review-reason">{tr('ui_review_why')}{colon()}{reasonText(f)}</div>}
      {culprit && <div class="nb-culprit" data-testid="culprit">{culprit}</div>}
      <div class="nb-rule-text" data-testid="rule-text" data-rule={f.rule}>{ruleTextOf(f)}</div>
      {review?.note && !p.onReview && <div class="nb-note">{tr('ui_note')}{colon()}{review.note}</div>}
      {p.onReview && (
        <div class="nb-actions" onClick={(e) => e.stopPropagation()}>
          {status === 'open' ? (
            <>
              <button data-action="confirm" onClick={() => p.onReview!(f.id, 'confirmed', note)}>{tr('ui_confirm')}</button>
              <button data-action="dismiss" onClick={() => p.onReview!(f.id, 'dismissed', note)}>{tr('ui_dismiss')}</button>
            </>
          ) : (
            <>
              <NoteField value={note} save={async (n) => p.onReview!(f.id, status, n)} />
              <button data-action="clear" onClick={() => p.onReview!(f.id, null, '')}>{tr('ui_clear_mark')}</button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Findings that need review come first, in a group of their own (they count apart); then by table, sections and other findings last. */
const GROUPS = ['review', ...TABLES, null] as const;

/** Findings grouped by table, sections and other findings last. `openUrl`: each finding links to its place. */
export function FindingGroups(p: { findings: Finding[]; reviews?: Reviews; onSelect?: (f: Finding) => void; onReview?: OnReview; hideNotices?: boolean; openUrl?: OpenUrl }) {
  const shown = p.hideNotices ? p.findings.filter((f) => f.severity !== 'notice') : p.findings;
  if (!shown.length) return <p class="nb-muted" data-testid="no-findings">{tr('ui_no_findings')}</p>;
  return (
    <div>
      {GROUPS.map((g) => {
        const list = shown.filter((f) => (g === 'review' ? f.needsReview : !f.needsReview && (g === null ? !f.table || !f.cell : f.table === g && f.cell)));
        if (!list.length) return null;
        return (
          <section class="nb-group" key={g ?? 'other'} data-group={g ?? 'other'}>
            <h3>{g === 'review' ? tr('ui_review_group') : g ? refName({ table: g, args: {} }, { row: '*', col: '*' }) : tr('ui_table_other')}</h3>
            {g === 'review' && <p class="nb-muted" data-testid="review-note-text">{tr('ui_review_explain')}</p>}
            <ul class="nb-list">
              {list.map((f) => (
                <FindingItem key={f.id} f={f} review={shownReview(f, p.reviews)} onSelect={p.onSelect} onReview={p.onReview} openUrl={p.openUrl} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
