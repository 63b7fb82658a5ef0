// Every way we could think of to make prune delete what it must not, in one world, end to end:
// unowned, another namespace, another plan, the newest point, an orphaned plan (file removed), a
// removed rule, a resource no longer selected, a locked vault inside its minimum retention, a legal
// hold, and a stale catalog that claims ownership of points whose tags were removed or changed.
// Control points that SHOULD go are in the same world, so the test cannot pass by deleting nothing:
// the set of deleted points must equal exactly the set computed from the retention engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention } from '../../src/retention/engine.js';
import {
  ACCOUNT,
  baseWorld,
  history,
  ownership,
  planYaml,
  pointArn,
  REGION,
  startPruneWorld,
  volume,
  type PruneWorld,
  type SeededPoint,
} from '../prune/e2e-world.js';

const NEWEST = new Date('2026-09-01T03:00:00Z'); // the simulator's clock starts at 2026-09-01T12:00Z
const DR_REGION = 'eu-central-1';
const VOL = volume('vol-a');
const locked = { account: ACCOUNT, region: REGION, name: 'locked' };
const dr = { account: ACCOUNT, region: DR_REGION, name: 'dr' };

const RULES = [
  'rules:',
  '  daily:',
  '    schedule: "0 3 * * *"',
  '    retain:',
  '      keep: { daily: 5 }',
  '    copyTo:',
  `      - region: ${REGION}`,
  '        vault: locked',
  '        retain: { keep: { last: 1 } }',
  `      - region: ${DR_REGION}`,
  '        vault: dr',
  '        retain: { keep: { last: 1 } }',
].join('\n');

function odd(name: string, resourceArn: string, daysAgo: number, tags?: Record<string, string>): SeededPoint {
  const created = new Date(NEWEST.getTime() - daysAgo * 86_400_000 - 3_600_000);
  return {
    vault: 'production',
    resourceArn,
    arn: pointArn(resourceArn, `odd/${name}`),
    created: created.toISOString(),
    ...(tags ? { tags } : {}),
    rules: [],
    owned: false,
  };
}

describe('prune never deletes what it must not', () => {
  let world: PruneWorld;
  const source = history(VOL, 20, NEWEST, 'prod', 'production', 24); // 20 daily points
  // Copies this tool made carry the backup-plans:copy-job marker (a copy without it is someone else's).
  const ours = (points: SeededPoint[]) =>
    points.map((p, i) => ({ ...p, tags: { ...p.tags, 'backup-plans:copy-job': `copy-job-${i}` } }));
  const copiesLocked = ours(history(VOL, 20, NEWEST, 'prod', locked, 72)); // every 3 days, 57 days back
  const copiesDr = ours(history(VOL, 6, NEWEST, 'prod', dr, 72));
  const stale = {
    // catalog claims ours; its tags are gone (an old point: the engine would remove it)
    removedTags: odd('stale-removed', VOL, 40),
    // catalog claims ours; its tags now name another namespace (newest in its day: would be kept)
    changedTags: {
      ...odd('stale-changed', VOL, 0, ownership('prod', ['daily'], NEWEST, 'someone/else')),
      created: new Date(NEWEST.getTime() + 3_600_000).toISOString(),
    },
  };
  const mustStay: Record<string, SeededPoint> = {
    unowned: odd('unowned', VOL, 30),
    otherNamespace: odd('other-ns', VOL, 31, ownership('prod', ['daily'], NEWEST, 'other/repo')),
    otherPlan: odd('other-plan', VOL, 32, ownership('staging', ['daily'], NEWEST)),
    orphanPlan: odd('orphan-plan', VOL, 33, ownership('old', ['daily'], NEWEST)),
    orphanRule: odd('orphan-rule', VOL, 34, ownership('prod', ['hourly'], NEWEST)),
    unselected: odd('unselected', volume('vol-x'), 35, ownership('prod', ['daily'], NEWEST)),
    onlyPoint: odd('only-point', volume('vol-n'), 200, ownership('prod', ['daily'], NEWEST)),
    ...stale,
  };
  const all = [...source, ...copiesLocked, ...copiesDr, ...Object.values(mustStay)];

  // Expected from the engine, then the guards the world sets up: the vault lock and the legal hold.
  const expected = new Set<string>();
  const engine = (points: SeededPoint[], keep: Parameters<typeof applyRetention>[1]) =>
    applyRetention(
      points.map((p) => ({ id: p.arn, created: new Date(p.created) })),
      keep,
    ).remove.map((r) => r.id);
  // `history` tags the point of the 1st of a month with `daily,monthly`; this plan has no `monthly` rule,
  // so such a point has lost one of its rules: an orphan, reported and never pruned, and no part of
  // the `daily` group the engine decides.
  const servesOnlyDaily = (p: SeededPoint) => p.rules.every((r) => r === 'daily');
  for (const arn of engine(source.filter(servesOnlyDaily), { daily: 5 })) expected.add(arn);
  // copiesLocked: the engine would remove all but the newest, but AWS refuses every deletion in a
  // locked vault, whatever the point's age (Vault Lock) → none expected; they are guarded 'locked'.
  // copiesDr: every one is under the legal hold in eu-central-1 → none expected.

  beforeAll(async () => {
    world = await startPruneWorld(
      baseWorld({
        vaults: [
          { account: ACCOUNT, region: REGION, name: 'production' },
          { account: ACCOUNT, region: REGION, name: 'locked', lock: { minRetentionDays: 30 } },
          { account: ACCOUNT, region: DR_REGION, name: 'dr' },
        ],
        resources: [
          { arn: VOL, tags: { backup: 'daily' } },
          { arn: volume('vol-n'), tags: { backup: 'daily' } },
          { arn: volume('vol-x'), tags: { backup: 'weekly' } },
        ],
        recoveryPoints: all,
        legalHolds: [
          { account: ACCOUNT, region: DR_REGION, title: 'litigation 42', resourceIdentifiers: [VOL] },
        ],
      }),
    );
    world.writePlan('prod', planYaml({ rules: RULES }));
    world.writePlan('staging', planYaml({ rules: RULES, vault: 'production' }));
    // The stale catalog, where a run outside Actions (and an Actions run without cache service) reads it.
    const key = `${ACCOUNT}/${REGION}/production`;
    const claim = { namespace: 'acme/infra', plan: 'prod', rules: ['daily'] };
    mkdirSync(join(world.workspace, '.backup-plans-cache'), { recursive: true });
    writeFileSync(
      join(world.workspace, '.backup-plans-cache/catalog.json'),
      JSON.stringify({
        version: 1,
        vaults: { [key]: { [stale.removedTags.arn]: claim, [stale.changedTags.arn]: claim } },
      }),
    );
  });
  afterAll(() => world?.close());

  it('deletes exactly the engine’s removals outside the guards, and nothing else', async () => {
    expect(expected.size).toBeGreaterThan(10); // the control: there is real work to do
    const run = await world.run({ plan: 'prod', 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    world.settleDeletions(); // AWS deletes asynchronously
    const left = await world.pointArns();
    const gone = new Set(all.filter((p) => !left.has(p.arn)).map((p) => p.arn));
    expect([...gone].sort()).toEqual([...expected].sort());
    // Points that lost a rule (`daily,monthly` under a plan without `monthly`) stay.
    const lostARule = [...source, ...copiesLocked].filter((p) => !servesOnlyDaily(p));
    expect(lostARule.length).toBeGreaterThan(0);
    for (const p of lostARule) expect(left.has(p.arn), p.arn).toBe(true);
    for (const [name, p] of Object.entries(mustStay)) expect(left.has(p.arn), name).toBe(true);
    // The newest point of every resource in every vault is still there.
    for (const list of [source, copiesLocked, copiesDr]) expect(left.has(list[0]!.arn)).toBe(true);
    for (const p of copiesDr) expect(left.has(p.arn)).toBe(true);

    const report = run.reportJson as {
      totals: { guarded: Record<string, number>; orphans: number };
      vaults: { vault: string; orphans: { arn: string; orphan: string }[]; notes: string[] }[];
    };
    const orphans = new Map(report.vaults.flatMap((v) => v.orphans.map((o) => [o.arn, o.orphan] as const)));
    expect(orphans.get(mustStay.orphanPlan!.arn)).toBe('plan-gone');
    expect(orphans.get(mustStay.orphanRule!.arn)).toBe('rule-gone');
    expect(orphans.get(mustStay.unselected!.arn)).toBe('resource-unselected');
    expect(report.totals.guarded.locked).toBeGreaterThan(0);
    expect(report.totals.guarded['legal-hold']).toBeGreaterThan(0);
    // The stale entry of a point the policy removes got as far as the executor, whose live re-read
    // of the tags stopped it.
    expect(report.totals.guarded['ownership-changed']).toBe(1);
    // The stale entry that claimed a newer point was caught before it could decide anything.
    expect(report.vaults.find((v) => v.vault === 'production')!.notes.join('\n')).toContain(
      stale.changedTags.arn,
    );
    expect(run.summary).toMatch(/Orphans/);
    expect(run.summary).toMatch(/legal hold/);

    // Dry run afterwards and a real rerun: nothing more.
    const again = await world.run({ plan: 'prod', 'max-deletions': 1000 });
    expect(again.outputs.deletions).toBe('0');
    expect((await world.pointArns()).size).toBe(left.size);
  });
});
