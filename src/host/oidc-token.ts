// The runner's OIDC ID token, fetched as @actions/core's getIDToken does (GET the job's
// ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=…`, the request token as bearer, `{ value }` back, the
// token masked), over node:http(s), which the AWS SDK loads anyway. @actions/core's version imports
// @actions/http-client and with it undici (~1 MB of bundle) before the first AWS request (issue 12).
// Like the SDK's own requests, it goes direct: neither honours HTTP(S)_PROXY.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setSecret } from './workflow-commands.js';

/** Statuses worth another try, as @actions/http-client retries them (GET is idempotent). */
const RETRY_STATUSES = new Set([502, 503, 504]);
const MAX_RETRIES = 10;

export interface IdTokenOptions {
  env?: NodeJS.ProcessEnv;
  /** Waits between attempts; tests pass a no-op. */
  sleep?: (ms: number) => Promise<void>;
}

/** An ID token for `audience` from the runner; masked in the log before it is returned. */
export async function fetchIdToken(audience: string, options: IdTokenOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base) throw new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  if (!bearer) throw new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
  const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
  let answer: { status: number; body: string } | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      answer = await get(url, bearer);
    } catch (error) {
      throw new Error(`Error message: Failed to get ID Token. Error Message: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (!RETRY_STATUSES.has(answer.status) || attempt >= MAX_RETRIES) break;
    // @actions/http-client's backoff: 5 ms × 2^attempt, the exponent capped at 10.
    await sleep(5 * 2 ** Math.min(attempt + 1, 10));
  }
  if (answer.status < 200 || answer.status > 299)
    throw new Error(
      `Error message: Failed to get ID Token. Error Code : ${answer.status} ` +
        `Error Message: ${describeFailure(answer.body)}`,
    );
  let value: unknown;
  try {
    value = (JSON.parse(answer.body) as { value?: unknown } | null)?.value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value === '')
    throw new Error('Error message: Response json body do not have ID Token field');
  setSecret(value);
  return value;
}

function describeFailure(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown } | null)?.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: the status says enough
  }
  return 'the token endpoint refused the request';
}

function get(url: string, bearer: string): Promise<{ status: number; body: string }> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'GET',
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${bearer}`,
          'user-agent': 'actions/oidc-client',
        },
        timeout: 60_000,
      },
      (res: IncomingMessage) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', reject);
    req.end();
  });
}
