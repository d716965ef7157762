/**
 * Chromium only: the content script in the manifest is a one-line loader that imports the audit
 * (WXT's content script, unchanged) as an extension resource.
 *
 * Why: a content script is handed to V8 as a string, so its compiled code lives only in V8's in-memory
 * cache, which a collection empties between two page loads about one time in three: that load compiles
 * the engine again inside the audit (docs/performance.md, "The browser's upper quartile"). A script
 * imported from the extension's own files is a resource, and Chromium keeps a resource's compiled code in
 * its code cache from one page to the next. The file has to be web-accessible for a page's content
 * script to import it; `use_dynamic_url` gives it an address that changes every session, so a page
 * cannot probe a fixed address to learn that the extension is installed.
 *
 * Firefox keeps the script as it is: it caches compiled content scripts in the process itself.
 */
/** The audit, as WXT builds it. */
export const ENGINE = 'content-scripts/content.js';
/** What the manifest runs on each page instead. */
export const LOADER = 'content-scripts/loader.js';

/**
 * The loader's source. `chrome.runtime.getURL` throws when the extension was updated or removed under
 * the page, and the import fails the same way: the page is then left as it is.
 */
export const LOADER_SOURCE = `try {\n  import(chrome.runtime.getURL(${JSON.stringify(ENGINE)})).catch(() => undefined);\n} catch {\n  // the extension is gone: nothing to load\n}\n`;

/** What the loader changes in a manifest (WXT's type is a union of both manifest versions). */
export interface ManifestPart {
  manifest_version: number;
  content_scripts?: { js?: string[]; matches?: string[] }[];
  web_accessible_resources?: unknown[];
}

/** The manifest's content scripts run the loader, and the audit is web-accessible where they run. */
export function loadEngineAsResource(manifest: ManifestPart): void {
  const matches = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) {
    if (!cs.js?.includes(ENGINE)) continue;
    cs.js = cs.js.map((f) => (f === ENGINE ? LOADER : f));
    for (const m of cs.matches ?? []) matches.add(m);
  }
  if (!matches.size) return;
  if (manifest.manifest_version !== 3) throw new Error('the loader needs Manifest V3 (web_accessible_resources with use_dynamic_url)');
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources: [ENGINE], matches: [...matches], use_dynamic_url: true }];
}
