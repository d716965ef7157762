/** Fetch a page and audit it — the one loop step of every batch, in the CLI and in the extension alike. */
import type { AuditOptions } from '../model';
import { auditDocument, auditText, failed } from '../pipeline/audit';
import type { ReportResult } from '../result/schema';
import { fetchPage } from './fetch-page';

export interface AuditUrlOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  options: AuditOptions;
  /** HTML → a DOM: DOMParser in the browser, lib/node's parser in Node. */
  parseHtml: (html: string) => Document;
}

/** Fetch failures throw (the queue retries them); what was fetched always gets a result. */
export async function auditUrl(url: string, o: AuditUrlOptions): Promise<ReportResult> {
  const page = await fetchPage(url, o.timeoutMs, o.signal);
  if (!page.html) return auditText(page.text, url, o.options).result;
  let doc: Document;
  try {
    doc = o.parseHtml(page.text);
  } catch (e) {
    return failed(url, e).result;
  }
  return auditDocument(doc, url, page.url, o.options).result;
}
