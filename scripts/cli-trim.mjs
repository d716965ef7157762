// esbuild plugins for the CLI bundle (scripts/build-cli.mjs): what the command reads at every start, kept to what it runs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The engine parses with htmlparser2's Parser alone (lib/page/light-parse.ts). The package's index also brings its DOM
 * handler, its DOM utilities and their serializer with a second, older copy of the HTML entities, whose tables are
 * built at start-up: the Parser's own module is bundled instead (linkedom, loaded apart, keeps the whole package).
 */
export const htmlparserParser = {
  name: 'htmlparser2-parser',
  setup(b) {
    // the package exports its index only: its CommonJS index is found, the ES module Parser beside it
    const parser = join(dirname(require.resolve('htmlparser2')), '../esm/Parser.js');
    b.onResolve({ filter: /^htmlparser2$/ }, (args) => (/[\\/]lib[\\/]page[\\/]light-parse\.ts$/.test(args.importer) ? { path: parser } : undefined));
  },
};

/**
 * zod's classic API carries every language's error messages (`z.locales`, 64 modules); the engine configures Chinese
 * (lib/zod.ts) and zod's default is English: the index of locales is bundled with those two only. A locale the
 * engine asked for and left out would fail the build's code-cache run, not a user's.
 */
export const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales[\\/]index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](?:classic|core)$/.test(args.resolveDir) ? { path: join(args.resolveDir, '../locales/index.js'), namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as zhCN } from "./zh-CN.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
