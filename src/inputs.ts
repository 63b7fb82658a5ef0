// The inputs every command shares. Action inputs and CLI flags are parsed into this one shape.
import { parseIsoTime } from './retention/points-json.js';

export const COMMANDS = [
  'validate',
  'review',
  'backup',
  'prune',
  'restore',
  'drill',
  'list',
  'audit',
  'simulate',
  'retention',
  'list-plans',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Inputs {
  command: CommandName;
  plans: string;
  plan?: string;
  dryRun: boolean;
  wait: boolean;
  maxDeletions: number;
  now?: Date;
  applyRetentionToExisting: boolean;
  resource?: string;
  point?: string;
  metadata?: Record<string, string>;
  /** restore: only this vault / region of the plan's vaults. */
  vault?: string;
  region?: string;
  /** restore: allow metadata that restores onto the live resource; drill: drill now, due or not. */
  force?: boolean;
  namespace?: string;
  githubToken?: string;
  /** review: folder of the base plans (default in the action: the pull request's base commit). */
  base?: string;
  /** review: a read-only IAM role (name in every account, or one ARN) for the live impact on existing points. */
  reviewRole?: string;
  /** CLI `--json`: machine-readable output on stdout (list-plans, list, review, simulate, audit, drill). */
  json?: boolean;
  /** simulate: simulated days (default 365). */
  days?: number;
  /** simulate: a world file (default: one synthesized from the plans). */
  world?: string;
  /** simulate: a price table file (default: the bundled src/cost/prices.json). */
  prices?: string;
}

/** Defaults shared by action.yml, the action and the CLI. */
export const INPUT_DEFAULTS = { plans: 'backup-plans', maxDeletions: '50' } as const;

export class InputError extends Error {
  override name = 'InputError';
}

export function parseCommand(value: string): CommandName {
  const command = value.trim();
  if ((COMMANDS as readonly string[]).includes(command)) return command as CommandName;
  throw new InputError(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off', ''].includes(v)) return false;
  throw new InputError(`${name}: expected true or false, got "${value}"`);
}

export function parseCount(name: string, value: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`${name}: expected a whole number ≥ 0, got "${value}"`);
  return n;
}

/** Strict ISO-8601 with a UTC offset: `new Date()` would read a time without one in the machine's
 * zone and roll 30 February into March, so the answer would depend on where it runs. */
export function parseTime(name: string, value: string): Date {
  try {
    return parseIsoTime(value, name);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/** `metadata` is JSON (an object of strings) or, from the CLI, repeated KEY=VALUE pairs. */
export function parseMetadata(values: string[]): Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    if (value.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (e) {
        throw new InputError(`metadata: not valid JSON: ${(e as Error).message}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new InputError('metadata: expected a JSON object of strings');
      for (const [k, v] of Object.entries(parsed)) {
        if (typeof v !== 'string') throw new InputError(`metadata: value of "${k}" must be a string`);
        out[k] = v;
      }
    } else {
      const eq = value.indexOf('=');
      if (eq <= 0) throw new InputError(`metadata: expected KEY=VALUE or a JSON object, got "${value}"`);
      out[value.slice(0, eq)] = value.slice(eq + 1);
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Checks that concern several inputs at once; `names` says how the caller spells them. */
export function checkInputCombinations(inputs: Inputs, names: { now: string; dryRun: string }): void {
  if (inputs.now && !inputs.dryRun)
    throw new InputError(`${names.now} (a what-if time) only works with ${names.dryRun}`);
}
