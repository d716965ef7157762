/**
 * The one adapter over the browser extension API (webextension-polyfill through
 * WXT). Everything else in the extension talks to the browser through these.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../model';
import type { StorageArea } from '../store/record-store';

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
};

export async function setBadge(tabId: number, text: string, color: string | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
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

export function uiLanguage(): Lang {
  try {
    return /^zh/i.test(browser.i18n.getUILanguage()) ? 'zh' : 'en';
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

export function onTabRemoved(handler: (tabId: number) => void) {
  browser.tabs.onRemoved.addListener(handler);
}
