/**
 * An organ's years side by side, and the pairs of reports with copied prose: what
 * the dashboard shows of the stored records as history (pure, from the records).
 */
import { organKey } from '../text/fingerprint';
import type { PageRecord } from './schema';

/** The key figures of the side-by-side view: `table/row/col` of each, summed where several. */
export const KEY_FIGURES: { key: string; cells: string[] }[] = [
  { key: 'new', cells: ['requests/new/total'] },
  { key: 'answered', cells: ['requests/result.total/total'] },
  { key: 'carried_out', cells: ['requests/carried_out/total'] },
  { key: 'in_force', cells: ['active/art20_1.rules/in_force', 'active/art20_1.normative/in_force'] },
];

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
export function organTimelines(records: PageRecord[]): OrganTimeline[] {
  const by = new Map<string, { organ: string; recs: PageRecord[] }>();
  for (const r of records) {
    if (!r.result.isReport || !r.result.organ || !r.result.year) continue;
    const k = organKey(r.result.organ);
    const g = by.get(k) ?? { organ: r.result.organ, recs: [] };
    g.recs.push(r);
    by.set(k, g);
  }
  const out: OrganTimeline[] = [];
  for (const { organ, recs } of by.values()) {
    const years = new Set(recs.map((r) => r.result.year));
    if (years.size < 2) continue;
    const rows = recs
      .map((r) => ({
        year: r.result.year!,
        href: r.href,
        title: r.result.title,
        figures: Object.fromEntries(KEY_FIGURES.map((f) => [f.key, sum(r, f.cells)])),
        crossYear: r.result.findings.filter((f) => f.rule.startsWith('cross-year:') && f.rule !== 'cross-year:ambiguous').length,
        rivals: recs.filter((x) => x !== r && x.result.year === r.result.year).length,
      }))
      .sort((a, b) => a.year - b.year || a.href.localeCompare(b.href));
    out.push({ organ, years: rows });
  }
  return out.sort((a, b) => a.organ.localeCompare(b.organ, 'zh'));
}

function sum(r: PageRecord, cells: string[]): number | null {
  let total: number | null = null;
  for (const c of cells) {
    const v = r.result.figures?.[c];
    if (typeof v === 'number') total = (total ?? 0) + v;
  }
  return total;
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
export function copyPairs(records: PageRecord[]): CopyPair[] {
  const byHref = new Map(records.map((r) => [r.href, r]));
  const out = new Map<string, CopyPair>();
  for (const r of records) {
    for (const f of r.result.findings) {
      if (!f.rule.startsWith('copied-text:')) continue;
      const other = byHref.get(String(f.args.otherSource ?? ''));
      const side = (x: PageRecord) => ({ href: x.href, title: x.result.title, organ: x.result.organ, year: x.result.year });
      const pair = other ? [r, other].sort((x, y) => x.href.localeCompare(y.href)) : [r];
      const key = pair.map((x) => x.href).join('\n') + (other ? '' : `\n${f.args.otherSource}`);
      const share = Number(f.args.share) || 0;
      const known = out.get(key);
      if (known && known.share >= share) continue;
      const first = pair[0]!;
      // the sentences as the pair's first report prints them on the left
      const shared = first === r ? f.shared ?? [] : (f.shared ?? []).map((s) => ({ ours: s.theirs, theirs: s.ours }));
      out.set(key, {
        a: side(first),
        b: other ? side(pair[1] ?? other) : { href: String(f.args.otherSource ?? ''), title: String(f.args.other ?? ''), organ: null, year: Number(f.args.otherYear) || null },
        kind: f.rule === 'copied-text:previous-year' ? 'previous-year' : 'other-organ',
        share,
        shared,
      });
    }
  }
  return [...out.values()].sort((x, y) => y.share - x.share);
}
