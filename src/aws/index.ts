// The one client layer between commands and AWS (or the simulator, via AWS_ENDPOINT_URL_*).
import type { Host } from '../host/host.js';
import { AwsContext } from './clients.js';
import { createCredentialSource, type CredentialOptions } from './credentials.js';

export * from './clients.js';
export * from './credentials.js';
export * from './pagination.js';
export * from './rate-limiter.js';
export * from './retry.js';
export { redact, registerSecret } from './redact.js';

/**
 * The context a command run uses: OIDC credentials in Actions, the default chain in a terminal.
 * Call `destroy()` when done so keep-alive sockets do not hold the process open.
 */
export function createAwsContext(
  host: Pick<Host, 'setSecret' | 'getIdToken'>,
  options: Omit<CredentialOptions, 'host'> & { maxAttempts?: number } = {},
): AwsContext {
  return new AwsContext(createCredentialSource({ host, ...options }), {
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
  });
}
