// Issue 11's fault matrix (shared by fault-matrix-*.test.ts, which split the fault kinds so vitest runs
// them in two workers): for every AWS operation the backup and prune commands call (read from the
// simulator's own counters in a fault-free reference run, so a new call joins the matrix by itself),
// × throttling, a 5xx burst, a timed-out call (the answer lost after AWS acted), AccessDenied,
// expired credentials and a malformed answer: every run ends with an exit code (never a throw), a
// readable JSON report, and either the reference's result or a clear outcome naming what failed;
// nothing is deleted that the fault-free run keeps; and once the fault is gone, a rerun reaches the
// reference's final state with no duplicate job.
//
// Each cell runs the real commands in process against its own in-process simulator (one world,
// simulated clock); a few cells run `node dist/index.js` as a runner would (end of this file).
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../src/simulator/index.js';
import {
  matrixPoints,
  matrixWorld,
  openMatrixWorld,
  activeJobs,
  outcome,
  type CommandResult,
  type MatrixWorld,
  type Outcome,
} from './matrix-world.js';

const POINTS = matrixPoints();
const SEEDED = new Set(POINTS.map((p) => p.arn));
const WORLD = matrixWorld(POINTS);

type Service = 'backup' | 'tagging' | 'sts';
const STS_OPERATIONS = new Set(['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity']);
const TAGGING_OPERATIONS = new Set(['GetResources', 'TagResources', 'UntagResources']);
const serviceOf = (op: string): Service =>
  STS_OPERATIONS.has(op) ? 'sts' : TAGGING_OPERATIONS.has(op) ? 'tagging' : 'backup';

/** Each fault kind, as the service in question answers it. */
const FAULTS = {
  throttling: (_op, s) => ({
    fail: {
      count: 3,
      error: { backup: 'ThrottlingException', tagging: 'ThrottledException', sts: 'Throttling' }[s],
    },
  }),
  '5xx burst': (_op, s) => ({
    fail: {
      count: 3,
      error: {
        backup: 'ServiceUnavailableException',
        tagging: 'InternalServiceException',
        sts: 'InternalFailure',
      }[s],
    },
  }),
  timeout: () => ({ lose: { count: 2, how: 'reset' } }),
  'access denied': (op, s) => ({
    fail: {
      count: 100_000,
      error: s === 'sts' ? 'AccessDenied' : 'AccessDeniedException',
      message: `User: arn:aws:sts::123456789012:assumed-role/backup-plans/run is not authorized to perform: ${op}`,
    },
  }),
  'expired credentials': (op, s) => ({
    fail: {
      count: 1,
      // Web identity: the ID token itself expired; otherwise the session's credentials.
      error:
        op === 'AssumeRoleWithWebIdentity'
          ? 'ExpiredTokenException'
          : s === 'sts'
            ? 'ExpiredToken'
            : 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    },
  }),
  'malformed answer': () => ({ lose: { count: 1, how: 'malformed' } }),
} satisfies Record<string, (op: string, service: Service) => Omit<FaultSpec, 'operation'>>;

/**
 * Every operation backup and prune call in the reference run (checked below: a new call fails that
 * test until it joins this list, and so the matrix).
 */
const OPERATIONS = [
  'AssumeRoleWithWebIdentity',
  'DeleteRecoveryPoint',
  'DescribeBackupVault',
  'DescribeRegionSettings',
  'GetResources',
  'ListBackupJobs',
  'ListCopyJobs',
  'ListLegalHolds',
  'ListRecoveryPointsByBackupVault',
  'ListTags',
  'StartBackupJob',
  'StartCopyJob',
  'TagResource',
  'TagResources',
];

/** One sequence: three backup passes half an hour apart (start, copy, tag the copies), then prune. */
async function faultedPhase(w: MatrixWorld): Promise<CommandResult[]> {
  const results = [await w.run('backup')];
  w.sim.sim.advance(1800);
  results.push(await w.run('backup'));
  w.sim.sim.advance(1800);
  results.push(await w.run('backup'), await w.run('prune'));
  return results;
}

/**
 * Without faults: backup and prune every half hour until a round changes nothing and no job is in
 * flight (what the faulted phase put off, retry-later or denied, is done by then), then an hour on.
 */
async function recoveryPhase(w: MatrixWorld): Promise<CommandResult[]> {
  const results: CommandResult[] = [];
  for (let round = 0; round < 8; round++) {
    const before = JSON.stringify(outcome(w.sim, SEEDED));
    w.sim.sim.advance(1800);
    results.push(await w.run('backup'), await w.run('prune'));
    if (activeJobs(w.sim) === 0 && JSON.stringify(outcome(w.sim, SEEDED)) === before) break;
  }
  w.sim.sim.advance(3600); // DELETING points gone
  return results;
}

/** What every run must give, faulted or not. */
function expectWellFormed(r: CommandResult, label: string): void {
  expect(r.threw, `${label}: ${r.command} threw`).toBeUndefined();
  expect([0, 1], `${label}: ${r.command} exit code`).toContain(r.exitCode);
  expect(r.reportProblem, `${label}: ${r.command} report`).toBeUndefined();
  const report = r.report as { command?: string; plans?: unknown[] };
  expect(report.command, label).toBe(r.command);
  expect(Array.isArray(report.plans), label).toBe(true);
  for (const m of [...r.errors, ...r.warnings]) {
    expect(m, `${label}: a stack trace in an annotation`).not.toMatch(/\n\s+at /);
    expect(m, label).not.toMatch(/Maximum call stack|Cannot read propert|undefined is not/);
  }
  // An unexpected exception inside a plan is a bug, not an outcome.
  expect(JSON.stringify(r.report), `${label}: unexpected error in the report`).not.toMatch(
    /unexpected error/,
  );
}

/** A run that did not end like the reference must say why: an error or warning, or a non-ok outcome in its report. */
function expectClearOutcome(r: CommandResult, reference: CommandResult, label: string): void {
  const said = r.errors.length + r.warnings.length > 0;
  const reportSays = /retry-later|"failed"|"failures":\s*[1-9]|guarded|"error"/.test(
    JSON.stringify(r.report),
  );
  if (r.exitCode !== reference.exitCode || r.outputs.failures !== reference.outputs.failures)
    expect(said || reportSays, `${label}: ${r.command} differs from the reference without a word`).toBe(true);
  if (r.exitCode === 1) expect(r.errors.length, `${label}: exit 1 without an error`).toBeGreaterThan(0);
}

/** What differs between two outcomes, for failure messages. */
function diffOutcomes(a: Outcome, b: Outcome): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const only = (x: string[], y: string[]) => x.filter((v) => !y.includes(v));
  if (JSON.stringify(a.seededLeft) !== JSON.stringify(b.seededLeft))
    out.seededLeft = { extra: only(a.seededLeft, b.seededLeft), missing: only(b.seededLeft, a.seededLeft) };
  for (const key of ['backupJobs', 'copyJobs', 'points'] as const)
    for (const k of new Set([...Object.keys(a[key]), ...Object.keys(b[key])]))
      if (a[key][k] !== b[key][k]) out[`${key} ${k}`] = `${a[key][k]} vs reference ${b[key][k]}`;
  return out;
}

function deletedSeeded(o: Outcome): Set<string> {
  const left = new Set(o.seededLeft);
  return new Set([...SEEDED].filter((a) => !left.has(a)));
}

export type FaultKind = keyof typeof FAULTS;

/** The matrix for these fault kinds: a fault-free reference run, then one cell per operation and kind. */
export function defineFaultMatrix(kinds: FaultKind[]): void {
  const CELLS = OPERATIONS.flatMap((operation) => kinds.map((fault) => ({ operation, fault })));
  describe(`fault matrix: every AWS operation × ${kinds.join(', ')}`, () => {
    let reference: {
      faulted: CommandResult[];
      recovery: CommandResult[];
      afterFaulted: Outcome;
      final: Outcome;
      operations: string[];
    };

    beforeAll(async () => {
      const w = await openMatrixWorld(WORLD);
      try {
        const faulted = await faultedPhase(w);
        const operations = Object.keys(w.sim.sim.stats().calls).sort();
        const afterFaulted = outcome(w.sim, SEEDED);
        const recovery = await recoveryPhase(w);
        reference = { faulted, recovery, afterFaulted, final: outcome(w.sim, SEEDED), operations };
      } finally {
        await w.close();
      }
    }, 600_000);

    it('the reference run is clean and calls every operation the issue names', () => {
      for (const r of reference.faulted) {
        expectWellFormed(r, 'reference');
        expect(r.exitCode, `reference ${r.command}: ${r.errors.join('\n')}`).toBe(0);
        expect(r.errors).toEqual([]);
      }
      for (const r of reference.recovery) expect(r.exitCode, r.errors.join('\n')).toBe(0);
      expect(reference.operations).toEqual(OPERATIONS);
      expect(deletedSeeded(reference.afterFaulted).size).toBeGreaterThan(10);
      expect(Object.values(reference.final.backupJobs)).toEqual([1, 1]);
      expect(Object.keys(reference.final.copyJobs)).toHaveLength(2);
      expect(reference.final.duplicateCopies).toEqual([]);
    });

    it.each(CELLS)('$operation × $fault', async ({ operation, fault }) => {
      const label = `${operation} × ${fault}`;
      const w = await openMatrixWorld(WORLD);
      try {
        w.sim.sim.addFault({ operation, ...FAULTS[fault](operation, serviceOf(operation)) });
        const faulted = await faultedPhase(w);
        const injected = w.sim.sim.stats();
        const hit = (injected.errors[operation] ?? 0) + (injected.throttled[operation] ?? 0);
        expect(hit, `${label}: the fault never fired`).toBeGreaterThan(0);
        faulted.forEach((r, i) => {
          expectWellFormed(r, label);
          expectClearOutcome(r, reference.faulted[i]!, label);
        });
        const allowed = deletedSeeded(reference.final);
        const deleted = [...deletedSeeded(outcome(w.sim, SEEDED))];
        expect(
          deleted.filter((a) => !allowed.has(a)),
          `${label}: deleted what the fault-free run keeps`,
        ).toEqual([]);

        w.sim.sim.clearFaults();
        const recovery = await recoveryPhase(w);
        for (const r of recovery) {
          expectWellFormed(r, `${label} (recovery)`);
          expect(r.exitCode, `${label} (recovery) ${r.command}: ${r.errors.join('\n')}`).toBe(0);
        }
        const final = outcome(w.sim, SEEDED);
        expect(
          final,
          `${label}: final state ${JSON.stringify(diffOutcomes(final, reference.final))}`,
        ).toEqual(reference.final);
      } finally {
        await w.close();
      }
    });
  });
}
