/**
 * An organ's years side by side, and the pairs of reports with copied prose: what
 * the dashboard shows of the stored records as history (pure, from the records).
 */
import { organKey } from '../text/fingerprint';
import type { PageRecord } from './schema';
import { summaryOf, type RecordSummary } from './summary';
import { TREND_FIGURES } from './trend';


/** What the history needs of a record: its summary (figures, findings across years, copied prose). */
export type HistoryItem = Pick<RecordSummary, 'href' | 'isReport' | 'organ' | 'year' | 'title' | 'figures' | 'crossYear' | 'copies'>;

const light = (r: PageRecord | HistoryItem): HistoryItem => ('result' in r ? summaryOf(r) : r);

export interface OrganYear {
  year: number;
  href: string;
  title: string | null;
  /** The key figures, null where not printed (or printed blank throughout). */
  figures: Record<string, number | null>;
  /** Findings across years on this report. */
  crossYear: number;
  /** Another record claims this organ's year too. */
  rivals: number;
}

export interface OrganTimeline {
  organ: string;
  years: OrganYear[];
}

/** Organs with reports of two years or more, each with its years in order. */
export function organTimelines(records: (PageRecord | HistoryItem)[]): OrganTimeline[] {
  const by = new Map<string, { organ: string; recs: HistoryItem[] }>();
  for (const x of records) {
    const r = light(x);
    if (!r.isReport || !r.organ || !r.year) continue;
    const k = organKey(r.organ);
    const g = by.get(k) ?? { organ: r.organ, recs: [] };
    g.recs.push(r);
    by.set(k, g);
  }
  const out: OrganTimeline[] = [];
  for (const { organ, recs } of by.values()) {
    const years = new Map<number, number>();
    for (const r of recs) years.set(r.year!, (years.get(r.year!) ?? 0) + 1);
    if (years.size < 2) continue;
    const rows = recs
      .map((r) => ({
        year: r.year!,
        href: r.href,
        title: r.title,
        figures: Object.fromEntries(TREND_FIGURES.map((f) => [f.key, r.figures[f.key] ?? null])),
        crossYear: r.crossYear,
        rivals: years.get(r.year!)! - 1,
      }))
      .sort((a, b) => a.year - b.year || a.href.localeCompare(b.href));
    out.push({ organ, years: rows });
  }
  return out.sort((a, b) => a.organ.localeCompare(b.organ, 'zh'));
}

export interface CopyPair {
  /** The two reports, in a stable order. */
  a: { href: string; title: string | null; organ: string | null; year: number | null };
  b: { href: string; title: string | null; organ: string | null; year: number | null };
  kind: 'previous-year' | 'other-organ';
  /** The larger of the two shares each report's finding gives (percent). */
  share: number;
  shared: { ours: string; theirs: string }[];
}

/** Every pair of stored reports a copied-prose finding names, once. */
export function copyPairs(records: (PageRecord | HistoryItem)[]): CopyPair[] {
  const items = records.map(light);
  const byHref = new Map(items.map((r) => [r.href, r]));
  const out = new Map<string, CopyPair>();
  for (const r of items) {
    for (const f of r.copies) {
      const other = byHref.get(f.otherSource);
      const side = (x: HistoryItem) => ({ href: x.href, title: x.title, organ: x.organ, year: x.year });
      const pair = other ? [r, other].sort((x, y) => x.href.localeCompare(y.href)) : [r];
      const key = pair.map((x) => x.href).join('\n') + (other ? '' : `\n${f.otherSource}`);
      const share = f.share;
      const known = out.get(key);
      if (known && known.share >= share) continue;
      const first = pair[0]!;
      // the sentences as the pair's first report prints them on the left
      const shared = first === r ? f.shared : f.shared.map((s) => ({ ours: s.theirs, theirs: s.ours }));
      out.set(key, {
        a: side(first),
        b: other ? side(pair[1] ?? other) : { href: f.otherSource, title: f.other, organ: null, year: f.otherYear },
        kind: f.rule === 'copied-text:previous-year' ? 'previous-year' : 'other-organ',
        share,
        shared,
      });
    }
  }
  return [...out.values()].sort((x, y) => y.share - x.share);
}
