/** The sweep's scheduler: each host its own limit in flight and its own gap between starts; many hosts at once. */
import { describe, expect, it } from 'vitest';
import { hostOf, runByHost } from '../../lib/batch/hosts';
import { Permanent } from '../../lib/batch/queue';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The scheduler's own clock, and the time it last read: a task records the time its start was decided at. A
 * machine under load may pause between that decision and the task's first line, so the task's own reading of
 * the clock could put two starts closer than the gap the scheduler kept.
 */
function schedulerClock() {
  let last = 0;
  return { now: () => (last = performance.now()), last: () => last };
}

function recorder(latency: (url: string) => number, fail: (url: string, attempt: number) => Error | null = () => null) {
  const clock = schedulerClock();
  const starts: Record<string, number[]> = {};
  const tries: Record<string, number> = {};
  let inFlight: Record<string, number> = {};
  let maxInFlight: Record<string, number> = {};
  let total = 0;
  let maxTotal = 0;
  const task = async (url: string) => {
    const h = hostOf(url);
    (starts[h] ??= []).push(clock.last());
    tries[url] = (tries[url] ?? 0) + 1;
    inFlight[h] = (inFlight[h] ?? 0) + 1;
    maxInFlight[h] = Math.max(maxInFlight[h] ?? 0, inFlight[h]!);
    maxTotal = Math.max(maxTotal, ++total);
    await wait(latency(url));
    inFlight[h]!--;
    total--;
    const e = fail(url, tries[url]!);
    if (e) throw e;
    return url;
  };
  return { task, now: clock.now, starts, tries, maxInFlight: () => maxInFlight, maxTotal: () => maxTotal };
}

describe('runByHost', () => {
  it('keeps each host to its gap between starts and its limit in flight, and works on the hosts together', async () => {
    const urls = ['a', 'b', 'c'].flatMap((h) => Array.from({ length: 6 }, (_, i) => `http://${h}.gov.cn/${i}.html`));
    const r = recorder(() => 5);
    const done: string[] = [];
    const t = Date.now();
    await runByHost(urls, hostOf, r.task, { perHost: 2, gapMs: 40, total: 8, retries: 0, backoffMs: 0, now: r.now }, (u, o) => void done.push(`${u} ${o.ok}`));
    expect(done.sort()).toEqual(urls.map((u) => `${u} true`).sort());
    for (const h of ['a.gov.cn', 'b.gov.cn', 'c.gov.cn']) {
      const s = r.starts[h]!;
      expect(s).toHaveLength(6);
      for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBeGreaterThanOrEqual(40);
    }
    // three hosts at once: about six gaps of one host, not eighteen
    expect(Date.now() - t).toBeLessThan(18 * 40);
  });

  it('never more in flight than allowed per host and in all', async () => {
    const urls = ['a', 'b', 'c', 'd'].flatMap((h) => Array.from({ length: 5 }, (_, i) => `http://${h}.gov.cn/${i}`));
    const r = recorder(() => 30);
    await runByHost(urls, hostOf, r.task, { perHost: 2, gapMs: 0, total: 5, retries: 0, backoffMs: 0 }, () => undefined);
    expect(Math.max(...Object.values(r.maxInFlight()))).toBe(2);
    expect(r.maxTotal()).toBe(5);
  });

  it('retries after a back-off, still keeping the host\'s gap; a permanent failure is not retried', async () => {
    const urls = ['http://a.gov.cn/flaky', 'http://a.gov.cn/gone', 'http://a.gov.cn/ok'];
    const r = recorder(() => 1, (u, n) => (u.endsWith('flaky') && n < 3 ? new Error('超时') : u.endsWith('gone') ? new Permanent('页面不存在（404）') : null));
    const outcomes: Record<string, string> = {};
    await runByHost(urls, hostOf, r.task, { perHost: 1, gapMs: 20, total: 4, retries: 2, backoffMs: 10, now: r.now }, (u, o) => void (outcomes[u] = o.ok ? `ok ${o.tries}` : `${o.error} ${o.tries}`));
    expect(outcomes).toEqual({ 'http://a.gov.cn/flaky': 'ok 3', 'http://a.gov.cn/gone': '页面不存在（404） 1', 'http://a.gov.cn/ok': 'ok 1' });
    const s = r.starts['a.gov.cn']!;
    expect(s).toHaveLength(5);
    for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBeGreaterThanOrEqual(20);
  });

  it('stops starting when cancelled; what was in flight is heard', async () => {
    const urls = Array.from({ length: 10 }, (_, i) => `http://a.gov.cn/${i}`);
    const ctl = new AbortController();
    const r = recorder(() => 10);
    const heard: string[] = [];
    await runByHost(urls, hostOf, r.task, { perHost: 2, gapMs: 0, total: 2, retries: 0, backoffMs: 0, signal: ctl.signal }, (u) => {
      heard.push(u);
      if (heard.length === 3) ctl.abort();
    });
    expect(heard.length).toBeGreaterThanOrEqual(3);
    expect(heard.length).toBeLessThanOrEqual(4);
  });

  it('a folder\'s files: each folder is one site', () => {
    expect(hostOf('/data/region/a/2021.pdf')).toBe('/data/region/a');
    expect(hostOf('https://www.x.gov.cn:8080/a')).toBe('www.x.gov.cn:8080');
  });
});
