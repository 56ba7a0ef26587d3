import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e tests drive real browsers; they run in their own project-wide slot with long timeouts.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
