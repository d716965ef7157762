/** Asking the background or a tab, with the reply shape of lib/ext/messages. */
import { sendToBackground, sendToTab } from '@/lib/ext/browser';
import { replySchema, type Reply, type ReplyTo, type ToBackground } from '@/lib/ext/messages';
import type { z } from '@/lib/zod';

export async function ask<T>(msg: unknown): Promise<T> {
  const r = await sendToBackground<Reply<T>>(msg);
  if (!r || !r.ok) throw new Error(r && !r.ok ? r.error : 'no reply');
  return r.data;
}

/** Ask, and check the reply against its schema (lib/ext/messages). */
export async function askFor<S extends z.ZodType>(schema: S, msg: unknown): Promise<z.infer<S>> {
  return schema.parse(await ask<unknown>(msg));
}

export async function askTab<T>(tabId: number, msg: unknown): Promise<T | null> {
  try {
    return (await sendToTab<T>(tabId, msg)) ?? null;
  } catch {
    return null;
  }
}

/** A request to the background, its reply checked against the reply table (lib/ext/messages REPLIES) and typed by it. */
export async function request<M extends ToBackground>(msg: M): Promise<ReplyTo<M['type']>> {
  return replySchema(msg.type).parse(await ask<unknown>(msg)) as ReplyTo<M['type']>;
}
