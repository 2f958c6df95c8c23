import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time on a 2-core machine; each file launches its own profile.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A fresh CI machine is slower than a warm one: polls wait for idle-time work, not a fixed beat.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
