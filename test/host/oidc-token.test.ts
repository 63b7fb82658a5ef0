// The action's OIDC token fetch against the fake runner token endpoint (test/e2e/fake-github.ts, which
// test/e2e/harness.test.ts checks against @actions/core's getIDToken): audience, bearer token, mask,
// retries of 502/503/504 as @actions/http-client does, and the errors a missing permission gives.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchIdToken } from '../../src/host/oidc-token.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/harness.js';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ clock: () => new Date('2026-03-01T12:00:00Z'), repository: 'acme/infra' });
});
afterAll(async () => github?.close());

const env = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/oidc/token?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.oidcRequestToken,
});
const noSleep = () => Promise.resolve();

function captureStdout(): { text: () => string; restore: () => void } {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return { text: () => out, restore: () => spy.mockRestore() };
}

describe('fetchIdToken', () => {
  it('gets a token for the audience with the request token as bearer, and masks it', async () => {
    const before = github.oidc.issued.length;
    const stdout = captureStdout();
    let token: string;
    try {
      token = await fetchIdToken('sts.amazonaws.com', { env: env(), sleep: noSleep });
    } finally {
      stdout.restore();
    }
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
      aud: string;
    };
    expect(payload.aud).toBe('sts.amazonaws.com');
    expect(github.oidc.issued.slice(before)).toHaveLength(1);
    expect(stdout.text()).toBe(`::add-mask::${token}\n`);
  });

  it('retries 502/503/504 and then succeeds', async () => {
    github.failNext('GET /oidc/token', 503, 2);
    const sleeps: number[] = [];
    const stdout = captureStdout();
    try {
      const token = await fetchIdToken('sts.amazonaws.com', {
        env: env(),
        sleep: (ms) => (sleeps.push(ms), Promise.resolve()),
      });
      expect(token.split('.')).toHaveLength(3);
    } finally {
      stdout.restore();
    }
    expect(sleeps).toEqual([10, 20]);
  });

  it('a refused request token is an error naming the status, without retries', async () => {
    const sleeps: number[] = [];
    await expect(
      fetchIdToken('sts.amazonaws.com', {
        env: { ...env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' },
        sleep: (ms) => (sleeps.push(ms), Promise.resolve()),
      }),
    ).rejects.toThrow(/Failed to get ID Token\. Error Code : 401 Error Message: Unauthorized/);
    expect(sleeps).toEqual([]);
  });

  it('gives up after 10 retries of a persistent 503', async () => {
    github.failNext('GET /oidc/token', 503, 11);
    let attempts = 0;
    await expect(
      fetchIdToken('sts.amazonaws.com', {
        env: env(),
        sleep: () => (attempts++, Promise.resolve()),
      }),
    ).rejects.toThrow(/Error Code : 503/);
    expect(attempts).toBe(10);
  });

  it('without the token variables (no id-token permission): a clear error', async () => {
    await expect(fetchIdToken('sts.amazonaws.com', { env: {} })).rejects.toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_URL/,
    );
    await expect(
      fetchIdToken('sts.amazonaws.com', {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/x?a=1' },
      }),
    ).rejects.toThrow(/ACTIONS_ID_TOKEN_REQUEST_TOKEN/);
  });

  it('an unreachable endpoint is an error, not a hang', async () => {
    await expect(
      fetchIdToken('sts.amazonaws.com', {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/x?a=1',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        },
      }),
    ).rejects.toThrow(/Failed to get ID Token/);
  });
});
