// The tests a mutant runs (stryker.config.mjs): the unit and corpus tests, without the minutes-long runs that pin
// scale (5,000 records, 300,000 rows, 5,000 links) rather than logic; `npm test` runs those.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
    exclude: ['tests/unit/dashboard-scale.test.ts', 'tests/unit/hardening.test.ts', 'tests/unit/cli-follow.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
