// prune and legal holds, end to end: holds are matched point by point (ListRecoveryPointsByLegalHold),
// canceled holds protect nothing, and holds that cannot be read stop every deletion in that account
// and region with a note that says why.
import { BackupClient, CancelLegalHoldCommand, CreateLegalHoldCommand } from '@aws-sdk/client-backup';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  REGION,
  startPruneWorld,
  type PruneWorld,
  type SeededPoint,
} from '../prune/e2e-world.js';

let world: PruneWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const FS = fileSystem('fs-1');
const NEWEST = new Date('2026-09-01T03:00:00Z');

interface Report {
  totals: { deleted: number; guarded: Record<string, number> };
  errors: string[];
  vaults: {
    vault: string;
    notes: string[];
    error?: string;
    groups: { points: { arn: string; outcome: string; guard?: string; reasons: string[] }[] }[];
  }[];
}

/** A world with one resource's history, and two points that the policy removes alike. */
async function setup(): Promise<{ points: SeededPoint[]; removed: SeededPoint[] }> {
  const points = history(FS, 40, NEWEST);
  const expected = expectedRemovals(points);
  const removed = points.filter((p) => expected.has(p.arn));
  expect(removed.length).toBeGreaterThan(5);
  world = await startPruneWorld(
    baseWorld({ resources: [{ arn: FS, tags: { backup: 'daily' } }], recoveryPoints: points }),
  );
  world.writePlan('prod', planYaml());
  return { points, removed };
}

function backupClient(): BackupClient {
  return new BackupClient({
    endpoint: world!.sim.url,
    region: REGION,
    credentials: { accessKeyId: 'AKIAHOLDSTEST0000001', secretAccessKey: 'test' },
  });
}

/** A hold on exactly one point (its resource and its creation time). */
async function holdOn(backup: BackupClient, title: string, point: SeededPoint): Promise<string> {
  const at = new Date(point.created);
  const out = await backup.send(
    new CreateLegalHoldCommand({
      Title: title,
      Description: title,
      RecoveryPointSelection: {
        VaultNames: ['production'],
        ResourceIdentifiers: [FS],
        DateRange: { FromDate: at, ToDate: at },
      },
    }),
  );
  return out.LegalHoldId!;
}

function pointReport(report: Report, arn: string) {
  return report.vaults.flatMap((v) => v.groups.flatMap((g) => g.points)).find((p) => p.arn === arn);
}

describe('prune and legal holds', () => {
  it('skips only the held point: an equally prunable unheld one and one under a canceled hold are deleted', async () => {
    const { removed } = await setup();
    const [held, unheld, released] = [removed[1]!, removed[2]!, removed[3]!];
    const backup = backupClient();
    await holdOn(backup, 'litigation 42', held);
    const canceled = await holdOn(backup, 'old audit', released);
    await backup.send(new CancelLegalHoldCommand({ LegalHoldId: canceled, CancelDescription: 'done' }));

    const run = await world!.run({ 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    world!.settleDeletions(); // AWS deletes asynchronously
    const left = await world!.pointArns();
    expect(left.has(held.arn)).toBe(true);
    expect(left.has(unheld.arn)).toBe(false);
    expect(left.has(released.arn)).toBe(false);
    // Every other removal went through as well: the hold is per point, not per vault.
    for (const p of removed) expect(left.has(p.arn), p.arn).toBe(p === held);

    const report = run.reportJson as Report;
    expect(report.totals.guarded['legal-hold']).toBe(1);
    expect(report.totals.deleted).toBe(removed.length - 1);
    const r = pointReport(report, held.arn)!;
    expect(r).toMatchObject({ outcome: 'guarded', guard: 'legal-hold' });
    expect(r.reasons.join('\n')).toContain('under legal hold "litigation 42"');
    expect(run.summary).toMatch(/legal hold/);
  });

  it('holds it cannot read (AccessDenied) stop every deletion in the account and region, and say why', async () => {
    const { points } = await setup();
    const backup = backupClient();
    await holdOn(backup, 'litigation 42', points[5]!);
    world!.sim.sim.addFault({
      operation: 'ListRecoveryPointsByLegalHold',
      fail: {
        count: 1000,
        error: 'AccessDeniedException',
        message: 'not allowed: backup:ListRecoveryPointsByLegalHold',
      },
    });

    const run = await world!.run({ 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    expect((await world!.pointArns()).size).toBe(points.length);
    const report = run.reportJson as Report;
    expect(report.totals.deleted).toBe(0);
    expect(report.totals.guarded['holds-unreadable']).toBeGreaterThan(0);
    expect(report.totals.guarded['legal-hold']).toBeUndefined();
    const note = report.vaults[0]!.notes.find((n) => n.startsWith('legal holds could not be read'));
    expect(note).toMatch(/AccessDeniedException/);
    expect(note).toContain('backup:ListRecoveryPointsByLegalHold');
    expect(note).toContain(`no point in ${ACCOUNT}/${REGION} was deleted`);
    expect(run.summary).toContain('legal holds could not be read');
  });

  it('any other error reading holds fails the vault’s scan instead of being guessed around: nothing deleted', async () => {
    const { points } = await setup();
    world!.sim.sim.addFault({
      operation: 'ListLegalHolds',
      fail: { count: 1000, error: 'InvalidParameterValueException', message: 'bad token' },
    });
    const run = await world!.run({ 'max-deletions': 1000 });
    expect(run.exitCode).not.toBe(0);
    expect((await world!.pointArns()).size).toBe(points.length);
    const report = run.reportJson as Report;
    expect(report.vaults[0]!.error).toMatch(/could not be scanned.*InvalidParameterValueException/s);
  });
});
