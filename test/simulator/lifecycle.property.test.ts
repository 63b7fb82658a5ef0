// Properties of the simulator's pure AWS rules: the lifecycle a copy gets ("Backup and tag copy",
// CopyAction.Lifecycle) and the tag character set of RDS/EFS/FSx/DynamoDB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyLifecycle, ownLifecycle, tagCharsetViolation } from '../../src/simulator/jobs.js';
import type { Lifecycle, RecoveryPoint } from '../../src/simulator/model.js';

const days = fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 36_500 }));
const lifecycle: fc.Arbitrary<Lifecycle | undefined> = fc.option(
  fc.record({ MoveToColdStorageAfterDays: days, DeleteAfterDays: days }, { requiredKeys: [] }),
  { nil: undefined },
);

const source = (l: Lifecycle | undefined) => ({ lifecycle: ownLifecycle(l) }) as RecoveryPoint;

describe('copyLifecycle', () => {
  it('a copy outlives its source only with an explicit positive DeleteAfterDays', () => {
    fc.assert(
      fc.property(lifecycle, lifecycle, (sourceLifecycle, requested) => {
        const src = source(sourceLifecycle);
        const copy = copyLifecycle(requested, src);
        const asked = requested?.DeleteAfterDays;
        if (asked !== undefined && asked > 0) expect(copy?.DeleteAfterDays).toBe(asked);
        // Without its own retention (none, or -1 = "never"), the copy keeps the source's expiry.
        else expect(copy?.DeleteAfterDays).toBe(src.lifecycle?.DeleteAfterDays);
        // A copy's own lifecycle never holds -1: "never" is the absence of a step.
        expect(Object.values(copy ?? {}).every((n) => n > 0)).toBe(true);
      }),
    );
  });

  it('without a Lifecycle, the copy gets the whole source lifecycle', () => {
    fc.assert(
      fc.property(lifecycle, (sourceLifecycle) => {
        const src = source(sourceLifecycle);
        expect(copyLifecycle(undefined, src)).toEqual(src.lifecycle);
      }),
    );
  });
});

describe('tagCharsetViolation (^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$)', () => {
  const allowed = fc.stringMatching(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,40}$/u);
  const refused = fc.constantFrom(',', ';', '!', '#', '*', '?', '&', '(', '"');

  it('accepts every value of the allowed set on every strict type', () => {
    fc.assert(
      fc.property(fc.constantFrom('RDS', 'Aurora', 'EFS', 'FSx', 'DynamoDB'), allowed, (type, value) => {
        expect(tagCharsetViolation(type, { 'backup-plans:rules': value })).toBeUndefined();
      }),
    );
  });

  it('refuses a value with any other character on strict types, never on EBS or EC2', () => {
    fc.assert(
      fc.property(allowed, refused, allowed, (before, bad, after) => {
        const value = `${before}${bad}${after}`;
        expect(tagCharsetViolation('RDS', { k: value })).toContain(value);
        expect(tagCharsetViolation('EBS', { k: value })).toBeUndefined();
        expect(tagCharsetViolation('EC2', { k: value })).toBeUndefined();
      }),
    );
  });
});
