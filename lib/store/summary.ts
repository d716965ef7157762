/**
 * A record's summary: what the dashboard's list, sort, filters, overview and
 * history need of it, a kilobyte or two where the record is tens of kilobytes.
 * The full record (findings, reviews, snapshot) is read only when one is opened.
 * Stored beside each record (`sum:` + its key) so that listing thousands reads
 * megabytes, not hundreds of them.
 */
import { z } from '../zod';
import { ReviewStatus, Severity } from '../result/schema';
import { SEVERITIES } from '../result/schema';
type Sev = (typeof SEVERITIES)[number];
import { PageRecord } from './schema';
import { TREND_FIGURES } from './trend';
import { RankFacts, factsOf } from '../ranking/facts';
import { reviewOf } from '../result/review';

/** Bumped when the summary's shape changes: summaries of another version are made again from their records. */
export const SUMMARY_VERSION = 4;

const Status = z.enum(['open', 'confirmed', 'dismissed']);
/** Findings per severity and review status: what the severity and status filters ask. */
const Matrix = z.object(Object.fromEntries(SEVERITIES.map((s) => [s, z.object({ open: z.number().int(), confirmed: z.number().int(), dismissed: z.number().int() })])) as Record<Sev, z.ZodObject<{ open: z.ZodNumber; confirmed: z.ZodNumber; dismissed: z.ZodNumber }>>);

const Copy = z.object({
  rule: z.string().max(100),
  otherSource: z.string().max(4000),
  other: z.string().max(2000),
  otherYear: z.number().nullable(),
  share: z.number(),
  shared: z.array(z.object({ ours: z.string().max(400), theirs: z.string().max(400) })).max(20),
});
export type Copy = z.infer<typeof Copy>;

/** The finding messages a text search reads, at most this much of them per record. */
export const MAX_SEARCH_CHARS = 8_000;
/** Copied-prose findings kept per record (each with its few shared sentences). */
export const MAX_COPIES = 20;

/** The record's own fields, as the record has them (counts as reviewed: dismissed findings left out). */
const OWN = PageRecord.pick({ url: true, href: true, auditedAt: true, title: true, organ: true, year: true, verdict: true, score: true, counts: true });

export const RecordSummary = OWN.extend({
  sv: z.literal(SUMMARY_VERSION),
  isReport: z.boolean(),
  /** The audit failed (`result.error`). */
  failed: z.boolean(),
  /** A report read from a file: its kind. */
  kind: z.enum(['pdf', 'docx', 'doc']).nullable(),
  /** The result's error count before reviews (what the overview counts as a page with errors). */
  rawErrors: z.number().int(),
  findings: Matrix,
  /** Findings per rule family (the overview's chart). */
  families: z.record(z.string().max(100), z.number().int()),
  /** The finding messages, one a line, for the text filter. */
  text: z.string().max(MAX_SEARCH_CHARS),
  reviewed: z.object({ confirmed: z.number().int(), dismissed: z.number().int() }),
  hasIdentity: z.boolean(),
  /** The organ's trend figures (lib/store/trend.ts). */
  figures: z.record(z.string().max(40), z.number().nullable()),
  /** Findings across years. */
  crossYear: z.number().int(),
  copies: z.array(Copy).max(MAX_COPIES),
  /** A page that holds only its report file: the file's address (the list shows the file's row for both). */
  file: z.string().max(4000).nullable(),
  /** A report file: the page that published it. */
  page: z.string().max(4000).nullable(),
  /** What the ranking's row needs beyond the fields above (lib/ranking/facts.ts), as reviewed. */
  rank: RankFacts,
});
export type RecordSummary = z.infer<typeof RecordSummary>;

export { ReviewStatus, Severity };

function sum(r: PageRecord, cells: string[]): number | null {
  let total: number | null = null;
  for (const c of cells) {
    const v = r.result.figures?.[c];
    if (typeof v === 'number') total = (total ?? 0) + v;
  }
  return total;
}

export function summaryOf(r: PageRecord): RecordSummary {
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, { open: 0, confirmed: 0, dismissed: 0 }])) as RecordSummary['findings'];
  const families: Record<string, number> = {};
  const copies: Copy[] = [];
  let text = '';
  let crossYear = 0;
  for (const f of r.result.findings) {
    findings[f.severity][r.reviews[f.id]?.status ?? 'open']++;
    const family = f.rule.split(':')[0]!;
    families[family] = (families[family] ?? 0) + 1;
    if (text.length < MAX_SEARCH_CHARS) text = (text ? `${text}\n${f.message}` : f.message).slice(0, MAX_SEARCH_CHARS);
    if (f.rule.startsWith('cross-year:') && f.rule !== 'cross-year:ambiguous') crossYear++;
    if (f.rule.startsWith('copied-text:') && copies.length < MAX_COPIES) {
      copies.push({
        rule: f.rule,
        otherSource: String(f.args.otherSource ?? '').slice(0, 4000),
        other: String(f.args.other ?? '').slice(0, 2000),
        otherYear: Number(f.args.otherYear) || null,
        share: Number(f.args.share) || 0,
        shared: f.shared ?? [],
      });
    }
  }
  let confirmed = 0;
  let dismissed = 0;
  for (const v of Object.values(r.reviews)) {
    if (v.status === 'confirmed') confirmed++;
    else dismissed++;
  }
  return {
    sv: SUMMARY_VERSION,
    url: r.url,
    href: r.href,
    auditedAt: r.auditedAt,
    title: r.title,
    organ: r.organ,
    year: r.year,
    verdict: r.verdict,
    score: r.score,
    counts: r.counts,
    isReport: r.result.isReport,
    failed: !!r.result.error,
    kind: r.result.file?.kind ?? null,
    rawErrors: r.result.counts.error,
    findings,
    families,
    text,
    reviewed: { confirmed, dismissed },
    hasIdentity: !!r.identity,
    figures: Object.fromEntries(TREND_FIGURES.map((f) => [f.key, sum(r, f.cells)])),
    crossYear,
    copies,
    file: r.file ?? null,
    page: r.page ?? null,
    rank: factsOf(r.result, (f) => reviewOf(f, r.reviews).status),
  };
}

/** A stored summary, or null when it is none of this version (made again from its record). */
export function readSummary(raw: unknown): RecordSummary | null {
  const p = RecordSummary.safeParse(raw);
  return p.success ? p.data : null;
}

/** Whether a record has findings of this severity and review status (either left out: any). */
export function hasFindings(s: RecordSummary, severity?: Sev | '', status?: z.infer<typeof Status> | ''): boolean {
  for (const sev of SEVERITIES) {
    if (severity && sev !== severity) continue;
    const m = s.findings[sev];
    if (status ? m[status] > 0 : m.open + m.confirmed + m.dismissed > 0) return true;
  }
  return false;
}

export interface RuleCount {
  rule: string;
  reports: number;
  findings: number;
}

/** Rule families by the number of reports they flag, most common first (lib/batch/summary's, over summaries). */
export function topRules(summaries: RecordSummary[], top: number): RuleCount[] {
  const rules = new Map<string, { reports: number; findings: number }>();
  for (const s of summaries) {
    if (s.failed || !s.isReport) continue;
    for (const [family, n] of Object.entries(s.families)) {
      const e = rules.get(family) ?? { reports: 0, findings: 0 };
      e.reports++;
      e.findings += n;
      rules.set(family, e);
    }
  }
  return Array.from(rules, ([rule, v]) => ({ rule, ...v }))
    .sort((a, b) => b.reports - a.reports || b.findings - a.findings)
    .slice(0, top);
}

export interface SiteYear {
  site: string;
  year: number | null;
  reports: number;
  withErrors: number;
  topRules: RuleCount[];
}

/** One row per site and report year, as lib/batch/summary's bySiteYear makes them from full results. */
export function bySiteYear(summaries: RecordSummary[]): SiteYear[] {
  const groups = new Map<string, { site: string; year: number | null; items: RecordSummary[] }>();
  for (const s of summaries) {
    let site = s.href;
    try {
      site = new URL(s.href).hostname.replace(/^www\./, '');
    } catch {
      site = s.href.split('/')[0] ?? s.href;
    }
    const key = `${site}\u0000${s.year ?? ''}`;
    const g = groups.get(key) ?? { site, year: s.year, items: [] };
    g.items.push(s);
    groups.set(key, g);
  }
  return Array.from(groups.values())
    .map((g) => {
      const ok = g.items.filter((s) => !s.failed && s.isReport);
      return { site: g.site, year: g.year, reports: ok.length, withErrors: ok.filter((s) => s.rawErrors > 0).length, topRules: topRules(g.items, 3) };
    })
    .sort((a, b) => a.site.localeCompare(b.site) || (b.year ?? 0) - (a.year ?? 0));
}
