// Mutation testing (`npm run mutation`): StrykerJS with its vitest runner over the engine's folders.
// Incremental, one results file per target (reports/mutation/<target>.incremental.json, committed): a run after a
// change tests only the mutants the change touched, and a folder measured once is never measured again from zero.
// `MUTATE=lib/text npm run mutation` narrows it to a folder (or one file); `npm run mutation:scores` sums the
// committed results per folder. CI does not run it (hours on two cores); docs/testing.md shows the scores.
import { MUTATION_FOLDERS } from './scripts/mutation-folders.mjs';

const targets = process.env.MUTATE ?? MUTATION_FOLDERS.join(',');
const folders = targets.split(',');
/** A folder's sources, or one file as named. */
const glob = (f) => (f.endsWith('.ts') ? f : `${f}/**/*.ts`);
/** The results file of this target: lib/text → lib-text, lib/rules/share.ts → lib-rules-share. */
const slug = targets.replace(/\.ts$/, '').replace(/\.ts,/g, ',').replace(/[^a-z0-9]+/gi, '-');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // perTest coverage already names the tests of each mutant: vitest's own related-file search adds nothing
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: folders.map(glob),
  disableTypeChecks: '{lib,tests}/**/*.{js,ts,tsx}',
  incremental: true,
  incrementalFile: `reports/mutation/${slug}.incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${slug}.json` },
  concurrency: 2,
  // a mutant that loops is stopped soon after its covering tests' own time (the default waited 60 s more)
  timeoutMS: 8_000,
  timeoutFactor: 1.5,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  // the bench's corpora and Python venv, the builds: nothing a mutant's tests read
  ignorePatterns: ['out', 'dist', '.output', 'docs', 'reports'],
  ignoreStatic: true,
};
