/**
 * Where a report lives, for weighing history (rules/cross-year.ts): the site of its address. An organ's own site and
 * its government's share a registrable name (xx.gov.cn for www.xx.gov.cn, zwgk.xx.gov.cn,
 * jyj.xx.gov.cn); a report on an unrelated site is not the organ's word. Files read from disk
 * (the CLI) have no site: the auditor collected them.
 */

/** Second-level names under which the registrable name has three labels (xx.gov.cn, xx.com.cn). */
const THREE = /\.(?:gov|com|net|org|edu|ac)\.cn$|\.(?:gov|com|net|org|edu)\.[a-z]{2}$/;

/** The site of an address (its registrable name; an IP or localhost with its port), or null for no web address. */
export function siteOf(source: string): string | null {
  // a file's path (no scheme, so no ':') is no address: answered without the parser's exception
  if (!source.includes(':')) return null;
  let u: URL;
  try {
    u = new URL(source);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$|^\[|^localhost$/.test(host)) return u.host.toLowerCase();
  const labels = host.split('.');
  return labels.slice(-(THREE.test(host) ? 3 : 2)).join('.');
}

/** Where a report was published, for a finding's words: its host, or its file name. */
export function publishedAt(source: string): string {
  // a file's path (no ':') is answered without the parser's exception, as in siteOf
  if (source.includes(':')) {
    try {
      const u = new URL(source);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.host;
    } catch {
      // a path
    }
  }
  return source.split(/[\\/]/).pop() ?? source;
}
