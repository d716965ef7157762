/** Fetching as a batch does it, against a misbehaving server: redirects, loops, huge bodies, Retry-After. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, MAX_REDIRECTS, retryAfterMs } from '../../lib/batch/fetch-page';
import { runQueue } from '../../lib/batch/queue';

let a: Server;
let other: Server;
let A = '';
let B = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  other = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
    res.end('<html><body>another site</body></html>');
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  B = `http://localhost:${(other.address() as AddressInfo).port}`;
  a = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/away') return void (res.writeHead(302, { location: `${B}/x` }), res.end());
    // another host on the same port: localhost and 127.0.0.1 are two sites
    if (path === '/sibling') return void (res.writeHead(302, { location: `${A.replace('127.0.0.1', 'localhost')}/page` }), res.end());
    if (path === '/hop') return void (res.writeHead(301, { location: '/page' }), res.end());
    if (path === '/loop') return void (res.writeHead(302, { location: '/loop' }), res.end());
    if (path === '/page') return void (res.writeHead(200, { 'content-type': 'text/html' }), res.end('<html><body>ok</body></html>'));
    if (path === '/declared-huge') {
      res.writeHead(200, { 'content-length': String(2_000_000_000) });
      res.write('x');
      const t = setTimeout(() => res.destroy(), 3000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (path === '/streamed-huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1 << 20, 97);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => (sent = 1e9));
      return pump();
    }
    if (path === '/busy') return void (res.writeHead(429, { 'retry-after': '3600' }), res.end());
    if (path === '/busy-short') return void (res.writeHead(503, { 'retry-after': '2' }), res.end());
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => a.listen(0, '127.0.0.1', ok));
  A = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
});
afterAll(() => {
  a?.close();
  other?.close();
});

describe('fetchPage', () => {
  it('follows a redirect within the site, and reports where it ended', async () => {
    const p = await fetchPage(`${A}/hop`, 5000);
    expect(p.url).toBe(`${A}/page`);
    expect(new TextDecoder().decode(p.bytes)).toContain('ok');
  });

  it('refuses a redirect to another site, without reading it', async () => {
    await expect(fetchPage(`${A}/away`, 5000)).rejects.toThrow('重定向到其他网站，未读取');
  });

  it('in a browser, which hides where a redirect goes: no request leaves the site; http → https of the address is tried itself', async () => {
    const asked: string[] = [];
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null, url: '' } as unknown as Response;
    const browserFetch = (async (url: string, init: RequestInit) => {
      asked.push(`${init.redirect} ${url}`);
      if (url.startsWith('http://site.gov.cn/')) return opaque;
      if (url === 'https://site.gov.cn/report.html') return new Response('ok', { status: 200, headers: { 'content-type': 'text/html' } });
      return opaque;
    }) as typeof fetch;
    const p = await fetchPage('http://site.gov.cn/report.html', 5000, undefined, browserFetch);
    expect(new TextDecoder().decode(p.bytes)).toBe('ok');
    asked.length = 0;
    await expect(fetchPage('https://site.gov.cn/elsewhere.html', 5000, undefined, browserFetch)).rejects.toThrow('该地址重定向到别处，浏览器不告知去向，为免访问其他网站未跟随：请打开最终地址再审计');
    // one request, to the address itself, never 'follow'
    expect(asked).toEqual(['manual https://site.gov.cn/elsewhere.html']);
  });

  it('refuses a redirect to another host on the same port, without reading it', async () => {
    hits.delete('/page');
    await expect(fetchPage(`${A}/sibling`, 5000)).rejects.toThrow('重定向到其他网站，未读取');
    expect(hits.get('/page')).toBeUndefined();
  });

  it('a redirect loop costs at most MAX_REDIRECTS + 1 requests', async () => {
    hits.delete('/loop');
    await expect(fetchPage(`${A}/loop`, 5000)).rejects.toThrow(`重定向次数过多（超过 ${MAX_REDIRECTS} 次）`);
    expect(hits.get('/loop')).toBe(MAX_REDIRECTS + 1);
  });

  it('a body declared too large is refused before it is read', async () => {
    await expect(fetchPage(`${A}/declared-huge`, 5000)).rejects.toThrow('页面过大');
  });

  it('a body that streams past the limit is stopped there, memory bounded', async () => {
    const before = process.memoryUsage().rss;
    await expect(fetchPage(`${A}/streamed-huge`, 20_000, undefined, fetch, { maxBytes: 8 << 20 })).rejects.toThrow('页面过大');
    expect(process.memoryUsage().rss - before).toBeLessThan(150 << 20);
  });

  it('a server asking to wait an hour is not retried in the batch: the page fails, saying so', async () => {
    hits.delete('/busy');
    const outcomes: unknown[] = [];
    const waits: number[] = [];
    await runQueue([`${A}/busy`], (u) => fetchPage(u, 5000), { concurrency: 1, delayMs: 0, retries: 2, backoffMs: 1000, sleep: async (ms) => void waits.push(ms) }, (_, o) => void outcomes.push(o));
    expect(outcomes).toEqual([{ ok: false, error: '请求过于频繁（429）：服务器要求 60 分钟后再试', tries: 1 }]);
    expect(hits.get('/busy')).toBe(1);
  });

  it('a short Retry-After is waited out before the next try', async () => {
    const waits: number[] = [];
    await runQueue([`${A}/busy-short`], (u) => fetchPage(u, 5000), { concurrency: 1, delayMs: 0, retries: 1, backoffMs: 100, sleep: async (ms) => void waits.push(ms) }, () => undefined);
    expect(waits[0]).toBe(2000);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(60_000);
    expect(retryAfterMs('soon')).toBeNull();
  });
});
