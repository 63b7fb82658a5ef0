// Issue 11 "kill and rerun": the bundled action (`node dist/index.js`) is killed with SIGKILL at a
// random point of each backup and prune run (after a random number of AWS requests, just before or
// just after AWS answers the last one), then run again. The final state equals an uninterrupted run's
// in a second simulator seeded from the same world: the same points kept, the same jobs, no duplicate
// job. The kill points come from a seeded generator (KILL_SEED overrides it): a failure names its seed.
// The same world also runs a few cells of the fault matrix (test/faults/) through the bundle.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  MATRIX_PLAN,
  matrixPoints,
  matrixWorld,
  outcome,
  activeJobs,
  type Outcome,
} from '../faults/matrix-world.js';
import { runAction, startFakeGitHub, type ActionResult, type FakeGitHub } from './harness.js';

const SEED = Number(process.env.KILL_SEED ?? 20261130);

/** mulberry32: a small seeded generator, so a failing kill point reproduces. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The pid of our own child process that carries `marker` in its environment (Linux /proc). */
function pidWithMarker(marker: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`KILL_MARKER=${marker}\0`))
        return Number(entry);
    } catch {
      // gone, or not ours
    }
  }
  return undefined;
}

interface Kill {
  /** Kill on this AWS request (1-based) of the run. */
  at: number;
  /** Before the request reaches AWS, or after AWS acted on it (its answer never arrives). */
  when: 'before' | 'after';
  marker: string;
  done?: boolean;
}

/**
 * Stands between the action and the simulator, counts the action's AWS requests, and kills the
 * action at the chosen one. Everything else is relayed as is.
 */
async function startKillProxy(target: string) {
  const upstream = new URL(target);
  const state: { calls: number; kill?: Kill } = { calls: 0 };
  const killNow = (kill: Kill) => {
    const pid = pidWithMarker(kill.marker);
    if (pid === undefined) throw new Error('kill proxy: the action process was not found');
    process.kill(pid, 'SIGKILL');
    kill.done = true;
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const n = ++state.calls;
      const kill = state.kill && !state.kill.done && n === state.kill.at ? state.kill : undefined;
      if (kill?.when === 'before') {
        killNow(kill);
        res.destroy();
        return;
      }
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            if (kill) {
              killNow(kill);
              res.destroy();
              return;
            }
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

const POINTS = matrixPoints();
const SEEDED = new Set(POINTS.map((p) => p.arn));

interface KillWorld {
  sim: SimulatorHandle;
  run(
    command: 'backup' | 'prune',
    kill?: Omit<Kill, 'marker'>,
  ): Promise<{ result: ActionResult; calls: number }>;
  close(): Promise<void>;
}

async function openKillWorld(): Promise<KillWorld> {
  const sim = await startSimulator({ world: matrixWorld(POINTS), port: 0 });
  const github: FakeGitHub = await startFakeGitHub({ clock: () => sim.sim.now(), repository: 'acme/infra' });
  const proxy = await startKillProxy(sim.url);
  const workspace = mkdtempSync(join(tmpdir(), 'kill-rerun-'));
  mkdirSync(join(workspace, 'backup-plans'));
  writeFileSync(join(workspace, 'backup-plans', 'prod.yml'), MATRIX_PLAN);
  return {
    sim,
    run: async (command, kill) => {
      const marker = randomUUID();
      proxy.state.calls = 0;
      proxy.state.kill = kill && { ...kill, marker };
      const result = await runAction({
        inputs: { command, 'max-deletions': 10_000 },
        sim: proxy,
        github,
        cwd: workspace,
        env: { KILL_MARKER: marker },
        timeoutMs: 300_000,
      });
      const calls = proxy.state.calls;
      if (kill)
        expect(proxy.state.kill?.done, `the kill at request ${kill.at} happened (seed ${SEED})`).toBe(true);
      proxy.state.kill = undefined;
      return { result, calls };
    },
    close: async () => {
      await proxy.close();
      await github.close();
      await sim.close();
    },
  };
}

/** The matrix's sequence: three backup passes half an hour apart, then prune. */
const STEPS: { command: 'backup' | 'prune'; advance: number }[] = [
  { command: 'backup', advance: 0 },
  { command: 'backup', advance: 1800 },
  { command: 'backup', advance: 1800 },
  { command: 'prune', advance: 0 },
];

/** Backup and prune every half hour until nothing changes and no job is in flight. */
async function settle(w: KillWorld): Promise<Outcome> {
  for (let round = 0; round < 6; round++) {
    const before = JSON.stringify(outcome(w.sim, SEEDED));
    w.sim.sim.advance(1800);
    for (const command of ['backup', 'prune'] as const) {
      const { result } = await w.run(command);
      expect(result.exitCode, `${command} while settling: ${result.log}`).toBe(0);
    }
    if (round > 0 && activeJobs(w.sim) === 0 && JSON.stringify(outcome(w.sim, SEEDED)) === before) break;
  }
  w.sim.sim.advance(3600);
  return outcome(w.sim, SEEDED);
}

describe('kill and rerun', () => {
  const worlds: KillWorld[] = [];
  afterAll(async () => {
    for (const w of worlds) await w.close();
  });

  let uninterrupted: Outcome | undefined;
  /** The fault-free end state of STEPS then settling, computed once. */
  async function referenceOutcome(): Promise<Outcome> {
    if (uninterrupted) return uninterrupted;
    const w = await openKillWorld();
    worlds.push(w);
    for (const step of STEPS) {
      w.sim.sim.advance(step.advance);
      const { result } = await w.run(step.command);
      expect(result.exitCode, result.log).toBe(0);
    }
    return (uninterrupted = await settle(w));
  }

  it.each([
    { operation: 'StartBackupJob', kind: 'timeout', fault: { lose: { count: 2, how: 'reset' as const } } },
    {
      operation: 'DeleteRecoveryPoint',
      kind: 'malformed answer',
      fault: { lose: { count: 1, how: 'malformed' as const } },
    },
  ])(
    'fault matrix through the bundle: $operation × $kind',
    async ({ operation, fault }) => {
      const expected = await referenceOutcome();
      const w = await openKillWorld();
      worlds.push(w);
      w.sim.sim.addFault({ operation, ...fault });
      for (const step of STEPS) {
        w.sim.sim.advance(step.advance);
        const { result } = await w.run(step.command);
        expect([0, 1], result.log).toContain(result.exitCode);
        expect(result.reportJson, `${step.command}: the report`).toBeDefined();
        expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
        if (result.exitCode === 1) expect(result.annotations.some((a) => a.level === 'error')).toBe(true);
      }
      const s = w.sim.sim.stats();
      expect((s.errors[operation] ?? 0) + (s.throttled[operation] ?? 0), 'the fault fired').toBeGreaterThan(
        0,
      );
      w.sim.sim.clearFaults();
      expect(await settle(w)).toEqual(expected);
    },
    900_000,
  );

  it(`SIGKILL at a random request of every backup and prune run, then a rerun: the uninterrupted run's end state (seed ${SEED})`, async () => {
    const random = seeded(SEED);
    const reference = await openKillWorld();
    const interrupted = await openKillWorld();
    worlds.push(reference, interrupted);
    const log: string[] = [];
    for (const step of STEPS) {
      reference.sim.sim.advance(step.advance);
      interrupted.sim.sim.advance(step.advance);
      const whole = await reference.run(step.command);
      expect(whole.result.exitCode, whole.result.log).toBe(0);
      const at = 1 + Math.floor(random() * whole.calls);
      const when = random() < 0.5 ? 'before' : 'after';
      log.push(`${step.command}: killed at request ${at}/${whole.calls} (${when})`);
      const killed = await interrupted.run(step.command, { at, when });
      expect(killed.result.exitCode, log.join('; ')).not.toBe(0);
      const rerun = await interrupted.run(step.command);
      expect(rerun.result.exitCode, `${log.join('; ')}: rerun ${rerun.result.log}`).toBe(0);
      expect(rerun.result.reportJson, 'the rerun wrote its report').toBeDefined();
    }
    const expected = await settle(reference);
    expect(expected).toEqual(await referenceOutcome());
    const actual = await settle(interrupted);
    expect(actual, `seed ${SEED}: ${log.join('; ')}`).toEqual(expected);
    expect(actual.duplicateCopies).toEqual([]);
    expect(Object.values(actual.backupJobs)).toEqual([1, 1]);
  }, 900_000);
});
