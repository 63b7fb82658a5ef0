// Seeding, listing across pages and deleting through the SDK at the scale tests use: world.test.ts
// runs it small in the fast project, world-scale.test.ts at full size in the slow set.
import { DeleteRecoveryPointCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup';
import { describe, expect, it } from 'vitest';
import { startSimulator, type World } from '../../src/simulator/index.js';
import { ACCOUNT, baseWorld, clients, REGION, VOLUME } from './helpers.js';

const fmt = (n: number) => n.toLocaleString('en-US');

export function scaleSuite(size: { seeded: number; listed: number; deleted: number }): void {
  describe('scale', () => {
    function bigWorld(n: number): World {
      const world = baseWorld();
      const base = Date.parse('2024-01-01T00:00:00Z');
      world.recoveryPoints = Array.from({ length: n }, (_, i) => ({
        vault: { account: ACCOUNT, region: REGION, name: 'production' },
        resourceArn: VOLUME,
        created: new Date(base + i * 3_600_000).toISOString(),
        tags: {
          'backup-plans:plan': 'prod',
          'backup-plans:slot': new Date(base + i * 3_600_000).toISOString(),
        },
      }));
      return world;
    }

    // Speed is measured by bench/simulator.bench.ts (ratios, not timings: CI machines are shared).
    it(`seeds ${fmt(size.seeded)} recovery points`, async () => {
      const h = await startSimulator({ world: bigWorld(size.seeded) });
      try {
        expect(h.sim.state.points.size).toBe(size.seeded);
      } finally {
        await h.close();
      }
    });

    it(`lists ${fmt(size.listed)} points across pages and deletes ${fmt(size.deleted)} of them through the SDK`, async () => {
      const h = await startSimulator({ world: bigWorld(size.listed) });
      try {
        const { backup } = clients(h.url);
        const arns: string[] = [];
        let token: string | undefined;
        do {
          const page = await backup.send(
            new ListRecoveryPointsByBackupVaultCommand({
              BackupVaultName: 'production',
              MaxResults: 1000,
              NextToken: token,
            }),
          );
          arns.push(...page.RecoveryPoints!.map((p) => p.RecoveryPointArn!));
          token = page.NextToken;
        } while (token);
        expect(arns).toHaveLength(size.listed);
        for (const arn of arns.slice(0, size.deleted))
          await backup.send(
            new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
          );
        h.sim.advance(60); // deletion is asynchronous: DELETING, then gone
        expect(h.sim.state.points.size).toBe(size.listed - size.deleted);
      } finally {
        await h.close();
      }
    });
  });
}
