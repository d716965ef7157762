/**
 * Messages between the extension's parts, validated with zod on receipt. One
 * reply style everywhere: a handler returns a promise of the reply for a message
 * it handles and undefined for one it does not.
 */
import { lazily, z } from '../zod';
import { ReportResult } from '../result/schema';
import { BACKUP_FORMAT, PageRecord, Review, ReviewStatus, identitySchema } from '../store/schema';
import { historySliceSchema } from './history-slice';
import { RecordSummary } from '../store/summary';
import { snapshotSchema } from '../pipeline/snapshot';
import { settingsSchema } from '../store/settings';
import { BatchRecord, BatchStatus, VerdictLine } from '../store/batch';

const href = z.string().min(1).max(4000);

/**
 * A runtime message carries at most 64 MiB (Chrome), and a record weighs tens of
 * kilobytes: the dashboard lists summaries a page at a time and moves records in
 * chunks, so that no message grows with the number of records.
 */
export { STORAGE_FULL, ok, fail, type Reply } from './reply';

/** Summaries per page of the listing (about 1–2 KB each). */
export const SUMMARY_PAGE = 500;
/** Records per message of an export or an import (up to a few hundred kilobytes each). */
export const RECORD_CHUNK = 100;
/** What the background accepts, at most: a little room above what the dashboard sends. */
const MAX_SUMMARY_PAGE = 2000;
const MAX_RECORD_CHUNK = 500;

/** A backup's chunk, as the background takes it in and gives it out. */
const BackupChunk = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  exportedAt: z.string().max(40),
  records: z.array(z.unknown()).max(MAX_RECORD_CHUNK),
});

/** To the background, from content scripts and extension pages. */
export const ToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('audit:done'), href, result: ReportResult, snapshot: snapshotSchema().nullable().optional() }),
  z.object({ type: z.literal('audit:context'), href }),
  /** Open the viewer of a report file (the auditor clicked it). */
  z.object({ type: z.literal('file:open'), url: href, from: href.nullable() }),
  /** Audit a report file without a window (a page that holds only it; a batch's file links). */
  /** `clicked`: the auditor asked for it (a file on another site than `from` is read only then). */
  z.object({ type: z.literal('file:audit'), url: href, from: href.nullable(), clicked: z.boolean().optional() }),
  z.object({ type: z.literal('history:slice'), href }),
  z.object({ type: z.literal('record:identity'), href, identity: identitySchema() }),
  z.object({ type: z.literal('audit:none'), href }),
  z.object({ type: z.literal('record:get'), href }),
  /** One page of every record's summary (records:summaries → SummaryPage). */
  z.object({ type: z.literal('records:summaries'), offset: z.number().int().nonnegative(), limit: z.number().int().min(1).max(MAX_SUMMARY_PAGE) }),
  z.object({ type: z.literal('finding:review'), href, id: z.string().min(1).max(400), status: ReviewStatus.nullable(), note: z.string().max(2000) }),
  z.object({ type: z.literal('records:delete'), hrefs: z.array(href).max(100_000) }),
  /** A chunk of a backup's records, imported (→ ImportOutcome). */
  z.object({ type: z.literal('records:import'), backup: BackupChunk }),
  /** These pages' full records, as a backup's chunk (→ ExportChunk). */
  z.object({ type: z.literal('records:export'), hrefs: z.array(href).min(1).max(MAX_RECORD_CHUNK) }),
  z.object({ type: z.literal('tab:audit'), tabId: z.number().int() }),
  z.object({ type: z.literal('dashboard:open') }),
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), settings: settingsSchema() }),
  z.object({ type: z.literal('batch:start'), listing: href, title: z.string().max(500), urls: z.array(href).min(1).max(5000) }),
  z.object({ type: z.literal('batch:result'), listing: href, href, result: ReportResult, snapshot: snapshotSchema().nullable().optional() }),
  z.object({ type: z.literal('batch:failed'), listing: href, href, error: z.string().max(500) }),
  z.object({ type: z.literal('batch:status'), listing: href, status: BatchStatus }),
  z.object({ type: z.literal('batch:get'), listing: href }),
  z.object({ type: z.literal('batches:list') }),
  /** The stored verdicts of these pages (a listing's links): as reviewed and audited last, not as a batch saw them first. */
  z.object({ type: z.literal('records:verdicts'), hrefs: z.array(href).max(5000) }),
  /** How far the stored reports' audit again (after a setting that changes findings) has come. */
  z.object({ type: z.literal('records:reaudit') }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/**
 * What the background answers each request with: one typed table, checked by the caller (`request` in
 * components/useBackground.ts) and, in the tests, against what the background gives
 * (tests/unit/replies.test.ts). Built on first use.
 */
function replies() {
  const record = PageRecord.nullable();
  const batch = BatchRecord.nullable();
  return {
    'audit:done': z.object({ reviews: z.record(z.string(), Review).nullable(), history: historySliceSchema().nullable() }),
    'audit:context': z.object({ settings: settingsSchema(), identity: identitySchema().nullable() }),
    'file:open': z.null(),
    'file:audit': ReportResult,
    'history:slice': historySliceSchema().nullable(),
    'record:identity': record,
    'audit:none': z.null(),
    'record:get': record,
    'records:summaries': SummaryPage,
    'finding:review': record,
    'records:delete': z.number().int().nonnegative(),
    'records:import': ImportOutcome,
    'records:export': ExportChunk,
    'tab:audit': z.unknown(),
    'dashboard:open': z.null(),
    'settings:get': settingsSchema(),
    'settings:set': settingsSchema(),
    'batch:start': BatchRecord,
    'batch:result': batch,
    'batch:failed': batch,
    'batch:status': batch,
    'batch:get': batch,
    'batches:list': z.array(BatchRecord),
    'records:verdicts': z.record(z.string().max(4000), VerdictLine),
    'records:reaudit': z.object({ state: z.enum(['idle', 'running', 'finished']), done: z.number().int().nonnegative(), total: z.number().int().nonnegative(), changed: z.number().int().nonnegative() }),
  } satisfies Record<ToBackground['type'], z.ZodType>;
}
export type Replies = ReturnType<typeof replies>;
/** The reply a request of this type gets. */
export type ReplyTo<T extends ToBackground['type']> = z.infer<Replies[T]>;
const built = lazily(replies);
/** The schema of the reply to a request of this type. */
export function replySchema<T extends ToBackground['type']>(type: T): Replies[T] {
  return built()[type];
}

/** To a content script: see to-content.ts (built lazily, the content script runs on every page). */
export type { ToContent } from './to-content';

/** Replies, checked by the dashboard on receipt. */
export const StoreProblem = z.object({ key: z.string().max(5000), kind: z.enum(['future', 'corrupt']), detail: z.string().max(1000) });
export const SummaryPage = z.object({
  /** The listing's version: it moves when a record changes, and a listing read page by page starts again. */
  version: z.number().int(),
  total: z.number().int().nonnegative(),
  summaries: z.array(RecordSummary).max(MAX_SUMMARY_PAGE),
  problems: z.array(StoreProblem).max(100_000),
});
export type SummaryPage = z.infer<typeof SummaryPage>;
export const ExportChunk = BackupChunk;
export type ExportChunk = z.infer<typeof ExportChunk>;
export const ImportOutcome = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  problems: z.array(z.string().max(1000)).max(MAX_RECORD_CHUNK + 1),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** What a content script says about its page. */
export const PageState = z.object({
  href,
  recognised: z.boolean(),
  audited: z.boolean(),
  result: ReportResult.nullable(),
  /** Report links on the page (a listing of reports when ≥ 3), and the batch running over them. */
  listing: z.number().int(),
  batch: BatchRecord.nullable(),
  /** The report files the page links (PDF, Word). */
  files: z.array(z.object({ url: href, text: z.string().max(200) })).max(50).default([]),
});
export type PageState = z.infer<typeof PageState>;

/** To the page that reads report files (components of lib/ext/browser ensureReaderPage). */
export interface ReaderRequest {
  type: 'reader:audit';
  url: string;
  options: { deadlines?: Record<string, string>; identity?: Record<string, unknown> };
}
