// Conformance with the official service models shipped by Debian's awscli (botocore data, early
// 2023) and with the SDK's newer routes: every simulated operation's HTTP binding, every member the
// simulator returns, and the members the product reads being present. Requests here are built from
// the model itself (uri labels, query-string names, body members), as botocore builds them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_ROUTES } from '../../src/simulator/backup.js';
import { DELETION_MS } from '../../src/simulator/backup.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { STS_OPERATIONS } from '../../src/simulator/sts.js';
import { TAGGING_OPERATIONS, TAGGING_TARGET_PREFIX } from '../../src/simulator/tagging.js';
import {
  ACCOUNT,
  BACKUP_ROLE,
  baseWorld,
  DB,
  DR_REGION,
  FS,
  jwt,
  REGION,
  ROLE,
  TABLE,
  VOLUME,
} from './helpers.js';

const DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';
const PATHS = {
  backup: `${DATA}/backup/2018-11-15/service-2.json`,
  sts: `${DATA}/sts/2011-06-15/service-2.json`,
  tagging: `${DATA}/resourcegroupstaggingapi/2017-01-26/service-2.json`,
};
const present = Object.values(PATHS).every((p) => existsSync(p));

interface Member {
  shape: string;
  location?: string;
  locationName?: string;
}
interface Shape {
  type: string;
  members?: Record<string, Member>;
  member?: Member;
  key?: Member;
  value?: Member;
  enum?: string[];
  required?: string[];
}
interface Model {
  metadata: Record<string, string>;
  operations: Record<
    string,
    {
      http: { method: string; requestUri: string };
      input?: { shape: string };
      output?: { shape: string };
      errors?: { shape: string }[];
    }
  >;
  shapes: Record<string, Shape>;
}

const load = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Model;

// Where the 2023 model is older than the SDK, the SDK's shapes win. None of the values the
// simulator sends are newer today; list them here with the reason when that changes
// (e.g. 'RecoveryPointStatus=CREATING': newer SDKs know CREATING/AVAILABLE/STOPPED).
const ALLOW = new Set<string>([
  // ListRecoveryPointsByLegalHold: the 2023 model's RecoveryPointMember has only RecoveryPointArn;
  // the SDK (and AWS today) also return these.
  'RecoveryPointMember.ResourceArn',
  'RecoveryPointMember.ResourceType',
  'RecoveryPointMember.BackupVaultName',
  // Restores: newer than the 2023 model (the SDK has them).
  'GetRecoveryPointRestoreMetadataOutput.ResourceType',
  'DescribeRestoreJobOutput.RecoveryPointCreationDate',
  'RestoreJobsListMember.RecoveryPointCreationDate',
]);

/** Walks a JSON value against a model shape; returns what does not belong. */
function walk(model: Model, shapeName: string, value: unknown, path: string, problems: string[]): void {
  const shape = model.shapes[shapeName];
  if (!shape) return void problems.push(`${path}: unknown shape ${shapeName}`);
  const bad = (what: string): void => void problems.push(`${path}: ${what} (shape ${shapeName})`);
  switch (shape.type) {
    case 'structure':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not an object');
      for (const [k, v] of Object.entries(value)) {
        const m = shape.members?.[k];
        if (!m) {
          if (!ALLOW.has(`${shapeName}.${k}`)) problems.push(`${path}.${k}: not a member of ${shapeName}`);
          continue;
        }
        walk(model, m.shape, v, `${path}.${k}`, problems);
      }
      return;
    case 'list':
      if (!Array.isArray(value)) return bad('not a list');
      value.forEach((v, i) => walk(model, shape.member!.shape, v, `${path}[${i}]`, problems));
      return;
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('not a map');
      for (const [k, v] of Object.entries(value)) {
        walk(model, shape.key!.shape, k, `${path}{key}`, problems);
        walk(model, shape.value!.shape, v, `${path}.${k}`, problems);
      }
      return;
    case 'string':
      if (typeof value !== 'string') return bad(`not a string: ${JSON.stringify(value)}`);
      if (shape.enum && !shape.enum.includes(value) && !ALLOW.has(`${shapeName}=${value}`))
        bad(`"${value}" is not one of ${shape.enum.join(', ')}`);
      return;
    case 'timestamp':
      if (typeof value !== 'number' && typeof value !== 'string') bad('not a timestamp');
      return;
    case 'integer':
    case 'long':
      if (!Number.isInteger(typeof value === 'string' ? Number(value) : value)) bad('not an integer');
      return;
    case 'double':
    case 'float':
      if (typeof value !== 'number') bad('not a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') bad('not a boolean');
      return;
    default:
      return;
  }
}

/** Members the product reads: always present (when the condition holds). */
function requirePresent(value: Record<string, unknown>, keys: string[], where: string, problems: string[]) {
  for (const k of keys)
    if (value[k] === undefined || value[k] === null || value[k] === '')
      problems.push(`${where}: missing ${k}`);
}

describe.skipIf(!present)('service models', () => {
  let backup: Model;
  let sts: Model;
  let tagging: Model;
  let h: SimulatorHandle;
  const problems: string[] = [];

  beforeAll(async () => {
    backup = load(PATHS.backup);
    sts = load(PATHS.sts);
    tagging = load(PATHS.tagging);
    const world = baseWorld();
    world.recoveryPoints = [
      {
        vault: 'production',
        resourceArn: FS,
        created: '2025-12-20T00:00:00Z',
        tags: { a: 'b' },
        lifecycle: { deleteAfterDays: 365, moveToColdStorageAfterDays: 30 },
      },
      { vault: 'production', resourceArn: VOLUME, created: '2025-12-21T00:00:00Z', tags: { a: 'b' } },
    ];
    world.backupPlans = [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'console-plan',
        id: 'plan-1',
        selections: [
          {
            name: 'sel',
            id: 'sel-1',
            iamRoleArn: BACKUP_ROLE,
            resources: [VOLUME],
            tags: { backup: 'daily' },
          },
        ],
      },
    ];
    h = await startSimulator({ world });
  });
  afterAll(async () => h?.close());

  /** One Backup call, serialized from the model as botocore would (labels, query names, body). */
  async function call(
    op: string,
    input: Record<string, unknown> = {},
    region = REGION,
  ): Promise<{ status: number; type: string | null; json: Record<string, unknown> }> {
    const o = backup.operations[op]!;
    const shape = o.input ? backup.shapes[o.input.shape]! : { type: 'structure', members: {} };
    let uri = o.http.requestUri;
    const query = new URLSearchParams();
    const body: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input)) {
      const m = shape.members?.[name];
      if (!m) throw new Error(`${op} has no input member ${name}`);
      if (m.location === 'uri') uri = uri.replace(`{${m.locationName}}`, encodeURIComponent(String(value)));
      else if (m.location === 'querystring')
        query.set(m.locationName!, value instanceof Date ? value.toISOString() : String(value));
      else body[name] = value;
    }
    const qs = query.size ? `?${query}` : '';
    const res = await fetch(`${h.url}${uri}${qs}`, {
      method: o.http.method,
      headers: {
        'content-type': 'application/json',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIDMODEL/20260101/${region}/backup/aws4_request, SignedHeaders=host, Signature=0`,
      },
      // Body timestamps are epoch seconds (restJson1).
      body: Object.keys(body).length
        ? JSON.stringify(body, (_k, v: unknown) =>
            typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ? Date.parse(v) / 1000 : v,
          )
        : undefined,
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (res.ok && o.output) walk(backup, o.output.shape, json, op, problems);
    return { status: res.status, type: res.headers.get('x-amzn-errortype'), json };
  }

  async function ok(op: string, input: Record<string, unknown> = {}, region?: string) {
    const r = await call(op, input, region);
    if (r.status !== 200) throw new Error(`${op}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }

  /** An error answer: the model declares it for the operation, with AWS's error shape. */
  async function fails(op: string, input: Record<string, unknown>, code: string) {
    const r = await call(op, input);
    expect(r.type, `${op} error type`).toBe(code);
    expect(r.json.Message, `${op} error message`).toBeTruthy();
    expect(r.json.Code).toBe(code);
    const declared = (backup.operations[op]!.errors ?? []).map((e) => e.shape);
    expect(declared, `${op} declares ${code}`).toContain(code);
  }

  it('every Backup route matches the model and the SDK', () => {
    const require = createRequire(import.meta.url);
    const sdk = readFileSync(require.resolve('@aws-sdk/client-backup'), 'utf8');
    const norm = (p: string) => p.replace(/\/+$/, '').toLowerCase();
    for (const r of BACKUP_ROUTES) {
      const op = backup.operations[r.operation];
      expect(op, r.operation).toBeDefined();
      expect(`${r.operation} ${op!.http.method} ${op!.http.requestUri}`).toBe(
        `${r.operation} ${r.method} ${r.path}`,
      );
      const m = new RegExp(
        `var ${r.operation}\\$ = \\[9, n0, _\\w+,\\s*\\{ \\[_h\\]: \\["(\\w+)", "([^"]+)"`,
      ).exec(sdk);
      expect(m, `${r.operation} in the SDK`).not.toBeNull();
      expect(`${m![1]} ${norm(m![2]!)}`).toBe(`${r.method} ${norm(r.path)}`);
    }
    expect(new Set(BACKUP_ROUTES.map((r) => r.operation)).size).toBe(BACKUP_ROUTES.length);
  });

  it('STS and Tagging operations exist with the bindings the simulator speaks', () => {
    expect(sts.metadata.protocol).toBe('query');
    for (const op of STS_OPERATIONS)
      expect(sts.operations[op]?.http).toEqual({ method: 'POST', requestUri: '/' });
    expect(tagging.metadata.protocol).toBe('json');
    expect(`${tagging.metadata.targetPrefix}.`).toBe(TAGGING_TARGET_PREFIX);
    for (const op of TAGGING_OPERATIONS)
      expect(tagging.operations[op]?.http).toEqual({ method: 'POST', requestUri: '/' });
  });

  it('every Backup answer fits the model and carries what the product reads', async () => {
    // Vaults
    const created = await ok('CreateBackupVault', {
      BackupVaultName: 'model-vault',
      BackupVaultTags: { k: 'v' },
    });
    requirePresent(
      created,
      ['BackupVaultName', 'BackupVaultArn', 'CreationDate'],
      'CreateBackupVault',
      problems,
    );
    await ok('PutBackupVaultLockConfiguration', {
      BackupVaultName: 'model-vault',
      MinRetentionDays: 1,
      MaxRetentionDays: 3650,
      ChangeableForDays: 3,
    });
    const vault = await ok('DescribeBackupVault', { BackupVaultName: 'model-vault' });
    requirePresent(
      vault,
      [
        'BackupVaultName',
        'BackupVaultArn',
        'Locked',
        'MinRetentionDays',
        'MaxRetentionDays',
        'LockDate',
        'EncryptionKeyArn',
        'NumberOfRecoveryPoints',
      ],
      'DescribeBackupVault',
      problems,
    );
    const vaults = await ok('ListBackupVaults', { MaxResults: 2 });
    for (const v of vaults.BackupVaultList as Record<string, unknown>[])
      requirePresent(v, ['BackupVaultName', 'BackupVaultArn', 'Locked'], 'ListBackupVaults', problems);
    expect(vaults.NextToken).toBeTruthy();

    // Backup jobs of several types, a concurrent one that fails, one outside the vault lock.
    const jobs: Record<string, string> = {};
    for (const arn of [VOLUME, DB, TABLE, FS]) {
      const started = await ok('StartBackupJob', {
        BackupVaultName: 'production',
        ResourceArn: arn,
        IamRoleArn: BACKUP_ROLE,
        IdempotencyToken: `t-${arn}`,
        StartWindowMinutes: 60,
        CompleteWindowMinutes: 600,
        Lifecycle: { DeleteAfterDays: 100, MoveToColdStorageAfterDays: 10 },
        RecoveryPointTags: { 'backup-plans:plan': 'p' },
      });
      requirePresent(started, ['BackupJobId', 'CreationDate'], 'StartBackupJob', problems);
      jobs[arn] = started.BackupJobId as string;
    }
    const concurrent = await ok('StartBackupJob', {
      BackupVaultName: 'production',
      ResourceArn: VOLUME,
      IamRoleArn: BACKUP_ROLE,
    });
    const created2 = await ok('DescribeBackupJob', { BackupJobId: concurrent.BackupJobId });
    requirePresent(
      created2,
      ['BackupJobId', 'State', 'ResourceArn', 'CreationDate', 'BackupVaultName', 'ResourceType'],
      'DescribeBackupJob (CREATED)',
      problems,
    );
    h.sim.advance(120);
    const running = await ok('DescribeBackupJob', { BackupJobId: jobs[DB] });
    expect(running.State).toBe('RUNNING');
    h.sim.advance(7200);
    for (const id of Object.values(jobs)) {
      const done = await ok('DescribeBackupJob', { BackupJobId: id });
      expect(done.State).toBe('COMPLETED');
      requirePresent(
        done,
        [
          'BackupJobId',
          'State',
          'ResourceArn',
          'CreationDate',
          'CompletionDate',
          'BackupVaultName',
          'RecoveryPointArn',
          'ResourceType',
        ],
        'DescribeBackupJob (COMPLETED)',
        problems,
      );
    }
    const failed = await ok('DescribeBackupJob', { BackupJobId: concurrent.BackupJobId });
    expect(failed.State).toBe('FAILED');
    requirePresent(failed, ['StatusMessage', 'State'], 'DescribeBackupJob (FAILED)', problems);
    const listedJobs = await ok('ListBackupJobs', {
      ByState: 'COMPLETED',
      ByCreatedAfter: new Date('2025-12-31T00:00:00Z'),
      ByCreatedBefore: new Date('2026-02-01T00:00:00Z'),
      ByBackupVaultName: 'production',
      ByAccountId: ACCOUNT,
      ByCompleteAfter: new Date('2026-01-01T00:00:00Z'),
      MaxResults: 10,
    });
    expect((listedJobs.BackupJobs as unknown[]).length).toBe(4);
    for (const j of listedJobs.BackupJobs as Record<string, unknown>[])
      requirePresent(
        j,
        ['BackupJobId', 'State', 'ResourceArn', 'CreationDate', 'BackupVaultName', 'RecoveryPointArn'],
        'ListBackupJobs',
        problems,
      );
    await ok('ListBackupJobs', { ByResourceArn: VOLUME, ByResourceType: 'EBS' });

    // Recovery points
    const points = await ok('ListRecoveryPointsByBackupVault', {
      BackupVaultName: 'production',
      MaxResults: 100,
    });
    const list = points.RecoveryPoints as Record<string, unknown>[];
    expect(list.length).toBe(6);
    for (const p of list) {
      requirePresent(
        p,
        [
          'RecoveryPointArn',
          'CreationDate',
          'Status',
          'ResourceArn',
          'ResourceType',
          'BackupVaultName',
          'BackupVaultArn',
        ],
        'ListRecoveryPointsByBackupVault',
        problems,
      );
      if (p.CreationDate !== Date.parse('2025-12-21T00:00:00Z') / 1000)
        requirePresent(
          p,
          ['Lifecycle', 'CalculatedLifecycle'],
          'ListRecoveryPointsByBackupVault (with lifecycle)',
          problems,
        );
    }
    await ok('ListRecoveryPointsByBackupVault', {
      BackupVaultName: 'production',
      ByResourceArn: FS,
      ByResourceType: 'EFS',
      ByCreatedAfter: new Date('2025-01-01T00:00:00Z'),
      ByCreatedBefore: new Date('2027-01-01T00:00:00Z'),
    });
    const byResource = await ok('ListRecoveryPointsByResource', { ResourceArn: VOLUME, MaxResults: 10 });
    for (const p of byResource.RecoveryPoints as Record<string, unknown>[])
      requirePresent(
        p,
        ['RecoveryPointArn', 'CreationDate', 'Status', 'BackupVaultName'],
        'ListRecoveryPointsByResource',
        problems,
      );
    const efs = list.find(
      (p) => p.ResourceArn === FS && p.CreationDate !== Date.parse('2025-12-20T00:00:00Z') / 1000,
    )!;
    const ebs = list.find((p) => p.ResourceArn === VOLUME)!;
    const described = await ok('DescribeRecoveryPoint', {
      BackupVaultName: 'production',
      RecoveryPointArn: efs.RecoveryPointArn,
    });
    requirePresent(
      described,
      [
        'RecoveryPointArn',
        'CreationDate',
        'Status',
        'ResourceArn',
        'StorageClass',
        'Lifecycle',
        'BackupVaultName',
      ],
      'DescribeRecoveryPoint',
      problems,
    );
    const updated = await ok('UpdateRecoveryPointLifecycle', {
      BackupVaultName: 'production',
      RecoveryPointArn: efs.RecoveryPointArn,
      Lifecycle: { DeleteAfterDays: 200, MoveToColdStorageAfterDays: 20 },
    });
    requirePresent(
      updated,
      ['RecoveryPointArn', 'Lifecycle', 'CalculatedLifecycle'],
      'UpdateRecoveryPointLifecycle',
      problems,
    );
    const tags = await ok('ListTags', { ResourceArn: efs.RecoveryPointArn });
    expect(tags.Tags).toMatchObject({ 'backup-plans:plan': 'p' });
    await ok('TagResource', { ResourceArn: efs.RecoveryPointArn, Tags: { x: 'y' } });
    await ok('UntagResource', { ResourceArn: efs.RecoveryPointArn, TagKeyList: ['x'] });
    await fails('ListTags', { ResourceArn: ebs.RecoveryPointArn }, 'InvalidParameterValueException');
    const meta = await ok('GetRecoveryPointRestoreMetadata', {
      BackupVaultName: 'production',
      RecoveryPointArn: ebs.RecoveryPointArn,
    });
    requirePresent(
      meta,
      ['RestoreMetadata', 'RecoveryPointArn'],
      'GetRecoveryPointRestoreMetadata',
      problems,
    );

    // Copies
    const copy = await ok('StartCopyJob', {
      RecoveryPointArn: ebs.RecoveryPointArn,
      SourceBackupVaultName: 'production',
      DestinationBackupVaultArn: `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`,
      IamRoleArn: BACKUP_ROLE,
      IdempotencyToken: 'copy-1',
      Lifecycle: { DeleteAfterDays: 30 },
    });
    requirePresent(copy, ['CopyJobId', 'CreationDate'], 'StartCopyJob', problems);
    await fails(
      'DeleteRecoveryPoint',
      { BackupVaultName: 'production', RecoveryPointArn: ebs.RecoveryPointArn },
      'InvalidResourceStateException',
    );
    h.sim.advance(7200);
    const copyJob = (await ok('DescribeCopyJob', { CopyJobId: copy.CopyJobId })).CopyJob as Record<
      string,
      unknown
    >;
    requirePresent(
      copyJob,
      [
        'CopyJobId',
        'State',
        'SourceRecoveryPointArn',
        'DestinationBackupVaultArn',
        'DestinationRecoveryPointArn',
        'ResourceArn',
        'CreationDate',
        'CompletionDate',
      ],
      'DescribeCopyJob',
      problems,
    );
    const copies = await ok('ListCopyJobs', {
      ByState: 'COMPLETED',
      ByResourceArn: VOLUME,
      ByDestinationVaultArn: copyJob.DestinationBackupVaultArn,
      ByCreatedAfter: new Date('2025-01-01T00:00:00Z'),
      ByAccountId: ACCOUNT,
    });
    expect((copies.CopyJobs as unknown[]).length).toBe(1);
    const dr = await ok('ListRecoveryPointsByBackupVault', { BackupVaultName: 'production-dr' }, DR_REGION);
    requirePresent(
      (dr.RecoveryPoints as Record<string, unknown>[])[0]!,
      ['SourceBackupVaultArn', 'Lifecycle', 'CreationDate'],
      'copied point',
      problems,
    );

    // Legal holds, deletes, vault lock errors
    const hold = await ok('CreateLegalHold', {
      Title: 'hold',
      Description: 'model',
      IdempotencyToken: 'h1',
      RecoveryPointSelection: {
        VaultNames: ['production'],
        ResourceIdentifiers: [FS],
        DateRange: { FromDate: new Date('2025-01-01T00:00:00Z'), ToDate: new Date('2027-01-01T00:00:00Z') },
      },
    });
    requirePresent(
      hold,
      ['LegalHoldId', 'LegalHoldArn', 'Status', 'Title', 'RecoveryPointSelection'],
      'CreateLegalHold',
      problems,
    );
    const settings = await ok('DescribeRegionSettings');
    requirePresent(settings, ['ResourceTypeOptInPreference'], 'DescribeRegionSettings', problems);
    const holds = await ok('ListLegalHolds', { MaxResults: 10 });
    for (const l of holds.LegalHolds as Record<string, unknown>[])
      requirePresent(l, ['LegalHoldId', 'Status', 'Title', 'CreationDate'], 'ListLegalHolds', problems);
    await fails(
      'DeleteRecoveryPoint',
      { BackupVaultName: 'production', RecoveryPointArn: efs.RecoveryPointArn },
      'InvalidRequestException',
    );
    expect(
      (
        await call('DeleteRecoveryPoint', {
          BackupVaultName: 'production',
          RecoveryPointArn: ebs.RecoveryPointArn,
        })
      ).status,
    ).toBe(200);
    // Deletion is asynchronous: DELETING until the clock moves on.
    h.sim.advance(DELETION_MS / 1000);
    await fails(
      'DescribeRecoveryPoint',
      { BackupVaultName: 'production', RecoveryPointArn: ebs.RecoveryPointArn },
      'ResourceNotFoundException',
    );
    await fails(
      'StartBackupJob',
      { BackupVaultName: 'production', ResourceArn: VOLUME, IamRoleArn: BACKUP_ROLE, StartWindowMinutes: 10 },
      'InvalidParameterValueException',
    );
    await fails(
      'StartBackupJob',
      { BackupVaultName: 'production', ResourceArn: VOLUME },
      'MissingParameterValueException',
    );
    await fails('CreateBackupVault', { BackupVaultName: 'model-vault' }, 'AlreadyExistsException');
    await fails(
      'UpdateRecoveryPointLifecycle',
      {
        BackupVaultName: 'model-vault',
        RecoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:none',
        Lifecycle: { DeleteAfterDays: 1 },
      },
      'ResourceNotFoundException',
    );

    // Restores
    const restore = await ok('StartRestoreJob', {
      RecoveryPointArn: efs.RecoveryPointArn,
      Metadata: { newFileSystem: 'true' },
      IamRoleArn: BACKUP_ROLE,
      IdempotencyToken: 'r1',
      ResourceType: 'EFS',
    });
    requirePresent(restore, ['RestoreJobId'], 'StartRestoreJob', problems);
    h.sim.advance(3600);
    const restored = await ok('DescribeRestoreJob', { RestoreJobId: restore.RestoreJobId });
    requirePresent(
      restored,
      ['RestoreJobId', 'Status', 'CreatedResourceArn', 'RecoveryPointArn', 'CreationDate', 'CompletionDate'],
      'DescribeRestoreJob',
      problems,
    );
    await ok('ListRestoreJobs', {
      ByStatus: 'COMPLETED',
      ByAccountId: ACCOUNT,
      ByCreatedAfter: new Date('2025-01-01T00:00:00Z'),
      ByCompleteBefore: new Date('2027-01-01T00:00:00Z'),
    });

    // AWS Backup plans (read from the world)
    const plans = await ok('ListBackupPlans', { MaxResults: 10, IncludeDeleted: true });
    for (const p of plans.BackupPlansList as Record<string, unknown>[])
      requirePresent(p, ['BackupPlanId', 'BackupPlanArn', 'BackupPlanName'], 'ListBackupPlans', problems);
    const selections = await ok('ListBackupSelections', { BackupPlanId: 'plan-1' });
    for (const s of selections.BackupSelectionsList as Record<string, unknown>[])
      requirePresent(s, ['SelectionId', 'SelectionName', 'BackupPlanId'], 'ListBackupSelections', problems);
    const selection = await ok('GetBackupSelection', { BackupPlanId: 'plan-1', SelectionId: 'sel-1' });
    requirePresent(
      selection,
      ['BackupSelection', 'SelectionId', 'BackupPlanId'],
      'GetBackupSelection',
      problems,
    );
    await fails('ListBackupSelections', { BackupPlanId: 'nope' }, 'ResourceNotFoundException');

    const holdDetail = await ok('GetLegalHold', { LegalHoldId: hold.LegalHoldId });
    requirePresent(
      holdDetail,
      ['LegalHoldId', 'Status', 'RecoveryPointSelection', 'CreationDate'],
      'GetLegalHold',
      problems,
    );
    const heldPoints = await ok('ListRecoveryPointsByLegalHold', {
      LegalHoldId: hold.LegalHoldId,
      MaxResults: 1,
    });
    for (const p of heldPoints.RecoveryPoints as Record<string, unknown>[])
      requirePresent(p, ['RecoveryPointArn'], 'ListRecoveryPointsByLegalHold', problems);
    await ok('ListRecoveryPointsByLegalHold', {
      LegalHoldId: hold.LegalHoldId,
      NextToken: heldPoints.NextToken ?? undefined,
    });
    const cancel = await call('CancelLegalHold', {
      LegalHoldId: hold.LegalHoldId,
      CancelDescription: 'done',
      RetainRecordInDays: 7,
    });
    expect(cancel.status).toBe(201);
    const cancelled = await ok('GetLegalHold', { LegalHoldId: hold.LegalHoldId });
    requirePresent(
      cancelled,
      ['Status', 'CancellationDate', 'CancelDescription', 'RetainRecordUntil'],
      'GetLegalHold (CANCELED)',
      problems,
    );

    // Every Backup operation was exercised above.
    const stats = h.sim.stats();
    expect(BACKUP_ROUTES.map((r) => r.operation).filter((op) => !stats.calls[op])).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('STS answers carry the model members (XML) and errors have the STS shape', async () => {
    const post = async (params: Record<string, string>, signed = true) => {
      const res = await fetch(`${h.url}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          ...(signed && {
            authorization: `AWS4-HMAC-SHA256 Credential=AKIDMODEL/20260101/${REGION}/sts/aws4_request, SignedHeaders=host, Signature=0`,
          }),
        },
        body: new URLSearchParams({ Version: '2011-06-15', ...params }).toString(),
      });
      return { status: res.status, text: await res.text() };
    };
    /** Element names directly inside <tag>…</tag> (the simulator writes no attributes or text mixing). */
    const children = (xml: string, tag: string): string[] => {
      const inner = new RegExp(`<${tag}>([\\s\\S]*)</${tag}>`).exec(xml)?.[1] ?? '';
      const names: string[] = [];
      let rest = inner;
      for (;;) {
        const m = /^<(\w+)>/.exec(rest);
        if (!m) break;
        names.push(m[1]!);
        const close = rest.indexOf(`</${m[1]}>`);
        rest = rest.slice(close + m[1]!.length + 3);
      }
      return names;
    };
    const members = (shape: string) => Object.keys(sts.shapes[shape]!.members!);
    const token = jwt({
      sub: 'repo:acme/infra:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      exp: Date.parse('2026-02-01T00:00:00Z') / 1000,
      iss: 'https://token.actions.githubusercontent.com',
    });
    const web = await post(
      {
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: ROLE,
        RoleSessionName: 'session-1',
        WebIdentityToken: token,
      },
      false,
    );
    expect(web.status, web.text).toBe(200);
    expect(web.text).toMatch(
      /^<AssumeRoleWithWebIdentityResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/"><AssumeRoleWithWebIdentityResult>/,
    );
    const result = children(web.text, 'AssumeRoleWithWebIdentityResult');
    expect(result.filter((n) => !members('AssumeRoleWithWebIdentityResponse').includes(n))).toEqual([]);
    expect(result).toEqual(
      expect.arrayContaining([
        'Credentials',
        'AssumedRoleUser',
        'SubjectFromWebIdentityToken',
        'Audience',
        'Provider',
      ]),
    );
    expect(children(web.text, 'Credentials').sort()).toEqual(members('Credentials').sort());
    expect(children(web.text, 'AssumedRoleUser').sort()).toEqual(members('AssumedRoleUser').sort());
    const assumed = await post({ Action: 'AssumeRole', RoleArn: ROLE, RoleSessionName: 'session-2' });
    expect(
      children(assumed.text, 'AssumeRoleResult').filter((n) => !members('AssumeRoleResponse').includes(n)),
    ).toEqual([]);
    const who = await post({ Action: 'GetCallerIdentity' });
    expect(children(who.text, 'GetCallerIdentityResult').sort()).toEqual(
      members('GetCallerIdentityResponse').sort(),
    );
    const denied = await post(
      {
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: ROLE,
        RoleSessionName: 's',
        WebIdentityToken: jwt({ sub: 'repo:evil/x', aud: 'sts.amazonaws.com' }),
      },
      false,
    );
    expect(denied.status).toBe(403);
    expect(denied.text).toMatch(
      /^<ErrorResponse xmlns="[^"]+"><Error><Type>Sender<\/Type><Code>AccessDenied<\/Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity<\/Message><\/Error><RequestId>[0-9a-f-]+<\/RequestId><\/ErrorResponse>$/,
    );
    const expired = await post(
      {
        Action: 'AssumeRoleWithWebIdentity',
        RoleArn: ROLE,
        RoleSessionName: 's',
        WebIdentityToken: jwt({ sub: 'repo:acme/infra:x', aud: 'sts.amazonaws.com', exp: 1 }),
      },
      false,
    );
    expect(expired.text).toContain('<Code>ExpiredTokenException</Code>');
    // Each code the simulator answers is one the model declares for the operation (AccessDenied is
    // STS's generic authorization error, not modelled per operation).
    const declared = sts.operations.AssumeRoleWithWebIdentity!.errors!.map(
      (e) => (sts.shapes[e.shape] as Shape & { error?: { code: string } }).error?.code,
    );
    expect(declared).toEqual(expect.arrayContaining(['ExpiredTokenException', 'InvalidIdentityToken']));
  });

  it('Tagging answers fit the model', async () => {
    const post = async (op: string, body: unknown) => {
      const res = await fetch(`${h.url}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `${TAGGING_TARGET_PREFIX}${op}`,
          authorization: `AWS4-HMAC-SHA256 Credential=AKIDMODEL/20260101/${REGION}/tagging/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(body),
      });
      return {
        status: res.status,
        type: res.headers.get('x-amzn-errortype'),
        json: (await res.json()) as Record<string, unknown>,
      };
    };
    const tagProblems: string[] = [];
    const all = await post('GetResources', {
      TagFilters: [{ Key: 'backup', Values: ['daily'] }],
      ResourceTypeFilters: ['ec2:volume', 'rds:db', 'elasticfilesystem'],
      ResourcesPerPage: 2,
    });
    walk(tagging, 'GetResourcesOutput', all.json, 'GetResources', tagProblems);
    for (const m of all.json.ResourceTagMappingList as Record<string, unknown>[])
      requirePresent(m, ['ResourceARN', 'Tags'], 'GetResources', tagProblems);
    expect(all.json.PaginationToken).toBeTruthy();
    const tagged = await post('TagResources', {
      ResourceARNList: [VOLUME, 'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000'],
      Tags: { k: 'v' },
    });
    walk(tagging, 'TagResourcesOutput', tagged.json, 'TagResources', tagProblems);
    expect(tagProblems).toEqual([]);
    const bad = await post('GetResources', { ResourceARNList: [VOLUME], TagFilters: [{ Key: 'x' }] });
    expect([bad.status, bad.type, bad.json.__type]).toEqual([
      400,
      'InvalidParameterException',
      'InvalidParameterException',
    ]);
    expect(tagging.operations.GetResources!.errors!.map((e) => e.shape)).toContain(
      'InvalidParameterException',
    );
  });
});
