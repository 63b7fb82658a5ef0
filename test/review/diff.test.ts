import { describe, expect, it } from 'vitest';
import { diffPlans, type Change, type ChangeKind } from '../../src/review/diff.js';
import { Timelines } from '../../src/review/steady-state.js';
import { BASE_PLAN, edit, plansFrom } from './plans.js';

const NOW = new Date('2026-11-30T12:00:00Z');

async function diff(
  head: Record<string, string>,
  base: Record<string, string> = { prod: BASE_PLAN },
  defaultNamespace?: string,
): Promise<Change[]> {
  return diffPlans(await plansFrom(base), await plansFrom(head), {
    timelines: new Timelines(NOW),
    ...(defaultNamespace ? { defaultNamespace } : {}),
  });
}

const kinds = (changes: Change[]) => changes.map((c) => [c.kind, c.destructive] as [ChangeKind, boolean]);

describe('diffPlans', () => {
  it('finds nothing between identical plans', async () => {
    expect(await diff({ prod: BASE_PLAN })).toEqual([]);
  });

  it('plan added is additive, plan removed is destructive', async () => {
    const other = edit(
      BASE_PLAN,
      ['vault: production', 'vault: other'],
      ['db:orders', 'db:billing'],
      ['volume/vol-1', 'volume/vol-7'],
    );
    const added = await diff({ prod: BASE_PLAN, other });
    expect(kinds(added)).toEqual([['plan-added', false]]);
    expect(added[0]).toMatchObject({ plan: 'other', rule: null });
    const removed = await diff({ other }, { prod: BASE_PLAN, other });
    expect(kinds(removed)).toEqual([['plan-removed', true]]);
    expect(removed[0]!.detail).toMatch(/orphans/);
  });

  it('rule added is additive; rule removed (also by renaming) is destructive', async () => {
    const added = await diff({
      prod: `${BASE_PLAN}  weekly:\n    schedule: "0 4 * * 0"\n    retain: { days: 35 }\n`,
    });
    expect(kinds(added)).toEqual([['rule-added', false]]);
    expect(added[0]).toMatchObject({ rule: 'weekly' });
    const renamed = await diff({ prod: edit(BASE_PLAN, ['  daily:\n', '  nightly:\n']) });
    expect(kinds(renamed).sort()).toEqual([
      ['rule-added', false],
      ['rule-removed', true],
    ]);
  });

  it('resources and selectors: removal is destructive, addition is not; excludes the other way round', async () => {
    const changes = await diff({
      prod: edit(
        BASE_PLAN,
        [
          '    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-1\n',
          '    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-2\n',
        ],
        [
          '    - tags: { backup: daily }\n      types: [ec2:volume]\n',
          '    - tags: { backup: hourly }\n  exclude:\n    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-9\n',
        ],
      ),
    });
    expect(kinds(changes)).toEqual([
      ['resource-removed', true],
      ['selector-removed', true],
      ['resource-added', false],
      ['selector-added', false],
      ['exclude-added', true],
    ]);
    const unexcluded = await diff(
      { prod: BASE_PLAN },
      {
        prod: edit(BASE_PLAN, [
          'rules:',
          '  exclude:\n    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-9\nrules:',
        ]),
      },
    );
    expect(kinds(unexcluded)).toEqual([['exclude-removed', false]]);
  });

  it('a tag selector written in another key order is the same selector', async () => {
    const base = edit(BASE_PLAN, ['tags: { backup: daily }', 'tags: { backup: daily, team: db }']);
    const head = edit(BASE_PLAN, ['tags: { backup: daily }', 'tags: { team: db, backup: daily }']);
    expect(await diff({ prod: head }, { prod: base })).toEqual([]);
  });

  it('schedule: RPO before/after from the longest gap; further apart is destructive, closer is not', async () => {
    const weekdays = await diff({ prod: edit(BASE_PLAN, ['"0 3 * * *"', '"0 3 * * 1-5"']) });
    expect(kinds(weekdays)).toContainEqual(['schedule-changed', true]);
    expect(weekdays.find((c) => c.kind === 'schedule-changed')!.detail).toContain(
      'RPO (longest gap between backups) 1d → 3d',
    );
    const twice = await diff({ prod: edit(BASE_PLAN, ['"0 3 * * *"', '"0 3,15 * * *"']) });
    expect(kinds(twice)).toEqual([['schedule-changed', false]]);
    expect(twice[0]!.detail).toContain('1d → 12h');
  });

  it('retention shortened per keep bucket is destructive and shows the oldest restorable date before/after', async () => {
    const changes = await diff({ prod: edit(BASE_PLAN, ['monthly: 12', 'monthly: 3']) });
    expect(kinds(changes)).toEqual([['retention-shortened', true]]);
    expect(changes[0]!.detail).toContain('keep.monthly 12 → 3');
    expect(changes[0]!.detail).toMatch(/oldest 2025-12-31 → .*oldest 2026-09-30/);
  });

  it('retention lengthened is additive; days shortened is destructive', async () => {
    const longer = await diff({ prod: edit(BASE_PLAN, ['daily: 7', 'daily: 14']) });
    expect(kinds(longer)).toEqual([['retention-lengthened', false]]);
    const copyShorter = await diff({
      prod: edit(BASE_PLAN, ['retain: { days: 90 }', 'retain: { days: 30 }']),
    });
    expect(kinds(copyShorter)).toEqual([['retention-shortened', true]]);
    expect(copyShorter[0]!.detail).toMatch(
      /^days 90 → 30 \(copy to production-dr \(123456789012, eu-central-1\)\): points older/,
    );
    expect(copyShorter[0]!.detail).toContain('90 points');
  });

  it('a hard limit added deletes kept points: destructive', async () => {
    const changes = await diff({
      prod: edit(BASE_PLAN, [
        'keep: { daily: 7, weekly: 4, monthly: 12 }',
        'keep: { daily: 7, weekly: 4, monthly: 12 }\n      hardLimitDays: 100',
      ]),
    });
    expect(kinds(changes)).toEqual([['retention-shortened', true]]);
  });

  it('switching days to keep is judged by its steady state', async () => {
    const base = edit(BASE_PLAN, ['keep: { daily: 7, weekly: 4, monthly: 12 }', 'days: 35']);
    const toLess = await diff(
      { prod: edit(BASE_PLAN, ['keep: { daily: 7, weekly: 4, monthly: 12 }', 'keep: { daily: 7 }']) },
      { prod: base },
    );
    expect(kinds(toLess)).toContainEqual(['retention-changed', true]);
    // Fewer points (35 → about 20) though reaching further back: the daily points of days 8–35 go.
    expect(kinds(await diff({ prod: BASE_PLAN }, { prod: base }))).toEqual([['retention-changed', true]]);
    const more = edit(BASE_PLAN, [
      'keep: { daily: 7, weekly: 4, monthly: 12 }',
      'keep: { daily: 35, monthly: 12 }',
    ]);
    const toMore = await diff({ prod: more }, { prod: base });
    expect(kinds(toMore)).toContainEqual(['retention-changed', false]);
  });

  it('copies: removed is destructive, added is not', async () => {
    const removed = await diff({
      prod: edit(BASE_PLAN, [
        '    copyTo:\n      - region: eu-central-1\n        vault: production-dr\n        retain: { days: 90 }\n',
        '',
      ]),
    });
    expect(kinds(removed)).toEqual([['copy-removed', true]]);
    const added = await diff({
      prod: `${BASE_PLAN}      - region: us-east-1\n        vault: far-away\n        retain: { days: 30 }\n`,
    });
    expect(kinds(added)).toEqual([['copy-added', false]]);
  });

  it('vault, account and region changes orphan existing points; a role change does not', async () => {
    const changes = await diff({
      prod: edit(
        BASE_PLAN,
        ['vault: production\n', 'vault: production2\n'],
        [
          '  role: arn:aws:iam::123456789012:role/backup-plans',
          '  role: arn:aws:iam::123456789012:role/backup-plans-v2',
        ],
      ),
    });
    expect(kinds(changes)).toEqual([
      ['vault-changed', true],
      ['role-changed', false],
    ]);
    expect(changes[0]!.detail).toMatch(/orphans/);
    const moved = await diff({
      prod: BASE_PLAN.replaceAll('123456789012', '210987654321').replaceAll('eu-west-1', 'eu-north-1'),
    });
    expect(kinds(moved).slice(0, 2)).toEqual([
      ['account-changed', true],
      ['region-changed', true],
    ]);
  });

  it('a namespace change is destructive and says that every existing point becomes an orphan', async () => {
    const set = await diff(
      { prod: `namespace: acme/new-name\n${BASE_PLAN}` },
      { prod: BASE_PLAN },
      'acme/infra',
    );
    expect(kinds(set)).toEqual([['namespace-changed', true]]);
    expect(set[0]!.detail).toContain('acme/infra → acme/new-name');
    expect(set[0]!.detail).toMatch(/every existing recovery point .* orphans/);
    // Writing down the default namespace explicitly changes nothing.
    expect(
      await diff({ prod: `namespace: acme/infra\n${BASE_PLAN}` }, { prod: BASE_PLAN }, 'acme/infra'),
    ).toEqual([]);
  });

  it('other rule settings are reported, not destructive', async () => {
    const changes = await diff({
      prod: edit(BASE_PLAN, [
        '    schedule: "0 3 * * *"\n',
        '    schedule: "0 3 * * *"\n    startWithin: 2h\n    retries: 1\n',
      ]),
    });
    expect(kinds(changes)).toEqual([
      ['setting-changed', false],
      ['setting-changed', false],
    ]);
    expect(changes.map((c) => c.detail)).toEqual(['startWithin 1h → 2h', 'retries 3 → 1']);
  });
});
