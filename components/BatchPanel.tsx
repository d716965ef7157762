/** The on-page panel of a listing of reports: audit them all, with progress, cancel and a summary. */
import type { BatchRecord } from '@/lib/store/batch';
import { remaining } from '@/lib/store/batch-progress';
import { tr } from './i18n';

export interface BatchPanelProps {
  count: number;
  /** All the listing's report links, when more than a batch takes (`count`). */
  total?: number;
  record: BatchRecord | null;
  running: boolean;
  expanded: boolean;
  onToggle(): void;
  onStart(): void;
  onCancel(): void;
  onDashboard(): void;
  onClose(): void;
}

export function batchNumbers(b: BatchRecord | null) {
  const errors = b ? Object.values(b.verdicts).filter((v) => v.error > 0).length : 0;
  return { done: b?.done.length ?? 0, failed: b?.failed.length ?? 0, left: b ? remaining(b).length : 0, total: b?.urls.length ?? 0, errors };
}

export function BatchPanel(p: BatchPanelProps) {
  const n = batchNumbers(p.record);
  if (!p.expanded) {
    return (
      <button class="nb nb-pill" data-testid="panel-pill" aria-expanded="false" onClick={p.onToggle}>
        <strong>{tr('ui_title')}</strong>
        <span>{p.running ? tr('ui_batch_progress', n) : tr('ui_listing_pill', { n: p.count })}</span>
      </button>
    );
  }
  const b = p.record;
  const pct = n.total ? Math.round((100 * (n.done + n.failed)) / n.total) : 0;
  return (
    <section class="nb nb-panel" role="region" aria-label={tr('ui_panel_label')} data-testid="batch-panel">
      <header>
        <h2>{tr('ui_title')}</h2>
        <button data-testid="panel-collapse" aria-expanded="true" onClick={p.onToggle}>{tr('ui_collapse')}</button>
        <button data-testid="panel-close" onClick={p.onClose}>×</button>
      </header>
      <p>{tr('ui_listing_pill', { n: p.count })}</p>
      {p.total !== undefined && p.total > p.count && <p class="nb-warnbox" data-testid="batch-left-out">{tr('ui_batch_left_out', { total: p.total, n: p.count, left: p.total - p.count })}</p>}
      {b && (
        <>
          <div class="nb-progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
            <div style={`width:${pct}%`} />
          </div>
          <p data-testid="batch-status" data-status={p.running ? 'running' : b.status}>
            {p.running
              ? tr('ui_batch_progress', n)
              : b.status === 'finished'
                ? tr('ui_batch_finished', n)
                : b.status === 'cancelled'
                  ? tr('ui_batch_cancelled', n)
                  : tr('ui_batch_interrupted', n)}
          </p>
        </>
      )}
      <div class="nb-row">
        {p.running ? (
          <button data-testid="batch-cancel" onClick={p.onCancel}>{tr('ui_batch_cancel')}</button>
        ) : (
          <button class="nb-primary" data-testid="batch-start" onClick={p.onStart}>
            {b && b.status !== 'finished' && n.left ? tr('ui_batch_resume', { n: n.left }) : tr('ui_batch_start')}
          </button>
        )}
        {b && <button data-testid="batch-dashboard" onClick={p.onDashboard}>{tr('ui_open_dashboard')}</button>}
      </div>
      {b && b.failed.length > 0 && (
        <div data-testid="batch-failed">
          <h3 class="nb-muted" style="font-size:12px;margin-top:8px">{tr('ui_batch_failed_list')}</h3>
          <ul class="nb-list">
            {b.failed.map((f) => (
              <li class="nb-item nb-item-warning" key={f.url}>
                <div class="nb-cell">{f.url}</div>
                <div class="nb-msg">{f.error}</div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
