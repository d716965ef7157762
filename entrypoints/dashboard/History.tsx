/** The stored records as history: an organ's years side by side (figures and a small chart), and the pairs of reports with copied prose. */
import type { RecordSummary } from '@/lib/store/summary';
import { copyPairs, organTimelines, type OrganTimeline } from '@/lib/store/organs';
import { TREND_FIGURES } from '@/lib/store/trend';
import { viewerUrl } from '@/lib/ext/browser';
import { tr } from '@/components/i18n';
import { Fold } from './Fold';
import { maxOf } from '@/lib/arrays';

const COLOURS = ['#1d4ed8', '#0e7490', '#15803d', '#b45309', '#7c3aed'];

/** The figures per year as lines: one per key figure, the years along the bottom. */
function Chart({ t }: { t: OrganTimeline }) {
  const w = 260;
  const h = 90;
  const pad = 18;
  const max = maxOf(t.years.flatMap((y) => TREND_FIGURES.map((f) => y.figures[f.key] ?? 0)), 1);
  const x = (i: number) => pad + (i * (w - 2 * pad)) / Math.max(1, t.years.length - 1);
  const y = (v: number) => h - pad - (v * (h - 2 * pad)) / max;
  return (
    <svg class="nb-chart-lines" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={tr('ui_organ_chart', { organ: t.organ })} data-testid="organ-chart">
      {TREND_FIGURES.map((f, k) => {
        const pts = t.years.map((yr, i) => (yr.figures[f.key] === null ? null : `${x(i)},${y(yr.figures[f.key]!)}`)).filter((p): p is string => p !== null);
        return pts.length ? <polyline key={f.key} points={pts.join(' ')} fill="none" stroke={COLOURS[k]} stroke-width="2" data-figure={f.key} /> : null;
      })}
      {t.years.map((yr, i) => (
        <text key={yr.href} x={x(i)} y={h - 4} font-size="10" text-anchor="middle">{yr.year}</text>
      ))}
    </svg>
  );
}

const open = (href: string, r?: RecordSummary) => (r?.kind ? viewerUrl(href) : href);

/** From the records' summaries: their key figures, findings across years and copied prose. */
export function History({ records }: { records: RecordSummary[] }) {
  const timelines = organTimelines(records);
  const pairs = copyPairs(records);
  const byHref = new Map(records.map((r) => [r.href, r]));
  if (!timelines.length && !pairs.length) return null;
  return (
    <>
      {timelines.length > 0 && (
        <Fold id="organ-years" title={tr('ui_organ_years')} lazy>
          <section class="nb-history" data-testid="organ-years">
            {timelines.map((t) => (
              <div key={t.organ} class="nb-organ" data-testid="organ" data-organ={t.organ}>
                <h3>{t.organ}</h3>
                <div class="nb-row nb-organ-body">
                  <table class="nb-table">
                    <thead>
                      <tr>
                        <th>{tr('ui_year')}</th>
                        {TREND_FIGURES.map((f, k) => (
                          <th key={f.key}>
                            <span class="nb-swatch" style={`background:${COLOURS[k]}`} />
                            {tr(`ui_fig_${f.key}`)}
                          </th>
                        ))}
                        <th>{tr('ui_cross_year_n')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {t.years.map((y) => (
                        <tr key={y.href} data-testid="organ-year" data-year={y.year}>
                          <td>
                            <a href={open(y.href, byHref.get(y.href))} target="_blank" rel="noopener noreferrer" title={y.title ?? y.href}>{y.year}</a>
                            {y.rivals > 0 && <span class="nb-tag" title={tr('ui_rival_years')}>{tr('ui_rival_short', { n: y.rivals + 1 })}</span>}
                          </td>
                          {TREND_FIGURES.map((f) => (
                            <td key={f.key} class="nb-num" data-figure={f.key}>{y.figures[f.key] ?? '—'}</td>
                          ))}
                          <td class="nb-num" data-testid="organ-cross">{y.crossYear || ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <Chart t={t} />
                </div>
              </div>
            ))}
          </section>
        </Fold>
      )}
      {pairs.length > 0 && (
        <Fold id="copy-pairs" title={tr('ui_copy_pairs')} lazy>
          <section class="nb-history" data-testid="copy-pairs">
            {pairs.map((p) => (
              <details key={`${p.a.href}\n${p.b.href}`} class="nb-pair" data-testid="copy-pair">
                <summary>
                  <strong>{p.share}%</strong> {tr(p.kind === 'previous-year' ? 'ui_copy_previous' : 'ui_copy_other')} · {p.a.title ?? p.a.href} ↔ {p.b.title ?? p.b.href}
                </summary>
                <table class="nb-table nb-side">
                  <thead>
                    <tr>
                      <th>{p.a.title ?? p.a.href}</th>
                      <th>{p.b.title ?? p.b.href}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.shared.map((s, i) => (
                      <tr key={i} data-testid="shared-sentence">
                        <td>{s.ours}</td>
                        <td>{s.theirs}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            ))}
          </section>
        </Fold>
      )}
    </>
  );
}
