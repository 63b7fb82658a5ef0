import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePoint, parsePointSpec, RestoreInputError, type Candidate } from '../../src/restore/point.js';

const R = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const p = (arn: string, at: string, status = 'COMPLETED'): Candidate => ({
  arn,
  status,
  creationDate: new Date(at),
  where: 'production (123456789012/eu-west-1)',
});
const points = [
  p('arn:a', '2026-01-01T03:00:00Z'),
  p('arn:b', '2026-01-02T03:00:00Z'),
  p('arn:c', '2026-01-03T03:00:00Z', 'PARTIAL'),
];

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RestoreInputError) return [e.code, e.message] as const;
    throw e;
  }
  throw new Error('no error');
};

describe('parsePointSpec', () => {
  it('reads latest (default), an ARN and "latest before <ISO time>"', () => {
    expect(parsePointSpec(undefined)).toEqual({ kind: 'latest' });
    expect(parsePointSpec(' latest ')).toEqual({ kind: 'latest' });
    expect(parsePointSpec('arn:aws:ec2:eu-west-1::snapshot/snap-1')).toEqual({
      kind: 'arn',
      arn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1',
    });
    expect(parsePointSpec('latest before 2026-01-02T12:00:00Z')).toEqual({
      kind: 'before',
      time: new Date('2026-01-02T12:00:00Z'),
    });
  });
  it('refuses a time without offset and other words', () => {
    expect(codeOf(() => parsePointSpec('latest before 2026-01-02 12:00'))[0]).toBe('bad-point');
    expect(codeOf(() => parsePointSpec('yesterday'))[0]).toBe('bad-point');
  });
});

describe('choosePoint', () => {
  it('latest is the newest COMPLETED point', () => {
    expect(choosePoint(points, { kind: 'latest' }, R).arn).toBe('arn:b');
  });
  it('an ARN must be a COMPLETED point of the resource', () => {
    expect(choosePoint(points, { kind: 'arn', arn: 'arn:a' }, R).arn).toBe('arn:a');
    expect(codeOf(() => choosePoint(points, { kind: 'arn', arn: 'arn:c' }, R))).toEqual([
      'point-not-completed',
      'recovery point arn:c is PARTIAL, not COMPLETED: it cannot be restored',
    ]);
    expect(codeOf(() => choosePoint(points, { kind: 'arn', arn: 'arn:x' }, R))[0]).toBe('point-not-found');
  });
  it('latest before: the newest at or before the time, else names the nearest', () => {
    const before = (t: string) => choosePoint(points, { kind: 'before', time: new Date(t) }, R).arn;
    expect(before('2026-01-02T02:59:59Z')).toBe('arn:a');
    expect(before('2026-01-02T03:00:00Z')).toBe('arn:b');
    expect(before('2026-02-01T00:00:00Z')).toBe('arn:b');
    const [code, message] = codeOf(() =>
      choosePoint(points, { kind: 'before', time: new Date('2025-12-31T00:00:00Z') }, R),
    );
    expect(code).toBe('no-point-before');
    expect(message).toContain('the nearest is arn:a (2026-01-01T03:00:00.000Z, in production');
  });
  it('no completed point at all', () => {
    expect(codeOf(() => choosePoint([points[2]!], { kind: 'latest' }, R))[0]).toBe('no-point');
    expect(codeOf(() => choosePoint([], { kind: 'latest' }, R))[0]).toBe('no-point');
  });
  it('never depends on the listing order, and never picks a point that is not COMPLETED', () => {
    const arb = fc.array(
      fc.record({
        arn: fc.constantFrom('arn:1', 'arn:2', 'arn:3', 'arn:4'),
        status: fc.constantFrom('COMPLETED', 'PARTIAL', 'EXPIRED'),
        creationDate: fc.integer({ min: 0, max: 5 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d))),
        where: fc.constant('v'),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 6 }), (list, day) => {
        const unique = [...new Map(list.map((c) => [c.arn, c])).values()];
        const spec = { kind: 'before' as const, time: new Date(Date.UTC(2026, 0, 1 + day)) };
        const pick = (l: Candidate[]) => {
          try {
            return choosePoint(l, spec, R).arn;
          } catch (e) {
            return (e as RestoreInputError).code;
          }
        };
        const a = pick(unique);
        expect(pick([...unique].reverse())).toBe(a);
        const chosen = unique.find((c) => c.arn === a);
        if (chosen) {
          expect(chosen.status).toBe('COMPLETED');
          expect(chosen.creationDate.getTime()).toBeLessThanOrEqual(spec.time.getTime());
        }
      }),
    );
  });
});
