/** Fetching a page or a file the way a batch needs it: a time limit, its bytes and type, clear failures. */
import { MAX_INPUT_BYTES, decode, looksLikeHtml } from '../text/decode';
import { Permanent } from './queue';

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

export async function fetchPage(url: string, timeoutMs: number, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<FetchedPage> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetcher(url, { signal: both, redirect: 'follow', credentials: 'omit' });
  } catch (e) {
    if (timeout.aborted) throw new Error('请求超时');
    throw new Error(`无法获取：${(e as Error)?.message ?? e}`);
  }
  if (res.status === 404 || res.status === 410 || res.status === 403) throw new Permanent(httpError(res.status));
  if (!res.ok) throw new Error(httpError(res.status));
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new Permanent('页面过大');
  return { url: res.url || url, bytes, contentType: res.headers.get('content-type') };
}

/** A fetched page's text, in its own encoding, and whether it is HTML. */
export function pageText(page: FetchedPage): { text: string; html: boolean } {
  const text = decode(page.bytes, page.contentType);
  return { text, html: looksLikeHtml(text, page.contentType) };
}
