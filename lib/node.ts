/**
 * The engine in Node (CLI, tests, scripts): HTML strings get a light document tree
 * (lib/page/light-dom.ts: htmlparser2 into plain objects with the DOM's shape),
 * then are audited as a live page is.
 */
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import { parseLight } from './page/light-parse';
import { setFullDom } from './page/light-dom';
import type { PageDocument } from './model';
import { auditDocument, failed, type Audit, type AuditOptions } from './pipeline/audit';
import { markShortened } from './page/content-root';
import { auditFile as auditFileWith, type FileEnv } from './pipeline/files';
import type { PdfJs } from './readers/pdf';

export * from './pipeline/audit';
export { sniffFile, type FileKind } from './pipeline/files';

let linkedom: { parseHTML: typeof ParseHTML } | null = null;
/**
 * linkedom's parser, loaded the first time a full DOM is asked for (Readability's fallback clones a page into one):
 * loaded with the engine, it and its CSS tables cost every run of the command 30 ms before the first page
 * (docs/performance.md). In the command's bundle `require` loads it from a file of its own (dist/cli/vendor/linkedom.cjs,
 * scripts/build-cli.mjs), in the file worker's from inside that bundle (scripts/linkedom-lazy.mjs); run from the
 * sources, it is the package's.
 */
export function fullDomParser(): typeof ParseHTML {
  linkedom ??= (typeof require === 'function' ? require('linkedom') : createRequire(import.meta.url)('linkedom')) as { parseHTML: typeof ParseHTML };
  return linkedom.parseHTML;
}
setFullDom((html) => fullDomParser()(html).document as unknown as Document);

/** A report page is well under this; past it, what no report needs goes, and then the rest is cut (and said). */
export const MAX_PAGE_CHARS = 1_500_000;

/** A page's source within MAX_PAGE_CHARS: scripts, styles and inline images dropped, then cut. */
function bounded(html: string): { html: string; cut: number } {
  if (html.length <= MAX_PAGE_CHARS) return { html, cut: 0 };
  // each pass only where it has something to take: a replace copies the whole page
  let lean = /<(script|style)\b/i.test(html) ? html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '') : html;
  if (lean.includes('data:')) lean = lean.replace(/\bsrc\s*=\s*(["'])data:[^"']*\1/gi, 'src=""');
  if (lean.length <= MAX_PAGE_CHARS) return { html: lean, cut: 0 };
  // a copy of the part kept, not a slice of the whole: a slice would keep every byte of the page alive while it is read
  return { html: Buffer.from(lean.slice(0, MAX_PAGE_CHARS), 'utf16le').toString('utf16le'), cut: MAX_PAGE_CHARS };
}

/**
 * Parse a page or a fragment: an <html> element with a <body>, as a browser would give.
 * The light tree, typed as the engine reads it (model/dom.ts): what it does not answer does not compile.
 */
export function parseHtml(source: string): PageDocument {
  const { html, cut } = bounded(source);
  const light = parseWhole(parseLight, html);
  if (cut || light.cutAt) markShortened(light, light.cutAt ?? cut);
  return light;
}

/** A fragment put in a page; a page without a body (which no parser gives one) read as a fragment. */
function parseWhole<D extends { documentElement: unknown; body: unknown }>(parse: (html: string) => D, html: string): D {
  const inPage = () => `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parse(/<html[\s>]/i.test(html) ? html : inPage());
  return doc.documentElement && doc.body ? doc : parse(inPage());
}

/** A full DOM (linkedom) of a page, for scripts and tests that change it; the engine needs only parseHtml's. */
export function parseFullHtml(html: string): Document {
  return parseWhole((h) => fullDomParser()(h).document as unknown as Document, html);
}

export function auditHtml(html: string, source = 'page', url: string | null = null, options: AuditOptions = {}): Audit {
  let doc: PageDocument;
  try {
    doc = parseHtml(html);
  } catch (e) {
    return failed(source, e);
  }
  return auditDocument(doc, source, url, options);
}

/** Files in Node: pdf.js's legacy build (it needs no worker here), the light tree for Word's HTML. */
export const NODE_FILES: FileEnv = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs,
  parseHtml,
};

/** A report file's bytes (PDF, .docx, .doc, or a page or text), audited. */
export function auditFile(
  bytes: Uint8Array, source: string, url: string | null = null, options: AuditOptions = {}, contentType: string | null = null, hint?: 'html' | 'text',
): Promise<Audit> {
  return auditFileWith(bytes, source, url, options, NODE_FILES, contentType, hint);
}
