// Reads who is calling and where from a SigV4-signed request. Signatures are not verified: the
// simulator only needs the access key (to find the caller's session) and the credential scope
// (`Credential=<key>/<date>/<region>/<service>/aws4_request`) for the region and service.
import type { IncomingHttpHeaders } from 'node:http';

export interface SigV4Scope {
  accessKeyId: string;
  region: string;
  service: string;
}

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;

export function parseSigV4(headers: IncomingHttpHeaders, query?: URLSearchParams): SigV4Scope | undefined {
  const auth = headers.authorization;
  let match = typeof auth === 'string' ? CREDENTIAL.exec(auth) : null;
  // Presigned URLs carry the same scope in X-Amz-Credential.
  if (!match && query) {
    const credential = query.get('X-Amz-Credential');
    if (credential) match = CREDENTIAL.exec(`Credential=${credential}`);
  }
  if (!match) return undefined;
  return { accessKeyId: match[1]!, region: match[3]!, service: match[4]! };
}
