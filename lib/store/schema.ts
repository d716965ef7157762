/**
 * Stored audit records, versioned. Every read goes through `migrate`, which
 * brings older versions forward, leaves versions from the future untouched and
 * quarantines what does not parse, so that one bad record never hides the rest.
 */
import { z } from '../zod';
import { ReportResult, Verdict, Counts, ReviewStatus } from '../result/schema';
import { MAX_REVIEWS, reviewSchema, reviewsSchema } from '../result/review-schema';
import { snapshotSchema } from '../pipeline/snapshot';
import { identitySchema, type Identity } from './identity';
import { reviewedSummary } from '../result/review';
import { PageRecordV1, PageRecordV2, resultFromV2 } from './legacy';

/** v3: typed repairs on findings; the auditor's decisions are `reviews`. */
export const STORE_VERSION = 3;

export { ReviewStatus };

/** An auditor's decision on a finding (its schema is built on first use elsewhere: lib/result/review-schema.ts). */
export const Review = reviewSchema();
export type Review = z.infer<typeof Review>;

export { identitySchema, type Identity };

export { MAX_REVIEWS };

export const PageRecord = z.object({
  v: z.literal(3),
  /** Normalised URL (the key without its prefix). */
  url: z.string().min(1).max(4000),
  /** The address as the browser showed it: http(s) only, the only pages audited (an imported `javascript:` is refused). */
  href: z.string().max(4000).regex(/^https?:\/\//i, { message: '地址须为 http(s) 网址' }),
  auditedAt: z.string().max(40),
  title: z.string().max(500).nullable(),
  organ: z.string().max(200).nullable(),
  year: z.number().int().min(1990).max(2100).nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  /** Verdict, score and counts as reviewed: the dismissed findings left out (counted in counts.dismissed). */
  verdict: Verdict,
  score: z.number().nullable(),
  counts: Counts,
  result: ReportResult,
  /** The auditor's reviews by finding id; they survive re-audits because ids are stable. */
  reviews: reviewsSchema(),
  /** The auditor's corrections of organ, level and year, applied to every audit of the page. */
  identity: identitySchema().optional(),
  /** What the audit read, so that it can run again without the page (pipeline/snapshot.ts). */
  snapshot: snapshotSchema().nullable().optional(),
  /** A page that holds nothing but its report file: the file's address. Its report is the file's record. */
  file: z.string().max(4000).regex(/^https?:\/\//i).optional(),
  /** A report file: the page that published it (and holds nothing else). */
  page: z.string().max(4000).regex(/^https?:\/\//i).optional(),
});
export type PageRecord = z.infer<typeof PageRecord>;

export type Migrated =
  | { kind: 'ok'; record: PageRecord; upgraded: boolean }
  | { kind: 'future'; version: number }
  | { kind: 'corrupt'; error: string };

export function recordFromResult(href: string, url: string, result: ReportResult, reviews: Record<string, Review>, at: Date): PageRecord {
  return withReviews({ v: 3, url, href, auditedAt: at.toISOString(), title: result.title, organ: result.organ, year: result.year, template: result.template, verdict: result.verdict, score: result.score, counts: result.counts, result, reviews: {} }, reviews);
}

/** A record with its reviews, and the verdict, score and counts they leave. */
export function withReviews(r: PageRecord, reviews: Record<string, Review>): PageRecord {
  return { ...r, reviews, ...reviewedSummary(r.result, reviews) };
}

/** Any stored value → the current record, or why not. */
export function migrate(raw: unknown): Migrated {
  if (!raw || typeof raw !== 'object') return { kind: 'corrupt', error: '不是记录对象' };
  const o = raw as Record<string, unknown>;
  const version = typeof o.v === 'number' ? o.v : typeof o.version === 'number' ? o.version : null;
  if (version !== null && version > STORE_VERSION) return { kind: 'future', version };
  if (version === 3) {
    const p = PageRecord.safeParse(raw);
    return p.success ? { kind: 'ok', record: p.data, upgraded: false } : { kind: 'corrupt', error: issue(p.error) };
  }
  if (version === 2) {
    const p = PageRecordV2.safeParse(raw);
    if (!p.success) return { kind: 'corrupt', error: issue(p.error) };
    const { marks, result, ...rest } = p.data;
    const r = resultFromV2(result);
    const record = { ...recordFromResult(rest.href, rest.url, r, marks, new Date(rest.auditedAt)), auditedAt: rest.auditedAt };
    return checked(record);
  }
  if (version === 1) {
    const p = PageRecordV1.safeParse(raw);
    if (!p.success) return { kind: 'corrupt', error: issue(p.error) };
    const at = new Date(p.data.savedAt);
    const reviews = Object.fromEntries(p.data.dismissed.map((id) => [id, { status: 'dismissed' as const, note: '', at: at.toISOString() }]));
    return checked(recordFromResult(p.data.url, p.data.url, resultFromV2(p.data.result), reviews, at));
  }
  return { kind: 'corrupt', error: '缺少版本号' };
}

/** A record brought forward is checked like one read as it is. */
function checked(record: PageRecord): Migrated {
  const p = PageRecord.safeParse(record);
  return p.success ? { kind: 'ok', record: p.data, upgraded: true } : { kind: 'corrupt', error: issue(p.error) };
}

function issue(e: z.ZodError): string {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || '(root)'}: ${i.message}`.slice(0, 300) : '格式错误';
}

/** A JSON backup of records, re-importable. */
export const BACKUP_FORMAT = 'nianbao-audit-backup';
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
});
export type Backup = z.infer<typeof Backup>;

export function toBackup(records: PageRecord[], at: Date): Backup {
  return { format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt: at.toISOString(), records };
}

/** A page recognised as a report that holds nothing but its report file (the attachment finding says so). */
export function attachmentOnly(r: ReportResult): boolean {
  return r.isReport && r.findings.some((f) => f.rule === 'shape:attachment');
}
