import { DescribeBackupVaultCommand, InvalidResourceStateException } from '@aws-sdk/client-backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { registerSecret } from '../../src/aws/redact.js';
import {
  backoffDelay,
  classifyError,
  describeAwsError,
  errorCode,
  isBusy,
  isRetryable,
  isThrottling,
} from '../../src/aws/retry.js';
import { json, jsonError, startFakeServer, type FakeServer } from './fake-server.js';

type RetryOptions = NonNullable<Parameters<typeof awsClients>[0]['retry']>;

/** A simulated clock the retry strategy sleeps on: no wall-clock waits. */
function fakeTime() {
  const t = { now: 0, sleeps: [] as number[] };
  const sleep = async (ms: number) => {
    t.sleeps.push(ms);
    t.now += ms;
  };
  return { t, sleep };
}

const credentials = { accessKeyId: 'AKIAFAKEACCESSKEY123', secretAccessKey: 'fake-secret-key-never-printed' };

let server: FakeServer;
beforeAll(async () => {
  server = await startFakeServer((_req, res) => json(res, {}));
  process.env.AWS_ENDPOINT_URL_BACKUP = server.url;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_BACKUP;
  await server.close();
});

/** Answers the scripted failures in order, then a vault description. */
function script(...failures: Array<[number, string] | 'reset'>) {
  server.requests.length = 0;
  let i = 0;
  server.setHandler((_req, res) => {
    const step = failures[i++];
    if (step === 'reset') {
      res.socket?.destroy();
      return;
    }
    if (step) return jsonError(res, step[0], step[1], `scripted ${step[1]}`);
    json(res, { BackupVaultName: 'production', NumberOfRecoveryPoints: 3 });
  });
}

async function describeVault(
  options: { retryThrottling?: boolean; maxAttempts?: number; retry?: RetryOptions } = {},
) {
  const { backup } = awsClients({ credentials, region: 'eu-west-1', ...options });
  try {
    return await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
  } finally {
    backup.destroy();
  }
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('SDK retry strategy over the wire', () => {
  it('retries throttling until it succeeds', async () => {
    script([400, 'ThrottlingException'], [429, 'TooManyRequestsException']);
    const out = await describeVault();
    expect(out.NumberOfRecoveryPoints).toBe(3);
    expect(out.$metadata.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('leaves throttling to the caller when retryThrottling is false', async () => {
    script([400, 'ThrottlingException']);
    const err = await failure(describeVault({ retryThrottling: false }));
    expect(isThrottling(err)).toBe(true);
    expect(errorCode(err)).toBe('ThrottlingException');
    expect(server.requests).toHaveLength(1);
  });

  it('still retries 5xx when throttling retries are off', async () => {
    script([500, 'InternalFailure'], [503, 'ServiceUnavailableException']);
    const out = await describeVault({ retryThrottling: false });
    expect(out.$metadata.attempts).toBe(3);
  });

  it('retries a dropped connection', async () => {
    script('reset');
    const out = await describeVault();
    expect(out.BackupVaultName).toBe('production');
    expect(server.requests).toHaveLength(2);
  });

  it('fails fast on access denied, with a message that names the call and no credentials', async () => {
    script([403, 'AccessDeniedException']);
    const err = await failure(describeVault());
    expect(server.requests).toHaveLength(1);
    expect(classifyError(err)).toBe('fatal');
    const line = describeAwsError(err, {
      operation: 'DescribeBackupVault',
      role: 'arn:aws:iam::123456789012:role/backup-plans',
      region: 'eu-west-1',
      target: 'production',
    });
    expect(line).toBe(
      'DescribeBackupVault on production in eu-west-1 as arn:aws:iam::123456789012:role/backup-plans ' +
        'failed: AccessDeniedException (HTTP 403): scripted AccessDeniedException',
    );
  });

  it('fails fast on validation errors', async () => {
    script([400, 'InvalidParameterValueException']);
    await failure(describeVault());
    expect(server.requests).toHaveLength(1);
  });

  it('does not spin on InvalidResourceStateException: busy is for the caller to retry later', async () => {
    script([400, 'InvalidResourceStateException']);
    const err = await failure(describeVault());
    expect(server.requests).toHaveLength(1);
    expect(err).toBeInstanceOf(InvalidResourceStateException);
    expect(isBusy(err)).toBe(true);
    expect(isRetryable(err)).toBe(true);
    expect(isThrottling(err)).toBe(false);
  });

  it('rides out seconds of 5xx: transient errors are retried for a budget of tens of seconds, not 5 attempts', async () => {
    const { t, sleep } = fakeTime();
    // The service answers 503 for the first 3 simulated seconds, then recovers.
    server.requests.length = 0;
    server.setHandler((_req, res) => {
      if (t.now < 3000) return jsonError(res, 503, 'ServiceUnavailableException', 'try again');
      json(res, { BackupVaultName: 'production', NumberOfRecoveryPoints: 3 });
    });
    const out = await describeVault({ retry: { sleep, random: () => 0.5 } });
    expect(out.BackupVaultName).toBe('production');
    expect(server.requests.length).toBeGreaterThan(5);
    expect(t.now).toBeGreaterThanOrEqual(3000);
  });

  it('stops transient retries when the budget is spent, with the error for the caller to call retry-later', async () => {
    const { t, sleep } = fakeTime();
    server.requests.length = 0;
    server.setHandler((_req, res) => jsonError(res, 500, 'InternalFailure', 'down'));
    const err = await failure(
      describeVault({ retry: { sleep, random: () => 0.999, transientBudgetMs: 20_000 } }),
    );
    expect(classifyError(err)).toBe('transient');
    expect(isRetryable(err)).toBe(true);
    // Waited the whole budget, never beyond it.
    expect(t.now).toBeGreaterThanOrEqual(20_000);
    expect(t.now).toBeLessThanOrEqual(20_001);
    expect(server.requests.length).toBe(t.sleeps.length + 1);
  });

  it('jitters every wait (full jitter: a different draw gives a different wait)', async () => {
    const waits: number[][] = [];
    for (const draw of [0.1, 0.9]) {
      const { t, sleep } = fakeTime();
      script([500, 'InternalFailure'], [500, 'InternalFailure'], [500, 'InternalFailure']);
      await describeVault({ retry: { sleep, random: () => draw } });
      waits.push(t.sleeps);
    }
    expect(waits[0]).toHaveLength(3);
    expect(waits[0]!.every((w, i) => w < waits[1]![i]!)).toBe(true);
  });

  it('stops after maxAttempts and surfaces the last error', async () => {
    script([500, 'InternalFailure'], [500, 'InternalFailure'], [500, 'InternalFailure']);
    const err = await failure(describeVault({ maxAttempts: 2 }));
    expect(server.requests).toHaveLength(2);
    expect(classifyError(err)).toBe('transient');
  });
});

describe('classifyError', () => {
  const cases: Array<[unknown, string]> = [
    [{ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } }, 'throttling'],
    [{ name: 'LimitExceededException', $metadata: { httpStatusCode: 400 } }, 'throttling'],
    [{ name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } }, 'throttling'],
    [{ name: 'SomethingNew', $metadata: { httpStatusCode: 429 } }, 'throttling'],
    [{ name: 'InternalServerError', $metadata: { httpStatusCode: 500 } }, 'transient'],
    [{ name: 'Unknown', $metadata: { httpStatusCode: 502 } }, 'transient'],
    [{ name: 'TimeoutError' }, 'transient'],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'transient'],
    [new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ETIMEDOUT' }) }), 'transient'],
    // The STS model's IDPCommunicationError, as the SDK names it (and as the wire code).
    [{ name: 'IDPCommunicationErrorException', $metadata: { httpStatusCode: 400 } }, 'transient'],
    [{ Code: 'IDPCommunicationError', $metadata: { httpStatusCode: 400 } }, 'transient'],
    [{ name: 'InvalidResourceStateException', $metadata: { httpStatusCode: 400 } }, 'busy'],
    [{ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }, 'fatal'],
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'fatal'],
    [{ name: 'ValidationException', $metadata: { httpStatusCode: 400 } }, 'fatal'],
    [{ name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 400 } }, 'fatal'],
    [{ name: 'NotImplemented', $metadata: { httpStatusCode: 501 } }, 'fatal'],
    [{ name: 'AbortError' }, 'fatal'],
    ['a string', 'fatal'],
    [undefined, 'fatal'],
  ];
  it.each(cases)('%j is %s', (err, expected) => {
    expect(classifyError(err)).toBe(expected);
  });
});

describe('describeAwsError', () => {
  it('masks registered secrets and anything shaped like an access key id', () => {
    registerSecret('very-secret-session-token-value');
    const err = Object.assign(
      new Error('token very-secret-session-token-value for ASIAABCDEFGHIJKLMNOP is\ninvalid'),
      { name: 'InvalidClientTokenId', $metadata: { httpStatusCode: 403 } },
    );
    const line = describeAwsError(err, { operation: 'GetCallerIdentity' });
    expect(line).toBe(
      'GetCallerIdentity failed: InvalidClientTokenId (HTTP 403): token *** for *** is invalid',
    );
  });

  it('describes network errors without a status', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(describeAwsError(err, { operation: 'ListTags', region: 'us-east-1' })).toBe(
      'ListTags in us-east-1 failed: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1',
    );
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by jitter', () => {
    expect(backoffDelay(0, 100, 20_000, () => 0.5)).toBe(50);
    expect(backoffDelay(3, 100, 20_000, () => 0.5)).toBe(400);
    expect(backoffDelay(20, 100, 20_000, () => 0.999)).toBe(19_980);
    expect(backoffDelay(5, 100, 20_000, () => 0)).toBe(0);
  });
});
