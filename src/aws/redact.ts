// Keeps credentials out of every message this layer builds. The credential provider registers each
// secret it obtains (as it also registers them with the host's setSecret); error descriptions pass
// through redact() before anyone prints them.

const knownSecrets = new Set<string>();

/** Remember a value that must never appear in a message (access key ids, secret keys, session tokens). */
export function registerSecret(value: string | undefined): void {
  // Very short strings would blank out ordinary words; real credentials are long.
  if (value && value.length >= 8) knownSecrets.add(value);
}

/** How many secrets are registered now (a mark for forgetSecretsAfter). */
export function registeredSecrets(): number {
  return knownSecrets.size;
}

/**
 * Forget the secrets registered after the first `mark`. For an in-process loop of runs (simulate):
 * each finished run's sessions go, as they would with each run in its own process. Without it the
 * set grows by three per run and redact() (called per report and log line) slows down with it.
 */
export function forgetSecretsAfter(mark: number): void {
  let i = 0;
  for (const secret of knownSecrets) if (i++ >= mark) knownSecrets.delete(secret);
}

// Access key ids have a recognisable shape even when we never saw them (e.g. the default chain's).
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g;

/** Replace every registered secret and anything shaped like an access key id with `***`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  return out.replace(ACCESS_KEY_ID, '***');
}
