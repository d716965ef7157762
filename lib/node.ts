/** The engine in Node (CLI, tests, scripts): HTML strings get a DOM from linkedom, then are audited like a live page. */
import { parseHTML } from 'linkedom';
import { auditDocument, failed, type Audit, type AuditOptions } from './pipeline/audit';

export * from './pipeline/audit';

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
