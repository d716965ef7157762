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
