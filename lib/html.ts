/** HTML strings in Node (CLI, tests): parsed with linkedom, then audited like a live page. */
import { parseHTML } from 'linkedom';
import { auditDocument, type Audit } from './audit';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function auditHtml(html: string, source = 'page', url: string | null = null): Audit {
  let doc: Document;
  try {
    doc = parseHtml(html);
  } catch (e) {
    return auditDocument(parseHtml('<html><body></body></html>'), source, url);
  }
  return auditDocument(doc, source, url);
}
