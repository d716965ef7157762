/**
 * The CLI's file worker (lib/cli/isolated.ts) reads one file at a time: a sweep hands it the files of many pages at
 * once, and read side by side they shared its time — each file's clock ran while the others were read, and in a
 * region of 500 PDFs a hundred were refused as too slow. Each file's clock now starts when its turn comes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_LIMITS, auditIsolated, stopFileWorker } from '../../lib/cli/isolated';

const PDF = new Uint8Array(readFileSync(new URL('../fixtures/documents/office/wrapped-2019-libreoffice.pdf', import.meta.url)));
const limit = FILE_LIMITS.ms;

afterAll(async () => {
  FILE_LIMITS.ms = limit;
  await stopFileWorker();
});

describe('files sent to the worker at once', () => {
  it('are each read within their own time: 40 PDFs at once, each allowed 2 s (all 40 together take longer)', async () => {
    const one = await auditIsolated(PDF, 'warm.pdf', null, {});
    expect(one.result.error).toBeNull();
    FILE_LIMITS.ms = 2_000;
    const t = performance.now();
    const all = await Promise.all(Array.from({ length: 40 }, (_, i) => auditIsolated(PDF, `f${i}.pdf`, null, {})));
    const took = performance.now() - t;
    expect(all.map((a) => a.result.error)).toEqual(Array(40).fill(null));
    expect(all.map((a) => a.result.findings.map((f) => f.id))).toEqual(Array(40).fill(one.result.findings.map((f) => f.id)));
    // what makes the case: read side by side, the forty would not have fitted in one file's time
    expect(took).toBeGreaterThan(FILE_LIMITS.ms);
  }, 120_000);
});
