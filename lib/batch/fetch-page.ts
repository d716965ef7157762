/** Fetching a page or a file the way a batch needs it: a time limit, its bytes and type, clear failures. */
import { MAX_INPUT_BYTES, decode, looksLikeHtml } from '../text/decode';
import { Permanent, RetryLater } from './queue';
import { errorMessage } from '../errors';

export interface FetchedPage {
  /** The address the bytes came from (after redirects). */
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

/** A failed HTTP status in words, for the auditor (the code kept in brackets for whoever reports it on). */
export function httpError(status: number): string {
  if (status === 404) return `页面不存在（${status}）`;
  if (status === 410) return `页面已删除（${status}）`;
  if (status === 403 || status === 401) return `无权访问（${status}）`;
  if (status === 429) return `请求过于频繁（${status}）`;
  if (status >= 500) return `服务器出错（${status}）`;
  return `无法获取（HTTP ${status}）`;
}

/** Redirects followed, at most: a loop costs these requests, no more. */
export const MAX_REDIRECTS = 5;
/** A wait the server asks for beyond this is not waited out in a batch: the page is reported as failed. */
const MAX_RETRY_AFTER_MS = 60_000;

/** Where a fetch may be redirected: a hop that leaves the origin is refused (`origin`: the listing's, by default the address's own). */
export interface FetchOptions {
  origin?: string;
  maxBytes?: number;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : null;
}

/** An origin and its https twin are one site (http → https redirects are everywhere). */
function sameOriginOrHttps(a: URL, origin: string): boolean {
  const o = new URL(origin);
  return a.hostname === o.hostname && a.port === o.port && (a.protocol === o.protocol || (o.protocol === 'http:' && a.protocol === 'https:'));
}

/**
 * A page or a file, as a batch fetches it: its own time limit; redirects followed
 * by hand, at most MAX_REDIRECTS, none off the origin; the size checked from
 * Content-Length and counted while it streams, stopped at the limit; the server's
 * Retry-After honoured; failures said in Chinese.
 */
export async function fetchPage(url: string, timeoutMs: number, signal?: AbortSignal, fetcher: typeof fetch = fetch, o: FetchOptions = {}): Promise<FetchedPage> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const maxBytes = o.maxBytes ?? MAX_INPUT_BYTES;
  let origin: string;
  try {
    origin = o.origin ?? new URL(url).origin;
  } catch {
    throw new Permanent('网址无效');
  }
  let at = url;
  let res: Response | null = null;
  for (let hop = 0; ; hop++) {
    try {
      res = await fetcher(at, { signal: both, redirect: 'manual', credentials: 'omit' });
    } catch (e) {
      if (timeout.aborted) throw new Error('请求超时');
      throw new Error(`无法获取：${errorMessage(e)}`);
    }
    // a browser hides where a manual redirect goes, and following it blind would send a request wherever it
    // points before it could be refused: the one redirect every site makes (http → https of the same address) is
    // tried directly; any other is not followed, and said
    if (res.type === 'opaqueredirect') {
      const u = new URL(at);
      if (u.protocol === 'http:' && hop < MAX_REDIRECTS) {
        u.protocol = 'https:';
        at = u.href;
        continue;
      }
      throw new Permanent('该地址重定向到别处，浏览器不告知去向，为免访问其他网站未跟随：请打开最终地址再审计');
    }
    if (res.status < 300 || res.status >= 400 || res.status === 304) break;
    const location = res.headers.get('location');
    if (!location) break;
    if (hop >= MAX_REDIRECTS) throw new Permanent(`重定向次数过多（超过 ${MAX_REDIRECTS} 次）`);
    const nextUrl = new URL(location, at);
    if (!/^https?:$/.test(nextUrl.protocol) || !sameOriginOrHttps(nextUrl, origin)) throw new Permanent('重定向到其他网站，未读取');
    void res.body?.cancel().catch(() => undefined);
    at = nextUrl.href;
  }
  if (res.status === 404 || res.status === 410 || res.status === 403) throw new Permanent(httpError(res.status));
  if (!res.ok) {
    const wait = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after')) : null;
    if (wait !== null && wait > MAX_RETRY_AFTER_MS) throw new Permanent(`${httpError(res.status)}：服务器要求 ${Math.ceil(wait / 60_000)} 分钟后再试`);
    if (wait !== null) throw new RetryLater(httpError(res.status), wait);
    throw new Error(httpError(res.status));
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw new Permanent('页面过大');
  }
  const bytes = await readBounded(res, maxBytes);
  return { url: res.url || at, bytes, contentType: res.headers.get('content-type') };
}

/** A response's body counted as it streams; past `max` bytes the stream is cancelled and the page refused. */
async function readBounded(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new Permanent('页面过大');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A fetched page's text, in its own encoding, and whether it is HTML. */
export function pageText(page: FetchedPage): { text: string; html: boolean } {
  const text = decode(page.bytes, page.contentType);
  return { text, html: looksLikeHtml(text, page.contentType) };
}
