// `npm run build:cli` (run by `prepare`, so after `npm ci` too): the command line bundled into dist/cli/
// with esbuild, so that a run starts without compiling TypeScript. The sources still run under tsx
// (bin/nianbao-audit.mjs falls back to them when no bundle is there). Heavy readers (pdf.js, mammoth,
// the .doc reader) stay in chunks of their own, loaded when a file needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyListeners } from './linkedom-lazy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/cli`, { recursive: true, force: true });
await build({
  entryPoints: { main: `${root}lib/cli/bin.ts`, 'file-worker': `${root}lib/cli/file-worker.ts` },
  outdir: `${root}dist/cli`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // pdf.js is large and ships its own worker: read from node_modules when a PDF comes
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  // CommonJS packages inside an ES module bundle need require
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  // NIANBAO_UNMINIFIED=1: readable names and lines, for a profile (npm run bench's notes)
  minify: !process.env.NIANBAO_UNMINIFIED,
  keepNames: true,
  logLevel: 'warning',
  plugins: [lazyListeners],
});
