/** Fetch a page or a report file and audit it — the one loop step of every batch, in the CLI and in the extension alike. */
import type { AuditOptions } from '../model';
import { auditFile, sniffFile, type FileEnv } from '../pipeline/files';
import { auditDocument, auditText, failed } from '../pipeline/audit';
import type { ReportResult } from '../result/schema';
import { fetchPage, pageText } from './fetch-page';

export interface AuditUrlOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  options: AuditOptions;
  /** HTML → a DOM: DOMParser in the browser, lib/node's parser in Node. */
  parseHtml: (html: string) => Document;
  /** How report files are read (pdf.js …); without it a file is handed to `onFile`. */
  files?: FileEnv;
  /** A report file where `files` is not at hand (the extension's content script passes files to its background). */
  onFile?: (url: string) => Promise<ReportResult>;
}

/** Fetch failures throw (the queue retries them); what was fetched always gets a result. */
export async function auditUrl(url: string, o: AuditUrlOptions): Promise<ReportResult> {
  const page = await fetchPage(url, o.timeoutMs, o.signal);
  const kind = sniffFile(page.bytes, page.contentType);
  if (kind === 'pdf' || kind === 'docx' || kind === 'doc') {
    if (o.files) return (await auditFile(page.bytes, url, page.url, o.options, o.files, page.contentType)).result;
    if (o.onFile) return o.onFile(url);
    return failed(url, new Error('附件文件无法在此审计')).result;
  }
  const { text, html } = pageText(page);
  if (!html) return auditText(text, url, o.options).result;
  let doc: Document;
  try {
    doc = o.parseHtml(text);
  } catch (e) {
    return failed(url, e).result;
  }
  return auditDocument(doc, url, page.url, o.options).result;
}
