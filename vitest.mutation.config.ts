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

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
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
    ],
    environment: 'node',
    // one module graph for every file: a mutant's run re-evaluates nothing (with isolation each of some sixty files
    // imported the engine again, about 40 s a mutant)
    isolate: false,
    sequence: { sequencer: QuickestFirst },
    testTimeout: 30_000,
  },
});
