// audit end to end, the other breakages (a slow test: a bundle run apiece; audit.test.ts keeps the
// healthy world and the lapsed RPO): each fails exactly the matching control, with evidence.
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, audit, closeAudit, DB, DR, BACKUP_ROLE, REGION, VOLUME, world } from './audit-helpers.js';

afterEach(closeAudit);

describe('audit (CLI against the simulator): each breakage fails its control only', () => {
  it('a copy destination without points fails the copy control only', async () => {
    const w = world();
    w.recoveryPoints = w.recoveryPoints!.filter((p) => typeof p.vault === 'string');
    const r = await audit(w);
    expect(r.exitCode).toBe(1);
    expect(r.failed.map((c) => c.control)).toEqual(['copy']);
    expect(r.failed[0]!.evidence).toBe(`no completed cross-region copy in production-dr (${ACCOUNT}/${DR})`);
  });

  it('unencrypted recovery points fail the encrypted control only', async () => {
    const w = world();
    w.resources = [{ arn: VOLUME, tags: { backup: 'daily' }, encrypted: false }];
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['encrypted']);
    expect(r.failed[0]!.evidence).toMatch(/^10 of 10 point\(s\) unencrypted/);
  });

  it('a resource with the selector tags that no plan protects fails the unprotected control only', async () => {
    const w = world();
    w.resources!.push({ arn: DB, tags: { backup: 'daily' } });
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['unprotected']);
    expect(r.failed[0]!.evidence).toBe(
      `1 resource(s) carry tags backup=daily but no plan protects them: ${DB}`,
    );
  });

  it('a resource also in an AWS Backup plan selection fails the double-protection control only', async () => {
    const w = world();
    w.backupPlans = [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'legacy-daily',
        selections: [{ name: 'volumes', iamRoleArn: BACKUP_ROLE, resources: ['arn:aws:ec2:*:*:volume/*'] }],
      },
    ];
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['double-protection']);
    expect(r.failed[0]!.resource).toBe(VOLUME);
    expect(r.failed[0]!.evidence).toBe('also protected by AWS Backup plan legacy-daily (selection volumes)');
  });
});
