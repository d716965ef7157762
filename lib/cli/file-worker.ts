/**
 * The CLI's file reader, in a worker thread of its own (./isolated.ts starts it with a memory
 * limit and ends it past a time limit): a crafted report file that would take the heap or the
 * clock takes this thread only, and the run goes on with the next input.
 */
import { parentPort } from 'node:worker_threads';
import { NODE_FILES } from '../node';
import { auditFile } from '../pipeline/files';
import { tesseractOcr } from './ocr';
import { keep } from '../pipeline/across';
import type { AuditOptions } from '../model';
import { errorMessage } from '../errors';

export interface FileJob {
  id: number;
  bytes: Uint8Array;
  source: string;
  url: string | null;
  options: AuditOptions;
  contentType: string | null;
  hint?: 'html' | 'text';
  /** Read a scan by OCR (the CLI's default; --no-ocr says it is a scan and reads nothing). */
  ocr?: boolean;
}

parentPort?.on('message', async (job: FileJob) => {
  try {
    // a scan's pages told as each is read: the reader's clock starts again (a page takes seconds)
    const ocr = job.ocr ? (bytes: Uint8Array, pages: number, dpi: number) => tesseractOcr(bytes, pages, (page, of) => parentPort!.postMessage({ id: job.id, progress: { page, of } }), dpi) : undefined;
    const a = await auditFile(job.bytes, job.source, job.url, job.options, { ...NODE_FILES, ocr }, job.contentType, job.hint);
    parentPort!.postMessage({ id: job.id, audited: keep(a) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: errorMessage(e) });
  }
});
