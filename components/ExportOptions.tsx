/** What an export holds: the dismissed findings (left out by default), and errors and warnings only. */
import type { ReviewOptions } from '@/lib/result/review';
import { tr } from './i18n';

export function ExportOptions(p: { value: ReviewOptions; onChange(v: ReviewOptions): void }) {
  return (
    <span class="nb-row nb-export-options">
      <label class="nb-row">
        <input type="checkbox" data-testid="export-include-dismissed" checked={!!p.value.includeDismissed} onChange={(e) => p.onChange({ ...p.value, includeDismissed: (e.target as HTMLInputElement).checked })} />
        {tr('ui_export_include_dismissed')}
      </label>
      <label class="nb-row">
        <input type="checkbox" data-testid="export-serious-only" checked={!!p.value.seriousOnly} onChange={(e) => p.onChange({ ...p.value, seriousOnly: (e.target as HTMLInputElement).checked })} />
        {tr('ui_export_serious_only')}
      </label>
    </span>
  );
}
