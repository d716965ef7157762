/** The engine in Node (CLI, tests, scripts): HTML strings get a DOM from linkedom, then are audited like a live page. */
import { parseHTML } from 'linkedom';
import { auditDocument, failed, type Audit, type AuditOptions } from './pipeline/audit';
import { auditFile as auditFileWith, type FileEnv } from './pipeline/files';
import type { PdfJs } from './readers/pdf';

export * from './pipeline/audit';
export { sniffFile, type FileKind } from './pipeline/files';

/** Parse a page or a fragment; linkedom needs an <html> element to build a body around. */
export function parseHtml(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  let doc = parseHTML(whole).document as unknown as Document;
  if (!doc.documentElement || !doc.body) {
    doc = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  }
  return doc;
}

export function auditHtml(html: string, source = 'page', url: string | null = null, options: AuditOptions = {}): Audit {
  let doc: Document;
  try {
    doc = parseHtml(html);
  } catch (e) {
    return failed(source, e);
  }
  return auditDocument(doc, source, url, options);
}

/** Files in Node: pdf.js's legacy build (it needs no worker here), linkedom for Word's HTML. */
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
