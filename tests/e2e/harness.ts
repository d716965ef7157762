/** Browser tests: the helpers of scripts/browser.ts, and what only the tests ask of a page. */
import type { Page } from 'playwright-core';

export * from '../../scripts/browser';

/** Finding ids of the marked elements, by element text. */
export async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nianbao-finding]')).flatMap((e) => (e.getAttribute('data-nianbao-finding') ?? '').split(' ')),
  );
}
