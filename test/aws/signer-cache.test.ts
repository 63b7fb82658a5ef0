// A client that reuses its signer (src/aws/signer-cache.ts) signs every request exactly as a signer
// made afresh by the SDK for that request would: each request as sent is signed again by a new signer
// from the SDK's own factory and the signatures compared, across a new day (a new signing key),
// rotated credentials and another service. (Comparing with a second, plain client directly is not
// possible: each invocation signs its own random amz-sdk-invocation-id.) The simulator does not
// verify signatures (FIDELITY.md), so the check is made here, on the requests as sent.
import { BackupClient, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { HttpRequest, HttpResponse } from '@smithy/core/protocols';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reuseSigners } from '../../src/aws/signer-cache.js';

/** Answers every request with an empty JSON object and keeps a copy of it as signed. */
function recordingHandler(sent: HttpRequest[]) {
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    handle: (request: HttpRequest) => {
      sent.push(HttpRequest.clone(request));
      return Promise.resolve({
        response: new HttpResponse({
          statusCode: 200,
          headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'r' },
          body: new TextEncoder().encode('{}'),
        }),
      });
    },
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
    destroy: () => {},
  };
}

/** What both clients are made with here. */
interface ClientConfig {
  region: string;
  endpoint: string;
  credentials: () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken: string }>;
  maxAttempts: number;
  requestHandler: ReturnType<typeof recordingHandler>;
}

type SignerFactory = (scheme?: object) => Promise<{
  sign(request: HttpRequest, options: object): Promise<HttpRequest>;
}>;

describe('reuseSigners', () => {
  let keys = { accessKeyId: 'AKIAFIRSTKEY00000001', secretAccessKey: 'first', sessionToken: 'token-1' };
  // Read at every call, as a run's bound credentials are (src/aws/clients.ts's KeptClients).
  const credentials = Object.assign(() => Promise.resolve(keys), { memoized: true as const });

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T23:59:58Z'));
  });
  afterEach(() => vi.useRealTimers());

  /** A client reusing its signers, what it sent, how many signers it made, and a fresh signer's verdict. */
  function reusing<C extends BackupClient | ResourceGroupsTaggingAPIClient>(
    make: (config: ClientConfig) => C,
    service: string,
  ) {
    const sent: HttpRequest[] = [];
    const client = make({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:1',
      credentials,
      maxAttempts: 1,
      requestHandler: recordingHandler(sent),
    });
    const config = client.config as unknown as { signer: SignerFactory };
    const factory = config.signer;
    let made = 0;
    config.signer = (scheme) => {
      made++;
      return factory(scheme);
    };
    reuseSigners(client);
    /** The last request's Authorization, and the one a signer made now by the SDK gives it. */
    const lastSignature = async () => {
      const request = HttpRequest.clone(sent.at(-1)!);
      const asSent = request.headers.authorization;
      delete request.headers.authorization;
      const fresh = await factory({ name: 'sigv4', signingName: service, signingRegion: 'eu-west-1' });
      const again = await fresh.sign(request, {
        signingDate: new Date(),
        signingRegion: 'eu-west-1',
        signingService: service,
      });
      return { asSent, fresh: again.headers.authorization, token: request.headers['x-amz-security-token'] };
    };
    return { client, made: () => made, lastSignature };
  }

  it('signs Backup requests as a fresh signer does, across days and rotated credentials', async () => {
    const { client, made, lastSignature } = reusing((c) => new BackupClient(c), 'backup');
    const send = () => client.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));

    await send();
    const first = await lastSignature();
    expect(first.asSent).toBe(first.fresh);
    expect(first.asSent).toContain('Credential=AKIAFIRSTKEY00000001/20260310/eu-west-1/backup/');

    vi.setSystemTime(new Date('2026-03-11T00:00:03Z')); // a new day: a new signing key
    await send();
    const nextDay = await lastSignature();
    expect(nextDay.asSent).toBe(nextDay.fresh);
    expect(nextDay.asSent).toContain('/20260311/eu-west-1/backup/');

    keys = { accessKeyId: 'AKIASECONDKEY0000002', secretAccessKey: 'second', sessionToken: 'token-2' };
    await send();
    const rotated = await lastSignature();
    expect(rotated.asSent).toBe(rotated.fresh);
    expect(rotated.asSent).toContain('Credential=AKIASECONDKEY0000002/20260311/');
    expect(rotated.token).toBe('token-2');

    expect(made()).toBe(1);
  });

  it('signs Tagging API requests (another service name) as a fresh signer does', async () => {
    const { client, made, lastSignature } = reusing((c) => new ResourceGroupsTaggingAPIClient(c), 'tagging');
    for (let i = 0; i < 2; i++) {
      await client.send(
        new GetResourcesCommand({ ResourceARNList: ['arn:aws:ec2:eu-west-1::snapshot/snap-1'] }),
      );
      const signature = await lastSignature();
      expect(signature.asSent).toBe(signature.fresh);
      expect(signature.asSent).toContain('/eu-west-1/tagging/aws4_request');
    }
    expect(made()).toBe(1);
  });

  it('makes the signer again after a failed attempt instead of keeping the failure', async () => {
    let calls = 0;
    const client = {
      config: {
        signer: () =>
          ++calls === 1 ? Promise.reject(new Error('no region yet')) : Promise.resolve('signer'),
      },
    };
    reuseSigners(client);
    const signer = client.config.signer as () => Promise<unknown>;
    await expect(signer()).rejects.toThrow('no region yet');
    await expect(signer()).resolves.toBe('signer');
    await expect(signer()).resolves.toBe('signer');
    expect(calls).toBe(2);
  });
});
