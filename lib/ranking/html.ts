/**
 * The 体检报告: one self-contained HTML page (no script, no request: its style and the chart
 * library's inlined) that prints on A4 — the title, the region's key figures and its levels, the
 * distribution of scores by level, the most common findings, the organs late or copying, then the
 * ranking itself (a long one runs onto further pages, its header repeated).
 */
import type { Lang } from '../model';
import { t } from '../result/wording';
import { verdictLabel } from '../result/format/labels';
import { levelText, sectionsText } from './columns';
import { bandsChart, commonChart, esc } from './html-charts';
import type { RankRow, Ranking } from './rows';
import { commonFindings, copyingRows, lateRows, type RankTotals } from './totals';
import { PAGE_CSS } from './html-style';

export interface HtmlOptions {
  lang?: Lang;
  /** charts.css's stylesheet (the CLI reads it from node_modules, the dashboard bundles it); without it the charts are plain tables. */
  chartCss?: string;
  /** The region's name or the report's own title. */
  title?: string;
  /** When it was made (a test fixes it). */
  at?: Date;
}

/** Organs named in the lists of late and copying reports, at most. */
const LISTED = 30;

const link = (href: string, text: string) => (/^https?:\/\//i.test(href) ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text));
const num = (n: number | null) => (n === null ? '' : String(n));

function figures(totals: RankTotals, lang: Lang): string {
  const items: [string, string | number][] = [
    ['x_rank_total_reports', totals.reports],
    ['x_rank_total_mean', totals.meanScore ?? '—'],
    ['x_rank_total_with_errors', totals.withErrors],
    ['x_rank_total_errors', totals.errors],
    ['x_rank_total_warnings', totals.warnings],
    ['x_rank_total_late', totals.late],
    ['x_rank_total_copying', totals.copying],
    ['x_rank_total_cross_year', totals.crossYear],
    ['x_rank_total_sections', totals.sectionsMissing],
  ];
  const extra = [
    totals.duplicates ? t('x_rank_html_duplicates', lang, { n: totals.duplicates }) : '',
    totals.notReports ? t('x_rank_html_not_reports', lang, { n: totals.notReports }) : '',
    totals.failed ? t('x_rank_html_failed', lang, { n: totals.failed }) : '',
    totals.noDate ? t('x_rank_html_no_date', lang, { n: totals.noDate }) : '',
  ].filter(Boolean);
  return (
    `<dl class="nb-figures">${items.map(([k, v]) => `<div data-figure="${esc(k.slice(13))}"><dt>${esc(t(k, lang))}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>` +
    (extra.length ? `<p class="nb-note">${esc(extra.join(lang === 'zh' ? '；' : '; '))}</p>` : '')
  );
}

function levels(totals: RankTotals, lang: Lang): string {
  const h = ['x_rank_level', 'x_rank_total_reports', 'x_rank_total_mean', 'x_rank_errors', 'x_rank_warnings', 'x_rank_total_late', 'x_rank_total_copying'];
  const rows = totals.byLevel
    .map((l) => `<tr><th scope="row">${esc(levelText(l.level, lang) || t('x_rank_level_none', lang))}</th>${[l.reports, l.meanScore ?? '—', l.errors, l.warnings, l.late, l.copying].map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="nb-levels"><thead><tr>${h.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function listOf(rows: RankRow[], lang: Lang, heading: string, cols: string[], cells: (r: RankRow) => string[]): string {
  if (!rows.length) return '';
  const more = rows.length > LISTED ? `<p class="nb-note">${esc(t('x_rank_html_more', lang, { n: rows.length - LISTED }))}</p>` : '';
  return (
    `<section class="nb-list"><h3>${esc(heading)}</h3><table><thead><tr>${cols.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>` +
    rows.slice(0, LISTED).map((r) => `<tr>${cells(r).map((c) => (/^-?\d+%?$/.test(c) ? `<td class="n">${c}</td>` : `<td>${c}</td>`)).join('')}</tr>`).join('') +
    `</tbody></table>${more}</section>`
  );
}

/** The ranking table's columns of text (organ, level, verdict, sections): the rest are numbers. */
const TEXT_CELLS = new Set([1, 2, 5, 11]);

const organCell = (r: RankRow) => link(r.source, r.organ ?? r.title ?? r.source);

function ranking(rows: RankRow[], lang: Lang): string {
  const cols = ['x_rank_rank', 'x_rank_organ', 'x_rank_level', 'x_rank_year', 'x_rank_score', 'x_rank_verdict', 'x_rank_errors', 'x_rank_warnings', 'x_rank_html_days', 'x_rank_html_copied', 'x_rank_cross_year', 'x_rank_sections_missing'];
  const body = rows
    .map((r) => {
      const cells = [
        num(r.rank), organCell(r), esc(levelText(r.level, lang)), num(r.year), num(r.score), esc(verdictLabel(r.verdict, lang)), num(r.errors), num(r.warnings),
        num(r.daysLate), r.copied === null ? '' : `${r.copied}%`, r.crossYear ? String(r.crossYear) : '', esc(sectionsText(r.sectionsMissing, lang)),
      ];
      return `<tr class="v-${r.verdict}">${cells.map((c, i) => (TEXT_CELLS.has(i) ? `<td>${c}</td>` : `<td class="n">${c}</td>`)).join('')}</tr>`;
    })
    .join('');
  return `<table class="nb-ranking"><thead><tr>${cols.map((k) => `<th scope="col">${esc(t(k, lang))}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

export function rankingHtml(r: Ranking, totals: RankTotals, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const at = (opts.at ?? new Date()).toISOString().slice(0, 10);
  const title = opts.title || t('x_rank_html_title', lang);
  const years = totals.years.join(lang === 'zh' ? '、' : ', ');
  const sub = t('x_rank_html_sub', lang, { years: years || '—', n: totals.reports, date: at });
  const late = listOf(lateRows(r.rows), lang, t('x_rank_html_late', lang), ['x_rank_organ', 'x_rank_year', 'x_rank_date', 'x_rank_due', 'x_rank_html_days'], (x) => [
    organCell(x), num(x.year), esc(x.date), esc(x.due), num(x.daysLate),
  ]);
  const copying = listOf(copyingRows(r.rows), lang, t('x_rank_html_copying', lang), ['x_rank_organ', 'x_rank_year', 'x_rank_html_copied', 'x_rank_copies'], (x) => [
    organCell(x), num(x.year), `${x.copied}%`, link(x.copiesSource ?? '', x.copiesFrom ?? ''),
  ]);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao-audit">
<title>${esc(title)}</title>
<style>${(opts.chartCss ?? '').replace(/<\/style/gi, '')}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="nb-sub">${esc(sub)}</p></header>
<section class="nb-summary"><h2>${esc(t('x_rank_totals', lang))}</h2>${figures(totals, lang)}${levels(totals, lang)}</section>
<section class="nb-charts">${bandsChart(totals, lang)}${commonChart(commonFindings(r.rows, 10), lang)}</section>
<section class="nb-lists">${late}${copying}</section>
<section class="nb-table"><h2>${esc(t('x_rank_html_ranking', lang))}</h2>${ranking(r.rows, lang)}</section>
<footer><p>${esc(t('x_rank_html_footer', lang, { date: at }))}</p></footer>
</body>
</html>
`;
}
