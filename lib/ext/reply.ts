/**
 * The one reply style of every message, and the word a full storage answers with. No schema here: the
 * content script runs on every page and imports this, and building zod schemas costs milliseconds (the
 * schemas of the messages are in ./messages.ts; tests/unit/content-imports.test.ts keeps them out of the
 * content script's load).
 */

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

export function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}

export function fail(error: string): Reply<never> {
  return { ok: false, error };
}

/** The error a reply carries when the browser's storage is full (the one word every part checks). */
export const STORAGE_FULL = 'storage-full';
