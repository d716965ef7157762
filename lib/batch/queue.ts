/**
 * A polite work queue: a few tasks at a time, a pause between a worker's tasks,
 * retries with back-off, cancellation. Pure timers and promises: the CLI and the
 * extension run the same queue.
 */
import { errorMessage } from '../errors';

export interface QueueOptions {
  /** Tasks at the same time (2–4 is polite for one site). */
  concurrency: number;
  /** Pause a worker takes after each task, ms. */
  delayMs: number;
  /** Further tries after a failure that may pass (timeouts, 5xx). */
  retries: number;
  /** First back-off, ms; doubled on each retry. */
  backoffMs: number;
  signal?: AbortSignal;
  /** Sleep; tests pass a fake one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type Outcome<R> = { ok: true; value: R; tries: number } | { ok: false; error: string; tries: number };

/** Thrown by a task for a failure that a retry cannot mend (404, not a page). */
export class Permanent extends Error {}

/** A failure the server asked to wait out (429, 503 with Retry-After): the next try waits at least `waitMs`. */
export class RetryLater extends Error {
  constructor(message: string, readonly waitMs: number) {
    super(message);
  }
}

export const DEFAULT_QUEUE: QueueOptions = { concurrency: 3, delayMs: 500, retries: 2, backoffMs: 1000 };

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}

/**
 * Run `task` over `items`; `onDone` hears every outcome as it comes. Items not
 * started when the signal aborts are left out (the caller keeps them as remaining).
 */
export async function runQueue<T, R>(
  items: T[],
  task: (item: T, signal?: AbortSignal) => Promise<R>,
  o: QueueOptions,
  onDone: (item: T, outcome: Outcome<R>) => void | Promise<void>,
): Promise<void> {
  const pause = o.sleep ?? sleep;
  let next = 0;
  const worker = async () => {
    while (next < items.length && !o.signal?.aborted) {
      const item = items[next++]!;
      let outcome: Outcome<R> | null = null;
      let wait = 0;
      for (let attempt = 0; attempt <= o.retries && !outcome; attempt++) {
        if (attempt) await pause(Math.max(o.backoffMs * 2 ** (attempt - 1), wait), o.signal);
        if (o.signal?.aborted) break;
        try {
          outcome = { ok: true, value: await task(item, o.signal), tries: attempt + 1 };
        } catch (e) {
          const error = errorMessage(e);
          wait = e instanceof RetryLater ? e.waitMs : 0;
          if (e instanceof Permanent || attempt === o.retries) outcome = { ok: false, error, tries: attempt + 1 };
        }
      }
      if (!outcome) return; // cancelled
      await onDone(item, outcome);
      await pause(o.delayMs, o.signal);
    }
  };
  const n = Math.max(1, Math.min(o.concurrency, items.length));
  await Promise.all(Array.from({ length: n }, worker));
}
