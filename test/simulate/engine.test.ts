// simulate's tick engine in process, against a real simulator driven through the SDK:
// - recordPoints reads the simulator's point journal after its first walk; what it records (`seen`,
//   `held`, and whether anything changed) equals a walk over every held point, as it did before, under
//   random backups (some moving to cold storage), tag changes through both tagging APIs, deletions
//   and clock moves;
// - afterRunsThenNext and afterPruneThenNext (one message each to a worker) give the same ticks and
//   answers as afterRuns, afterPrune and next called one by one.
import {
  DeleteRecoveryPointCommand,
  StartBackupJobCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-backup';
import { TagResourcesCommand, UntagResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TickEngine } from '../../src/simulate/engine.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import type { SimState } from '../../src/simulator/state.js';
import { ADV_TABLE, BACKUP_ROLE, baseWorld, clients, DB, FS, TABLE, VOLUME } from '../simulator/helpers.js';

const RESOURCES = [VOLUME, DB, TABLE, ADV_TABLE, FS];
const KEYS = ['backup-plans:plan', 'team', 'x'];
const VALUES = ['a', 'b'];
const HOUR = 3600;

type Op =
  | { kind: 'backup'; resource: number; plan: number; cold: boolean }
  | { kind: 'advance'; hours: number }
  | { kind: 'tag'; api: 'backup' | 'tagging'; point: number; key: number; value: number }
  | { kind: 'untag'; api: 'backup' | 'tagging'; point: number; key: number }
  | { kind: 'delete'; point: number }
  | { kind: 'record'; after: 'runs' | 'prune' };

// Weighted so that sequences make points early and change them often.
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('backup' as const),
      resource: fc.nat(4),
      plan: fc.nat(2),
      cold: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 60 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('tag' as const),
      api: fc.constantFrom('backup' as const, 'tagging' as const),
      point: fc.nat(),
      key: fc.nat(KEYS.length - 1),
      value: fc.nat(VALUES.length - 1),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('untag' as const),
      api: fc.constantFrom('backup' as const, 'tagging' as const),
      point: fc.nat(),
      key: fc.nat(KEYS.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), point: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      after: fc.constantFrom('runs' as const, 'prune' as const),
    }),
  },
);

/** The engine's recordPoints before the journal: every held completed point, each time. */
function walkAll(state: SimState, seen: Map<string, { tags: Record<string, string>; storageClass: string }>) {
  let changed = false;
  for (const p of state.points.values()) {
    if (p.status !== 'COMPLETED') continue;
    const known = seen.get(p.arn);
    if (known) {
      if (
        JSON.stringify(Object.entries(known.tags).sort()) !== JSON.stringify(Object.entries(p.tags).sort())
      ) {
        known.tags = { ...p.tags };
        changed = true;
      }
      known.storageClass = p.storageClass;
      continue;
    }
    seen.set(p.arn, { tags: { ...p.tags }, storageClass: p.storageClass });
    changed = true;
  }
  return changed;
}

const ignoreRejection = async (send: Promise<unknown>) => {
  try {
    await send;
  } catch {
    // Some calls are refused by design (Backup's tagging of native snapshots, a busy resource).
  }
};

async function apply(h: SimulatorHandle, c: ReturnType<typeof clients>, o: Op): Promise<void> {
  const points = [...h.sim.state.points.values()];
  const point = 'point' in o && points.length > 0 ? points[o.point % points.length] : undefined;
  switch (o.kind) {
    case 'backup':
      return ignoreRejection(
        c.backup.send(
          new StartBackupJobCommand({
            BackupVaultName: 'production',
            ResourceArn: RESOURCES[o.resource],
            IamRoleArn: BACKUP_ROLE,
            RecoveryPointTags: o.plan < 2 ? { 'backup-plans:plan': ['p', 'q'][o.plan]! } : {},
            ...(o.cold ? { Lifecycle: { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 91 } } : {}),
          }),
        ),
      );
    case 'advance':
      h.sim.advance(o.hours * HOUR);
      return;
    case 'tag':
      if (!point) return;
      return ignoreRejection(
        o.api === 'backup'
          ? c.backup.send(
              new TagResourceCommand({ ResourceArn: point.arn, Tags: { [KEYS[o.key]!]: VALUES[o.value]! } }),
            )
          : c.tagging.send(
              new TagResourcesCommand({
                ResourceARNList: [point.arn],
                Tags: { [KEYS[o.key]!]: VALUES[o.value]! },
              }),
            ),
      );
    case 'untag':
      if (!point) return;
      return ignoreRejection(
        o.api === 'backup'
          ? c.backup.send(new UntagResourceCommand({ ResourceArn: point.arn, TagKeyList: [KEYS[o.key]!] }))
          : c.tagging.send(
              new UntagResourcesCommand({ ResourceARNList: [point.arn], TagKeys: [KEYS[o.key]!] }),
            ),
      );
    case 'delete':
      if (!point) return;
      return ignoreRejection(
        c.backup.send(
          new DeleteRecoveryPointCommand({ BackupVaultName: point.vault.name, RecoveryPointArn: point.arn }),
        ),
      );
    case 'record':
      return;
  }
}

const setup = (world: ReturnType<typeof baseWorld>) => ({
  world,
  planIds: ['p', 'q'],
  endMs: Date.parse(world.start!) + 400 * 86_400_000,
});

describe('TickEngine', () => {
  it('records from the point journal exactly what a walk over every held point records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 20, maxLength: 80 }), async (ops) => {
        const world = baseWorld();
        const h = await startSimulator({ world });
        const c = clients(h.url);
        const engine = new TickEngine(h, setup(world));
        const expected = new Map<string, { tags: Record<string, string>; storageClass: string }>();
        try {
          for (const o of [...ops, { kind: 'record', after: 'prune' } as const]) {
            await apply(h, c, o);
            if (o.kind !== 'record') continue;
            const changed = walkAll(h.sim.state, expected);
            if (o.after === 'runs') expect(engine.afterRuns()).toBe(changed);
            else engine.afterPrune();
            const { seen, held } = engine.result();
            expect([...seen.values()].map((p) => [p.arn, p.tags, p.storageClass])).toEqual(
              [...expected].map(([arn, p]) => [arn, p.tags, p.storageClass]),
            );
            expect(held.map((p) => p.arn)).toEqual(
              [...h.sim.state.points.values()].filter((p) => p.status === 'COMPLETED').map((p) => p.arn),
            );
          }
        } finally {
          c.backup.destroy();
          c.tagging.destroy();
          c.sts.destroy();
          await engine.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('afterRunsThenNext and afterPruneThenNext answer as afterRuns, afterPrune and next one by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            backups: fc.array(fc.record({ resource: fc.nat(4), plan: fc.nat(2) }), { maxLength: 4 }),
            slotHours: fc.tuple(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 48 })),
            pruneIfChanged: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (steps) => {
          const world = baseWorld();
          const [a, b] = [await startSimulator({ world }), await startSimulator({ world })];
          const [ca, cb] = [clients(a.url), clients(b.url)];
          const [one, both] = [new TickEngine(a, setup(world)), new TickEngine(b, setup(world))];
          try {
            for (const step of steps) {
              for (const backup of step.backups) {
                const o = { kind: 'backup', cold: false, ...backup } as const;
                await apply(a, ca, o);
                await apply(b, cb, o);
              }
              const now = a.sim.now().getTime();
              expect(b.sim.now().getTime()).toBe(now);
              const slots = step.slotHours.map((hours) => now + hours * HOUR * 1000);
              // One by one, as simulate's loop called them.
              const changed = one.afterRuns();
              let tick = changed && step.pruneIfChanged ? undefined : one.next([...slots]);
              if (!tick) {
                one.afterPrune();
                tick = one.next([...slots]);
              }
              // Combined.
              const answer = both.afterRunsThenNext([...slots], step.pruneIfChanged);
              expect(answer.changed).toBe(changed);
              expect(answer.tick === undefined).toBe(changed && step.pruneIfChanged);
              const combined = answer.tick ?? both.afterPruneThenNext([...slots]);
              expect(combined).toEqual(tick);
              if (tick.due.length === 0) break;
            }
            expect(both.result().seen.size).toBe(one.result().seen.size);
          } finally {
            for (const c of [ca, cb]) {
              c.backup.destroy();
              c.tagging.destroy();
              c.sts.destroy();
            }
            await one.close();
            await both.close();
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 300_000);
});
