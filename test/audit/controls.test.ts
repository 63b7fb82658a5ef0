// The audit's pure control evaluation and the RPO a schedule implies.
import { describe, expect, it } from 'vitest';
import type { AuditPoint, AuditVault } from '../../src/aws/audit.js';
import { awsSelectionMatches, evaluateControls, type AuditInput } from '../../src/audit/controls.js';
import { ruleRpo } from '../../src/audit/rpo.js';
import { resolvePlan } from '../../src/plan/resolve.js';

const ACCOUNT = '123456789012';
const VOLUME = `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-1`;
const NOW = new Date('2026-03-08T12:00:00Z');

function plan(
  retain: Record<string, unknown> = { days: 35 },
  copyRetain: Record<string, unknown> = { days: 90 },
) {
  return resolvePlan('prod', 'backup-plans/prod.yml', {
    version: 1,
    namespace: 'acme/infra',
    aws: {
      account: ACCOUNT,
      region: 'eu-west-1',
      role: `arn:aws:iam::${ACCOUNT}:role/backup-plans`,
      backupRole: `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`,
    },
    vault: 'production',
    resources: { include: [{ tags: { backup: 'daily' }, types: ['ec2:volume'] }] },
    rules: {
      daily: {
        schedule: '0 3 * * *',
        startWithin: '1h',
        completeWithin: '2h',
        retain,
        copyTo: [{ region: 'eu-central-1', vault: 'production-dr', retain: copyRetain }],
      },
    },
  } as never);
}

const point = (n: number, created: string, extra: Partial<AuditPoint> = {}): AuditPoint => ({
  arn: `arn:aws:ec2:eu-west-1::snapshot/snap-${n}`,
  resourceArn: VOLUME,
  status: 'COMPLETED',
  created: new Date(created),
  encrypted: true,
  deleteAfterDays: 35,
  tags: {
    'backup-plans:namespace': 'acme/infra',
    'backup-plans:plan': 'prod',
    'backup-plans:rules': 'daily',
  },
  ...extra,
});
const vault = (name: string, points: AuditPoint[], extra: Partial<AuditVault> = {}): AuditVault => ({
  name,
  encryptionKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1',
  locked: false,
  points,
  ...extra,
});

function input(over: Partial<AuditInput> = {}): AuditInput {
  const p = plan();
  return {
    plan: p,
    namespace: 'acme/infra',
    now: NOW,
    resources: [{ arn: VOLUME, tags: { backup: 'daily' } }],
    source: { ok: true, vault: vault('production', [point(1, '2026-03-08T03:01:00Z')]) },
    copies: [
      {
        rule: 'daily',
        account: ACCOUNT,
        region: 'eu-central-1',
        vault: 'production-dr',
        retain: p.rules[0]!.copyTo[0]!.retain,
        reading: {
          ok: true,
          vault: vault('production-dr', [point(2, '2026-03-08T03:01:00Z', { deleteAfterDays: 90 })]),
        },
      },
    ],
    tagMatches: [{ via: 'tags backup=daily', arns: [VOLUME] }],
    protectedByPlans: new Set(),
    awsSelections: [],
    ...over,
  };
}
const failing = (i: AuditInput) => evaluateControls(i).filter((c) => c.status === 'fail');

describe('ruleRpo', () => {
  /** The schedule's part of the RPO: its longest gap over the year before NOW. */
  const gapMinutes = (schedule: string, timezone: string) =>
    ruleRpo({ schedule, timezone, startWithinMinutes: 0, completeWithinMinutes: 0 }, NOW)?.gapMinutes;
  it('is the longest slot gap plus the windows and an hour of slack', () => {
    const rpo = ruleRpo(plan().rules[0]!, NOW)!;
    expect(rpo).toMatchObject({ gapMinutes: 1440, minutes: 1440 + 60 + 120 + 60 });
  });
  it('weekdays only: the weekend makes the longest gap three days', () => {
    expect(gapMinutes('0 3 * * 1-5', 'UTC')).toBe(3 * 1440);
  });
  it('a DST change lengthens a local daily schedule by an hour', () => {
    // Europe/Berlin falls back on 2025-10-26: 03:00 local to 03:00 local is 25 hours then.
    expect(gapMinutes('0 3 * * *', 'Europe/Berlin')).toBe(25 * 60);
  });
});

describe('evaluateControls', () => {
  it('passes every control for a fresh, encrypted, retained and copied resource', () => {
    expect(failing(input())).toEqual([]);
  });

  it('fails rpo at the first minute past the RPO, not before', () => {
    const rpoMs = (1440 + 240) * 60_000;
    const created = new Date('2026-03-08T03:01:00Z').getTime();
    expect(failing(input({ now: new Date(created + rpoMs) }))).toEqual([]);
    const late = failing(input({ now: new Date(created + rpoMs + 60_000) }));
    expect(late.map((c) => c.control)).toEqual(['rpo']);
  });

  it('counts only this plan’s points of the rule for the RPO', () => {
    const other = point(1, '2026-03-08T03:01:00Z', { tags: { 'backup-plans:plan': 'other' } });
    const r = failing(input({ source: { ok: true, vault: vault('production', [other]) } }));
    expect(r.map((c) => c.control)).toEqual(['rpo']);
    expect(r[0]!.evidence).toMatch(/^no completed point/);
  });

  it('fails retention for a point whose lifecycle is shorter than retain.days', () => {
    const short = point(1, '2026-03-08T03:01:00Z', { deleteAfterDays: 7 });
    const r = failing(input({ source: { ok: true, vault: vault('production', [short]) } }));
    expect(r.map((c) => c.control)).toEqual(['retention']);
    expect(r[0]!.evidence).toContain('DeleteAfterDays 7');
  });

  it('fails retention for GFS points that expire on their own in an unlocked vault', () => {
    const p = plan({ keep: { daily: 7 } });
    const r = failing(input({ plan: p }));
    expect(r.map((c) => c.control)).toEqual(['retention']);
    const none = point(1, '2026-03-08T03:01:00Z', { deleteAfterDays: undefined });
    expect(failing(input({ plan: p, source: { ok: true, vault: vault('production', [none]) } }))).toEqual([]);
  });

  it('fails retention when the vault lock’s maximum is below the rule’s days', () => {
    const v = vault('production', [point(1, '2026-03-08T03:01:00Z')], { locked: true, maxRetentionDays: 30 });
    const r = failing(input({ source: { ok: true, vault: v } }));
    expect(r.map((c) => c.control)).toEqual(['retention']);
  });

  it('fails encryption when any point of the resource, source or copy, is unencrypted', () => {
    const i = input();
    const copy = i.copies[0]!;
    if (copy.reading.ok) copy.reading.vault.points[0]!.encrypted = false;
    const r = failing(i);
    expect(r.map((c) => c.control)).toEqual(['encrypted']);
    expect(r[0]!.evidence).toContain('production-dr');
  });

  it('fails copy for an unreadable destination', () => {
    const i = input();
    i.copies[0]!.reading = { ok: false, error: 'AccessDenied' };
    expect(failing(i).map((c) => `${c.control}: ${c.evidence}`)).toEqual([
      'copy: cross-region copy not verifiable: AccessDenied',
    ]);
  });

  it('ignores snapshots, excluded ARNs and resources other plans protect when looking for unprotected ones', () => {
    const db = `arn:aws:rds:eu-west-1:${ACCOUNT}:db:orders`;
    const snapshot = 'arn:aws:ec2:eu-west-1::snapshot/snap-9';
    const i = input({ tagMatches: [{ via: 'tags backup=daily', arns: [VOLUME, snapshot, db] }] });
    expect(failing(i).map((c) => c.control)).toEqual(['unprotected']);
    expect(failing({ ...i, protectedByPlans: new Set([db]) })).toEqual([]);
  });

  it('vault lock is information while plans cannot ask for one', () => {
    const lock = evaluateControls(input()).filter((c) => c.control === 'vault-lock');
    expect(lock.map((c) => c.status)).toEqual(['info', 'info']);
  });
});

describe('awsSelectionMatches', () => {
  const sel = {
    planName: 'p',
    planId: '1',
    selectionName: 's',
    resources: [] as string[],
    notResources: [] as string[],
    listOfTags: [] as { key: string; value: string }[],
    conditions: [] as { operator: 'StringEquals'; key: string; value: string }[],
  };
  it('matches wildcard resources unless NotResources names the resource', () => {
    expect(awsSelectionMatches({ ...sel, resources: ['arn:aws:ec2:*:*:volume/*'] }, VOLUME, {})).toBe(true);
    expect(awsSelectionMatches({ ...sel, resources: ['*'], notResources: [VOLUME] }, VOLUME, {})).toBe(false);
  });
  it('ListOfTags: any tag selects; Conditions: all must hold', () => {
    const tags = { backup: 'daily' };
    expect(
      awsSelectionMatches(
        {
          ...sel,
          listOfTags: [
            { key: 'backup', value: 'weekly' },
            { key: 'backup', value: 'daily' },
          ],
        },
        VOLUME,
        tags,
      ),
    ).toBe(true);
    expect(
      awsSelectionMatches({ ...sel, listOfTags: [{ key: 'backup', value: 'weekly' }] }, VOLUME, tags),
    ).toBe(false);
    const cond = (value: string) => ({
      operator: 'StringEquals' as const,
      key: 'aws:ResourceTag/backup',
      value,
    });
    expect(awsSelectionMatches({ ...sel, resources: ['*'], conditions: [cond('daily')] }, VOLUME, tags)).toBe(
      true,
    );
    expect(
      awsSelectionMatches({ ...sel, resources: ['*'], conditions: [cond('daily'), cond('x')] }, VOLUME, tags),
    ).toBe(false);
  });
});

describe('drill control (restore drilled within N days)', () => {
  const drilled = (tag?: string) => {
    const p = plan();
    p.rules[0]!.drill = { everyMinutes: 30 * 1440 };
    const tags = {
      ...point(1, '2026-03-08T03:01:00Z').tags!,
      ...(tag ? { 'backup-plans:drilled': tag } : {}),
    };
    return input({
      plan: p,
      source: { ok: true, vault: vault('production', [point(1, '2026-03-08T03:01:00Z', { tags })]) },
    });
  };
  const drill = (i: AuditInput) => evaluateControls(i).filter((c) => c.control === 'drill');

  it('is evaluated only for rules with a drill key', () => {
    expect(drill(input())).toEqual([]);
  });
  it('passes on a drilled tag within every, and names it', () => {
    const [c] = drill(drilled('2026-03-08T06:00:00Z ok'));
    expect(c).toMatchObject({ status: 'pass', rule: 'daily', resource: VOLUME });
    expect(c!.evidence).toContain('backup-plans:drilled=2026-03-08T06:00:00Z ok');
  });
  it('passes on a completed restore job of one of the points (AWS restore job history)', () => {
    const i = drilled();
    i.restoreJobs = [
      {
        id: 'job-1',
        pointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1',
        status: 'COMPLETED',
        created: new Date('2026-03-08T05:00:00Z'),
        completed: new Date('2026-03-08T05:30:00Z'),
      },
    ];
    expect(drill(i)[0]).toMatchObject({ status: 'pass' });
    expect(drill(i)[0]!.evidence).toContain('restore job job-1');
  });
  it('fails without evidence, with a failed last drill, and with a drill older than every', () => {
    expect(drill(drilled())[0]).toMatchObject({ status: 'fail' });
    expect(drill(drilled())[0]!.evidence).toContain('no completed restore job, no backup-plans:drilled tag');
    expect(drill(drilled('2026-03-08T06:00:00Z failed'))[0]!.evidence).toMatch(/^last drill failed/);
    const old = drill(drilled('2026-02-01T00:00:00Z ok'))[0]!;
    expect(old.status).toBe('fail');
    expect(old.evidence).toContain('longer than 30d');
  });
});
