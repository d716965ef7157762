// The tests a mutant runs (stryker.config.mjs): the unit and corpus tests, without those that pin scale or
// process limits rather than logic (5,000 records, 300,000 rows, 5,000 links, bombs under a heap cap), nor those
// that spawn the command line (a child process runs the build, not the mutated sources); `npm test` runs those.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Quickest files first: a mutant's run stops at its first failing test, so most mutants die within seconds. */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).reverse();
  }
}

/**
 * The corpora of PDF and Word files (files, office-files: 16 s) and the fuzzer (5 s) cover nearly every line of the
 * engine, so every mutant that survives would run them all again. They run for mutants of `lib/readers`, whose
 * files they are; a mutant elsewhere must be killed by the page, text and unit tests, which read the same engine.
 */
const slowCorpora = (process.env.MUTATE ?? 'lib/readers').includes('lib/readers')
  ? []
  : ['tests/corpus/files.test.ts', 'tests/corpus/office-files.test.ts', 'tests/corpus/fuzz.property.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
    setupFiles: ['tests/helpers/mutation-preload.ts'],
    exclude: [
      'tests/unit/dashboard-scale.test.ts',
      'tests/unit/hardening.test.ts',
      'tests/unit/cli-follow.test.ts',
      'tests/unit/cli.test.ts',
      'tests/unit/file-bombs.test.ts',
      'tests/unit/history-scale.test.ts',
      'tests/corpus/flattened-forms.property.test.ts',
      'tests/unit/region-sweep.test.ts',
      'tests/unit/letter.test.ts',
      // Tesseract reads each scan for seconds (54 s in all); the page reader it feeds is pinned by ocr-grid and ocr-layout
      'tests/corpus/scans.test.ts',
      // sized on the machine's own timing, not on logic
      'tests/unit/file-worker-queue.test.ts',
      // these read the sources' text, which the mutation run instruments, not their behaviour
      'tests/unit/engine-purity.test.ts',
      'tests/unit/architecture.test.ts',
      ...slowCorpora,
    ],
    environment: 'node',
    // one module graph for every file: a mutant's run re-evaluates nothing (with isolation each of some sixty files
    // imported the engine again, about 40 s a mutant)
    isolate: false,
    sequence: { sequencer: QuickestFirst },
    testTimeout: 30_000,
  },
});
