// The query protocols' wire pieces shared by EC2 (ec2 query) and RDS (awsQuery): form-encoded
// requests (`Action=…&Version=…`), XML answers built element by element.
import type { SimRequest } from './protocol.js';

export function queryParams(req: SimRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  if (req.body.length > 0)
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) params.set(k, v);
  return params;
}

/** `Prefix.1`, `Prefix.2`, … (the query protocols' flattened lists). */
export function listParam(params: URLSearchParams, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; params.has(`${prefix}.${i}`); i++) out.push(params.get(`${prefix}.${i}`)!);
  return out;
}

/** True when any parameter starts with `prefix.` (e.g. a `Filter.1.Name`). */
export function hasParam(params: URLSearchParams, prefix: string): boolean {
  for (const k of params.keys()) if (k === prefix || k.startsWith(`${prefix}.`)) return true;
  return false;
}

export const xmlEscape = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** One element; undefined values are left out (absent members). */
export function el(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return `<${name}>${typeof value === 'string' ? xmlEscape(value) : String(value)}</${name}>`;
}

/** An element holding already-rendered XML. */
export const wrap = (name: string, inner: string) => `<${name}>${inner}</${name}>`;

export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');
