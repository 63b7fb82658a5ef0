import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilds dist/ when e2e tests are in the run and the bundle is older than src/.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e suites start servers and child processes; keep the 2-core machines from oversubscribing.
    maxWorkers: 2,
  },
});
