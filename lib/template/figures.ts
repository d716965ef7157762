/**
 * The key figures of a report: what continues from one year to the next (结转,
 * 现行有效, 上一年项目数量) and what an organ's years are compared by (新收, 办结).
 * Kept with every result (`figures`), they let reports be compared without their pages.
 */
import type { Mapping } from '../model';
import { ACTIVE_LAYOUT, REQUEST_COL_ORDER } from './layout';

const REQUEST_ROWS = ['new', 'carried_in', 'carried_out', 'result.total'];
/** 表二's rows that carry over (2019: 上一年项目数量 + 本年增/减; 2021: 现行有效件数). */
const CARRIED_GROUPS = new Set(['art20_1', 'art20_5', 'art20_6', 'art20_8']);
const APPEAL_TOTALS = ['review.total', 'suit_direct.total', 'suit_after_review.total'];

/** Every key figure's `table/row/col`, both template versions. */
export const FIGURE_KEYS: string[] = [
  ...REQUEST_ROWS.flatMap((r) => REQUEST_COL_ORDER.map((c) => `requests/${r}/${c}`)),
  ...(['2019', '2021'] as const).flatMap((v) =>
    ACTIVE_LAYOUT[v].filter((g) => CARRIED_GROUPS.has(g.key)).flatMap((g) => g.rows.flatMap((r) => g.cols.map((c) => `active/${g.key}.${r}/${c}`))),
  ),
  ...APPEAL_TOTALS.map((c) => `appeals/counts/${c}`),
].filter((k, i, all) => all.indexOf(k) === i);

/** The key figures a mapping holds: each printed one's value, null where it was blank. */
const FIGURE_CELLS = FIGURE_KEYS.map((key) => {
  const [table, row, col] = key.split('/') as ['active' | 'requests' | 'appeals', string, string];
  return { key, table, cell: `${row}/${col}` };
});

export function figuresOf(mapping: Mapping): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const { key, table, cell } of FIGURE_CELLS) {
    const c = mapping.tables[table].cells.get(cell);
    if (c) out[key] = c.blank ? null : c.value;
  }
  return out;
}

/** The same key figures: as far as the checks across years see, the same report (at two addresses, say). */
export function sameFigures(a: Record<string, number | null>, b: Record<string, number | null>): boolean {
  return a === b || signature(a) === signature(b);
}

const signatures = new WeakMap<object, string>();

/** The figures as one string, made once per figures object (reports are compared with many others). */
function signature(f: Record<string, number | null>): string {
  let s = signatures.get(f);
  if (s === undefined) {
    s = Object.keys(f)
      .sort()
      .map((k) => `${k}=${f[k]}`)
      .join(';');
    signatures.set(f, s);
  }
  return s;
}
