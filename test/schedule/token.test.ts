import { describe, expect, it } from 'vitest';
import {
  OwnershipTagError,
  copyIdempotencyToken,
  formatSlot,
  idempotencyToken,
  isOwnedBy,
  ownershipTags,
  readOwnership,
} from '../../src/schedule/token.js';

const base = {
  namespace: 'acme/infra',
  plan: 'production',
  resourceArn: 'arn:aws:rds:eu-west-1:123456789012:db:orders',
  slot: new Date('2026-11-25T03:00:00Z'),
  attempt: 1,
};

describe('idempotencyToken', () => {
  it('is a 64-character sha256 hex digest, stable for the same inputs', () => {
    const token = idempotencyToken(base);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(idempotencyToken({ ...base })).toBe(token);
  });

  it('changes with every input', () => {
    const token = idempotencyToken(base);
    const variants = [
      { ...base, namespace: 'acme/other' },
      { ...base, plan: 'staging' },
      { ...base, resourceArn: base.resourceArn + 'x' },
      { ...base, slot: new Date('2026-11-26T03:00:00Z') },
      { ...base, attempt: 2 },
    ];
    const tokens = new Set(variants.map(idempotencyToken));
    expect(tokens.size).toBe(variants.length);
    expect(tokens.has(token)).toBe(false);
  });

  it('keeps fields apart (no ambiguity from concatenation)', () => {
    expect(idempotencyToken({ ...base, namespace: 'a', plan: 'bc' })).not.toBe(
      idempotencyToken({ ...base, namespace: 'ab', plan: 'c' }),
    );
  });

  it('copy tokens differ by destination and attempt', () => {
    const c = {
      namespace: 'n',
      plan: 'p',
      sourcePointArn: 'arn:src',
      destinationVaultArn: 'arn:dst',
      attempt: 1,
    };
    expect(copyIdempotencyToken(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(copyIdempotencyToken({ ...c, destinationVaultArn: 'arn:dst2' })).not.toBe(copyIdempotencyToken(c));
    expect(copyIdempotencyToken({ ...c, attempt: 2 })).not.toBe(copyIdempotencyToken(c));
  });
});

describe('ownership tags', () => {
  it('writes the four tags exactly as the public contract says', () => {
    expect(
      ownershipTags({
        namespace: 'acme/infra',
        plan: 'production',
        rules: ['weekly', 'daily'],
        slot: base.slot,
      }),
    ).toEqual({
      'backup-plans:namespace': 'acme/infra',
      'backup-plans:plan': 'production',
      'backup-plans:rules': 'daily+weekly',
      'backup-plans:slot': '2026-11-25T03:00:00Z',
    });
    expect(formatSlot(new Date('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T01:00:00Z');
  });

  it('joins rules with "+" (RDS/EFS/FSx/DynamoDB refuse ","), and still reads the old "," form', () => {
    const tags = ownershipTags({ namespace: 'n', plan: 'p', rules: ['hourly', 'daily'], slot: base.slot });
    expect(tags['backup-plans:rules']).toBe('daily+hourly');
    expect(tags['backup-plans:rules']).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
    for (const rules of ['daily+hourly', 'daily,hourly'])
      expect(readOwnership({ ...tags, 'backup-plans:rules': rules })?.rules).toEqual(['daily', 'hourly']);
  });

  it('refuses values over 256 characters and an empty rule list', () => {
    const rules = Array.from({ length: 5 }, (_, i) => `r${i}`.padEnd(60, 'x'));
    expect(() => ownershipTags({ namespace: 'n', plan: 'p', rules, slot: base.slot })).toThrow(
      OwnershipTagError,
    );
    expect(() => ownershipTags({ namespace: 'n', plan: 'p', rules, slot: base.slot })).toThrow(
      /shorter rule names/,
    );
    expect(() => ownershipTags({ namespace: 'n', plan: 'p', rules: [], slot: base.slot })).toThrow(
      /at least one rule/,
    );
  });

  it('reads back what it writes', () => {
    const tags = ownershipTags({
      namespace: 'acme/infra',
      plan: 'production',
      rules: ['daily', 'weekly'],
      slot: base.slot,
    });
    expect(readOwnership(tags)).toEqual({
      namespace: 'acme/infra',
      plan: 'production',
      rules: ['daily', 'weekly'],
      slot: base.slot,
    });
  });

  it('gives undefined for unreadable tags or tags without namespace and plan', () => {
    expect(readOwnership(undefined)).toBeUndefined();
    expect(readOwnership({})).toBeUndefined();
    expect(readOwnership({ 'backup-plans:namespace': 'n' })).toBeUndefined();
    expect(
      readOwnership({ 'backup-plans:namespace': 'n', 'backup-plans:plan': 'p', 'backup-plans:slot': 'soon' }),
    ).toEqual({ namespace: 'n', plan: 'p', rules: [], slot: undefined });
  });

  it('isOwnedBy checks namespace, plan and (optionally) the rule', () => {
    const tags = ownershipTags({ namespace: 'n', plan: 'p', rules: ['daily'], slot: base.slot });
    expect(isOwnedBy(tags, { namespace: 'n', plan: 'p' })).toBe(true);
    expect(isOwnedBy(tags, { namespace: 'n', plan: 'p', rule: 'daily' })).toBe(true);
    expect(isOwnedBy(tags, { namespace: 'n', plan: 'p', rule: 'dail' })).toBe(false);
    expect(isOwnedBy(tags, { namespace: 'other', plan: 'p' })).toBe(false);
    expect(isOwnedBy(tags, { namespace: 'n', plan: 'q' })).toBe(false);
    expect(isOwnedBy(undefined, { namespace: 'n', plan: 'p' })).toBe(false);
  });
});
