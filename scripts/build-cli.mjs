// `npm run build:cli` (run by `prepare`, so after `npm ci` too): the command line bundled into dist/cli/
// with esbuild, so that a run starts without compiling TypeScript. The sources still run under tsx
// (bin/nianbao-audit.mjs falls back to them when no bundle is there).
//
// The command is one CommonJS file, main.cjs, with V8's code cache beside it (main.cjs.cache): bin/nianbao-audit.mjs
// compiles it with the cache, so the engine's functions are not parsed and compiled again on every run (Node 20 has
// no compile cache for ES modules). The cache is made here by running the command once over the bundled sample
// pages, which compiles the functions an audit uses. The file worker (PDF, Word) stays an ES module with its
// chunks: pdf.js is large and ships its own worker, read from node_modules when a PDF comes.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';
import { lazyListeners, linkedomEsm } from './linkedom-lazy.mjs';
import { htmlparserParser, zodLocales } from './cli-trim.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/cli`;
rmSync(out, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'none',
  // NIANBAO_UNMINIFIED=1: readable names and lines, for a profile (docs/performance.md)
  minify: !process.env.NIANBAO_UNMINIFIED,
  keepNames: true,
  logLevel: 'warning',
  plugins: [lazyListeners, linkedomEsm, htmlparserParser, zodLocales],
};
await build({
  ...common,
  entryPoints: { 'file-worker': `${root}lib/cli/file-worker.ts` },
  outdir: out,
  splitting: true,
  format: 'esm',
  // CommonJS packages inside an ES module bundle need require
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// Packages only some runs need, each bundled into a file of its own beside the command (dist/cli/vendor/) and
// required when first imported (the engine imports each of them lazily): a Word or .doc file read in this thread, a
// workbook written, a full DOM for Readability's fallback. Every run reads, hashes and decodes the command's file
// before its first page: without them it is 1 MB instead of 2.9 (docs/performance.md). In the command, each stands as
// a small module that requires its file, so that import() and require alike load it as CommonJS.
const VENDOR = ['exceljs', 'mammoth', 'cfb', 'linkedom'];
const vendorSplit = {
  name: 'vendor-split',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(?:${VENDOR.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./vendor/${args.path}.cjs`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
  },
};
for (const name of VENDOR) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    outfile: `${out}/vendor/${name}.cjs`,
    format: 'cjs',
    plugins: [lazyListeners],
  });
}
await build({
  ...common,
  plugins: [vendorSplit, ...common.plugins],
  entryPoints: [`${root}lib/cli/bin.ts`],
  outfile: `${out}/main.cjs`,
  format: 'cjs',
  // the sources ask import.meta.url where they are (the file worker beside them, charts.css)
  define: { 'import.meta.url': '__nianbao_url' },
  banner: { js: "const __nianbao_url = require('node:url').pathToFileURL(__filename).href;" },
});

// ASCII only (./ascii-only.mjs): read as one-byte text
const main = `${out}/main.cjs`;
writeFileSync(main, asciiOnly(readFileSync(main, 'utf8')));

// the code cache: one run over the sample pages (skipped where they are not, as in a package without its tests)
const pages = `${root}tests/fixtures/pages`;
const samples = existsSync(pages) ? readdirSync(pages).filter((n) => /^(report-.*|sample-report)\.html$/.test(n)).map((n) => `${pages}/${n}`) : [];
if (samples.length) {
  const run = spawnSync(process.execPath, [`${root}bin/nianbao-audit.mjs`, '--format', 'json', ...samples], {
    env: { ...process.env, NIANBAO_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (!existsSync(`${out}/main.cjs.cache`)) process.stderr.write(`build-cli: no code cache made (the command exited ${run.status}); it runs without one\n${run.stderr.slice(-2000)}`);
}
