/**
 * The one adapter over the browser extension API (webextension-polyfill through
 * WXT). Everything else in the extension talks to the browser through these.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../model';
import type { StorageArea } from '../store/area';
import { errorMessage } from '../errors';

export type Handler = (msg: unknown, sender: { id?: string; tabId?: number; url?: string }) => Promise<unknown> | undefined;

/** Listen to runtime messages; only our own extension's parts are heard. */
export function onMessage(handler: Handler): () => void {
  const listener = (msg: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }) => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    return handler(msg, { id: sender.id, tabId: sender.tab?.id, url: sender.url });
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export async function sendToBackground<T = unknown>(msg: unknown): Promise<T> {
  return (await browser.runtime.sendMessage(msg)) as T;
}

export async function sendToTab<T = unknown>(tabId: number, msg: unknown): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, msg)) as T;
}

export const storage: StorageArea = {
  get: (keys: string | string[] | null) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
  remove: (keys: string | string[]) => browser.storage.local.remove(keys),
  // Chrome 130+ lists the keys without reading the values; elsewhere every value is read once
  getKeys: async () => {
    const local = browser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
    return typeof local.getKeys === 'function' ? await local.getKeys() : Object.keys(await browser.storage.local.get(null));
  },
  onChanged: (listener) =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') listener(changes as Record<string, { newValue?: unknown }>);
    }),
};

export async function setBadge(tabId: number, text: string, color: string | null, title?: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
    if (title) await browser.action.setTitle({ tabId, title });
  } catch {
    // the tab closed meanwhile
  }
}

export async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function getTab(tabId: number): Promise<{ id?: number; url?: string } | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}


export function openTab(url: string) {
  return browser.tabs.create({ url });
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as never);
}

/** The viewer of a report file: its tables rebuilt and marked (`from`: the page that links it). */
export function viewerUrl(url: string, from?: string | null): string {
  return `${extensionUrl('/viewer.html')}?${new URLSearchParams({ url, ...(from ? { from } : {}) })}`;
}

/**
 * Chinese first: Chinese when the browser's interface or its first preferred
 * language is Chinese (a Chinese auditor on an English browser still reads
 * Chinese), English otherwise.
 */
/** The extension is still there for this script (not updated or reloaded since it started). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export function uiLanguage(): Lang {
  try {
    const preferred = (globalThis as { navigator?: Navigator }).navigator?.languages?.[0] ?? '';
    return /^zh/i.test(browser.i18n.getUILanguage()) || /^zh/i.test(preferred) ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

export function i18n(key: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
}

export function onContextMenu(id: string, title: string, handler: (tabId: number) => void) {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id, title, contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) handler(tab.id);
  });
}

/** A keyboard command of the manifest, with the tab it was given in. */
export function onCommand(handler: (command: string, tabId: number) => void) {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) handler(command, tab.id);
    else void activeTab().then((t) => t?.id !== undefined && handler(command, t.id));
  });
}

export function onTabRemoved(handler: (tabId: number) => void) {
  browser.tabs.onRemoved.addListener(handler);
}

/** The origin pattern of an address's host, as permissions name it. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${readableHost(url)}/*`;
}

/**
 * The site a permission names, as the interface shows it: Chrome's patterns keep a port
 * (localhost:8080 is asked for as such), Firefox's have none (its hostname is asked for and shown).
 */
export function readableHost(url: string): string {
  const u = new URL(url);
  return import.meta.env?.FIREFOX ? u.hostname : u.host;
}

/** Two addresses on one site (scheme, host and port). */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Whether the extension may read an address's host (granted at install through the content script, or by the auditor). */
export async function canRead(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Ask the auditor to let the extension read a host: only from a click (a user gesture). */
export async function askToRead(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** Close the reader page (a watchdog ends a reading that ran past its time; the next file opens a new one). */
export async function closeReaderPage(path: string): Promise<void> {
  try {
    if (typeof chrome !== 'undefined' && chrome.offscreen?.closeDocument) {
      await chrome.offscreen.closeDocument();
      return;
    }
    const doc = (globalThis as { document?: Document }).document;
    doc?.querySelector(`iframe[src="${extensionUrl(path)}"]`)?.remove();
  } catch {
    // already closed
  }
}

/**
 * A page of the extension without a window, where report files are read (it has
 * a DOM and workers, which the background lacks): Chrome's offscreen document, or
 * in Firefox a frame in the background page.
 */
export async function ensureReaderPage(path: string): Promise<void> {
  const url = extensionUrl(path);
  if (typeof chrome !== 'undefined' && chrome.offscreen?.createDocument) {
    const open = chrome.runtime.getContexts ? (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0 : false;
    if (!open) {
      try {
        await chrome.offscreen.createDocument({ url, reasons: ['DOM_PARSER', 'WORKERS'], justification: 'Read report files (PDF, Word) for auditing' });
      } catch (e) {
        if (!/single offscreen|already/i.test(errorMessage(e))) throw e;
      }
    }
    return;
  }
  const doc = (globalThis as { document?: Document }).document;
  if (doc && !doc.querySelector(`iframe[src="${url}"]`)) {
    const frame = doc.createElement('iframe');
    frame.src = url;
    await new Promise<void>((done) => {
      frame.addEventListener('load', () => done(), { once: true });
      (doc.body ?? doc.documentElement).append(frame);
    });
  }
}
