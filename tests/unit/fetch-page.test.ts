/**
 * A batch's fetch (lib/batch/fetch-page.ts) against a fake server, status by status: which
 * redirects are followed and which refused, what a failure says and whether a retry may mend it,
 * the server's Retry-After, the size limit at its edge, and the one loop step (auditUrl) that
 * sends files, text and HTML each to their reader. tests/unit/fetch.test.ts does the same over
 * real sockets for what only a socket shows (timeouts, streams cut short).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPage, httpError, MAX_REDIRECTS, retryAfterMs } from '../../lib/batch/fetch-page';
import { auditUrl } from '../../lib/batch/audit-url';
import { Permanent, RetryLater } from '../../lib/batch/queue';
import { parseHtml } from '../../lib/node';

type Reply = Response | { type: 'opaqueredirect'; status: 0; headers: Headers; ok: false; url: string; body: null };
const opaque = (): Reply => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), ok: false, url: '', body: null });
const redirect = (status: number, location?: string) => new Response(null, { status, headers: location ? { location } : {} });

/** A fetcher answering from a table of replies (a function of the address), recording what was asked. */
function server(reply: (url: string, n: number) => Reply) {
  const asked: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    asked.push({ url, init });
    return reply(url, asked.length);
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

const fails = (p: Promise<unknown>) => p.then(() => null, (e: Error) => e);

describe('httpError and retryAfterMs', () => {
  it('each status in words, its code kept', () => {
    expect([404, 410, 403, 401, 429, 500, 503, 418, 302].map(httpError)).toEqual([
      '页面不存在（404）', '页面已删除（410）', '无权访问（403）', '无权访问（401）', '请求过于频繁（429）', '服务器出错（500）', '服务器出错（503）', '无法获取（HTTP 418）', '无法获取（HTTP 302）',
    ]);
  });

  it('seconds or an HTTP date; anything else none', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('', now)).toBeNull();
    expect(retryAfterMs(' 120 ', now)).toBe(120_000);
    expect(retryAfterMs('12a', now)).toBeNull();
    expect(retryAfterMs('a12', now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(retryAfterMs(new Date(now - 5_000).toUTCString(), now)).toBe(0);
  });
});

describe('fetchPage', () => {
  it('the bytes, type and final address; asked without credentials, redirects by hand, under the caller’s signal', async () => {
    const s = server(() => new Response('好', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const stop = new AbortController();
    stop.abort();
    const got = await fetchPage('https://a.gov.cn/x', 1000, stop.signal, s.fetcher);
    expect(new TextDecoder().decode(got.bytes)).toBe('好');
    expect(got).toMatchObject({ url: 'https://a.gov.cn/x', contentType: 'text/html; charset=utf-8' });
    expect(s.asked[0]!.init).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    expect(s.asked[0]!.init.signal!.aborted).toBe(true);
    const empty = await fetchPage('https://a.gov.cn/x', 1000, undefined, server(() => new Response(null)).fetcher);
    expect(empty.bytes).toEqual(new Uint8Array());
  });

  it('follows redirects within the origin and to its https twin; refuses another host, port or scheme, and https down to http', async () => {
    const chain = server((u) => (u === 'http://a.gov.cn/1' ? redirect(301, 'https://a.gov.cn/2') : u === 'https://a.gov.cn/2' ? redirect(300, '/3') : new Response('ok')));
    expect((await fetchPage('http://a.gov.cn/1', 1000, undefined, chain.fetcher)).url).toBe('https://a.gov.cn/3');
    expect(chain.asked.map((a) => a.url)).toEqual(['http://a.gov.cn/1', 'https://a.gov.cn/2', 'https://a.gov.cn/3']);
    for (const [from, to] of [['https://a.gov.cn/1', 'http://a.gov.cn/2'], ['https://a.gov.cn/1', 'https://b.gov.cn/2'], ['https://a.gov.cn/1', 'https://a.gov.cn:8443/2'], ['http://a.gov.cn/1', 'ftp://a.gov.cn/2']] as const) {
      const e = await fails(fetchPage(from, 1000, undefined, server((u) => (u === from ? redirect(302, to) : new Response('ok'))).fetcher));
      expect(e, `${from} → ${to}`).toBeInstanceOf(Permanent);
      expect(e!.message).toBe('重定向到其他网站，未读取');
    }
  });

  it('at most MAX_REDIRECTS hops; a 3xx without a location, a 304 and a 4xx with one are not followed', async () => {
    const hops = (n: number) => server((_, k) => (k <= n ? redirect(302, `/h${k}`) : new Response('end')));
    expect((await fetchPage('https://a.gov.cn/', 1000, undefined, hops(MAX_REDIRECTS).fetcher)).url).toBe(`https://a.gov.cn/h${MAX_REDIRECTS}`);
    const many = await fails(fetchPage('https://a.gov.cn/', 1000, undefined, hops(MAX_REDIRECTS + 1).fetcher));
    expect(many).toBeInstanceOf(Permanent);
    expect(many!.message).toBe(`重定向次数过多（超过 ${MAX_REDIRECTS} 次）`);
    for (const [status, words] of [[302, '无法获取（HTTP 302）'], [304, '无法获取（HTTP 304）'], [400, '无法获取（HTTP 400）']] as const) {
      const s = server(() => redirect(status, status === 302 ? undefined : '/next'));
      const e = await fails(fetchPage('https://a.gov.cn/', 1000, undefined, s.fetcher));
      expect(e).not.toBeInstanceOf(Permanent);
      expect(e!.message).toBe(words);
      expect(s.asked).toHaveLength(1);
    }
  });

  it('a redirect the browser hides: http tried as https, anything else refused, and never past MAX_REDIRECTS', async () => {
    const up = server((u) => (u.startsWith('http:') ? opaque() : new Response('ok')));
    expect((await fetchPage('http://a.gov.cn/p', 1000, undefined, up.fetcher)).url).toBe('https://a.gov.cn/p');
    const hidden = await fails(fetchPage('https://a.gov.cn/p', 1000, undefined, server(() => opaque()).fetcher));
    expect(hidden).toBeInstanceOf(Permanent);
    expect(hidden!.message).toMatch(/^该地址重定向到别处/);
    // five visible hops within http, then a hidden one: not tried as https
    const late = server((u, k) => (k <= MAX_REDIRECTS ? redirect(302, `/h${k}`) : u.startsWith('http:') ? opaque() : new Response('ok')));
    expect((await fails(fetchPage('http://a.gov.cn/', 1000, undefined, late.fetcher)))!.message).toMatch(/^该地址重定向到别处/);
  });

  it('what a retry cannot mend is permanent; the server’s wait honoured up to a minute, past it the page fails', async () => {
    const status = (code: number, headers: Record<string, string> = {}) => fails(fetchPage('https://a.gov.cn/', 1000, undefined, server(() => new Response('x', { status: code, headers })).fetcher));
    for (const code of [404, 410, 403]) expect(await status(code)).toBeInstanceOf(Permanent);
    const denied = await status(401);
    expect([denied instanceof Permanent, denied!.message]).toEqual([false, '无权访问（401）']);
    const soon = await status(429, { 'retry-after': '60' });
    expect(soon).toBeInstanceOf(RetryLater);
    expect((soon as RetryLater).waitMs).toBe(60_000);
    const later = await status(503, { 'retry-after': '61' });
    expect(later).toBeInstanceOf(Permanent);
    expect(later!.message).toBe('服务器出错（503）：服务器要求 2 分钟后再试');
    for (const e of [await status(500, { 'retry-after': '5' }), await status(429)]) {
      expect(e).not.toBeInstanceOf(RetryLater);
      expect(e).not.toBeInstanceOf(Permanent);
    }
  });

  it('the size limit: a declared or a streamed length past it refused, one at it read', async () => {
    const body = new Uint8Array(10).fill(65);
    const read = (headers: Record<string, string>, maxBytes: number) => fetchPage('https://a.gov.cn/', 1000, undefined, server(() => new Response(body, { headers })).fetcher, { maxBytes });
    expect((await read({ 'content-length': '10' }, 10)).bytes).toHaveLength(10);
    expect(await fails(read({ 'content-length': '11' }, 10))).toBeInstanceOf(Permanent);
    expect(await fails(read({}, 9))).toBeInstanceOf(Permanent);
    expect((await fails(read({}, 9)))!.message).toBe('页面过大');
  });

  it('a failure to connect is said with its cause; an address that is none is permanent', async () => {
    const broken = (async () => {
      throw new Error('ECONNREFUSED');
    }) as unknown as typeof fetch;
    expect((await fails(fetchPage('https://a.gov.cn/', 1000, undefined, broken)))!.message).toBe('无法获取：ECONNREFUSED');
    const nothing = (async () => {
      throw null;
    }) as unknown as typeof fetch;
    expect((await fails(fetchPage('https://a.gov.cn/', 1000, undefined, nothing)))!.message).toBe('无法获取：null');
    const slow = ((_: string, init: RequestInit) => new Promise((_r, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch;
    expect((await fails(fetchPage('https://a.gov.cn/', 20, undefined, slow)))!.message).toBe('请求超时');
    const bad = await fails(fetchPage('not a url', 1000, undefined, broken));
    expect([bad instanceof Permanent, bad!.message]).toEqual([true, '网址无效']);
  });
});

describe('auditUrl', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (bytes: Uint8Array<ArrayBuffer> | string, type: string) => vi.stubGlobal('fetch', server(() => new Response(bytes, { headers: { 'content-type': type } })).fetcher);
  const o = { timeoutMs: 1000, options: {}, parseHtml };

  it('a PDF, DOCX or DOC goes to the file reader when there is one, else fails in words', async () => {
    for (const head of [[0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      serve(new Uint8Array(head.concat([1, 2, 3])), 'application/octet-stream');
      expect((await auditUrl('https://a.gov.cn/f', o)).result.error).toBe('无法审计：附件文件无法在此审计');
      const onFile = vi.fn(async (_url: string, _file: unknown) => ({ marker: head[0] }) as never);
      expect(await auditUrl('https://a.gov.cn/f', { ...o, onFile })).toEqual({ marker: head[0] });
      expect(onFile.mock.calls[0]![0]).toBe('https://a.gov.cn/f');
    }
  });

  it('text is read as text, HTML as a page; a page the parser refuses fails in words', async () => {
    serve('一、总体情况\n本机关2022年收到申请5件。', 'text/plain; charset=utf-8');
    const text = await auditUrl('https://a.gov.cn/t', { ...o, parseHtml: () => { throw new Error('不应解析'); } });
    expect(text.result.error).toBeNull();
    serve('<html><head><title>某报告</title></head><body><p>正文</p></body></html>', 'text/html');
    const parse = vi.fn(parseHtml);
    expect((await auditUrl('https://a.gov.cn/h', { ...o, parseHtml: parse })).result.error).toBeNull();
    expect(parse.mock.calls.map((c) => c[0])).toEqual(['<html><head><title>某报告</title></head><body><p>正文</p></body></html>']);
    expect((await auditUrl('https://a.gov.cn/h', { ...o, parseHtml: () => { throw new Error('坏页面'); } })).result.error).toBe('无法审计：坏页面');
  });
});
