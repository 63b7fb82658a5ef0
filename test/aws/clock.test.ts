import { BackupClient, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerClock } from '../../src/aws/clock.js';

describe('ServerClock', () => {
  it('uses the local clock until a server Date is seen, then follows the server', () => {
    let local = Date.parse('2026-11-25T10:00:00Z');
    const clock = new ServerClock(undefined, () => local);
    expect(clock.synced).toBe(false);
    expect(clock.now().toISOString()).toBe('2026-11-25T10:00:00.000Z');
    clock.observe('Thu, 01 Jan 2026 00:00:00 GMT');
    expect(clock.synced).toBe(true);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.500Z');
    local += 60_000;
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.500Z');
  });
  it('treats sub-second differences as no skew and ignores garbage', () => {
    const local = Date.parse('2026-11-25T10:00:00.300Z');
    const clock = new ServerClock(undefined, () => local);
    clock.observe('Wed, 25 Nov 2026 10:00:00 GMT');
    expect(clock.now().getTime()).toBe(local);
    clock.observe('not a date');
    expect(clock.now().getTime()).toBe(local);
  });
  it('a pinned what-if time wins over everything', () => {
    const clock = new ServerClock(new Date('2026-06-01T00:00:00Z'));
    clock.observe('Thu, 01 Jan 2026 00:00:00 GMT');
    expect(clock.now().toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  describe('attached to a real SDK client', () => {
    let url = '';
    let status = 200;
    const server = createServer((_req, res) => {
      res.setHeader('Date', 'Fri, 01 May 2026 12:00:00 GMT');
      res.setHeader('Content-Type', 'application/json');
      if (status !== 200) res.setHeader('x-amzn-errortype', 'AccessDeniedException');
      res.statusCode = status;
      res.end(status === 200 ? '{"BackupVaultName":"v"}' : '{"message":"no"}');
    });
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const client = () =>
      new BackupClient({
        endpoint: url,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
        maxAttempts: 1,
      });

    it('learns the time from successful responses', async () => {
      status = 200;
      const clock = new ServerClock();
      const c = client();
      clock.attach(c);
      await c.send(new DescribeBackupVaultCommand({ BackupVaultName: 'v' }));
      expect(Math.abs(clock.now().getTime() - Date.parse('2026-05-01T12:00:00.5Z'))).toBeLessThan(5000);
    });
    it('and from error responses', async () => {
      status = 403;
      const clock = new ServerClock();
      const c = client();
      clock.attach(c);
      await expect(c.send(new DescribeBackupVaultCommand({ BackupVaultName: 'v' }))).rejects.toThrow();
      expect(clock.now().toISOString().slice(0, 13)).toBe('2026-05-01T12');
    });
  });
});
