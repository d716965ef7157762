/** The batch audits: how far each went, resuming one that was cut off, and showing its pages in the record list. */
import { interrupted, type BatchRecord } from '@/lib/store/batch';
import { openTab } from '@/lib/ext/browser';
import { batchNumbers } from '@/components/BatchPanel';
import { tr } from '@/components/i18n';

export function Batches(p: { batches: BatchRecord[]; now: Date; onFilter(b: BatchRecord): void }) {
  return (
    <section data-testid="batches">
      <table class="nb-table">
        <tbody>
          {p.batches.map((b) => {
            const n = batchNumbers(b);
            const cut = interrupted(b, p.now);
            const text = b.status === 'finished' ? tr('ui_batch_finished', n) : b.status === 'cancelled' ? tr('ui_batch_cancelled', n) : cut ? tr('ui_batch_interrupted', n) : tr('ui_batch_progress', n);
            return (
              <tr key={b.listing} data-testid="batch" data-status={cut ? 'interrupted' : b.status}>
                <td>
                  <div>{b.title}</div>
                  <div class="nb-url">{b.listing}</div>
                </td>
                <td data-testid="batch-text">{text}</td>
                <td class="nb-act">
                  <button data-testid="batch-filter" onClick={() => p.onFilter(b)}>{tr('ui_batch_filter')}</button>
                  {b.status !== 'finished' && n.left > 0 && (cut || b.status === 'cancelled') && (
                    <button data-testid="batch-resume" onClick={() => void openTab(`${b.listing.split('#')[0]}#nianbao-batch-resume`)}>{tr('ui_batch_open')}</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
