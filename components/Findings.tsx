import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/lib/result/schema';
import type { ReviewStatus } from '@/lib/store/schema';
import { reviewOf, type Reviews } from '@/lib/result/review';
import { TABLES } from '@/lib/template/layout';
import { colon, culpritOf, messageOf, placeOf, refName, ruleTextOf, tr } from './i18n';

export type OnReview = (id: string, status: ReviewStatus | null, note: string) => void;

/** A finding's review as the lists show it: none while it is open. */
export function shownReview(f: Finding, reviews: Reviews | undefined) {
  const r = reviewOf(f, reviews);
  return r.status === 'open' ? undefined : { status: r.status, note: r.note };
}

/** Where a finding opens in a new tab (its page scrolled to its cell), when the list offers that. */
export type OpenUrl = (f: Finding) => string;

/** A note field that shows the whole note: it wraps and grows with its text; Enter saves, Shift+Enter starts a new line. */
function NoteArea(p: { value: string; onInput(v: string): void; onSave(): void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    // browsers without field-sizing: content (Firefox) are sized here
    if (!el || (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content'))) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [p.value]);
  return (
    <textarea
      ref={ref}
      class="nb-note-area"
      data-testid="review-note"
      rows={1}
      aria-label={tr('ui_note')}
      placeholder={tr('ui_note')}
      value={p.value}
      onInput={(e) => p.onInput((e.target as HTMLTextAreaElement).value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          (e.target as HTMLTextAreaElement).blur();
        }
      }}
      onChange={p.onSave}
    />
  );
}

export function FindingItem(p: { f: Finding; review?: Reviews[string]; onSelect?: (f: Finding) => void; onReview?: OnReview; openUrl?: OpenUrl; noteArea?: boolean }) {
  const { f, review } = p;
  const [note, setNote] = useState(review?.note ?? '');
  // the record (and its notes) may arrive after the findings are shown
  useEffect(() => setNote(review?.note ?? ''), [review?.note]);
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
      {f.needsReview && f.reason && <div class="nb-reason" data-testid="review-reason">{tr('ui_review_why')}{colon()}{ruleTextOf(f)}</div>}
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
              {p.noteArea ? (
                <NoteArea value={note} onInput={setNote} onSave={() => p.onReview!(f.id, status, note)} />
              ) : (
                <input
                  aria-label={tr('ui_note')}
                  placeholder={tr('ui_note')}
                  value={note}
                  onInput={(e) => setNote((e.target as HTMLInputElement).value)}
                  onChange={() => p.onReview!(f.id, status, note)}
                />
              )}
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

/** Findings grouped by table, sections and other findings last. `openUrl`: each finding links to its place; `noteArea`: notes in a field that shows them whole. */
export function FindingGroups(p: { findings: Finding[]; reviews?: Reviews; onSelect?: (f: Finding) => void; onReview?: OnReview; hideNotices?: boolean; openUrl?: OpenUrl; noteArea?: boolean }) {
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
                <FindingItem key={f.id} f={f} review={shownReview(f, p.reviews)} onSelect={p.onSelect} onReview={p.onReview} openUrl={p.openUrl} noteArea={p.noteArea} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
