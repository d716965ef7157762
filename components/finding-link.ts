/** Where a finding opens: its page (or a report file's viewer) with the finding named in the fragment, which the content script scrolls to. */

export const FINDING_FRAGMENT = 'nianbao-finding=';

/**
 * `href#nianbao-finding=ID` for a page; for a report file (`file` set) the viewer's
 * address (`viewer(href)`) with the same fragment. A fragment the address had is replaced.
 */
export function findingUrl(href: string, id: string, file: boolean, viewer: (href: string) => string): string {
  const base = file ? viewer(href) : href;
  return `${base.split('#')[0]}#${FINDING_FRAGMENT}${encodeURIComponent(id)}`;
}
