/** One record per page: the page's URL reduced to what names the document. */

const TRACKING = /^(?:utm_\w+|spm|from|source|share\w*|timestamp|_t|t|v|random|rnd)$/i;

/**
 * Host (lower case, no default port) + path + sorted query without tracking
 * parameters; no scheme (http and https are the same page), no fragment.
 * Returns the input trimmed when it is not a URL (a file path in the CLI).
 */
export function normaliseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (!/^https?:$/.test(u.protocol)) return `${u.protocol}//${u.host}${u.pathname}`;
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? '?' + params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') : '';
  const path = u.pathname.replace(/\/(?:index|default)\.(?:html?|shtml|jsp|aspx?|php)$/i, '/');
  return `${u.hostname.toLowerCase()}${u.port ? ':' + u.port : ''}${path}${query}`;
}

/** The storage key of a page's record. */
export function recordKey(url: string): string {
  return `page:${normaliseUrl(url)}`;
}

/** Characters that must never be shown from an address: controls, and marks that reorder text (a spoofed name). */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * An address as people read it: its percent-escapes decoded where they spell text
 * (/2021年报告.html, not /2021%E5%B9%B4…); as given when it does not decode, or when the
 * decoded form would show a control or a mark that reorders text.
 */
export function readableAddress(href: string): string {
  let out: string;
  try {
    out = decodeURI(href);
  } catch {
    return href;
  }
  return UNSHOWABLE.test(out) ? href : out;
}

/** The file an address names, as people read it (its last path segment decoded), or the address itself. */
export function fileNameOf(href: string): string {
  const last = href.split(/[?#]/)[0]!.split(/[\\/]/).pop() || href;
  let out: string;
  try {
    out = decodeURIComponent(last);
  } catch {
    return last;
  }
  return UNSHOWABLE.test(out) ? last : out;
}
