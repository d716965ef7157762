/** Browser tests: the helpers of scripts/browser.ts, and what only the tests ask of a page. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serve, type Browser, type Route } from '../../scripts/browser';

export * from '../../scripts/browser';

export type Served = Awaited<ReturnType<typeof serve>>;

/**
 * A test file's site and browser: served and launched before its tests (handed to `set`), closed after them.
 * `routes` and `options` go to serve and launch.
 */
export function siteAndBrowser(set: (s: Served, b: Browser) => void, routes: Route[] = [], options: Parameters<typeof launch>[0] = {}): void {
  let s: Served | undefined;
  let b: Browser | undefined;
  beforeAll(async () => {
    s = await serve(routes);
    b = await launch(options);
    set(s, b);
  });
  afterAll(async () => {
    await b?.close();
    await s?.close();
  });
}

/** Finding ids of the marked elements, by element text. */
export async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nianbao-finding]')).flatMap((e) => (e.getAttribute('data-nianbao-finding') ?? '').split(' ')),
  );
}

/** The extension's storage once the background has stopped writing (it audits related records again after a save). */
export async function settledStorage(b: { storage(): Promise<Record<string, unknown>> }, quietMs = 400, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let last = JSON.stringify(await b.storage());
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = JSON.stringify(await b.storage());
    if (now === last) return now;
    last = now;
  }
  throw new Error('the extension kept writing to storage');
}
