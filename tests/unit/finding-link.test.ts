/** A finding in the dashboard opens its page at its cell: the address it opens. */
import { describe, expect, it } from 'vitest';
import { findingUrl } from '../../components/finding-link';

const viewer = (href: string) => `chrome-extension://abc/viewer.html?${new URLSearchParams({ url: href })}`;

describe('findingUrl', () => {
  it('a page: its address with the finding id, encoded, in the fragment', () => {
    expect(findingUrl('https://x.gov.cn/art/1.html', 'row-total:requests:new:total', false, viewer)).toBe(
      'https://x.gov.cn/art/1.html#nianbao-finding=row-total%3Arequests%3Anew%3Atotal',
    );
    expect(findingUrl('https://x.gov.cn/a.html?id=3', 'shape:extra-values:requests:行 1/2', false, viewer)).toBe(
      'https://x.gov.cn/a.html?id=3#nianbao-finding=shape%3Aextra-values%3Arequests%3A%E8%A1%8C%201%2F2',
    );
  });

  it('a fragment the page had is replaced, not followed by a second one', () => {
    expect(findingUrl('https://x.gov.cn/art/1.html#top', 'balance:requests:result.total:total', false, viewer)).toBe(
      'https://x.gov.cn/art/1.html#nianbao-finding=balance%3Arequests%3Aresult.total%3Atotal',
    );
  });

  it('a report file opens in the viewer, with the same fragment', () => {
    expect(findingUrl('https://x.gov.cn/attach/2021nb.pdf', 'row-total:requests:new:total', true, viewer)).toBe(
      'chrome-extension://abc/viewer.html?url=https%3A%2F%2Fx.gov.cn%2Fattach%2F2021nb.pdf#nianbao-finding=row-total%3Arequests%3Anew%3Atotal',
    );
  });
});
