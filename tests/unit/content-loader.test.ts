/**
 * The Chromium build's content script is a loader that imports the audit as an extension resource
 * (scripts/content-loader.ts): the manifest it writes, and what the loader does when run.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE, LOADER, LOADER_SOURCE, loadEngineAsResource, type ManifestPart } from '../../scripts/content-loader';

const mv3 = (): ManifestPart => ({
  manifest_version: 3,
  content_scripts: [
    { matches: ['http://*/*', 'https://*/*'], js: [ENGINE] },
    { matches: ['https://example.org/*'], js: ['content-scripts/other.js'] },
  ],
  web_accessible_resources: [{ resources: ['pdf.worker.min.mjs'], matches: ['<all_urls>'] }],
});

/**
 * Run the loader's source with stand-ins for `chrome` and for the dynamic import (vitest's sandbox has
 * none for code made at run time; the browser tests load the real thing): what it imported, or what it let
 * escape.
 */
function runLoader(getURL: (path: string) => string, load: (url: string) => Promise<unknown>): { imported: string[]; escaped: unknown } {
  expect(LOADER_SOURCE.match(/\bimport\(/g)).toHaveLength(1);
  const imported: string[] = [];
  try {
    new Function('chrome', 'load', LOADER_SOURCE.replace('import(', 'load('))({ runtime: { getURL } }, (url: string) => {
      imported.push(url);
      return load(url);
    });
    return { imported, escaped: null };
  } catch (e) {
    return { imported, escaped: e };
  }
}

describe('the manifest', () => {
  it('runs the loader where the audit ran, and makes only the audit web-accessible there, under a per-session address', () => {
    const m = mv3();
    loadEngineAsResource(m);
    expect(m.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], js: [LOADER] },
      { matches: ['https://example.org/*'], js: ['content-scripts/other.js'] },
    ]);
    expect(m.web_accessible_resources).toEqual([
      { resources: ['pdf.worker.min.mjs'], matches: ['<all_urls>'] },
      { resources: [ENGINE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });

  it('leaves a manifest without the audit as it is', () => {
    const m: ManifestPart = { manifest_version: 3, content_scripts: [{ matches: ['https://a/*'], js: ['x.js'] }] };
    loadEngineAsResource(m);
    expect(m).toEqual({ manifest_version: 3, content_scripts: [{ matches: ['https://a/*'], js: ['x.js'] }] });
  });

  it('refuses Manifest V2, which has no per-session addresses', () => {
    const m = mv3();
    m.manifest_version = 2;
    expect(() => loadEngineAsResource(m)).toThrow(/Manifest V3/);
  });
});

describe('the loader', () => {
  it('imports the audit from the address the extension gives it', () => {
    const asked: string[] = [];
    const r = runLoader(
      (p) => {
        asked.push(p);
        return `chrome-extension://session-id/${p}`;
      },
      () => Promise.resolve({}),
    );
    expect(asked).toEqual([ENGINE]);
    expect(r).toEqual({ imported: [`chrome-extension://session-id/${ENGINE}`], escaped: null });
  });

  it('lets nothing reach the page when the extension is gone or the file cannot be loaded', async () => {
    const gone = runLoader(
      () => {
        throw new Error('Extension context invalidated.');
      },
      () => Promise.resolve({}),
    );
    expect(gone).toEqual({ imported: [], escaped: null });
    const unhandled: unknown[] = [];
    const seen = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', seen);
    try {
      const failed = runLoader((p) => `chrome-extension://session-id/${p}`, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      expect(failed.imported).toHaveLength(1);
      expect(failed.escaped).toBeNull();
      await new Promise((ok) => setTimeout(ok, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', seen);
    }
  });
});
