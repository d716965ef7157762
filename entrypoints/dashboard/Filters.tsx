/** The dashboard's filters: organ, year, severity, review status, text, and the batch the list is narrowed to. */
import type { RecordFilter } from '@/lib/store/filter';
import type { BatchRecord } from '@/lib/store/batch';
import { tr } from '@/components/i18n';

export function Filters(p: { filter: RecordFilter; years: number[]; onChange(patch: Partial<RecordFilter>): void; batch: BatchRecord | null; onClearBatch(): void }) {
  return (
    <div class="nb-filters">
      <label>{tr('ui_filter_organ')}<input data-testid="filter-organ" value={p.filter.organ ?? ''} onInput={(e) => p.onChange({ organ: (e.target as HTMLInputElement).value })} /></label>
      <label>{tr('ui_filter_year')}
        <select data-testid="filter-year" value={p.filter.year ?? ''} onChange={(e) => p.onChange({ year: Number((e.target as HTMLSelectElement).value) || null })}>
          <option value="">{tr('ui_all')}</option>
          {p.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>{tr('ui_filter_severity')}
        <select data-testid="filter-severity" value={p.filter.severity ?? ''} onChange={(e) => p.onChange({ severity: (e.target as HTMLSelectElement).value as RecordFilter['severity'] })}>
          <option value="">{tr('ui_all')}</option>
          {(['error', 'warning', 'notice'] as const).map((s) => <option key={s} value={s}>{tr(`ui_sev1_${s}`)}</option>)}
        </select>
      </label>
      <label>{tr('ui_filter_status')}
        <select data-testid="filter-status" value={p.filter.status ?? ''} onChange={(e) => p.onChange({ status: (e.target as HTMLSelectElement).value as RecordFilter['status'] })}>
          <option value="">{tr('ui_all')}</option>
          {(['open', 'confirmed', 'dismissed'] as const).map((s) => <option key={s} value={s}>{tr(`ui_status_${s}`)}</option>)}
        </select>
      </label>
      <label class="nb-grow">{tr('ui_filter_text')}<input data-testid="filter-text" value={p.filter.text ?? ''} onInput={(e) => p.onChange({ text: (e.target as HTMLInputElement).value })} /></label>
      {p.batch && (
        <div class="nb-chip" data-testid="filter-batch" title={p.batch.listing}>
          <span>{tr('ui_filter_batch', { title: p.batch.title || p.batch.listing })}</span>
          <button data-testid="filter-batch-clear" onClick={p.onClearBatch}>{tr('ui_filter_clear')}</button>
        </div>
      )}
    </div>
  );
}
