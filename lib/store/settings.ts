/** The auditor's settings, stored beside the records, versioned like them. */
import { z } from 'zod';

const MMDD = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const Settings = z.object({
  v: z.literal(1),
  /** Deadline of townships and street offices (MM-DD of the next year): local notices differ. */
  townshipDeadline: MMDD,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { v: 1, townshipDeadline: '01-31' };
export const SETTINGS_KEY = 'settings';

/** Whatever is stored → settings; anything unreadable falls back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const p = Settings.safeParse(raw);
  return p.success ? p.data : DEFAULT_SETTINGS;
}
