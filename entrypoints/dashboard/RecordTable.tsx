/** The record list: one row per report, sortable columns, a selection, and the pager below (ROWS_PER_PAGE rows a page). */
import type { PageRecord, ReviewStatus } from '@/lib/store/schema';
import type { RecordSummary } from '@/lib/store/summary';
import { nextSort, type RecordFilter, type SortDir, type SortKey } from '@/lib/store/filter';
import type { Identity } from '@/lib/store/identity';
import { RecordRow } from './RecordRow';
import { tr } from '@/components/i18n';

/** Rows of the list shown at a time. */
export const ROWS_PER_PAGE = 100;

export type Sort = { key: SortKey; dir: SortDir };

/** A set with `k` added, or taken out when it was in. */
export const toggled = (s: Set<string>, k: string) => {
  const n = new Set(s);
  if (n.has(k)) n.delete(k);
  else n.add(k);
  return n;
};

export function RecordTable(p: {
  /** Every row the filters show, in order; the page `page` of them is drawn. */
  shown: RecordSummary[];
  page: number;
  onPage: (page: number) => void;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: Set<string>;
  onSelect: (selected: Set<string>) => void;
  open: Set<string>;
  onOpen: (open: Set<string>) => void;
  full: Map<string, PageRecord | { error: string }>;
  filter: RecordFilter;
  onDelete: (r: RecordSummary) => void;
  onCorrect: (r: RecordSummary, identity: Identity) => Promise<void>;
  onReview: (r: RecordSummary, id: string, status: ReviewStatus | null, note: string) => Promise<unknown>;
}) {
  const { shown, sort, selected, open } = p;
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PER_PAGE));
  // a shorter list keeps a page that still exists
  const at = Math.min(p.page, pages - 1);
  const rows = shown.slice(at * ROWS_PER_PAGE, (at + 1) * ROWS_PER_PAGE);
  if (!shown.length) return null;

  /** A header that sorts its column: a click sorts, a second click reverses; aria-sort says how it stands. */
  const sortable = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} data-sort={key}>
      <button type="button" class="nb-sort" data-testid={`sort-${key}`} onClick={() => p.onSort(nextSort(sort, key))}>
        {label}
        <span class="nb-sort-mark" aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <>
      <table class="nb-table">
        <thead>
          <tr>
            <th><input type="checkbox" aria-label={tr('ui_select_all')} checked={selected.size === shown.length} onChange={() => p.onSelect(selected.size === shown.length ? new Set() : new Set(shown.map((r) => r.url)))} /></th>
            <th>{tr('ui_page')}</th>
            {sortable('organ', tr('ui_organ'))}
            {sortable('year', tr('ui_year'))}
            <th>{tr('ui_verdict')}</th>
            {sortable('score', tr('ui_score'))}
            {sortable('errors', tr('ui_sev_error'))}
            <th>{tr('ui_sev_warning')}</th>
            {sortable('auditedAt', tr('ui_audited_at'))}
            <th class="nb-act" colSpan={2}>{tr('ui_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((r) => (
            <RecordRow
              key={r.url}
              r={r}
              rec={p.full.get(r.url)}
              selected={selected.has(r.url)}
              open={open.has(r.url)}
              filter={p.filter}
              onSelect={() => p.onSelect(toggled(selected, r.url))}
              onToggle={() => p.onOpen(toggled(open, r.url))}
              onDelete={() => p.onDelete(r)}
              onCorrect={(identity) => p.onCorrect(r, identity)}
              onReview={(id, st, n) => p.onReview(r, id, st, n)}
            />
          ))}
        </tbody>
      </table>
      {shown.length > ROWS_PER_PAGE && (
        <nav class="nb-pager nb-row" data-testid="pager">
          <button data-testid="page-prev" disabled={at === 0} onClick={() => p.onPage(at - 1)}>{tr('ui_prev_page')}</button>
          <span class="nb-muted" data-testid="page-rows">{tr('ui_rows', { from: at * ROWS_PER_PAGE + 1, to: at * ROWS_PER_PAGE + rows.length, total: shown.length })}</span>
          <button data-testid="page-next" disabled={at >= pages - 1} onClick={() => p.onPage(at + 1)}>{tr('ui_next_page')}</button>
        </nav>
      )}
    </>
  );
}
