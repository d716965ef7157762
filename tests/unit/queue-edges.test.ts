/**
 * The two schedulers' edges, on a clock the test keeps (lib/batch/queue.ts, lib/batch/hosts.ts):
 * the back-off's exact waits, a start exactly when it is due, what a thrown non-error says, a
 * cancellation during a back-off or with a request in flight, and the sleep they share.
 */
import { describe, expect, it } from 'vitest';
import { hostOf, runByHost } from '../../lib/batch/hosts';
import { Permanent, runQueue, sleep, type Outcome } from '../../lib/batch/queue';

/** A clock that moves only when slept on. */
function fakeClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
      await Promise.resolve();
    },
  };
}

describe('sleep', () => {
  it('ends at once for no time or a cancelled signal, and when its signal is cancelled', async () => {
    await sleep(0);
    await sleep(-5);
    const gone = new AbortController();
    gone.abort();
    await sleep(60_000, gone.signal);
    const stop = new AbortController();
    const slept = sleep(60_000, stop.signal);
    setTimeout(() => stop.abort(), 1);
    await slept;
  });
});

describe('runQueue', () => {
  const opts = { concurrency: 1, delayMs: 0, retries: 2, backoffMs: 0 };

  it('a task that succeeds runs once; a permanent failure is not tried again; a thrown non-error is said as text', async () => {
    const calls: string[] = [];
    const out: [string, Outcome<string>][] = [];
    await runQueue(['ok', 'perm', 'null', 'str'], async (x) => {
      calls.push(x);
      if (x === 'perm') throw new Permanent('404');
      if (x === 'null') throw null;
      if (x === 'str') throw 'gone';
      return x;
    }, opts, (x, o) => void out.push([x, o]));
    expect(calls).toEqual(['ok', 'perm', 'null', 'null', 'null', 'str', 'str', 'str']);
    expect(out).toEqual([
      ['ok', { ok: true, value: 'ok', tries: 1 }],
      ['perm', { ok: false, error: '404', tries: 1 }],
      ['null', { ok: false, error: 'null', tries: 3 }],
      ['str', { ok: false, error: 'gone', tries: 3 }],
    ]);
  });

  it('cancelled during a back-off: not tried again and not heard; as many at once as allowed', async () => {
    const stop = new AbortController();
    let calls = 0;
    const heard: string[] = [];
    const sleepThenStop = async () => stop.abort();
    await runQueue(['a', 'b'], async () => {
      calls++;
      throw new Error('503');
    }, { ...opts, signal: stop.signal, sleep: sleepThenStop }, (x) => void heard.push(x));
    expect([calls, heard]).toEqual([1, []]);

    let now = 0;
    let most = 0;
    await runQueue([1, 2, 3, 4, 5], async () => {
      most = Math.max(most, ++now);
      await new Promise((r) => setTimeout(r, 2));
      now--;
    }, { ...opts, concurrency: 3 }, () => undefined);
    expect(most).toBe(3);
  });
});

describe('runByHost', () => {
  it('a failure is tried again after backoffMs, then twice that, before the host’s later items; the first starts at once', async () => {
    const c = fakeClock();
    const starts: [string, number][] = [];
    let failures = 0;
    await runByHost(['http://a/x', 'http://a/y'], hostOf, async (u) => {
      starts.push([u, c.now()]);
      if (u.endsWith('x') && failures++ < 2) throw new Error('503');
      return u;
    }, { perHost: 1, gapMs: 0, total: 1, retries: 2, backoffMs: 100, now: c.now, sleep: c.sleep }, () => undefined);
    expect(starts).toEqual([['http://a/x', 0], ['http://a/x', 100], ['http://a/x', 300], ['http://a/y', 300]]);
  });

  it('a thrown non-error is said as text; a cancellation lets what is in flight end and be heard', async () => {
    const heard: [string, Outcome<unknown>][] = [];
    await runByHost(['http://a/1'], hostOf, async () => {
      throw null;
    }, { perHost: 1, gapMs: 0, total: 1, retries: 0, backoffMs: 0 }, (u, o) => void heard.push([u, o]));
    expect(heard).toEqual([['http://a/1', { ok: false, error: 'null', tries: 1 }]]);

    const stop = new AbortController();
    const order: string[] = [];
    await runByHost(['http://a/1', 'http://b/1', 'http://a/2'], hostOf, async (u) => {
      stop.abort();
      await new Promise((r) => setTimeout(r, 5));
      order.push(`ended ${u}`);
    }, { perHost: 1, gapMs: 0, total: 1, retries: 0, backoffMs: 0, signal: stop.signal }, (u) => void order.push(`heard ${u}`));
    order.push('returned');
    expect(order).toEqual(['ended http://a/1', 'heard http://a/1', 'returned']);
  });

  it('the host of a URL, or the folder of a path (a folder sweep’s site)', () => {
    expect(hostOf('https://a.gov.cn:8080/x')).toBe('a.gov.cn:8080');
    expect(hostOf('dir/sub/a.txt')).toBe('dir/sub');
    expect(hostOf('/a.txt')).toBe('.');
    expect(hostOf('a.txt')).toBe('a.txt');
  });
});
