/** Per-site and per-year summary, and a chart of the most common findings (from the records' summaries). */
import { bySiteYear, topRules, type RecordSummary } from '@/lib/store/summary';
import { punct, tr } from '@/components/i18n';
import { maxOf } from '@/lib/arrays';
import { familyKey } from '@/lib/rules/types';

const family = (rule: string) => tr(familyKey(rule));

export function Overview({ records }: { records: RecordSummary[] }) {
  const rows = bySiteYear(records);
  const top = topRules(records, 8);
  const max = maxOf(top.map((t) => t.reports), 1);
  if (!rows.length) return null;
  return (
    <div class="nb-cols nb-overview">
      <section data-testid="site-summary">
        <h3>{tr('ui_summary')}</h3>
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
                <td class="nb-num">{r.reports}</td>
                <td class="nb-num">{r.withErrors}</td>
                <td>{r.topRules.map((t) => `${family(t.rule)} ${t.reports}`).join(punct('list'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section data-testid="chart">
        <h3>{tr('ui_chart')}</h3>
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
  );
}
