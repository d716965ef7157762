/** Fetch a page or a report file and audit it — the one loop step of every batch, in the CLI and in the extension alike. */
import type { AuditOptions, PageDocument } from '../model';
import { sniffFile } from '../readers/sniff';
import { auditDocument, auditText, failed } from '../pipeline/audit';
import { keep, type Audited } from '../pipeline/across';
import { fetchPage, pageText, type FetchedPage } from './fetch-page';

export interface AuditUrlOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  options: AuditOptions;
  /** HTML → a DOM: DOMParser in the browser, lib/node's parser in Node. */
  parseHtml: (html: string) => PageDocument;
  /**
   * The audit of a report file (PDF, Word): the CLI reads it with lib/pipeline/files,
   * the extension's content script hands its address to the background's reader, so
   * that pdf.js never travels in the content script.
   */
  onFile?: (url: string, file: FetchedPage) => Promise<Audited>;
  /** Hold each page's audit with what is kept (keep's `hold`): the CLI audits it again beside the region. */
  hold?: boolean;
}

/** Fetch failures throw (the queue retries them); what was fetched always gets a result, kept with what it read. */
export async function auditUrl(url: string, o: AuditUrlOptions): Promise<Audited> {
  const page = await fetchPage(url, o.timeoutMs, o.signal);
  const kind = sniffFile(page.bytes, page.contentType);
  if (kind === 'pdf' || kind === 'docx' || kind === 'doc') {
    if (o.onFile) return o.onFile(url, page);
    return keep(failed(url, new Error('附件文件无法在此审计')));
  }
  const { text, html } = pageText(page);
  if (!html) return keep(auditText(text, url, o.options), o.hold);
  let doc: PageDocument;
  try {
    doc = o.parseHtml(text);
  } catch (e) {
    return keep(failed(url, e));
  }
  return keep(auditDocument(doc, url, page.url, o.options), o.hold);
}
