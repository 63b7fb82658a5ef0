import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFilter, selectPlans } from '../../src/plan/select.js';

const planFile = (role = 'backup-plans') => `version: 1
aws:
  account: "123456789012"
  region: eu-west-1
  role: arn:aws:iam::123456789012:role/${role}
  backupRole: arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - tags: { backup: daily }
rules:
  daily:
    schedule: "0 3 * * *"
    retain: { days: 35 }
`;

describe('plan selection', () => {
  it('parses comma-separated ids', () => {
    expect(parsePlanFilter(undefined)).toBeUndefined();
    expect(parsePlanFilter(' , ')).toBeUndefined();
    expect(parsePlanFilter('a, b,a')).toEqual(['a', 'b']);
  });
  it('selects listed plans, reports missing ids, and keeps errors of other plans out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    writeFileSync(join(dir, 'a.yml'), planFile());
    writeFileSync(join(dir, 'b.yml'), planFile().replace('daily:', 'daily:\n    bogus: 1'));
    writeFileSync(
      join(dir, 'c.yml'),
      planFile().replace('tags: { backup: daily }', 'tags: { backup: other }'),
    );
    const some = await selectPlans(dir, 'a,c,zzz');
    expect(some.plans.map((p) => p.id)).toEqual(['a', 'c']);
    expect(some.missing).toEqual(['zzz']);
    expect(some.errors).toEqual([]);
    const withBroken = await selectPlans(dir, 'a,b');
    expect(withBroken.plans.map((p) => p.id)).toEqual(['a']);
    expect(withBroken.errors.length).toBeGreaterThan(0);
    expect(withBroken.missing).toEqual([]);
  });
});
