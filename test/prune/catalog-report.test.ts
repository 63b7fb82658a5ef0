// The catalog (what it keeps, how it round-trips, how it forgets), vault targets from plans, and the
// report's Markdown (outside text escaped, failures first, early-stop note).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/model.js';
import { Catalog, catalogCacheKeyPrefix, fileCatalogStore } from '../../src/prune/catalog.js';
import { vaultTargets } from '../../src/prune/targets.js';
import { renderPruneMarkdown, type PruneReport } from '../../src/report/prune.js';

const own = { namespace: 'acme/infra', plan: 'prod', rules: ['daily'] };

describe('Catalog', () => {
  it('round-trips, replaces the entries of vaults listed this run, keeps the others, and forgets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const path = join(dir, 'sub/catalog.json');
    const warnings: string[] = [];
    const store = fileCatalogStore(path, { warning: (m) => warnings.push(m) });
    const first = await store.load();
    expect(first.size).toBe(0);
    first.listed('a');
    first.remember('a', 'arn:1', own);
    first.remember('a', 'arn:2', own);
    first.listed('b');
    first.remember('b', 'arn:3', own);
    await store.save(first);

    const second = await store.load();
    expect(second.lookup('a', 'arn:1')).toEqual(own);
    expect(second.lookup('b', 'arn:9')).toBeUndefined();
    expect([second.hits, second.misses]).toEqual([1, 1]);
    // This run lists vault "a" again and no longer sees arn:2 (deleted); vault "b" is not listed.
    second.listed('a');
    second.remember('a', 'arn:1', own);
    second.forget('b', 'arn:3');
    await store.save(second);
    const third = Catalog.parse(readFileSync(path, 'utf8'));
    expect(third.lookup('a', 'arn:1')).toEqual(own);
    expect(third.lookup('a', 'arn:2')).toBeUndefined();
    expect(third.lookup('b', 'arn:3')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('kept in memory across runs (simulate), it serves what an earlier run proved, as saving and loading would', () => {
    const catalog = new Catalog();
    catalog.listed('a');
    expect(catalog.lookup('a', 'arn:1')).toBeUndefined();
    catalog.remember('a', 'arn:1', own);
    // The next run of the same process.
    catalog.listed('a');
    expect(catalog.lookup('a', 'arn:1')).toEqual(own);
    catalog.forget('a', 'arn:1');
    expect(catalog.lookup('a', 'arn:1')).toBeUndefined();
  });

  it('kept in memory across runs, it holds only what the last listing remembered and backup proved since', () => {
    const catalog = new Catalog();
    const tags = {
      'backup-plans:namespace': own.namespace,
      'backup-plans:plan': own.plan,
      'backup-plans:rules': 'daily',
    };
    catalog.listed('a');
    catalog.remember('a', 'arn:1', own);
    catalog.remember('a', 'arn:2', own);
    // backup proves a new point between two prune runs.
    catalog.learn('a', 'arn:3', tags);
    catalog.listed('a');
    expect(catalog.lookup('a', 'arn:2')).toEqual(own);
    expect(catalog.lookup('a', 'arn:3')).toEqual(own);
    // arn:2 left the vault (its lifecycle ran out): this run's listing no longer has it.
    catalog.remember('a', 'arn:1', own);
    catalog.remember('a', 'arn:3', own);
    catalog.listed('a');
    expect(catalog.lookup('a', 'arn:1')).toEqual(own);
    expect(catalog.lookup('a', 'arn:3')).toEqual(own);
    expect(catalog.lookup('a', 'arn:2')).toBeUndefined();
    // Saved now, the vault holds what this run remembered, as a separate process would save it.
    catalog.remember('a', 'arn:1', own);
    expect(Object.keys(JSON.parse(catalog.serialize()).vaults.a)).toEqual(['arn:1']);
  });

  it('an unreadable catalog is a warning, and the run reads tags from AWS instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const path = join(dir, 'catalog.json');
    (await import('node:fs')).writeFileSync(path, '{"version": 7}');
    const warnings: string[] = [];
    const catalog = await fileCatalogStore(path, { warning: (m) => warnings.push(m) }).load();
    expect(catalog.size).toBe(0);
    expect(warnings[0]).toMatch(/unreadable/);
  });

  it('cache keys: one prefix per namespace set, safe characters only', () => {
    expect(catalogCacheKeyPrefix(['acme/infra'])).toBe('backup-plans-catalog-acme-infra-');
    expect(catalogCacheKeyPrefix(['b/x', 'a/y', 'b/x'])).toBe('backup-plans-catalog-a-y+b-x-');
    expect(catalogCacheKeyPrefix(['acme/infra'], 'prod,dev')).toBe(
      'backup-plans-catalog-acme-infra-prod-dev-',
    );
  });
});

describe('vaultTargets', () => {
  it('lists the source vault and every copy destination once, each with its own policy and role', () => {
    const rule = (name: string, copyTo: Plan['rules'][number]['copyTo']): Plan['rules'][number] => ({
      name,
      schedule: '0 3 * * *',
      timezone: 'UTC',
      startWithinMinutes: 60,
      completeWithinMinutes: 480,
      retain: { keep: { daily: 7 } },
      copyTo,
      copyWithinMinutes: 2880,
      retries: 3,
    });
    const plan: Plan = {
      id: 'prod',
      file: 'x',
      version: 1,
      aws: {
        account: '123456789012',
        region: 'eu-west-1',
        role: 'arn:aws:iam::123456789012:role/a',
        backupRole: 'r',
      },
      vault: 'production',
      resources: { include: [], exclude: [] },
      rules: [
        rule('daily', [
          { account: '123456789012', region: 'eu-central-1', vault: 'dr', retain: { days: 90 } },
        ]),
        rule('monthly', [
          {
            account: '210987654321',
            region: 'eu-west-1',
            vault: 'iso',
            role: 'arn:aws:iam::210987654321:role/b',
            retain: { keep: { monthly: 12 } },
          },
        ]),
      ],
      notify: { issues: false, labels: [], assignees: [] },
    };
    const targets = vaultTargets([{ plan, namespace: 'acme/infra' }]);
    expect(
      targets.map((t) => `${t.vault.account}/${t.vault.region}/${t.vault.vault} ${t.vault.role}`),
    ).toEqual([
      '123456789012/eu-west-1/production arn:aws:iam::123456789012:role/a',
      '123456789012/eu-central-1/dr arn:aws:iam::123456789012:role/a',
      '210987654321/eu-west-1/iso arn:aws:iam::210987654321:role/b',
    ]);
    expect(targets[0]!.plans.get('prod')!.slots.map((s) => s.rule)).toEqual(['daily', 'monthly']);
    expect(targets[1]!.plans.get('prod')!.slots).toEqual([
      { rule: 'daily', timezone: 'UTC', retain: { days: 90 }, role: 'copy' },
    ]);
  });
});

describe('renderPruneMarkdown', () => {
  const base: PruneReport = {
    command: 'prune',
    version: 1,
    plans: [],
    dryRun: false,
    maxDeletions: 1,
    applyRetentionToExisting: false,
    startedAt: '2026-09-01T00:00:00Z',
    finishedAt: '2026-09-01T00:01:00Z',
    stoppedEarly: { limit: 1, remaining: 4 },
    totals: {
      listed: 6,
      owned: 6,
      kept: 1,
      removed: 5,
      deleted: 1,
      wouldDelete: 0,
      shortened: 0,
      failures: 1,
      orphans: 0,
      unowned: 0,
      notOurs: 0,
      reservedResources: 0,
      guarded: { cap: 4 },
    },
    vaults: [
      {
        account: '123456789012',
        region: 'eu-west-1',
        vault: 'production',
        listed: 6,
        unowned: 0,
        notOurs: 0,
        reservedResources: [],
        orphans: [],
        notes: [],
        groups: [
          {
            plan: 'prod|<img src=x onerror=alert(1)>',
            resourceArn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
            kept: 1,
            removed: 5,
            deleted: 1,
            guarded: 4,
            failed: 0,
            points: [],
          },
        ],
      },
    ],
    failures: [{ vault: 'v', arn: 'arn:x', message: 'AccessDenied <script>@octocat' }],
    errors: [],
    notes: [],
  };

  it('puts failures first, escapes outside text, and notes the early stop', () => {
    const md = renderPruneMarkdown(base);
    expect(md.indexOf('Failures')).toBeLessThan(md.indexOf('| listed'));
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@octocat/);
    expect(md).toContain('Stopped early at max-deletions 1: 4 more point(s)');
    expect(md).toContain('max-deletions reached');
  });
});
