// Operations AWS refused a role for good in this run. IAM does not change its mind between two
// calls of one run: after the first AccessDenied for (role, operation), further calls only add
// noise (issue 11: 235 refused deletes, 235 annotations). Callers check here before calling and
// report the rest as "not attempted" under the one error that names the missing permission.
import { errorCode, httpStatus } from './retry.js';

const DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
]);

/** AWS refused the caller the operation (IAM or a resource policy), not a transient refusal. */
export function isAccessDenied(err: unknown): boolean {
  const code = errorCode(err);
  if (code !== undefined && DENIED_CODES.has(code)) return true;
  return code === undefined && httpStatus(err) === 403;
}

/** The IAM action an operation needs, e.g. `backup:DeleteRecoveryPoint`. */
export function iamAction(operation: string, service = 'backup'): string {
  return `${service}:${operation}`;
}

export class DeniedOperations {
  private readonly denied = new Map<string, string>();

  private static key(role: string, operation: string): string {
    return `${role}\n${operation}`;
  }

  /** The first refusal's message when `role` may not do `operation` (this run), else undefined. */
  check(role: string, operation: string): string | undefined {
    return this.denied.get(DeniedOperations.key(role, operation));
  }

  /** Remember a refusal; true the first time for (role, operation). */
  record(role: string, operation: string, message: string): boolean {
    const key = DeniedOperations.key(role, operation);
    if (this.denied.has(key)) return false;
    this.denied.set(key, message);
    return true;
  }
}
