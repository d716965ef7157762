/**
 * The auditor's settings, stored beside the records, versioned like them. The
 * schemas are built on first use: the content script reads settings on report
 * pages only and must not pay for them on every page.
 */
import { lazily, z } from '../zod';
import type { AuditOptions } from '../model';
import { DEFAULT_DEADLINES } from '../rules/deadline';

function schemas() {
  const MMDD = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  return {
    v2: z.object({
      v: z.literal(2),
      /** Deadline of townships and street offices (MM-DD of the next year): local notices differ. */
      townshipDeadline: MMDD,
      /** Batch audits: pages fetched at once, pause after each (ms), time limit per page (s). */
      batchConcurrency: z.number().int().min(1).max(4),
      batchDelayMs: z.number().int().min(0).max(60_000),
      batchTimeoutSec: z.number().int().min(1).max(120),
      /** Copied prose: the share of a report's own sentences (percent) found in another above which it is flagged. */
      copyThreshold: z.number().int().min(1).max(100).default(50),
      /** Which marks show on report pages: all of them (on), and by severity (notices: the blank cells). */
      marks: z.object({ on: z.boolean(), error: z.boolean(), warning: z.boolean(), notice: z.boolean() }).default({ on: true, error: true, warning: true, notice: false }),
      /** Where the on-page panel docks: bottom right or bottom left (it moves aside by itself from the cell discussed). */
      dock: z.enum(['right', 'left']).default('right'),
      /** The on-page UI's shadow root open: set only by the browser tests (through the extension's storage), never by a page. */
      openUi: z.boolean().optional(),
    }),
    /** v1 had the township deadline only. */
    v1: z.object({ v: z.literal(1), townshipDeadline: MMDD }),
  };
}

const built = lazily(schemas);
export function settingsSchema() {
  return built().v2;
}

export type Settings = z.infer<ReturnType<typeof schemas>['v2']>;

export const DEFAULT_SETTINGS: Settings = { v: 2, townshipDeadline: DEFAULT_DEADLINES.township, batchConcurrency: 3, batchDelayMs: 800, batchTimeoutSec: 20, copyThreshold: 50,
  marks: { on: true, error: true, warning: true, notice: false }, dock: 'right',
};
export const SETTINGS_KEY = 'settings';

/** Whatever is stored → settings: v1 is brought forward, anything unreadable falls back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const p = built().v2.safeParse(raw);
  if (p.success) return p.data;
  const v1 = built().v1.safeParse(raw);
  return v1.success ? { ...DEFAULT_SETTINGS, townshipDeadline: v1.data.townshipDeadline } : DEFAULT_SETTINGS;
}

/** What of the auditor's settings an audit honours (the extension's settings and the CLI's flags alike). */
export function auditOptions(s: { townshipDeadline: string | null }): AuditOptions {
  return s.townshipDeadline ? { deadlines: { township: s.townshipDeadline } } : {};
}
