// The one client layer between commands and AWS (or the simulator, via AWS_ENDPOINT_URL_*).
import { AwsContext } from './clients.js';
import { createCredentialSource, type CredentialOptions, type IdTokenProvider } from './credentials.js';

export * from './clients.js';
export * from './credentials.js';
export * from './pagination.js';
export * from './observed.js';
export * from './rate-limiter.js';
export * from './retry.js';
export { redact, registerSecret } from './redact.js';

/**
 * The context a command run uses: OIDC credentials in Actions, the default chain in a terminal.
 * Call `destroy()` when done so keep-alive sockets do not hold the process open.
 */
export function createAwsContext(
  host: { setSecret(value: string): void; readonly idTokens?: IdTokenProvider | undefined },
  options: Omit<CredentialOptions, 'setSecret' | 'idTokens'> & { maxAttempts?: number } = {},
): AwsContext {
  const setSecret = (value: string) => host.setSecret(value);
  const idTokens = host.idTokens;
  return new AwsContext(
    createCredentialSource({ setSecret, ...(idTokens ? { idTokens } : {}), ...options }),
    {
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    },
  );
}
