/**
 * hostOf (lib/batch/hosts.ts), siteOf and publishedAt (lib/text/site.ts) answer a file's path without asking the URL parser, which
 * answers it with an exception (a thousand files, thousands of exceptions): the same answers as the parser's for any
 * string, paths, addresses and the strings between them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf } from '../../lib/batch/hosts';
import { publishedAt, siteOf } from '../../lib/text/site';

/** The answers as the parser alone gave them. */
function hostByParser(item: string): string {
  try {
    return new URL(item).host || item;
  } catch {
    return item.replace(/[\\/][^\\/]*$/, '') || '.';
  }
}
function publishedByParser(source: string): string {
  try {
    const u = new URL(source);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.host;
  } catch {
    // a path
  }
  return source.split(/[\\/]/).pop() ?? source;
}
function isAddress(source: string): boolean {
  try {
    const u = new URL(source);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const PIECES = ['http', 'https', 'file', 'C', ':', '//', '/', '\\', 'www.a.gov.cn', 'a', '年报', '.html', ' ', '\t', '?', '#', '8080', '[::1]', '..', 'mailto'];
const strings = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);

describe('addresses and paths told apart without an exception', () => {
  it('hostOf answers as the parser did', () => {
    fc.assert(fc.property(strings, (s) => hostOf(s) === hostByParser(s)), { numRuns: 5000 });
    for (const s of ['C:\\dir\\a.html', 'C:/dir/a.html', 'mailto:a@b', ' http://a.gov.cn/x', 'reports/2021年/a.pdf', 'a:b/c']) expect(hostOf(s)).toBe(hostByParser(s));
  });

  it('siteOf is null for just what the parser reads as no web address', () => {
    fc.assert(fc.property(strings, (s) => (siteOf(s) === null) === !isAddress(s)), { numRuns: 5000 });
    expect(siteOf(' https://www.a.gov.cn/x')).toBe('a.gov.cn');
    expect(siteOf('ht\ttps://www.a.gov.cn/x')).toBe('a.gov.cn');
    expect(siteOf('reports/2021.pdf')).toBeNull();
  });

  it('publishedAt answers as the parser did', () => {
    fc.assert(fc.property(strings, (s) => publishedAt(s) === publishedByParser(s)), { numRuns: 5000 });
    expect(publishedAt('C:\\dir\\a.html')).toBe('a.html');
    expect(publishedAt(' https://www.a.gov.cn:8443/x')).toBe('www.a.gov.cn:8443');
    expect(publishedAt('reports/2021年/a.pdf')).toBe('a.pdf');
  });
});
