// The official AWS CLI (Debian's awscli, botocore models from early 2023) against the simulator,
// loaded from a world file: the "done when" scenarios of issue #4.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorldFile } from '../../src/simulator/cli.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { admin } from './helpers.js';

const AWS = '/usr/bin/aws';
const run = promisify(execFile);
const WORLD = new URL('../fixtures/worlds/example.json', import.meta.url).pathname;
const VOLUME = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';

let h: SimulatorHandle;
let env: NodeJS.ProcessEnv;

/** Runs `aws <args> --endpoint-url <sim> --output json`; never throws, returns exit code and output. */
async function aws(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(AWS, [...args, '--endpoint-url', h.url, '--output', 'json'], {
      env: { ...env, ...extraEnv },
      timeout: 60_000,
    });
    return {
      code: 0,
      stdout,
      stderr,
      json: stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {},
    };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
      json: {} as Record<string, unknown>,
    };
  }
}

// Each CLI call starts Python (seconds on a loaded machine): these tests get more time.
describe.skipIf(!existsSync(AWS))('AWS CLI against the simulator', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    h = await startSimulator({ world: await loadWorldFile(WORLD) });
    const home = mkdtempSync(join(tmpdir(), 'aws-cli-'));
    env = {
      PATH: process.env.PATH,
      HOME: home,
      AWS_ACCESS_KEY_ID: 'AKIDANYTHING',
      AWS_SECRET_ACCESS_KEY: 'anything',
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
      AWS_PAGER: '',
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(async () => h?.close());

  it('get-caller-identity answers the first account for any key', async () => {
    const out = await aws(['sts', 'get-caller-identity']);
    expect(out.stderr).toBe('');
    expect(out.json).toMatchObject({ Account: '123456789012' });
  });

  it('get-resources by tag', async () => {
    const out = await aws([
      'resourcegroupstaggingapi',
      'get-resources',
      '--tag-filters',
      'Key=backup,Values=daily',
    ]);
    expect(out.code).toBe(0);
    const arns = (out.json.ResourceTagMappingList as { ResourceARN: string }[])
      .map((m) => m.ResourceARN)
      .sort();
    expect(arns).toEqual([
      'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
      'arn:aws:rds:eu-west-1:123456789012:db:orders',
    ]);
  });

  it('start-backup-job, COMPLETED after the clock advances, listed, deleted, gone', async () => {
    const started = await aws([
      'backup',
      'start-backup-job',
      '--backup-vault-name',
      'scratch',
      '--resource-arn',
      VOLUME,
      '--iam-role-arn',
      'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
      '--lifecycle',
      'DeleteAfterDays=35',
      '--recovery-point-tags',
      'backup-plans:plan=prod',
    ]);
    expect(started.stderr).toBe('');
    const jobId = started.json.BackupJobId as string;
    const describe = async () =>
      (await aws(['backup', 'describe-backup-job', '--backup-job-id', jobId])).json;
    expect((await describe()).State).toBe('CREATED');
    await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 3600 });
    const done = await describe();
    expect(done).toMatchObject({ State: 'COMPLETED', ResourceArn: VOLUME, BackupVaultName: 'scratch' });
    const listed = await aws([
      'backup',
      'list-recovery-points-by-backup-vault',
      '--backup-vault-name',
      'scratch',
    ]);
    const points = listed.json.RecoveryPoints as {
      RecoveryPointArn: string;
      Lifecycle: unknown;
      CreationDate: string;
    }[];
    expect(points.map((p) => p.RecoveryPointArn)).toEqual([done.RecoveryPointArn]);
    expect(points[0]!.Lifecycle).toEqual({ DeleteAfterDays: 35 });
    const byJobs = await aws([
      'backup',
      'list-backup-jobs',
      '--by-resource-arn',
      VOLUME,
      '--by-created-after',
      '2025-12-31T00:00:00Z',
    ]);
    expect((byJobs.json.BackupJobs as unknown[]).length).toBe(1);
    const deleted = await aws([
      'backup',
      'delete-recovery-point',
      '--backup-vault-name',
      'scratch',
      '--recovery-point-arn',
      done.RecoveryPointArn as string,
    ]);
    expect(deleted.code).toBe(0);
    // Deletion is asynchronous: the point is DELETING until the clock moves on.
    await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 60 });
    const after = await aws([
      'backup',
      'list-recovery-points-by-backup-vault',
      '--backup-vault-name',
      'scratch',
    ]);
    expect(after.json.RecoveryPoints).toEqual([]);
  });

  it('a vault-locked delete is refused with the error code named', async () => {
    const started = await aws([
      'backup',
      'start-backup-job',
      '--backup-vault-name',
      'production',
      '--resource-arn',
      VOLUME,
      '--iam-role-arn',
      'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
      '--lifecycle',
      'DeleteAfterDays=30',
    ]);
    await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 3600 });
    const job = await aws([
      'backup',
      'describe-backup-job',
      '--backup-job-id',
      started.json.BackupJobId as string,
    ]);
    const refused = await aws([
      'backup',
      'delete-recovery-point',
      '--backup-vault-name',
      'production',
      '--recovery-point-arn',
      job.json.RecoveryPointArn as string,
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('InvalidRequestException');
    expect(refused.stderr).toContain('is locked (Vault Lock)');
    const missing = await aws(['backup', 'describe-backup-vault', '--backup-vault-name', 'nope']);
    expect(missing.stderr).toContain('ResourceNotFoundException');
  });

  it('an injected ThrottlingException makes the CLI exit non-zero naming the error', async () => {
    await admin(h.url, 'POST', '/_sim/faults', {
      operation: 'ListBackupVaults',
      fail: { count: 5, error: 'ThrottlingException' },
    });
    const out = await aws(['backup', 'list-backup-vaults'], {
      AWS_MAX_ATTEMPTS: '1',
      AWS_RETRY_MODE: 'standard',
    });
    await admin(h.url, 'DELETE', '/_sim/faults');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('ThrottlingException');
    // And with retries, the CLI gets through a short burst of throttling.
    await admin(h.url, 'POST', '/_sim/faults', {
      operation: 'ListBackupVaults',
      fail: { count: 1, error: 'ThrottlingException' },
    });
    const retried = await aws(['backup', 'list-backup-vaults'], {
      AWS_MAX_ATTEMPTS: '3',
      AWS_RETRY_MODE: 'standard',
    });
    await admin(h.url, 'DELETE', '/_sim/faults');
    expect(retried.code).toBe(0);
    expect(
      (retried.json.BackupVaultList as { BackupVaultName: string }[]).map((v) => v.BackupVaultName),
    ).toEqual(['production', 'scratch']);
  });

  it('copies across regions and reads snapshot tags through the Tagging API', async () => {
    const started = await aws([
      'backup',
      'start-backup-job',
      '--backup-vault-name',
      'scratch',
      '--resource-arn',
      VOLUME,
      '--iam-role-arn',
      'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
      '--recovery-point-tags',
      'backup-plans:plan=prod',
    ]);
    await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 3600 });
    const job = await aws([
      'backup',
      'describe-backup-job',
      '--backup-job-id',
      started.json.BackupJobId as string,
    ]);
    const arn = job.json.RecoveryPointArn as string;
    const listTags = await aws(['backup', 'list-tags', '--resource-arn', arn]);
    expect(listTags.stderr).toContain('InvalidParameterValueException');
    const tags = await aws(['resourcegroupstaggingapi', 'get-resources', '--resource-arn-list', arn]);
    expect((tags.json.ResourceTagMappingList as { Tags: unknown[] }[])[0]!.Tags).toContainEqual({
      Key: 'backup-plans:plan',
      Value: 'prod',
    });
    const copy = await aws([
      'backup',
      'start-copy-job',
      '--recovery-point-arn',
      arn,
      '--source-backup-vault-name',
      'scratch',
      '--destination-backup-vault-arn',
      'arn:aws:backup:eu-central-1:123456789012:backup-vault:production-dr',
      '--iam-role-arn',
      'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
    ]);
    const busy = await aws([
      'backup',
      'delete-recovery-point',
      '--backup-vault-name',
      'scratch',
      '--recovery-point-arn',
      arn,
    ]);
    expect(busy.stderr).toContain('InvalidResourceStateException');
    await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 3600 });
    const copyJob = await aws([
      'backup',
      'describe-copy-job',
      '--copy-job-id',
      copy.json.CopyJobId as string,
    ]);
    expect((copyJob.json.CopyJob as { State: string }).State).toBe('COMPLETED');
    const dr = await aws([
      'backup',
      'list-recovery-points-by-backup-vault',
      '--backup-vault-name',
      'production-dr',
      '--region',
      'eu-central-1',
    ]);
    expect((dr.json.RecoveryPoints as unknown[]).length).toBe(1);
  });
});
