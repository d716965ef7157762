import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', './tests/reporters/summary-line.ts'],
  },
});
