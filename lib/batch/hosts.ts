/**
 * A region's sweep, polite to every site at once: each host has its own limit of requests in
 * flight and its own gap between two requests' starts (so never more than 1000/gap requests a
 * second to one host, retries included), while many hosts are worked on together. Pure timers
 * and promises, like ./queue.ts; a test passes its own clock.
 */
import { Permanent, RetryLater, sleep as realSleep, type Outcome } from './queue';
import { errorMessage } from '../errors';

export interface HostQueueOptions {
  /** Requests in flight to one host at most. */
  perHost: number;
  /** Least time between two requests' starts to one host, ms. */
  gapMs: number;
  /** Requests in flight over all hosts at most. */
  total: number;
  /** Further tries after a failure that may pass (timeouts, 5xx). */
  retries: number;
  /** First back-off, ms; doubled on each retry. */
  backoffMs: number;
  signal?: AbortSignal;
  /** When each host may next be asked (kept across runs over the same hosts: a sweep's listings, then its pages). */
  nextStart?: Map<string, number>;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The host a URL is fetched from (a file path: its folder, one "site" of a folder sweep). */
export function hostOf(item: string): string {
  // a file's path (no scheme, so no ':') is no address: its folder, without the parser's exception
  try {
    if (item.includes(':')) return new URL(item).host || item;
  } catch {
    // not an address either
  }
  return item.replace(/[\\/][^\\/]*$/, '') || '.';
}

interface Pending<T> {
  item: T;
  attempt: number;
  /** Not before this time (a back-off, a Retry-After). */
  at: number;
}

/**
 * Run `task` over `items`, grouped by `host(item)`; `onDone` hears each outcome as it comes.
 * Within a host, items start in their order. Items not started when the signal aborts are left out.
 */
export async function runByHost<T>(
  items: T[],
  host: (item: T) => string,
  task: (item: T, signal?: AbortSignal) => Promise<unknown>,
  o: HostQueueOptions,
  onDone: (item: T, outcome: Outcome<unknown>) => void | Promise<void>,
): Promise<void> {
  // a monotonic clock: a wall clock set back (NTP) would let two starts to a host come closer than the gap
  const now = o.now ?? (() => performance.now());
  const pause = o.sleep ?? realSleep;
  const queues = new Map<string, Pending<T>[]>();
  for (const item of items) {
    const h = host(item);
    let q = queues.get(h);
    if (!q) queues.set(h, (q = []));
    q.push({ item, attempt: 0, at: 0 });
  }
  const inFlight = new Map<string, number>();
  const nextStart = o.nextStart ?? new Map<string, number>();
  let running = 0;
  let left = items.length;
  /** Woken when a request ends (a slot frees) or the earliest start comes. */
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  /** The next item that may start now, or the time the earliest may. */
  const pick = (): { host: string; p: Pending<T> } | number => {
    let earliest = Infinity;
    for (const [h, q] of queues) {
      if (!q.length || (inFlight.get(h) ?? 0) >= o.perHost) continue;
      const ready = Math.max(nextStart.get(h) ?? 0, q[0]!.at);
      if (ready <= now()) return { host: h, p: q.shift()! };
      earliest = Math.min(earliest, ready);
    }
    return earliest;
  };

  const start = (h: string, p: Pending<T>) => {
    running++;
    inFlight.set(h, (inFlight.get(h) ?? 0) + 1);
    nextStart.set(h, now() + o.gapMs);
    void (async () => {
      let outcome: Outcome<unknown> | null = null;
      try {
        outcome = { ok: true, value: await task(p.item, o.signal), tries: p.attempt + 1 };
      } catch (e) {
        const error = errorMessage(e);
        if (e instanceof Permanent || p.attempt >= o.retries || o.signal?.aborted) outcome = { ok: false, error, tries: p.attempt + 1 };
        else {
          const wait = Math.max(o.backoffMs * 2 ** p.attempt, e instanceof RetryLater ? e.waitMs : 0);
          // tried again after its back-off, before the host's later items
          queues.get(h)!.unshift({ item: p.item, attempt: p.attempt + 1, at: now() + wait });
        }
      }
      if (outcome) {
        await onDone(p.item, outcome);
        left--;
      }
      running--;
      inFlight.set(h, inFlight.get(h)! - 1);
      poke();
    })();
  };

  while (left > 0 && !o.signal?.aborted) {
    const next = running < o.total ? pick() : Infinity;
    if (typeof next !== 'number') {
      start(next.host, next.p);
      continue;
    }
    // nothing may start now: wait for a request to end, or for the earliest start
    const woken = new Promise<void>((r) => (wake = r));
    if (next === Infinity) await woken;
    else await Promise.race([woken, pause(Math.max(1, next - now()), o.signal)]);
    wake = null;
  }
  // cancelled: what is in flight ends (its outcome heard), nothing more starts
  while (running > 0) await new Promise<void>((r) => (wake = r));
}
