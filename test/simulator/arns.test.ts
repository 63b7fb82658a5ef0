import { describe, expect, it } from 'vitest';
import { randomHex, recoveryPointArn } from '../../src/simulator/arns.js';

describe('random parts of new ARNs', () => {
  it('hands out fresh hex of the asked length across many pool refills', () => {
    // 5,000 × 9 bytes is eleven 4 KiB refills: a byte handed out twice (a stale pool, an offset
    // not advanced) shows as a repeated value.
    const values = Array.from({ length: 5000 }, () => randomHex(9));
    for (const v of values) expect(v).toMatch(/^[0-9a-f]{18}$/);
    expect(new Set(values).size).toBe(values.length);
    const mixed = [4, 8, 9, 4, 1, 16].flatMap((n) => Array.from({ length: 400 }, () => randomHex(n)));
    expect(mixed.map((v) => v.length)).toEqual(
      [4, 8, 9, 4, 1, 16].flatMap((n) => Array.from({ length: 400 }, () => 2 * n)),
    );
    expect(new Set(mixed.filter((v) => v.length >= 8)).size).toBe(mixed.filter((v) => v.length >= 8).length);
  });

  it('uses every hex digit (the pool is random, not zeros)', () => {
    const digits = new Set(Array.from({ length: 200 }, () => randomHex(9)).join(''));
    expect(digits.size).toBe(16);
  });

  it('gives EBS points distinct snapshot ids of 17 hex digits', () => {
    const volume = 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0';
    const arns = Array.from({ length: 2000 }, () =>
      recoveryPointArn(volume, '111122223333', 'eu-west-1', 'JOB', 0, false),
    );
    for (const arn of arns) expect(arn).toMatch(/^arn:aws:ec2:eu-west-1::snapshot\/snap-[0-9a-f]{17}$/);
    expect(new Set(arns).size).toBe(arns.length);
  });
});
