// esbuild plugins for the CLI bundle (scripts/build-cli.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The engine requires linkedom when it first needs a full DOM (lib/node.ts), and a require asks for a package's
 * CommonJS build: linkedom's would bring a second htmlparser2 into the file worker's bundle beside the one the engine
 * parses with. Its ES module build is bundled instead, made when first required. (The command itself takes linkedom
 * from a file of its own, dist/cli/vendor/linkedom.cjs: scripts/build-cli.mjs.)
 */
export const linkedomEsm = {
  name: 'linkedom-esm',
  setup(b) {
    const entry = join(dirname(createRequire(import.meta.url).resolve('linkedom/package.json')), 'esm/index.js');
    b.onResolve({ filter: /^linkedom$/ }, (args) => (args.kind === 'require-call' ? { path: entry } : undefined));
  },
};

/**
 * linkedom gives every node a Map of event listeners the moment it is made, kept in a WeakMap:
 * on a report page that is thousands of entries nobody uses, a tenth of the CLI's time with the
 * garbage they leave. The engine adds no listeners; the map is made when the first one is added.
 * When linkedom's source no longer reads as expected the package is bundled as it is.
 */
export const lazyListeners = {
  name: 'linkedom-lazy-listeners',
  setup(b) {
    b.onLoad({ filter: /linkedom[\\/](?:esm|cjs)[\\/]interface[\\/]event-target\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const out = src
        .replace('wm.set(this, new Map);', '')
        .replace(/addEventListener\(type, listener, options\) \{\n(\s*)const map = wm\.get\(this\);/, 'addEventListener(type, listener, options) {\n$1let map = wm.get(this);\n$1if (!map) wm.set(this, (map = new Map));')
        .replace(/removeEventListener\(type, listener\) \{\n(\s*)const map = wm\.get\(this\);\n(\s*)if \(map\.has/, 'removeEventListener(type, listener) {\n$1const map = wm.get(this);\n$2if (map && map.has');
      const patched = (out.match(/wm\.set/g) ?? []).length === 1 && out.includes('if (map && map.has') && out.includes('if (!map) wm.set');
      return { contents: patched ? out : src, loader: 'js' };
    });
  },
};
