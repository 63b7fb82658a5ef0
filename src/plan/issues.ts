// Turns zod issues into findings that say what to fix, at the path of the offending key or value.
import type { z } from 'zod';
import { typesWith } from './resource-types.js';
import { didYouMean } from './suggest.js';
import { formatPath, pathKey, type NodeSource, type Path } from './yaml-source.js';

/** One problem with a plan file, before it is given a line and column. */
export interface Finding {
  path: Path;
  message: string;
  /** Point at the key (unknown/duplicate keys, missing children) rather than the value. */
  at?: 'key' | 'value';
}

export function finding(path: Path, message: string, at?: 'key' | 'value'): Finding {
  const where = formatPath(path);
  return { path, message: where ? `${where}: ${message}` : message, ...(at ? { at } : {}) };
}

const DURATION_KEYS = new Set(['startWithin', 'completeWithin', 'copyWithin', 'every']);
/** Keys a user may try for continuous backup (AWS's EnableContinuousBackup), lower-cased. */
const CONTINUOUS_KEYS = new Set([
  'continuous',
  'continuousbackup',
  'enablecontinuousbackup',
  'pointintimerecovery',
  'pitr',
]);

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a YAML scalar here (number, boolean, undefined)
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const expectedName: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  record: 'a mapping',
};

/** The keys an object schema allows at `path` (all object options of a union, merged). */
export function keysAt(schema: AnySchema, path: Path): string[] {
  const found = new Set<string>();
  const visit = (s: AnySchema, rest: Path): void => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        return visit(def.innerType as AnySchema, rest);
      case 'pipe':
        return visit(def.in as AnySchema, rest);
      case 'union':
        for (const option of def.options as AnySchema[]) visit(option, rest);
        return;
      case 'object': {
        const shape = def.shape as Record<string, AnySchema>;
        if (rest.length === 0) Object.keys(shape).forEach((k) => found.add(k));
        else {
          const child = typeof rest[0] === 'string' ? shape[rest[0]] : undefined;
          if (child) visit(child, rest.slice(1));
        }
        return;
      }
      case 'array':
        if (typeof rest[0] === 'number') visit(def.element as AnySchema, rest.slice(1));
        return;
      case 'record':
        if (rest.length > 0) visit(def.valueType as AnySchema, rest.slice(1));
        return;
    }
  };
  visit(schema, path);
  return [...found].filter((k) => k !== '$schema');
}

export function issuesToFindings(
  issues: readonly Issue[],
  data: unknown,
  nodes: ReadonlyMap<string, NodeSource>,
  schema: AnySchema,
): Finding[] {
  const out: Finding[] = [];
  const raw = (path: Path) => nodes.get(pathKey(path))?.raw;

  const visit = (issue: Issue, base: Path): void => {
    const path = [...base, ...(issue.path as (string | number)[])];
    const value = valueAt(data, path);
    const last = path[path.length - 1];
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      const hint = last === 'version' ? '; add `version: 1` at the top of the file' : '';
      out.push(finding(path.slice(0, -1), `missing required key "${String(last)}"${hint}`, 'key'));
      return;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push(
            finding(
              [...path, key],
              CONTINUOUS_KEYS.has(key.toLowerCase())
                ? `unknown key "${key}": continuous backup (point-in-time restore) is not available through the ` +
                    `backup jobs this tool starts, only in AWS Backup's own plans (for ${typesWith('continuousBackup').join(', ')})`
                : `unknown key "${key}"${didYouMean(key, keysAt(schema, path))}`,
              'key',
            ),
          );
        return;
      case 'invalid_union': {
        // Report the option whose shape matches what was written (a string or a mapping).
        const matching = issue.errors.find(
          (option) => !option.some((i) => i.code === 'invalid_type' && i.path.length === 0),
        );
        if (matching) {
          for (const inner of matching) visit(inner, path);
          return;
        }
        const expected = issue.errors
          .flatMap((option) =>
            option.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected),
          )
          .map((e) => expectedName[e] ?? e);
        out.push(finding(path, `expected ${[...new Set(expected)].join(' or ')}, got ${describe(value)}`));
        return;
      }
      case 'invalid_type': {
        if (issue.expected === 'string' && typeof value === 'number' && DURATION_KEYS.has(String(last))) {
          out.push(finding(path, `a duration needs a unit: write "${value}m", "${value}h" or "${value}d"`));
          return;
        }
        if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
          const written = raw(path) ?? String(value);
          const why =
            last === 'account'
              ? 'account ids are 12-digit strings and a YAML number loses leading zeros'
              : `YAML reads ${written} as ${typeof value === 'number' ? 'a number' : 'true/false'}`;
          out.push(finding(path, `${why}; quote it: "${written}"`));
          return;
        }
        out.push(
          finding(path, `expected ${expectedName[issue.expected] ?? issue.expected}, got ${describe(value)}`),
        );
        return;
      }
      case 'invalid_value':
        if (issue.values.length === 1) {
          out.push(finding(path, `${issue.message}, got ${describe(value)}`));
        } else {
          const allowed = issue.values.map(String);
          out.push(finding(path, `${describe(value)} is not allowed${didYouMean(String(value), allowed)}`));
        }
        return;
      case 'invalid_key':
        for (const inner of issue.issues)
          out.push(finding(path, `invalid name "${String(last)}": ${inner.message}`, 'key'));
        return;
      case 'too_small':
        if (issue.origin === 'string')
          out.push(finding(path, issue.minimum === 1 ? 'may not be empty' : issue.message));
        else if (issue.origin === 'array')
          out.push(
            finding(
              path,
              custom(issue) ?? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`,
            ),
          );
        else
          out.push(
            finding(path, custom(issue) ?? `expected at least ${issue.minimum}, got ${describe(value)}`),
          );
        return;
      case 'too_big':
        out.push(finding(path, custom(issue) ?? `expected at most ${issue.maximum}, got ${describe(value)}`));
        return;
      case 'invalid_format':
        out.push(finding(path, `${issue.message}, got ${describe(value)}`));
        return;
      default:
        out.push(finding(path, issue.message));
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

/** Our own error text, when the schema gave one (zod's defaults start with "Too"/"Invalid"). */
function custom(issue: Issue): string | undefined {
  return /^(Too|Invalid)/.test(issue.message) ? undefined : issue.message;
}
