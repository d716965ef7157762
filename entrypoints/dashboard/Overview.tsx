/** Per-site and per-year summary, a chart of the most common findings, and the batch audits. */
import { useEffect, useState } from 'preact/hooks';
import type { PageRecord } from '@/lib/store/schema';
import { interrupted, type BatchRecord } from '@/lib/store/batch';
import { bySiteYear, summarise } from '@/lib/batch/summary';
import { openTab } from '@/lib/ext/browser';
import { ask } from '@/components/useBackground';
import { batchNumbers } from '@/components/BatchPanel';
import { tr } from '@/components/i18n';

const family = (rule: string) => tr(`fam_${rule.replace(/-/g, '_')}`);

export function Overview({ records }: { records: PageRecord[] }) {
  const [batches, setBatches] = useState<BatchRecord[]>([]);
  useEffect(() => {
    void ask<BatchRecord[]>({ type: 'batches:list' }).then(setBatches).catch(() => setBatches([]));
  }, [records]);
  const rows = bySiteYear(records.map((r) => ({ href: r.href, result: r.result })));
  const top = summarise(records.map((r) => r.result), 8).topRules;
  const max = Math.max(1, ...top.map((t) => t.reports));
  const now = new Date();
  return (
    <div class="nb-overview">
      {batches.length > 0 && (
        <section data-testid="batches">
          <h2>{tr('ui_batches')}</h2>
          <table class="nb-table">
            <tbody>
              {batches.map((b) => {
                const n = batchNumbers(b);
                const cut = interrupted(b, now);
                const text = b.status === 'finished' ? tr('ui_batch_finished', n) : b.status === 'cancelled' ? tr('ui_batch_cancelled', n) : cut ? tr('ui_batch_interrupted', n) : tr('ui_batch_progress', n);
                return (
                  <tr key={b.listing} data-testid="batch" data-status={cut ? 'interrupted' : b.status}>
                    <td>
                      <div>{b.title}</div>
                      <div class="nb-url">{b.listing}</div>
                    </td>
                    <td data-testid="batch-text">{text}</td>
                    <td>
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
      )}
      {rows.length > 0 && (
        <div class="nb-cols">
          <section data-testid="site-summary">
            <h2>{tr('ui_summary')}</h2>
            <table class="nb-table">
              <thead>
                <tr>
                  <th>{tr('ui_site')}</th>
                  <th>{tr('ui_year')}</th>
                  <th>{tr('ui_pages')}</th>
                  <th>{tr('ui_pages_with_errors')}</th>
                  <th>{tr('ui_top_rules')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.site}/${r.year}`} data-testid="site-row">
                    <td>{r.site}</td>
                    <td>{r.year ?? '—'}</td>
                    <td class="nb-num">{r.summary.reports}</td>
                    <td class="nb-num">{r.summary.withErrors}</td>
                    <td>{r.summary.topRules.map((t) => `${family(t.rule)} ${t.reports}`).join('、')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section data-testid="chart">
            <h2>{tr('ui_chart')}</h2>
            <div class="nb-chart" role="list">
              {top.map((t) => (
                <div class="nb-bar-row" role="listitem" key={t.rule} data-rule={t.rule}>
                  <span class="nb-bar-label">{family(t.rule)}</span>
                  <span class="nb-bar-track"><span class="nb-chart-bar" style={`width:${(100 * t.reports) / max}%`} /></span>
                  <span class="nb-num">{t.reports}</span>
                </div>
              ))}
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
