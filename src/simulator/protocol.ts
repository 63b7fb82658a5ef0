// What a protocol module gives the server for one request: the operation's name (for stats and
// faults), the ARNs it names (for resource-scoped faults), and the work to do.
import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from './model.js';

export interface SimRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Dispatch {
  operation: string;
  arns: string[];
  /** HTTP status of a successful answer (default 200; the model's responseCode). */
  status?: number;
  run: (caller: Caller) => unknown;
}

/**
 * A JSON answer already encoded (a listing built from items encoded once, see encodedListing in
 * backup.ts): the server sends its bytes as they are.
 */
export class EncodedJson {
  constructor(readonly bytes: Buffer) {}
}
