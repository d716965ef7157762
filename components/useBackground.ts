/** Asking the background or a tab, with the reply shape of lib/ext/messages. */
import { sendToBackground, sendToTab } from '@/lib/ext/browser';
import type { Reply } from '@/lib/ext/messages';

export async function ask<T>(msg: unknown): Promise<T> {
  const r = await sendToBackground<Reply<T>>(msg);
  if (!r || !r.ok) throw new Error(r && !r.ok ? r.error : 'no reply');
  return r.data;
}

export async function askTab<T>(tabId: number, msg: unknown): Promise<T | null> {
  try {
    return (await sendToTab<T>(tabId, msg)) ?? null;
  } catch {
    return null;
  }
}
