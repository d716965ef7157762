/**
 * Report files (PDF, Word) read where a runaway can be ended: a worker thread with a heap limit,
 * ended past a time limit. One worker serves the run's files one after another; a file that
 * kills it is answered in words and a new worker takes the next file, so one crafted file never
 * loses the rest of a run. Pages and texts stay in this thread (their bounds are the engine's).
 */
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { AuditOptions } from '../model';
import { keep, type Audited } from '../pipeline/across';
import { failed } from '../pipeline/audit';
import { reportFileKind } from '../readers/sniff';
import { auditFile } from '../node';
import type { FileJob } from './file-worker';

/** The reading thread's heap and time: a report of a hundred pages needs a fraction of either (128 MB refused a 12-page PDF read after others in one worker). */
export const FILE_LIMITS = { heapMb: 256, ms: 60_000 };

/**
 * The worker of the same build as this module: when it runs from the bundle (bin/nianbao-audit.mjs chose the
 * bundle because it was current), the bundle's worker beside it; else the sources. Decided once, never by
 * scanning the sources again.
 */
function bundledWorker(): string | null {
  const here = fileURLToPath(import.meta.url);
  return /[\\/]dist[\\/]cli[\\/][^\\/]+$/.test(here) ? fileURLToPath(new URL('./file-worker.js', import.meta.url)) : null;
}

/** Scans read by OCR (--no-ocr turns it off), and who is told of each page read. */
export const OCR_SETTINGS: { enabled: boolean; progress: ((source: string, page: number, of: number) => void) | null } = { enabled: true, progress: null };

let worker: Worker | null = null;
let next = 0;

function start(): Worker {
  // worker_threads loaded with the first report file: a run of pages alone does not load it at its start
  const { Worker: Thread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const w = new Thread(new URL('../../bin/file-worker.mjs', import.meta.url), {
    workerData: { bundle: bundledWorker() },
    resourceLimits: { maxOldGenerationSizeMb: FILE_LIMITS.heapMb, maxYoungGenerationSizeMb: 16 },
    stdout: false,
    stderr: true,
  });
  w.unref();
  return w;
}

/** The jobs before this one: the worker reads one file at a time. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The worker's answer to one job, after the jobs asked before it: a sweep sends files from many pages at once, and
 * read side by side they shared the thread's time and heap — each page's clock ran while the others were read (a
 * hundred of a region's 500 PDFs were refused as too slow) and the heap held them all.
 */
function ask(job: FileJob): Promise<{ audited?: Audited; error?: string }> {
  const turn = queue.then(() => askNow(job));
  queue = turn.catch(() => undefined);
  return turn;
}

/** One job in the worker, its clock from when it starts; a dead or late worker is replaced, its job answered with why. */
function askNow(job: FileJob): Promise<{ audited?: Audited; error?: string }> {
  worker ??= start();
  const w = worker;
  return new Promise((resolve) => {
    const done = (r: { audited?: Audited; error?: string }, kill: boolean) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (kill) {
        if (worker === w) worker = null;
        void w.terminate();
      }
      resolve(r);
    };
    const onMessage = (m: { id: number; audited?: Audited; error?: string; progress?: { page: number; of: number } }) => {
      if (m.id !== job.id) return;
      if (!m.progress) return done(m, false);
      // a scan's page read: the file's clock starts again for the next
      clearTimeout(timer);
      timer = setTimeout(late, FILE_LIMITS.ms);
      OCR_SETTINGS.progress?.(job.source, m.progress.page, m.progress.of);
    };
    const onError = (e: Error & { code?: string }) =>
      done({ error: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `读取时占用内存超过 ${FILE_LIMITS.heapMb} MB，不像一份年报，未读取` : `读取时出错（${e.message}）` }, true);
    const onExit = () => done({ error: '读取文件的线程意外退出，未读取' }, true);
    const late = () => done({ error: `读取超过 ${FILE_LIMITS.ms / 1000} 秒，不像一份年报，未读取` }, true);
    let timer = setTimeout(late, FILE_LIMITS.ms);
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.ref();
    w.postMessage(job);
  }).finally(() => worker?.unref()) as Promise<{ audited?: Audited; error?: string }>;
}

/** A loaded input audited: a report file in the worker, anything else here. */
export async function auditIsolated(
  bytes: Uint8Array, source: string, url: string | null, options: AuditOptions, contentType: string | null = null, hint?: 'html' | 'text',
): Promise<Audited> {
  // only its magic bytes: a page or a text is told apart (its head decoded) once, by auditFile
  const kind = reportFileKind(bytes);
  // read here: held, to be audited again beside the region without building its model again (lib/cli/sweep.ts)
  if (!kind) return keep(await auditFile(bytes, source, url, options, contentType, hint), true);
  const r = await ask({ id: ++next, bytes, source, url, options, contentType, hint, ocr: OCR_SETTINGS.enabled });
  if (r.audited) return r.audited;
  const what = kind === 'pdf' ? 'PDF 文件' : 'Word 文件';
  return keep(failed(source, new Error(`${what}${r.error ?? '无法读取'}`)));
}

/** Ends the worker (tests; the CLI's process ends it by exiting). */
export async function stopFileWorker(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}
