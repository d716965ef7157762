/**
 * The 体检报告's charts, as data tables that charts.css draws (a CSS-only chart library, inlined in
 * the page): no script, so the page reads offline, prints like text, and a reader without the style
 * still has the figures as a table.
 */
import type { Lang } from '../model';
import { maxOf } from '../arrays';
import { codeText, t } from '../result/wording';
import { familyLabel } from '../result/format/labels';
import { levelText } from './columns';
import { BANDS, type CodeCount, type RankTotals } from './totals';

export const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Score bands from worst to best: red to green. */
const BAND_COLORS = ['#c62828', '#ef6c00', '#f9a825', '#9e9d24', '#558b2f', '#2e7d32'];

export const bandLabel = (i: number) => (BANDS[i]!.from === BANDS[i]!.to ? String(BANDS[i]!.from) : `${BANDS[i]!.from}–${BANDS[i]!.to}`);

const fraction = (n: number, of: number) => (of > 0 ? (n / of).toFixed(4) : '0');

/** Per level, one bar of its reports split by score band (stacked, each band's share), the counts on it. */
export function bandsChart(totals: RankTotals, lang: Lang): string {
  const levels = totals.byLevel.filter((l) => l.reports > 0);
  if (!levels.length) return '';
  const head = `<thead><tr><th scope="col">${esc(t('x_rank_level', lang))}</th>${BANDS.map((_, i) => `<th scope="col">${esc(bandLabel(i))}</th>`).join('')}</tr></thead>`;
  const body = levels
    .map((l) => {
      const scored = l.bands.reduce((a, b) => a + b, 0);
      const cells = l.bands
        .map((n, i) => `<td style="--size:${fraction(n, scored)};--color:${BAND_COLORS[i]}">${n ? `<span class="data">${n}</span>` : ''}<span class="tooltip">${esc(bandLabel(i))}: ${n}</span></td>`)
        .join('');
      const name = levelText(l.level, lang) || t('x_rank_level_none', lang);
      return `<tr><th scope="row">${esc(name)}<small>${esc(t('x_rank_html_n', lang, { n: l.reports }))}</small></th>${cells}</tr>`;
    })
    .join('');
  const legend = `<ul class="nb-legend">${BANDS.map((_, i) => `<li><i style="background:${BAND_COLORS[i]}"></i>${esc(bandLabel(i))}</li>`).join('')}</ul>`;
  return (
    `<figure class="nb-chart" data-chart="bands"><figcaption>${esc(t('x_rank_html_bands', lang))}</figcaption>` +
    `<table class="charts-css bar multiple stacked show-labels data-spacing-2 labels-align-start nb-bands"><caption>${esc(t('x_rank_html_bands', lang))}</caption>${head}<tbody>${body}</tbody></table>${legend}</figure>`
  );
}

/** The most common findings: a bar per finding code, as long as the reports it flags. */
export function commonChart(common: CodeCount[], lang: Lang): string {
  if (!common.length) return '';
  const max = maxOf(common.map((c) => c.reports), 1);
  const body = common
    .map((c) => {
      const label = `${esc(familyLabel(c.code, lang))}<code>${esc(c.code)}</code>`;
      // the longest bar leaves room for its count beside it
      return `<tr title="${esc(codeText(c.code, lang))}"><th scope="row">${label}</th><td style="--size:${fraction(0.9 * c.reports, max)}"><span class="data">${c.reports}</span></td></tr>`;
    })
    .join('');
  return (
    `<figure class="nb-chart" data-chart="common"><figcaption>${esc(t('x_rank_html_common', lang))}</figcaption>` +
    `<table class="charts-css bar show-labels data-outside labels-align-start nb-common"><caption>${esc(t('x_rank_html_common', lang))}</caption>` +
    `<thead><tr><th scope="col">${esc(t('x_rule', lang))}</th><th scope="col">${esc(t('x_rank_total_reports', lang))}</th></tr></thead><tbody>${body}</tbody></table></figure>`
  );
}
