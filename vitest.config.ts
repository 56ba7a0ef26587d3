import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Generous: the property suites run thousands of scans (20-25 s on an idle 2-core machine) and
    // CI machines are shared; a timeout is for hangs, not for speed (speed is the bench's job).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', '**/node_modules/**'], sequence: { groupOrder: 0 },
          setupFiles: ['tests/setup/fast-check-seed.ts'],
        },
      },
      {
        // Real browsers: after the unit tests (2 cores), one file at a time, with long timeouts.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
