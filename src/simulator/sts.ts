// AWS STS over the query protocol: form-encoded POSTs in, XML out. AssumeRoleWithWebIdentity
// arrives unsigned (the account comes from RoleArn); the JWT is decoded but its signature is NOT
// verified — the simulator has no access to GitHub's keys — while `sub`, `aud` and `exp` are checked
// against the role's trust and the SIMULATED clock.
import { randomBytes } from 'node:crypto';
import { SimError } from './errors.js';
import type { Caller, Session } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import type { SimState } from './state.js';
import type { WorldRole } from './world.js';

export const STS_OPERATIONS = ['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity'] as const;
const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** STS requests are form posts (or GET query strings) carrying `Action=`. */
export function isStsRequest(req: SimRequest, service: string | undefined): boolean {
  if (service === 'sts') return true;
  if (req.query.has('Action')) return true;
  const type = String(req.headers['content-type'] ?? '');
  return (
    req.method === 'POST' &&
    type.startsWith('application/x-www-form-urlencoded') &&
    req.body.includes('Action=')
  );
}

export function stsParams(req: SimRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  if (req.body.length > 0)
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) params.set(k, v);
  return params;
}

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function toXml(value: unknown): string {
  if (value === undefined || value === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar from our own response objects
  if (typeof value !== 'object') return xmlEscape(String(value));
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
    .join('');
}

export function stsResponseXml(operation: string, result: unknown, requestId: string): string {
  return `<${operation}Response xmlns="${NS}"><${operation}Result>${toXml(result)}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}

export function stsErrorXml(error: SimError, requestId: string): string {
  return `<ErrorResponse xmlns="${NS}"><Error><Type>${error.fault}</Type><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

const required = (params: URLSearchParams, name: string): string => {
  const v = params.get(name);
  if (!v)
    throw new SimError(
      'ValidationError',
      `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`,
    );
  return v;
};
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/** IAM's StringLike: `*` any run of characters, `?` exactly one. */
export function stringLike(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

interface JwtClaims {
  sub?: unknown;
  aud?: unknown;
  exp?: unknown;
  nbf?: unknown;
  iss?: unknown;
}

function decodeJwt(token: string): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3)
    throw new SimError(
      'InvalidIdentityToken',
      "Couldn't parse the provided web identity token: it is not a JWT.",
    );
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    if (!claims || typeof claims !== 'object') throw new Error('not an object');
    return claims as JwtClaims;
  } catch {
    throw new SimError('InvalidIdentityToken', "Couldn't parse the provided web identity token's payload.");
  }
}

const asList = (v: string | string[] | undefined): string[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

function checkTrust(role: WorldRole, claims: JwtClaims): boolean {
  const subs = asList(role.trust?.sub);
  const auds = asList(role.trust?.aud);
  const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
  const tokenAuds = Array.isArray(claims.aud)
    ? claims.aud.filter((a) => typeof a === 'string')
    : typeof claims.aud === 'string'
      ? [claims.aud]
      : [];
  if (subs && (sub === undefined || !subs.some((p) => stringLike(p, sub)))) return false;
  if (auds && !tokenAuds.some((a) => auds.includes(a))) return false;
  return true;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const randomId = (prefix: string, length: number) =>
  prefix + Array.from(randomBytes(length), (b) => ALNUM[b % ALNUM.length]).join('');

function duration(params: URLSearchParams, role: WorldRole): number {
  const raw = params.get('DurationSeconds');
  if (!raw) return 3600;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 900 || n > 43200)
    throw new SimError(
      'ValidationError',
      `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  const max = role.maxSessionDurationSeconds ?? 3600;
  if (n > max)
    throw new SimError(
      'ValidationError',
      `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`,
    );
  return n;
}

function issue(state: SimState, role: WorldRole, sessionName: string, seconds: number) {
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName))
    throw new SimError(
      'ValidationError',
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  const account = role.arn.split(':')[4]!;
  const roleName = role.arn.split('/').pop()!;
  const session: Session = {
    accessKeyId: randomId('ASIA', 16),
    account,
    roleArn: role.arn,
    sessionName,
    expiresMs: state.now + seconds * 1000,
  };
  state.sessions.set(session.accessKeyId, session);
  return {
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: randomBytes(96).toString('base64'),
      Expiration: new Date(session.expiresMs).toISOString(),
    },
    AssumedRoleUser: {
      AssumedRoleId: `${roleId(role.arn)}:${sessionName}`,
      Arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    },
  };
}

/** A stable role id (AROA…) per role ARN, as IAM keeps one per role. */
function roleId(arn: string): string {
  let h = 0;
  for (const c of arn) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  let out = 'AROA';
  for (let i = 0; i < 17; i++) {
    out += ALNUM[h % ALNUM.length];
    h = (h * 1103515245 + 12345) >>> 0;
  }
  return out;
}

function roleOf(state: SimState, arn: string, action: string): WorldRole {
  const role = state.roles.get(arn);
  if (!role) throw new SimError('AccessDenied', `Not authorized to perform ${action}`);
  return role;
}

/** The account an STS call acts in: web identity calls are unsigned, so it comes from RoleArn. */
export function stsAccountHint(params: URLSearchParams): string | undefined {
  if (params.get('Action') !== 'AssumeRoleWithWebIdentity') return undefined;
  return params.get('RoleArn')?.split(':')[4] || undefined;
}

export function dispatchSts(state: SimState, req: SimRequest): Dispatch {
  const params = stsParams(req);
  const action = params.get('Action') ?? '';
  const roleArn = params.get('RoleArn') ?? undefined;
  switch (action) {
    case 'AssumeRoleWithWebIdentity':
      return {
        operation: action,
        arns: roleArn ? [roleArn] : [],
        run: () => {
          const arn = required(params, 'RoleArn');
          const sessionName = required(params, 'RoleSessionName');
          const token = required(params, 'WebIdentityToken');
          const claims = decodeJwt(token);
          const role = roleOf(state, arn, 'sts:AssumeRoleWithWebIdentity');
          if (typeof claims.exp === 'number' && claims.exp * 1000 <= state.now)
            throw new SimError(
              'ExpiredTokenException',
              `Token expired: current date/time ${new Date(state.now).toISOString()} must be before the expiration date/time ${new Date(claims.exp * 1000).toISOString()}`,
            );
          if (typeof claims.nbf === 'number' && claims.nbf * 1000 > state.now + 300_000)
            throw new SimError(
              'InvalidIdentityToken',
              'The web identity token is not yet valid (nbf is in the future).',
            );
          if (!checkTrust(role, claims))
            throw new SimError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
          const issued = issue(state, role, sessionName, duration(params, role));
          const provider = typeof claims.iss === 'string' ? claims.iss.replace(/^https:\/\//, '') : undefined;
          const aud: unknown = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
          return {
            ...issued,
            SubjectFromWebIdentityToken: typeof claims.sub === 'string' ? claims.sub : undefined,
            Audience: typeof aud === 'string' ? aud : undefined,
            Provider: provider,
          };
        },
      };
    case 'AssumeRole':
      return {
        operation: action,
        arns: roleArn ? [roleArn] : [],
        run: () => {
          const arn = required(params, 'RoleArn');
          const sessionName = required(params, 'RoleSessionName');
          const role = roleOf(state, arn, 'sts:AssumeRole');
          return issue(state, role, sessionName, duration(params, role));
        },
      };
    case 'GetCallerIdentity':
      return {
        operation: action,
        arns: [],
        run: (caller: Caller) => {
          if (caller.roleArn) {
            const name = caller.roleArn.split('/').pop()!;
            return {
              UserId: `${roleId(caller.roleArn)}:${caller.sessionName}`,
              Account: caller.account,
              Arn: `arn:aws:sts::${caller.account}:assumed-role/${name}/${caller.sessionName}`,
            };
          }
          // Keys the simulator did not issue act as a user of the world's first account.
          return {
            UserId: 'AIDASIMULATORUSER0001',
            Account: caller.account,
            Arn: `arn:aws:iam::${caller.account}:user/simulator`,
          };
        },
      };
    default:
      throw new SimError(
        'InvalidAction',
        `Could not find operation ${action || '(no Action)'} for version ${params.get('Version') ?? '?'}`,
      );
  }
}
