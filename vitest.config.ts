import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', './tests/reporters/summary-line.ts'],
  },
});
