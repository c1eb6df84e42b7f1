import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts'],
    // Adapter end-to-end tests start stand-in servers; give them room on a 2-core CI box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The default summary for people, plus one plain closing line for CI to read.
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
