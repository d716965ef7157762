/**
 * The CLI's file reader, in a worker thread of its own (./isolated.ts starts it with a memory
 * limit and ends it past a time limit): a crafted report file that would take the heap or the
 * clock takes this thread only, and the run goes on with the next input.
 */
import { parentPort } from 'node:worker_threads';
import { auditFile } from '../node';
import { keep } from '../pipeline/across';
import type { AuditOptions } from '../model';

export interface FileJob {
  id: number;
  bytes: Uint8Array;
  source: string;
  url: string | null;
  options: AuditOptions;
  contentType: string | null;
  hint?: 'html' | 'text';
}

parentPort?.on('message', async (job: FileJob) => {
  try {
    const a = await auditFile(job.bytes, job.source, job.url, job.options, job.contentType, job.hint);
    parentPort!.postMessage({ id: job.id, audited: keep(a) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.message ?? String(e) });
  }
});
