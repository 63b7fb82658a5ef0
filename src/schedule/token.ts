// Idempotency tokens and the ownership tags: the two things that make `backup` safe to run as
// often as the schedule fires, and that let prune prove what it owns.

import { createHash } from 'node:crypto';
import { RULE_NAME_SEPARATOR } from '../plan/model.js';

/** The tag keys written on every recovery point (DESIGN "Ownership"). A public contract: users query by them. */
export const OWNERSHIP_TAG_KEYS = {
  namespace: 'backup-plans:namespace',
  plan: 'backup-plans:plan',
  rules: 'backup-plans:rules',
  slot: 'backup-plans:slot',
} as const;

/**
 * Written with the ownership tags on a copy this tool made, once its copy job completed. Copies carry
 * their source point's tags, so a copy made by someone else (an Organizations policy, the console)
 * looks like ours without it; only this marker proves ours. Its presence counts, not its value.
 */
export const COPY_JOB_TAG = 'backup-plans:copy-job';

/**
 * The marker's value: the same on every copy (earlier versions wrote the copy job's id), so one
 * TagResources call tags up to 20 copies of a slot at once (it takes one tag set for all its ARNs).
 */
export const COPY_JOB_TAG_VALUE = 'completed';

/** AWS tag values are at most 256 characters. */
export const MAX_TAG_VALUE_LENGTH = 256;

/**
 * The IdempotencyToken of a backup job: sha256 (hex, 64 characters) over namespace, plan, resource,
 * slot and submission number. The Backup API model gives the member no length limit; 64 characters
 * is also within the usual 64-character limit of AWS client tokens.
 *
 * Same inputs → same token → AWS returns the job it already started, so two overlapping runs
 * never start two jobs for one slot. `attempt` must grow after every job AWS ended without a
 * backup, so that a retry is a new job rather than the failed one handed back.
 */
export function idempotencyToken(input: {
  namespace: string;
  plan: string;
  resourceArn: string;
  slot: Date;
  attempt: number;
}): string {
  return sha256Hex([
    'backup',
    input.namespace,
    input.plan,
    input.resourceArn,
    formatSlot(input.slot),
    input.attempt,
  ]);
}

/** The IdempotencyToken of a copy job: one per source point, destination vault and submission number. */
export function copyIdempotencyToken(input: {
  namespace: string;
  plan: string;
  sourcePointArn: string;
  destinationVaultArn: string;
  attempt: number;
}): string {
  return sha256Hex([
    'copy',
    input.namespace,
    input.plan,
    input.sourcePointArn,
    input.destinationVaultArn,
    input.attempt,
  ]);
}

function sha256Hex(parts: (string | number)[]): string {
  // JSON keeps the fields apart: ("a,b","c") and ("a","b,c") hash differently.
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** A slot as the `backup-plans:slot` tag writes it: ISO-8601 UTC to the second, e.g. 2026-11-25T03:00:00Z. */
export function formatSlot(slot: Date): string {
  return slot.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface Ownership {
  namespace: string;
  plan: string;
  /** Sorted rule names. */
  rules: string[];
  slot: Date;
}

export class OwnershipTagError extends Error {
  override name = 'OwnershipTagError';
}

/** The four `backup-plans:*` tags of a recovery point. Throws when a value would exceed AWS's 256 characters. */
export function ownershipTags(owner: Ownership): Record<string, string> {
  const rules = [...new Set(owner.rules)].sort();
  if (rules.length === 0) throw new OwnershipTagError('a recovery point must serve at least one rule');
  const tags = {
    [OWNERSHIP_TAG_KEYS.namespace]: owner.namespace,
    [OWNERSHIP_TAG_KEYS.plan]: owner.plan,
    // "+", not ",": RDS, EFS, FSx and DynamoDB refuse "," in tag values (and fail the job).
    [OWNERSHIP_TAG_KEYS.rules]: rules.join(RULE_NAME_SEPARATOR),
    [OWNERSHIP_TAG_KEYS.slot]: formatSlot(owner.slot),
  };
  for (const [key, value] of Object.entries(tags)) {
    if (value.length > MAX_TAG_VALUE_LENGTH) {
      throw new OwnershipTagError(
        `tag ${key} would be ${value.length} characters, over AWS's limit of ${MAX_TAG_VALUE_LENGTH}: ` +
          (key === OWNERSHIP_TAG_KEYS.rules ? 'use shorter rule names' : `shorten the ${key.split(':')[1]}`),
      );
    }
  }
  return tags;
}

export interface ReadOwnership {
  namespace: string;
  plan: string;
  rules: string[];
  /** Undefined when the slot tag is missing or not a time. */
  slot: Date | undefined;
}

/**
 * The owner written on a recovery point, or undefined when the tags carry no namespace or plan.
 * `tags` undefined (ownership unreadable for this resource type) also gives undefined: callers that
 * must distinguish "unreadable" from "not ours" check for undefined tags first.
 */
export function readOwnership(tags: Readonly<Record<string, string>> | undefined): ReadOwnership | undefined {
  if (!tags) return undefined;
  const namespace = tags[OWNERSHIP_TAG_KEYS.namespace];
  const plan = tags[OWNERSHIP_TAG_KEYS.plan];
  if (!namespace || !plan) return undefined;
  const rules = (tags[OWNERSHIP_TAG_KEYS.rules] ?? '')
    // Points written before the "+" separator joined their rules with ",": read both.
    .split(/[,+]/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  const slotText = tags[OWNERSHIP_TAG_KEYS.slot];
  const slotMs =
    slotText && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(slotText)
      ? Date.parse(slotText)
      : NaN;
  return { namespace, plan, rules, slot: Number.isNaN(slotMs) ? undefined : new Date(slotMs) };
}

/**
 * The ownership tags when they prove an owner: a namespace, a plan and at least one rule. Prune's
 * evidence (prune/ownership.ts) and backup's tag memo (run/tag-memo.ts) both stand on this.
 */
export function readProvenOwnership(
  tags: Readonly<Record<string, string>> | undefined,
): ReadOwnership | undefined {
  const read = readOwnership(tags);
  return read && read.rules.length > 0 ? read : undefined;
}

/** Who a point may belong to: a namespace and plan, and, when given, a rule it must serve. */
export interface Owner {
  namespace: string;
  plan: string;
  rule?: string;
}

/** Does what readOwnership read say the point belongs to `owner` (for callers that read the tags once)? */
export function ownedBy(read: ReadOwnership | undefined, owner: Owner): read is ReadOwnership {
  if (!read || read.namespace !== owner.namespace || read.plan !== owner.plan) return false;
  return owner.rule === undefined || read.rules.includes(owner.rule);
}

/** Do readable tags say the point belongs to this namespace and plan (and, when given, serves `rule`)? */
export function isOwnedBy(tags: Readonly<Record<string, string>> | undefined, owner: Owner): boolean {
  return ownedBy(readOwnership(tags), owner);
}
