// The token-provider port of the credential layer, kept free of SDK imports: the action's host
// implements it, and a command that never touches AWS (validate) must not load an SDK for it.

/**
 * Where GitHub OIDC ID tokens come from; the entry point chooses it (the action: the runner's token
 * endpoint; the CLI: none, so the default chain is used).
 */
export interface IdTokenProvider {
  /** A fresh ID token for `audience`; throws IdTokenUnavailableError when the job may not have one. */
  getIdToken(audience: string): Promise<string>;
}

/** The job has no OIDC token to give (no `id-token: write` permission). */
export class IdTokenUnavailableError extends Error {
  override name = 'IdTokenUnavailableError';
}
