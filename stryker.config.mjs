// Mutation testing (`npm run mutation`): StrykerJS with its vitest runner over the engine's folders.
// Incremental: the results are kept in reports/stryker-incremental.json, so a run after a change
// tests only the mutants the change touched. `MUTATE=lib/text npm run mutation` narrows it to a folder.
// CI does not run it (minutes to hours on two cores); the README shows the last scores per folder.
const folders = (process.env.MUTATE ?? 'lib/template,lib/rules,lib/grid,lib/readers,lib/analysis,lib/batch,lib/text,lib/store').split(',');
/** A folder's sources, or one file as named. */
const glob = (f) => (f.endsWith('.ts') ? f : `${f}/**/*.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: folders.map(glob),
  disableTypeChecks: '{lib,tests}/**/*.{js,ts,tsx}',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
};
