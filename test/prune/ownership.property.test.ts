// Property: pruning never touches a point it does not own (DESIGN.md "Ownership", "Commands: prune").
// Unlike decide.property.test.ts (the pure per-group decision, ownership already filtered), this runs
// the real path — vault listing, ownership read through Backup ListTags (EFS) and the Tagging API
// (EBS snapshots), reserved-tag resources, grouping, decision, live re-read and DeleteRecoveryPoint —
// against a fresh in-process simulator per case, and judges only from the simulator's final state:
// - every deleted point carried namespace = ours AND plan = ours AND only rules of the plan (tags
//   read here independently of prune's parser, namespace and plan compared exactly);
// - no deleted point belongs to a resource that carries `backup-plans:` tags itself;
// - no deleted point was the newest COMPLETED point of its resource (an at least as new one remains);
// - every point that was not provably ours still exists.
// And it is not vacuous: some cases must delete something.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { loadPlans, type Plan } from '../../src/plan/index.js';
import { Catalog } from '../../src/prune/catalog.js';
import type { ExecClients } from '../../src/prune/execute.js';
import { runPrune } from '../../src/prune/run.js';
import { startSimulator, type WorldRecoveryPoint } from '../../src/simulator/index.js';
import { ACCOUNT, fileSystem, NAMESPACE, planYaml, pointArn, REGION, volume } from './e2e-world.js';

const PLAN_ID = 'prod';
const RULES = ['a', 'b'];
const RULES_YAML = [
  'rules:',
  '  a:',
  '    schedule: "0 3 * * *"',
  '    retain:',
  '      keep: { last: 1 }',
  '  b:',
  '    schedule: "0 4 * * *"',
  '    retain:',
  '      keep: { weekly: 1 }',
].join('\n');
const NOW = Date.parse('2026-09-01T12:00:00Z');
const credentials = { accessKeyId: 'AKIAPRUNEOWNERSHIP01', secretAccessKey: 'test' };

// Resources: two EFS file systems (ListTags) and two EBS volumes (Tagging API), all selected by the
// plan's `backup: daily` selector; any of them may carry reserved tags itself.
const RESOURCES = [fileSystem('fs-1'), fileSystem('fs-2'), volume('vol-1'), volume('vol-2')];

type TagKind =
  | { kind: 'ours'; rules: string[] }
  | { kind: 'ours-with-unknown-rule'; rules: string[] }
  | { kind: 'unknown-rule' }
  | { kind: 'other-namespace'; rules: string[] }
  | { kind: 'namespace-case'; rules: string[] }
  | { kind: 'other-plan'; rules: string[] }
  | { kind: 'plan-gone'; rules: string[] }
  | { kind: 'plan-padded'; rules: string[] }
  | { kind: 'no-namespace'; rules: string[] }
  | { kind: 'no-plan'; rules: string[] }
  | { kind: 'no-rules' }
  | { kind: 'empty-rules' }
  | { kind: 'no-tags' };

const ruleSubset = fc.subarray(RULES, { minLength: 1 });
const tagKind: fc.Arbitrary<TagKind> = fc.oneof(
  { weight: 14, arbitrary: ruleSubset.map((rules) => ({ kind: 'ours' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'ours-with-unknown-rule' as const, rules })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unknown-rule' as const }) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'other-namespace' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'namespace-case' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'other-plan' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'plan-gone' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'plan-padded' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'no-namespace' as const, rules })) },
  { weight: 1, arbitrary: ruleSubset.map((rules) => ({ kind: 'no-plan' as const, rules })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'no-rules' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty-rules' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'no-tags' as const }) },
);

function tagsFor(t: TagKind, created: Date): Record<string, string> | undefined {
  const slot = created.toISOString().replace('.000Z', 'Z');
  const own = (namespace: string, plan: string, rules: string[]) => ({
    'backup-plans:namespace': namespace,
    'backup-plans:plan': plan,
    'backup-plans:rules': [...rules].sort().join(','),
    'backup-plans:slot': slot,
  });
  switch (t.kind) {
    case 'ours':
      return own(NAMESPACE, PLAN_ID, t.rules);
    case 'ours-with-unknown-rule':
      return own(NAMESPACE, PLAN_ID, [...t.rules, 'zz-gone']);
    case 'unknown-rule':
      return own(NAMESPACE, PLAN_ID, ['zz-gone']);
    case 'other-namespace':
      return own('someone/else', PLAN_ID, t.rules);
    case 'namespace-case':
      return own(NAMESPACE.toUpperCase(), PLAN_ID, t.rules);
    case 'other-plan':
      return own(NAMESPACE, 'other', t.rules); // a plan file in the folder, not judged this run
    case 'plan-gone':
      return own(NAMESPACE, 'gone', t.rules); // no such plan file: an orphan
    case 'plan-padded':
      return own(NAMESPACE, `${PLAN_ID} `, t.rules);
    case 'no-namespace': {
      const { 'backup-plans:namespace': _n, ...rest } = own(NAMESPACE, PLAN_ID, t.rules);
      return rest;
    }
    case 'no-plan': {
      const { 'backup-plans:plan': _p, ...rest } = own(NAMESPACE, PLAN_ID, t.rules);
      return rest;
    }
    case 'no-rules': {
      const { 'backup-plans:rules': _r, ...rest } = own(NAMESPACE, PLAN_ID, RULES);
      return rest;
    }
    case 'empty-rules':
      return { ...own(NAMESPACE, PLAN_ID, RULES), 'backup-plans:rules': '' };
    case 'no-tags':
      return undefined;
  }
}

interface Case {
  reserved: boolean[];
  points: { resource: number; hoursAgo: number; status: string; tags: TagKind }[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  reserved: fc.array(
    fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    {
      minLength: RESOURCES.length,
      maxLength: RESOURCES.length,
    },
  ),
  points: fc.array(
    fc.record({
      resource: fc.integer({ min: 0, max: RESOURCES.length - 1 }),
      hoursAgo: fc.integer({ min: 1, max: 24 * 60 }),
      status: fc.constantFrom('COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'PARTIAL', 'EXPIRED'),
      tags: tagKind,
    }),
    { minLength: 8, maxLength: 36 },
  ),
});

/** Provably ours, judged from the raw tags: exact namespace and plan, non-empty rules all in the plan. */
function provablyOurs(tags: Record<string, string> | undefined): boolean {
  if (!tags) return false;
  if (tags['backup-plans:namespace'] !== NAMESPACE || tags['backup-plans:plan'] !== PLAN_ID) return false;
  const rules = (tags['backup-plans:rules'] ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return rules.length > 0 && rules.every((r) => RULES.includes(r));
}

let workdir: string;
let plan: Plan;
const saved = { ...process.env };

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'prune-ownership-'));
  const dir = join(workdir, 'backup-plans');
  mkdirSync(dir);
  writeFileSync(join(dir, `${PLAN_ID}.yml`), planYaml({ rules: RULES_YAML }));
  const loaded = await loadPlans(dir);
  expect(loaded.errors).toEqual([]);
  plan = loaded.plans.find((p) => p.id === PLAN_ID)!;
});
afterAll(() => {
  process.env = saved;
  rmSync(workdir, { recursive: true, force: true });
});

async function runCase(c: Case): Promise<number> {
  const seeded: (WorldRecoveryPoint & { arn: string })[] = c.points.map((p, i) => {
    const resourceArn = RESOURCES[p.resource]!;
    const created = new Date(NOW - p.hoursAgo * 3_600_000);
    const tags = tagsFor(p.tags, created);
    return {
      vault: 'production',
      resourceArn,
      arn: pointArn(resourceArn, `${i}/${resourceArn}/${p.hoursAgo}`),
      created: created.toISOString(),
      status: p.status,
      ...(tags ? { tags } : {}),
    };
  });
  const sim = await startSimulator({
    world: {
      start: new Date(NOW).toISOString(),
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: RESOURCES.map((arn, i) => ({
        arn,
        tags: { backup: 'daily', ...(c.reserved[i] ? { 'backup-plans:plan': PLAN_ID } : {}) },
      })),
      recoveryPoints: seeded,
    },
    port: 0,
  });
  try {
    process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
    process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
    const reads = awsClients({ credentials, region: REGION });
    const writes = awsClients({ credentials, region: REGION, retryThrottling: false });
    const limiter = new AdaptiveLimiter({ initialRps: 200 });
    const clients: ExecClients = {
      backup: () => reads.backup,
      tagging: () => reads.tagging,
      writer: () => writes.backup,
      limiter: () => limiter,
    };
    const before = sim.sim.dump().recoveryPoints;
    const report = await runPrune({
      plans: [{ plan, namespace: NAMESPACE }],
      folderPlanIds: new Set([PLAN_ID, 'other']),
      clients,
      catalog: new Catalog(),
      now: () => new Date(NOW),
      dryRun: false,
      maxDeletions: 10_000,
      applyRetentionToExisting: false,
    });
    console.log(
      JSON.stringify(report.totals),
      JSON.stringify(
        report.vaults.map((v) => [
          v.notes,
          v.groups.map((g) => g.points.map((p) => [p.outcome, p.guard, p.reasons])),
        ]),
      ).slice(0, 1500),
    );
    expect(report.errors).toEqual([]);

    sim.sim.advance(60); // AWS deletes asynchronously: DELETING for a minute, then gone
    const after = new Set(sim.sim.dump().recoveryPoints.map((p) => p.arn));
    const deleted = before.filter((p) => !after.has(p.arn));
    for (const p of deleted) {
      const where = `${p.arn} (${p.resourceArn}, ${p.creationDate}, tags ${JSON.stringify(p.tags)})`;
      expect(provablyOurs(p.tags), `deleted a point not provably ours: ${where}`).toBe(true);
      expect(
        c.reserved[RESOURCES.indexOf(p.resourceArn)],
        `deleted a point of a resource carrying reserved tags: ${where}`,
      ).toBe(false);
      // Never the newest completed point: an at least as new COMPLETED point of the resource remains
      // (two points may share a creation instant; then one of them may go).
      const remains = before.some(
        (q) =>
          q.arn !== p.arn &&
          after.has(q.arn) &&
          q.resourceArn === p.resourceArn &&
          q.status === 'COMPLETED' &&
          Date.parse(q.creationDate) >= Date.parse(p.creationDate),
      );
      expect(remains, `deleted the newest completed point of its resource: ${where}`).toBe(true);
      expect(p.status, `deleted a point that was not COMPLETED: ${where}`).toBe('COMPLETED');
    }
    for (const p of before)
      if (!provablyOurs(p.tags)) expect(after.has(p.arn), `${p.arn} is not ours but is gone`).toBe(true);
    // What the report says was deleted is what is gone.
    expect(report.totals.deleted).toBe(deleted.length);
    return deleted.length;
  } finally {
    await sim.close();
  }
}

describe('prune ownership over the real scan/execute path (simulator)', () => {
  it('never deletes a point it cannot prove it owns, nor a reserved resource’s, nor the newest', async () => {
    let casesWithDeletions = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const n = await runCase(c);
        total += n;
        if (n > 0) casesWithDeletions++;
      }),
      { numRuns: 25 },
    );
    // Not vacuous: the generator yields enough owned history that real deletions happen.
    expect(casesWithDeletions).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(0);
  }, 300_000);
});
