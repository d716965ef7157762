/**
 * 排名: the stored reports ranked, one row per organ and year (lib/ranking), as the CLI's --ranking
 * writes them — from the records' summaries alone (the facts a row needs are kept in each summary),
 * the list's filters applied (organ, year, a batch), filtered by level and year here, sorted by
 * score, a hundred rows a page, with the region's totals; exported as Excel, CSV or the HTML
 * 体检报告 (./ranking-export.ts). Folded, and made when first opened.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RecordSummary } from '@/lib/store/summary';
import { rankInputOf } from '@/lib/store/ranking-input';
import { rank } from '@/lib/ranking/rows';
import type { LevelFilter, RankRow } from '@/lib/ranking/rows';
import { LEVELS, totalsOf } from '@/lib/ranking/totals';
import { levelText, sectionsText } from '@/lib/ranking/columns';
import { askFor, request } from '@/components/useBackground';
import { getLang, punct, tr } from '@/components/i18n';
import { Fold } from './Fold';
import { exportRanking, type RankingExport } from './ranking-export';
import { errorMessage } from '@/lib/errors';

/** Rows of the ranking shown at a time. */
export const RANK_ROWS = 100;

export function Ranking({ records }: { records: RecordSummary[] }) {
  /** The township deadline of the settings (days late count from it), asked for with the page so that the view is made once. */
  const [township, setTownship] = useState<string | null>(null);
  useEffect(() => {
    void request({ type: 'settings:get' })
      .then((s) => setTownship(s.townshipDeadline))
      .catch(() => undefined);
  }, []);
  if (!records.length) return null;
  return (
    <Fold id="ranking" title={tr('ui_ranking')} lazy>
      <RankingView records={records} township={township} />
    </Fold>
  );
}

function RankingView({ records, township }: { records: RecordSummary[]; township: string | null }) {
  const [level, setLevel] = useState<LevelFilter>('');
  const [year, setYear] = useState<number | null>(null);
  const [dir, setDir] = useState<'asc' | 'desc'>('desc');
  const [page, setPage] = useState(0);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const inputs = useMemo(() => records.map(rankInputOf), [records]);
  const years = useMemo(() => [...new Set(inputs.flatMap((i) => (i.year === null ? [] : [i.year])))].sort((a, b) => b - a), [inputs]);
  const ranking = useMemo(() => rank(inputs, { level, year, dir, deadlines: township ? { township } : {} }), [inputs, level, year, dir, township]);
  const totals = useMemo(() => totalsOf(ranking), [ranking]);
  useEffect(() => setPage(0), [level, year, dir, records]);

  const pages = Math.max(1, Math.ceil(ranking.rows.length / RANK_ROWS));
  const at = Math.min(page, pages - 1);
  const rows = ranking.rows.slice(at * RANK_ROWS, (at + 1) * RANK_ROWS);

  async function save(format: RankingExport) {
    setNote(null);
    try {
      await exportRanking(format, ranking, totals, getLang(), askFor, (done, total) => setNote({ text: tr('ui_rank_exporting', { done, total }) }));
      setNote(null);
    } catch (e) {
      setNote({ text: tr('ui_rank_export_failed', { error: errorMessage(e) }), error: true });
    }
  }

  return (
    <div class="nb-ranking" data-testid="ranking">
      <div class="nb-filters">
        <label>{tr('ui_level')}
          <select data-testid="rank-level" value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value as LevelFilter)}>
            <option value="">{tr('ui_rank_level_all')}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{levelText(l, getLang())}</option>)}
            <option value="none">{tr('x_rank_level_none')}</option>
          </select>
        </label>
        <label>{tr('ui_filter_year')}
          <select data-testid="rank-year" value={year ?? ''} onChange={(e) => setYear(Number((e.target as HTMLSelectElement).value) || null)}>
            <option value="">{tr('ui_rank_year_all')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <span class="nb-grow" />
        <span class="nb-muted">{tr('ui_rank_export')}</span>
        <button data-testid="rank-export-xlsx" onClick={() => void save('xlsx')}>Excel</button>
        <button data-testid="rank-export-csv" onClick={() => void save('csv')}>CSV</button>
        <button data-testid="rank-export-html" onClick={() => void save('html')}>{tr('ui_rank_export_html')}</button>
      </div>
      {note && <div class={note.error ? 'nb-problem' : 'nb-notice'} data-testid="rank-note" role="status">{note.text}</div>}
      <p class="nb-muted" data-testid="rank-totals">
        {tr('ui_rank_totals', { n: totals.reports, mean: totals.meanScore ?? '—', errors: totals.errors, warnings: totals.warnings, late: totals.late, copying: totals.copying })}
        {ranking.duplicates > 0 && tr('ui_rank_dropped', { n: ranking.duplicates })}
      </p>
      {totals.byLevel.length > 1 && (
        <p class="nb-muted" data-testid="rank-levels">
          {totals.byLevel.map((l) => `${levelText(l.level, getLang()) || tr('x_rank_level_none')} ${l.reports}${punct('colon')}${l.meanScore ?? '—'}`).join(punct('semicolon'))}
        </p>
      )}
      {!rows.length ? <p class="nb-muted" data-testid="rank-empty">{tr('ui_rank_empty')}</p> : <RankTable rows={rows} dir={dir} onSort={() => setDir(dir === 'desc' ? 'asc' : 'desc')} />}
      {ranking.rows.length > RANK_ROWS && (
        <nav class="nb-pager nb-row" data-testid="rank-pager">
          <button data-testid="rank-page-prev" disabled={at === 0} onClick={() => setPage(at - 1)}>{tr('ui_prev_page')}</button>
          <span class="nb-muted" data-testid="rank-rows">{tr('ui_rows', { from: at * RANK_ROWS + 1, to: at * RANK_ROWS + rows.length, total: ranking.rows.length })}</span>
          <button data-testid="rank-page-next" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>{tr('ui_next_page')}</button>
        </nav>
      )}
    </div>
  );
}

function RankTable({ rows, dir, onSort }: { rows: RankRow[]; dir: 'asc' | 'desc'; onSort: () => void }) {
  const lang = getLang();
  const num = (n: number | null) => (n === null ? '' : String(n));
  return (
    <table class="nb-table">
      <thead>
        <tr>
          <th>{tr('x_rank_rank')}</th>
          <th>{tr('x_rank_organ')}</th>
          <th>{tr('x_rank_level')}</th>
          <th>{tr('x_rank_year')}</th>
          <th aria-sort={dir === 'asc' ? 'ascending' : 'descending'}>
            <button type="button" class="nb-sort" data-testid="rank-sort" onClick={onSort}>
              {tr('x_rank_score')}
              <span class="nb-sort-mark" aria-hidden="true">{dir === 'asc' ? '▲' : '▼'}</span>
            </button>
          </th>
          <th>{tr('x_rank_verdict')}</th>
          <th>{tr('x_rank_errors')}</th>
          <th>{tr('x_rank_warnings')}</th>
          <th>{tr('x_rank_review')}</th>
          <th>{tr('x_rank_html_days')}</th>
          <th>{tr('x_rank_html_copied')}</th>
          <th>{tr('x_rank_cross_year')}</th>
          <th>{tr('x_rank_sections_missing')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.source} data-testid="rank-row" data-source={r.source}>
            <td class="nb-num">{num(r.rank)}</td>
            <td>
              <a href={r.source} target="_blank" rel="noreferrer" data-testid="rank-organ" title={r.others.length ? tr('ui_rank_others', { list: r.others.join(punct('list')) }) : r.source}>
                {r.organ ?? r.title ?? r.source}
              </a>
              {r.others.length > 0 && <sup class="nb-muted">+{r.others.length}</sup>}
            </td>
            <td>{levelText(r.level, lang)}</td>
            <td class="nb-num">{num(r.year)}</td>
            <td class="nb-num" data-testid="rank-score">{num(r.score)}</td>
            <td>{tr(`ui_verdict_${r.verdict.replace('-', '_')}`)}</td>
            <td class="nb-num">{r.errors}</td>
            <td class="nb-num">{r.warnings}</td>
            <td class="nb-num">{r.review || ''}</td>
            <td class="nb-num" data-testid="rank-days">{num(r.daysLate)}</td>
            <td class="nb-num" title={r.copiesFrom ?? ''}>{r.copied === null ? '' : `${r.copied}%`}</td>
            <td class="nb-num">{r.crossYear || ''}</td>
            <td>{sectionsText(r.sectionsMissing, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
