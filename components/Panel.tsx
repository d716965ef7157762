/** The on-page panel: counts, every finding grouped by rule (shown or hidden on the page, reviewed there), stepping through the flagged cells. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding, ReportResult } from '@/lib/result/schema';
import type { Reviews } from '@/lib/result/review';
import { Counts, Summary } from './Summary';
import { FindingItem, shownReview, type OnReview } from './Findings';
import { colon, gap, relatedText, tr } from './i18n';
import { FileList, type PageFile } from './FileList';
import { PanelList, type Marks } from './page/panel-list';

export type { Marks } from './page/panel-list';

export interface PanelProps {
  result: ReportResult;
  reviews: Reviews;
  /** Findings that stand on a page element, in stepping order. */
  steps: Finding[];
  /** Ids of the findings that stand on a page element (notices included). */
  located: Set<string>;
  current: number;
  /** Changes at each step: the list brings the current finding into view. */
  stepToken?: number;
  expanded: boolean;
  storageFull: boolean;
  /** Cells only notices mark (blank cells): how many. */
  noticeCells: number;
  /** Which marks show (a setting): all, and by severity. */
  marks: Marks;
  onMarks(m: Marks): void;
  /** The rules (families) whose marks the auditor hid on this page, and the switch of each. */
  hidden?: Set<string>;
  onGroup?(family: string, show: boolean): void;
  /** A finding confirmed or dismissed (with a note) in the panel; none: the panel offers no review. */
  onReview?: OnReview;
  /** The side the panel docks on, and the auditor's choice of it. */
  dock: 'right' | 'left';
  onDock(): void;
  /** The report files the page links (its report as a PDF or Word file), and what to do with one. */
  files?: PageFile[];
  onFile?(url: string): void;
  /** The audit of the page's file when the page holds nothing but it (audited by itself). */
  fileResult?: { url: string; result: ReportResult | null; error: string | null };
  /** A report file on another site: read only when the auditor clicks (its host shown, as asked). */
  fileOffer?: { url: string; host: string };
  onAuditFile?(url: string): void;
  onToggle(): void;
  onStep(delta: number): void;
  onSelect(f: Finding): void;
  onClose(): void;
}

/** The current finding brought into the panel's scrolled body (below the header and the stepper, never under its fold). */
function useCurrentInView(body: { current: HTMLElement | null }, token: unknown) {
  useLayoutEffect(() => {
    const b = body.current;
    const item = b?.querySelector<HTMLElement>('.nb-current');
    if (!b || !item) return;
    const box = b.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    // nearest: its top at the body's top when above or taller than the body, else its bottom at the body's bottom
    if (r.top < box.top || r.height > box.height) b.scrollTop += r.top - box.top - 4;
    else if (r.bottom > box.bottom) b.scrollTop += r.bottom - box.bottom + 4;
  }, [token]);
}

export function Panel(p: PanelProps) {
  const r = p.result;
  const body = useRef<HTMLDivElement>(null);
  // at each step (not when the panel merely opens: its summary comes first then)
  useCurrentInView(body, p.stepToken ?? p.current);
  if (!p.expanded) {
    return (
      <button class="nb nb-pill" data-testid="panel-pill" aria-label={tr('ui_panel_label')} aria-expanded="false" onClick={p.onToggle}>
        <strong>{tr('ui_title')}</strong>
        {r.isReport ? <Counts result={r} /> : <span class="nb-muted">{tr('ui_verdict_not_report')}</span>}
        {r.isReport && !p.marks.on && <span class="nb-muted" data-testid="marks-hidden">{tr('ui_marks_hidden')}</span>}
      </button>
    );
  }
  const cur = p.steps[p.current];
  return (
    <section class="nb nb-panel" role="region" aria-label={tr('ui_panel_label')} data-testid="panel">
      <header>
        <div class="nb-row nb-panel-title">
          <h2>{tr('ui_title')}</h2>
          <button data-testid="panel-dock" title={tr(p.dock === 'right' ? 'ui_dock_left' : 'ui_dock_right')} aria-label={tr(p.dock === 'right' ? 'ui_dock_left' : 'ui_dock_right')} onClick={p.onDock}>{p.dock === 'right' ? '⇤' : '⇥'}</button>
          <button data-testid="panel-collapse" aria-expanded="true" onClick={p.onToggle}>{tr('ui_collapse')}</button>
          <button data-testid="panel-close" title={tr('ui_dismiss_marks')} aria-label={tr('ui_dismiss_marks')} onClick={p.onClose}>×</button>
        </div>
        {p.steps.length > 0 && (
          <div class="nb-step">
            <button data-testid="panel-prev" onClick={() => p.onStep(-1)}>{tr('ui_prev')}</button>
            <span data-testid="panel-position">{tr('ui_of', { i: p.current + 1, n: p.steps.length })}</span>
            <button data-testid="panel-next" onClick={() => p.onStep(1)}>{tr('ui_next')}</button>
          </div>
        )}
      </header>
      <div class="nb-panel-body" ref={body} data-testid="panel-body">
        {p.storageFull && <div class="nb-warnbox" role="alert">{tr('ui_storage_full')}</div>}
        {r.isReport ? <Summary result={r} /> : <p>{tr('ui_not_report')}</p>}
        {p.files && p.files.length > 0 && (
          <div class="nb-files" data-testid="panel-files">
            <h3 class="nb-muted">{tr('ui_files')}</h3>
            {p.fileOffer && !p.fileResult && (
              <div class="nb-file-result" data-testid="file-offer">
                <p class="nb-muted">{tr('ui_file_other_site', { host: p.fileOffer.host })}</p>
                <button class="nb-primary" data-testid="file-audit-offer" onClick={() => p.onAuditFile?.(p.fileOffer!.url)}>{tr('ui_file_audit_other_site')}</button>
              </div>
            )}
            {p.fileResult && (
              <div class="nb-file-result" data-testid="file-result">
                {p.fileResult.result ? <Summary result={p.fileResult.result} /> : <p class="nb-muted">{p.fileResult.error ?? tr('ui_file_auditing')}</p>}
              </div>
            )}
            <FileList files={p.files} onOpen={(url) => p.onFile?.(url)} />
          </div>
        )}
        {r.isReport && (
          <fieldset class="nb-row nb-marks" data-testid="marks">
            <legend class="nb-muted">{tr('ui_marks')}</legend>
            <button data-testid="marks-toggle" aria-pressed={p.marks.on} onClick={() => p.onMarks({ ...p.marks, on: !p.marks.on })}>
              {tr(p.marks.on ? 'ui_marks_hide' : 'ui_marks_show')}
            </button>
            {(['error', 'warning', 'notice'] as const).map((sev) => (
              <label key={sev} class="nb-row">
                <input type="checkbox" data-testid={sev === 'notice' ? 'show-notices' : `marks-${sev}`} disabled={!p.marks.on} checked={p.marks[sev]} onChange={(e) => p.onMarks({ ...p.marks, [sev]: (e.target as HTMLInputElement).checked })} />
                <span>{sev === 'notice' ? tr('ui_show_blanks', { n: p.noticeCells }) : tr(`ui_sev1_${sev}`)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {(r.isReport || r.findings.length > 0) && (
          <PanelList
            findings={r.findings}
            reviews={p.reviews}
            located={p.located}
            current={cur?.id ?? null}
            marks={p.marks}
            hidden={p.hidden ?? new Set()}
            onGroup={(family, show) => p.onGroup?.(family, show)}
            onSelect={p.onSelect}
            onReview={p.onReview}
          />
        )}
        {/* a report only in its attachment: the file, to audit it */}
        {r.findings.some((f) => f.rule === 'shape:attachment') && p.files && p.files.length > 0 && (
          <div data-testid="attachment-link">
            <FileList files={p.files} onOpen={(url) => p.onFile?.(url)} />
          </div>
        )}
      </div>
    </section>
  );
}

/** What a flagged cell's findings say, shown next to it (placed by the overlay: ./page/placement.ts). It can be entered, to be read or scrolled. */
export function Tooltip(p: { findings: Finding[]; reviews: Reviews; pos: { left: number; top: number; maxHeight: number } | null; width: number }) {
  // unplaced, it is drawn out of sight at its width to be measured
  const style = p.pos ? `left:${p.pos.left}px;top:${p.pos.top}px;width:${p.width}px;max-height:${p.pos.maxHeight}px` : `left:0;top:0;width:${p.width}px;visibility:hidden`;
  return (
    <div class="nb nb-tip" role="tooltip" data-testid="tooltip" style={style}>
      <ul class="nb-list">
        {p.findings.map((f) => (
          <li key={f.id} class="nb-tip-finding">
            <ul class="nb-list">
              <FindingItem f={f} review={shownReview(f, p.reviews)} />
            </ul>
            {(f.actual !== null || f.expected !== null || f.blank) && (
              <div class="nb-nums">
                {f.blank && <span>{tr('ui_printed')} <strong data-testid="tip-actual">{tr('printed_blank')}</strong></span>}
                {f.actual !== null && !f.blank && <span>{tr('ui_printed')} <strong data-testid="tip-actual">{f.actual}</strong></span>}
                {f.expected !== null && <span>{gap()}{tr('ui_expected')} <strong data-testid="tip-expected">{f.expected}</strong></span>}
              </div>
            )}
            {f.related.length > 0 && <div class="nb-rel">{tr('ui_related')}{colon()}{relatedText(f)}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
