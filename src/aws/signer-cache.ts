// One request signer per client and auth scheme, instead of one per request.
//
// The SDK's SigV4 config (`resolveAwsSdkSigV4Config`) makes a new SignatureV4 for every request,
// copying the whole client configuration into it (some 45 keys, an object in V8's slow dictionary
// mode) only to read five of them. In `simulate` (~80k calls on one thread) that is a few percent of
// the main thread. (Signing keys are cached by the SigV4 module itself, for every signer.)
// What a signer captures never changes for one client: the credential provider (read again at every
// signature, so a run's bound credentials still apply: clients.ts), the signing region and service
// (fixed per client), sha256 and path escaping. The signing date is passed with each signature.

import { keptUnlessFailed } from './concurrency.js';

/** What the SDK calls `config.signer` with: the endpoint's first auth scheme, if any. */
interface AuthScheme {
  name?: string;
  signingName?: string;
  signingRegion?: string;
}

type SignerFactory = (authScheme?: AuthScheme) => Promise<unknown>;

interface SigningClient {
  readonly config: object;
}

/** Makes `client` reuse its request signers (see above). Returns the same client. */
export function reuseSigners<C extends SigningClient>(client: C): C {
  const config = client.config as { signer?: SignerFactory };
  const make = config.signer;
  // Clients without SigV4 (none of ours today) keep whatever they have.
  if (typeof make !== 'function') return client;
  const signers = new Map<string, Promise<unknown>>();
  // A signer that could not be made (its region provider failed) is made again next time.
  config.signer = (authScheme) =>
    keptUnlessFailed(
      signers,
      `${authScheme?.name}\n${authScheme?.signingName}\n${authScheme?.signingRegion}`,
      () => make(authScheme),
    );
  return client;
}
