/** Report files (PDF, Word) in Node, and the CLI on one file as a process of its own. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxOf } from '../../lib/arrays';
import { NODE_FILES } from '../../lib/node';
import { auditFile } from '../../lib/pipeline/files';
import { ROOT } from '../browser';
import { RUNS, median, ms, say } from './stats';
import { freshCli, timedRun } from './cli';

/** Report files in Node: reading (pdf.js, mammoth, the .doc piece table) and the audit, the whole of `auditFile`. */
export async function filesBench() {
  say('### Report files in Node (one core)');
  say();
  say('Read and audit, from the file’s bytes to the result; pdf.js’s legacy build with its worker in-process.');
  say();
  say('| file | pages | KB | ms | findings |');
  say('|---|---:|---:|---:|---:|');
  const dir = join(ROOT, 'tests/fixtures/documents');
  const files = [
    'office/bench100-2021-chromium.pdf', 'bench-2021-chromium.pdf', 'long-2021-libreoffice.pdf', 'long-2019-chromium.pdf',
    'office/wrapped-2021-libreoffice.pdf', 'office/printed-2021-chromium.pdf', 'scan-2019-chromium.pdf',
    'blank-2021-libreoffice.docx', 'office/tabs-2021-libreoffice.docx', 'blank-2021-libreoffice.doc', 'office/cells-2021-libreoffice.doc',
  ];
  const runs = Math.max(3, Math.min(RUNS, 7));
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    const options = {};
    let last = await auditFile(bytes, f, null, options, NODE_FILES); // warm
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      last = await auditFile(bytes, f, null, options, NODE_FILES);
      xs.push(performance.now() - t);
    }
    say(`| ${f} | ${last.result.file?.pages ?? '—'} | ${Math.round(bytes.length / 1024)} | ${ms(median(xs))} | ${last.result.findings.length} |`);
  }
  say();
  cliFilesBench(dir);
}

/**
 * The CLI on one file, as a user runs it: a process of its own, from start to JSON out. Bounds: a
 * 100-page PDF under 5 s, a 10-page one under 1 s, memory under 300 MB. Peak memory (the
 * process's maximum resident set) through GNU time where it is installed.
 */
function cliFilesBench(dir: string) {
  freshCli();
  say('### The CLI on one report file (a process each: start, read, audit, JSON out)');
  say();
  say('| file | pages | wall ms | peak MB |');
  say('|---|---:|---:|---:|');
  for (const [f, pages] of [['office/bench100-2021-chromium.pdf', 100], ['bench-2021-chromium.pdf', 10]] as const) {
    const runs = [0, 1, 2].map(() => timedRun(process.execPath, [join(ROOT, 'bin/nianbao-audit.mjs'), join(dir, f)]));
    const peak = maxOf(runs.map((r) => r.mb ?? 0), 0);
    say(`| ${f} | ${pages} | ${ms(median(runs.map((r) => r.s * 1000)))} | ${peak ? Math.round(peak) : '—'} |`);
  }
  say();
}

/**
 * Scanned reports read by OCR through the CLI (issue: a 5-page scan in under 20 s on one core, memory under 1 GB),
 * each file a process of its own pinned to one core where `taskset` is there; peak memory is the largest process
 * of the run (the CLI, pdftoppm or Tesseract). Skipped, saying so, where Tesseract is not installed.
 */
export async function scanBench() {
  const { ocrMissing } = await import('../../lib/cli/ocr');
  say('### Scanned reports read by OCR (the CLI, one core)');
  say();
  const missing = await ocrMissing();
  if (missing) {
    say(`(skipped: ${missing}; bash scripts/install-ocr.sh)`);
    say();
    return;
  }
  // the bundle, as users run it (with an older one bin/ runs the sources under tsx: slower, and three times the memory)
  freshCli();
  const one = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];
  say('| scan | pages | seconds | s / page | peak MB |');
  say('|---|---:|---:|---:|---:|');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/scans/manifest.json'), 'utf8')) as { file: string; sourcePages: number[] }[];
  for (const e of manifest) {
    const [cmd, ...args] = [...one, process.execPath, join(ROOT, 'bin/nianbao-audit.mjs'), join(ROOT, 'tests/fixtures/scans', e.file)];
    const r = timedRun(cmd!, args);
    say(`| ${e.file} | ${e.sourcePages.length} | ${r.s.toFixed(1)} | ${(r.s / e.sourcePages.length).toFixed(1)} | ${r.mb ? Math.round(r.mb) : '—'} |`);
  }
  say();
}

/**
 * The same scans read in the extension (tesseract.js in the viewer, lib/ext/ocr.ts): Chromium opens each from
 * localhost in the viewer, timed from opening the viewer to the rebuilt tables shown; the engine is loaded once per
 * browser (the first scan's time includes it, 5.7 MB from the extension). The renderer's JS heap at the end.
 */
export async function scanBrowserBench() {
  const { CHROMIUM, launch, serve } = await import('../browser');
  say('### Scanned reports read by OCR in the extension (Chromium, the viewer)');
  say();
  if (!existsSync(CHROMIUM)) return say(`(skipped: ${CHROMIUM} not found — bash scripts/install-browser.sh)`), say();
  console.log('构建扩展 Building the extension…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/scans/manifest.json'), 'utf8')) as { file: string; sourcePages: number[] }[];
  const server = await serve([
    (req, res) => {
      const name = (req.url ?? '').split('?')[0]!.slice(1);
      if (!manifest.some((e) => e.file === name)) return false;
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(readFileSync(join(ROOT, 'tests/fixtures/scans', name)));
      return true;
    },
  ]);
  // a profile of its own, removed when the browser closes
  const b = await launch();
  try {
    say('| scan | pages | seconds | s / page | viewer JS heap MB |');
    say('|---|---:|---:|---:|---:|');
    for (const e of manifest) {
      const viewer = await b.context.newPage();
      const t = performance.now();
      await viewer.goto(`chrome-extension://${b.extensionId}/viewer.html?url=${encodeURIComponent(server.url(`/${e.file}`))}`);
      await viewer.locator('[data-testid=viewer-grid]').first().waitFor({ timeout: 600_000 });
      const s = (performance.now() - t) / 1000;
      const heap = await viewer.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      say(`| ${e.file} | ${e.sourcePages.length} | ${s.toFixed(1)} | ${(s / e.sourcePages.length).toFixed(1)} | ${heap ? Math.round(heap / 1e6) : '—'} |`);
      await viewer.close();
    }
    say();
  } finally {
    await b.close();
    await server.close();
  }
}

