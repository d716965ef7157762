/**
 * Stored audit records, versioned. Every read goes through `migrate`, which
 * brings older versions forward, leaves versions from the future untouched and
 * quarantines what does not parse, so that one bad record never hides the rest.
 */
import { z } from '../zod';
import { ReportResult, Verdict, Counts } from '../result/schema';

export const STORE_VERSION = 2;

export const MarkStatus = z.enum(['confirmed', 'dismissed']);
export type MarkStatus = z.infer<typeof MarkStatus>;

export const Mark = z.object({
  status: MarkStatus,
  note: z.string().max(2000),
  /** ISO time of the last change. */
  at: z.string().max(40),
});
export type Mark = z.infer<typeof Mark>;

/** v1: the first prototype's shape — the result, a save time in ms, and the ids dismissed. */
export const PageRecordV1 = z.object({
  version: z.literal(1),
  url: z.string(),
  savedAt: z.number(),
  result: ReportResult,
  dismissed: z.array(z.string()).default([]),
});

export const PageRecord = z.object({
  v: z.literal(2),
  /** Normalised URL (the key without its prefix). */
  url: z.string().min(1).max(4000),
  /** The address as the browser showed it. */
  href: z.string().max(4000),
  auditedAt: z.string().max(40),
  title: z.string().max(500).nullable(),
  organ: z.string().max(200).nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  verdict: Verdict,
  score: z.number().nullable(),
  counts: Counts,
  result: ReportResult,
  /** Auditor's marks by finding id; they survive re-audits because ids are stable. */
  marks: z.record(z.string(), Mark),
});
export type PageRecord = z.infer<typeof PageRecord>;

export type Migrated =
  | { kind: 'ok'; record: PageRecord; upgraded: boolean }
  | { kind: 'future'; version: number }
  | { kind: 'corrupt'; error: string };

export function recordFromResult(href: string, url: string, result: ReportResult, marks: Record<string, Mark>, at: Date): PageRecord {
  return {
    v: 2,
    url,
    href,
    auditedAt: at.toISOString(),
    title: result.title,
    organ: result.organ,
    year: result.year,
    template: result.template,
    verdict: result.verdict,
    score: result.score,
    counts: result.counts,
    result,
    marks,
  };
}

/** Any stored value → the current record, or why not. */
export function migrate(raw: unknown): Migrated {
  if (!raw || typeof raw !== 'object') return { kind: 'corrupt', error: '不是记录对象' };
  const o = raw as Record<string, unknown>;
  const version = typeof o.v === 'number' ? o.v : typeof o.version === 'number' ? o.version : null;
  if (version !== null && version > STORE_VERSION) return { kind: 'future', version };
  if (version === 2) {
    const p = PageRecord.safeParse(raw);
    return p.success ? { kind: 'ok', record: p.data, upgraded: false } : { kind: 'corrupt', error: issue(p.error) };
  }
  if (version === 1) {
    const p = PageRecordV1.safeParse(raw);
    if (!p.success) return { kind: 'corrupt', error: issue(p.error) };
    const at = new Date(p.data.savedAt);
    const marks = Object.fromEntries(p.data.dismissed.map((id) => [id, { status: 'dismissed' as const, note: '', at: at.toISOString() }]));
    return { kind: 'ok', record: recordFromResult(p.data.url, p.data.url, p.data.result, marks, at), upgraded: true };
  }
  return { kind: 'corrupt', error: '缺少版本号' };
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
