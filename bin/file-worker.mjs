// The CLI's file-reading worker (lib/cli/file-worker.ts): the bundle's when it is current, else the sources through tsx,
// as bin/nianbao-audit.mjs decides for the command itself.
import { workerData } from 'node:worker_threads';

if (workerData?.bundle) await import(workerData.bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/file-worker.ts');
}
