/**
 * The reader page's work: fetch a report file and audit it, with pdf.js and the
 * page's DOM at hand. The background asks for it (lib/ext/browser ensureReaderPage).
 */
import type { AuditOptions } from '../model';
import { fetchPage } from '../batch/fetch-page';
import { auditFile } from '../pipeline/files';
import { snapshotOf, type Snapshot } from '../pipeline/snapshot';
import { failed } from '../pipeline/audit';
import type { ReportResult } from '../result/schema';
import { browserFiles } from './files';
import { errorMessage } from '../errors';

/** A file's time limit: a report of a few dozen pages arrives well within it. */
const FILE_TIMEOUT_MS = 60_000;

/** `unreachable`: the file could not be fetched at all (a host the extension may not read answers nothing). */
/** `onOcrPage`: told how many pages of a scan OCR has read, before the first and after each. */
export async function readAndAudit(url: string, options: AuditOptions, onOcrPage?: (n: number, of: number) => void): Promise<{ result: ReportResult; snapshot: Snapshot | null; unreachable?: boolean; bytes?: Uint8Array }> {
  let page;
  try {
    page = await fetchPage(url, FILE_TIMEOUT_MS);
  } catch (e) {
    const msg = errorMessage(e);
    const unreachable = /无法获取/.test(msg);
    return { result: failed(url, new Error(unreachable ? `无法读取附件（${msg}）：请在扩展中打开附件并允许读取该网站` : msg)).result, snapshot: null, unreachable };
  }
  const a = await auditFile(page.bytes, url, page.url, options, browserFiles(onOcrPage), page.contentType);
  const snapshot = a.input ? snapshotOf(a.input.blocks, a.input.meta, a.result.file) : null;
  return { result: a.result, snapshot, bytes: page.bytes };
}
