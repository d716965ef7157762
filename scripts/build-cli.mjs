// `npm run build:cli` (run by `prepare`, so after `npm ci` too): the command line bundled into dist/cli/
// with esbuild, so that a run starts without compiling TypeScript. The sources still run under tsx
// (bin/nianbao-audit.mjs falls back to them when no bundle is there). Heavy readers (pdf.js, mammoth,
// the .doc reader) stay in chunks of their own, loaded when a file needs them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * linkedom gives every node a Map of event listeners the moment it is made, kept in a WeakMap:
 * on a report page that is thousands of entries nobody uses, a tenth of the CLI's time with the
 * garbage they leave. The engine adds no listeners; the map is made when the first one is added.
 */
const lazyListeners = {
  name: 'linkedom-lazy-listeners',
  setup(b) {
    b.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const out = src
        .replace('wm.set(this, new Map);', '')
        .replace(/addEventListener\(type, listener, options\) \{\n(\s*)const map = wm\.get\(this\);/, 'addEventListener(type, listener, options) {\n$1let map = wm.get(this);\n$1if (!map) wm.set(this, (map = new Map));')
        .replace(/removeEventListener\(type, listener\) \{\n(\s*)const map = wm\.get\(this\);\n(\s*)if \(map\.has/, 'removeEventListener(type, listener) {\n$1const map = wm.get(this);\n$2if (map && map.has');
      // linkedom changed: bundle it as it is rather than guess
      if ((out.match(/wm\.set/g) ?? []).length !== 1 || !out.includes('if (map && map.has')) return { contents: src, loader: 'js' };
      return { contents: out, loader: 'js' };
    });
  },
};
rmSync(`${root}dist/cli`, { recursive: true, force: true });
await build({
  entryPoints: { main: `${root}lib/cli/bin.ts` },
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
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  plugins: [lazyListeners],
});
