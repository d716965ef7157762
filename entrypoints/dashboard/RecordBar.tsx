/** The bar above the record list: exports of what is selected (or shown), the export's options, deletion and import. */
import type { ReviewOptions } from '@/lib/result/review';
import { ExportOptions } from '@/components/ExportOptions';
import type { Format } from '@/components/download';
import { tr } from '@/components/i18n';

interface Props {
  selected: Set<string>;
  exportOptions: ReviewOptions;
  onExportOptions: (o: ReviewOptions) => void;
  onExport: (format: Format) => void;
  onDelete: (urls: string[]) => void;
  onImport: (file: File) => void;
}

export function RecordBar({ selected, exportOptions, onExportOptions, onExport, onDelete, onImport }: Props) {
  return (
    <div class="nb-bar">
      <span class="nb-muted">{selected.size ? tr('ui_selected', { n: selected.size }) : tr('ui_export_selection')}</span>
      <button data-testid="export-csv" onClick={() => onExport('csv')}>CSV</button>
      <button data-testid="export-json" onClick={() => onExport('json')}>JSON</button>
      <button data-testid="export-md" onClick={() => onExport('md')}>Markdown</button>
      <button data-testid="export-letter" title={tr('ui_export_letter_hint')} onClick={() => onExport('docx')}>{tr('ui_export_letter')}</button>
      <ExportOptions value={exportOptions} onChange={onExportOptions} />
      <span class="nb-grow" />
      {selected.size > 0 && <button data-testid="delete-selected" onClick={() => onDelete(Array.from(selected))}>{tr('ui_delete_selected')}</button>}
      {/* the browser's own file control says "Choose File" in its language: ours says it in the auditor's */}
      <label class="nb-file-button">
        <span>{tr('ui_import')}…</span>
        <input type="file" class="nb-visually-hidden" accept="application/json,.json" data-testid="import" onChange={(e) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (f) onImport(f);
          // the same file chosen again is read again
          (e.target as HTMLInputElement).value = '';
        }} />
      </label>
    </div>
  );
}
