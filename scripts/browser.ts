/**
 * Debian's Chromium (/usr/bin/chromium) through playwright-core with the built
 * extension loaded, against pages served from localhost: used by `npm start`,
 * `npm run bench` and the browser tests. No browser is ever downloaded.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { DEFAULT_SETTINGS } from '../lib/store/settings';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The extension API inside the service worker, reached by worker.evaluate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export const ROOT = new URL('../', import.meta.url).pathname;
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const PAGES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Serve the fixture pages, plus any extra routes a test adds. */
export async function serve(routes: Route[] = []): Promise<{ url: (path: string) => string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    for (const r of routes) if (r(req, res)) return;
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(PAGES, path);
    if (!file.startsWith(PAGES) || !existsSync(file) || !file.endsWith('.html')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : '/' + path}`,
    // the browser keeps connections alive: they are ended, or close would wait for them
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
  /** The extension's storage, read through its service worker. */
  storage(): Promise<Record<string, unknown>>;
  /** The tab id of a page, through the service worker. */
  tabId(page: Page): Promise<number>;
  badge(tabId: number): Promise<{ text: string; color: number[] }>;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * `timezoneId`: the time zone the pages see (an IANA name such as Asia/Shanghai); the machine's own when left out.
 * `closedUi`: leave the on-page UI in its closed shadow root, as auditors have it. By default the
 * tests' browser opens it (a setting in the extension's storage, which no page can reach) so that
 * Playwright can look inside.
 */
export async function launch(opts: { lang?: string; userDataDir?: string; headless?: boolean; timezoneId?: string; closedUi?: boolean } = {}): Promise<Browser> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const dir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const lang = opts.lang ?? 'zh-CN';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    // extensions need Chrome's new headless mode, asked for by flag (Playwright's own headless mode drops them)
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: lang,
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    args: [...CHROMIUM_FLAGS, ...(opts.headless === false ? [] : ['--headless=new']), `--lang=${lang}`, '--disable-features=DisableLoadExtensionCommandLineSwitch', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  if (!opts.closedUi) {
    await worker.evaluate(async (defaults) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(x: object): Promise<void> } } } }).chrome.storage.local;
      const { settings } = await local.get('settings');
      await local.set({ settings: { ...defaults, ...(settings as object | undefined), openUi: true } });
    }, DEFAULT_SETTINGS);
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) rmSync(dir, { recursive: true, force: true });
    },
    storage: () => worker.evaluate(() => chrome.storage.local.get(null)),
    // without the tabs permission the worker cannot read tab addresses: bring the page to front and take the active tab
    tabId: async (page) => {
      await page.bringToFront();
      const ids = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t: { id: number }) => t.id));
      if (ids.length !== 1) throw new Error(`expected one active tab, found ${ids.length}`);
      return ids[0]!;
    },
    badge: (tabId) =>
      worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), color: await chrome.action.getBadgeBackgroundColor({ tabId: id }) }), tabId),
  };
}

/** Wait until the page's audit has marked cells (or the timeout). */
export async function waitForMarks(page: Page, min = 1, timeout = 15_000) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, min, { timeout });
}

export async function openPopup(b: Browser, tabId: number): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return p;
}
