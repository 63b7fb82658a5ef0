// What a prune run does with its decisions, and how outcomes land in the report (pure).
import { describe, expect, it } from 'vitest';
import {
  applyCap,
  markDryRun,
  planActions,
  recordLifecycleOutcome,
  recordOutcome,
} from '../../src/prune/actions.js';
import type { PointDecision, PointInfo, VaultRef } from '../../src/prune/model.js';
import { emptyVaultReport, pruneBody, vaultReport } from '../../src/prune/report-body.js';
import type { VaultScan } from '../../src/prune/scan.js';
import type { FailureReport } from '../../src/report/prune.js';

const VAULT: VaultRef = {
  account: '123456789012',
  region: 'eu-west-1',
  vault: 'production',
  role: 'arn:aws:iam::123456789012:role/backup-plans',
};
const VOL = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const point = (i: number): PointInfo => ({
  arn: `arn:aws:ec2:eu-west-1::snapshot/snap-${i}`,
  resourceArn: VOL,
  created: new Date(Date.UTC(2026, 5, 30 - i)),
  status: 'COMPLETED',
  ownership: { namespace: 'acme/infra', plan: 'prod', rules: ['daily'] },
});

/** A scanned vault with one group: decisions newest first, as decideGroup gives them. */
function scanned(decisions: PointDecision[]) {
  const scan: VaultScan = {
    vault: VAULT,
    listed: decisions.length,
    groups: [{ planId: 'prod', resourceArn: VOL, vault: VAULT, decisions }],
    orphans: [],
    reservedResources: [],
    unowned: 0,
    notOurs: 0,
    notes: [],
    source: new Map(),
    key: '123456789012/eu-west-1/production',
  };
  return { scan, report: vaultReport(emptyVaultReport(VAULT), scan) };
}

const keep = (p: PointInfo): PointDecision => ({ kind: 'keep', point: p, reasons: ['kept'] });
const remove = (p: PointInfo): PointDecision => ({ kind: 'remove', point: p, reasons: ['gone'] });

describe('planActions and applyCap', () => {
  it('removes oldest first, shortens what the decision says, and the cap guards the rest', () => {
    const [p0, p1, p2, p3] = [0, 1, 2, 3].map(point);
    const v = scanned([
      keep(p0!),
      { kind: 'shorten', point: p1!, fromDays: 90, toDays: 35, reasons: [] },
      remove(p2!),
      remove(p3!),
    ]);
    const { removals, shortenings } = planActions([v, { report: emptyVaultReport(VAULT) }]);
    expect(removals.map((r) => r.candidate.point)).toEqual([p3, p2]);
    expect(shortenings.map((s) => [s.change.point, s.change.toDays])).toEqual([[p1, 35]]);
    const { allowed, capped } = applyCap(removals, 1);
    expect(allowed.map((r) => r.candidate.point)).toEqual([p3]);
    expect(capped[0]!.point).toMatchObject({ outcome: 'guarded', guard: 'cap' });
    markDryRun(allowed, shortenings);
    expect(allowed[0]!.point.outcome).toBe('would-delete');
    expect(shortenings[0]!.point.outcome).toBe('would-shorten');
  });
});

describe('recordOutcome', () => {
  it('deleted, failed (EXPIRED), and skipped outcomes; says when the catalog must forget the point', () => {
    const v = scanned([remove(point(1)), remove(point(2)), remove(point(3))]);
    const [a, b, c] = planActions([v]).removals;
    const failures: FailureReport[] = [];
    expect(
      recordOutcome({ kind: 'deleted', candidate: a!.candidate, pending: true }, a!.point, failures),
    ).toBe(true);
    expect(a!.point).toMatchObject({ outcome: 'deleted', message: 'DELETING: AWS finishes the deletion' });
    expect(
      recordOutcome(
        { kind: 'failed', candidate: b!.candidate, message: 'EXPIRED', expired: true },
        b!.point,
        failures,
      ),
    ).toBe(false);
    expect(failures).toEqual([
      {
        vault: '123456789012/eu-west-1/production',
        arn: b!.candidate.point.arn,
        message: 'EXPIRED',
        expired: true,
      },
    ]);
    expect(
      recordOutcome(
        { kind: 'skipped', candidate: c!.candidate, why: 'ownership-changed', message: 'm' },
        c!.point,
        failures,
      ),
    ).toBe(true);
    expect(c!.point).toMatchObject({ outcome: 'guarded', guard: 'ownership-changed' });
    expect(
      recordOutcome(
        { kind: 'skipped', candidate: c!.candidate, why: 'busy', message: 'm' },
        c!.point,
        failures,
      ),
    ).toBe(false);
  });

  it('lifecycle outcomes: shortened, or kept with the message (a failure recorded)', () => {
    const v = scanned([{ kind: 'shorten', point: point(1), fromDays: 90, toDays: 35, reasons: [] }]);
    const [s] = planActions([v]).shortenings;
    const failures: FailureReport[] = [];
    recordLifecycleOutcome({ kind: 'failed', change: s!.change, message: 'denied' }, s!.point, failures);
    expect(s!.point).toMatchObject({ outcome: 'kept', message: 'denied' });
    expect(failures).toHaveLength(1);
    recordLifecycleOutcome({ kind: 'shortened', change: s!.change }, s!.point, failures);
    expect(s!.point.outcome).toBe('shortened');
  });
});

describe('pruneBody', () => {
  it('counts outcomes per group and in total, drops empty groups, says when the cap stopped it', () => {
    const [p0, p1, p2] = [0, 1, 2].map(point);
    const v = scanned([keep(p0!), remove(p1!), remove(p2!)]);
    const { removals } = planActions([v]);
    const { allowed } = applyCap(removals, 1);
    recordOutcome(
      { kind: 'deleted', candidate: allowed[0]!.candidate, pending: false },
      allowed[0]!.point,
      [],
    );
    const empty = { ...emptyVaultReport(VAULT), vault: 'other' };
    empty.groups.push({
      plan: 'x',
      resourceArn: VOL,
      kept: 0,
      removed: 0,
      deleted: 0,
      guarded: 0,
      failed: 0,
      points: [],
    });
    const body = pruneBody({
      dryRun: false,
      maxDeletions: 1,
      applyRetentionToExisting: false,
      reports: [v.report, empty],
      failures: [],
      errors: [],
      capped: 1,
      deletionRate: 2,
    });
    expect(body.stoppedEarly).toEqual({ limit: 1, remaining: 1 });
    expect(body.vaults[1]!.groups).toEqual([]);
    expect(body.vaults[0]!.groups[0]).toMatchObject({
      kept: 1,
      removed: 2,
      deleted: 1,
      guarded: 1,
      failed: 0,
    });
    expect(body.totals).toMatchObject({
      listed: 3,
      owned: 3,
      kept: 1,
      removed: 2,
      deleted: 1,
      guarded: { cap: 1 },
    });
    expect(body.deletionRate).toBe(2);
  });

  it('counts each outcome once: kept, shortened and would-shorten are kept; the rest removed', () => {
    const outcomes = [
      'kept',
      'shortened',
      'would-shorten',
      'deleted',
      'would-delete',
      'guarded',
      'failed',
      'failed',
    ] as const;
    const report = emptyVaultReport(VAULT);
    report.groups.push({
      plan: 'x',
      resourceArn: VOL,
      kept: 0,
      removed: 0,
      deleted: 0,
      guarded: 0,
      failed: 0,
      points: outcomes.map((outcome, i) => ({
        arn: `arn:${i}`,
        created: '2026-01-01T00:00:00.000Z',
        status: 'COMPLETED',
        rules: ['daily'],
        outcome,
        reasons: [],
      })),
    });
    const body = pruneBody({
      dryRun: false,
      maxDeletions: 50,
      applyRetentionToExisting: true,
      reports: [report],
      failures: [],
      errors: [],
      capped: 0,
    });
    expect(body.vaults[0]!.groups[0]).toMatchObject({
      kept: 3,
      removed: 5,
      deleted: 1,
      guarded: 1,
      failed: 2,
    });
    expect(body.totals).toMatchObject({ kept: 3, removed: 5, deleted: 1, wouldDelete: 1, shortened: 2 });
  });
});
