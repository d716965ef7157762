/**
 * Messages to a content script, validated with zod. The schema is built on the
 * first message, not when the script loads: the content script runs on every
 * page, and most pages never receive a message.
 */
import { lazily, z } from '../zod';
import { readSettings, type Settings } from '../store/settings';
import { readIdentity, type Identity } from '../store/identity';

function schema() {
  const status = z.enum(['confirmed', 'dismissed']);
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('page:audit'), force: z.boolean() }),
    z.object({ type: z.literal('page:scroll'), id: z.string().min(1).max(400) }),
    z.object({ type: z.literal('page:state') }),
    z.object({ type: z.literal('page:reviews'), reviews: z.record(z.string(), z.object({ status, note: z.string().max(2000), at: z.string().max(40) })) }),
    z.object({ type: z.literal('page:batch'), action: z.enum(['start', 'cancel']) }),
    z.object({ type: z.literal('page:command'), command: z.enum(['open-panel', 'next-finding']) }),
  ]);
}

export type ToContent = z.infer<ReturnType<typeof schema>>;
const built = lazily(schema);

export function parseToContent(raw: unknown): ToContent | null {
  const r = built().safeParse(raw);
  return r.success ? r.data : null;
}

/** What an audit of a page honours, from the background's reply: the settings and the auditor's corrections (checked, built on first use too). */
export function parseContext(raw: unknown): { settings: Settings; identity: Identity | undefined } {
  const o = (raw && typeof raw === 'object' ? raw : {}) as { settings?: unknown; identity?: unknown };
  return { settings: readSettings(o.settings), identity: readIdentity(o.identity) };
}
