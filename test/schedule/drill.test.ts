// Drill evidence and due-ness (pure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRILLED_TAG,
  drillDue,
  drilledTagValue,
  lastDrill,
  parseDrilledTag,
} from '../../src/schedule/drill.js';

const P1 = 'arn:aws:ec2:eu-west-1::snapshot/snap-1';
const P2 = 'arn:aws:ec2:eu-west-1::snapshot/snap-2';
const DAY = 1440;

describe('the backup-plans:drilled tag', () => {
  it('is "<ISO time> ok|failed" and reads back; other values are not evidence', () => {
    const at = new Date('2026-03-01T10:20:30.456Z');
    expect(drilledTagValue(at, 'ok')).toBe('2026-03-01T10:20:30Z ok');
    expect(parseDrilledTag('2026-03-01T10:20:30Z failed')).toEqual({
      at: new Date('2026-03-01T10:20:30Z'),
      result: 'failed',
    });
    for (const bad of [undefined, '', 'ok', '2026-03-01 ok', 'yesterday ok', '2026-03-01T10:20:30Z fine'])
      expect(parseDrilledTag(bad)).toBeUndefined();
  });

  it('fits the strictest tag charset (RDS, EFS, DynamoDB: letters, digits, spaces and _ . : / = + - @)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        fc.constantFrom('ok' as const, 'failed' as const),
        (d, r) => {
          const v = drilledTagValue(d, r);
          expect(v).toMatch(/^[\p{L}\p{N} _.:/=+\-@]*$/u);
          expect(parseDrilledTag(v)?.result).toBe(r);
        },
      ),
    );
  });
});

describe('lastDrill', () => {
  const job = (id: string, pointArn: string, completed: string, status = 'COMPLETED') => ({
    id,
    pointArn,
    status,
    created: new Date(new Date(completed).getTime() - 600_000),
    completed: new Date(completed),
  });

  it("is the newest of the points' tags and the completed restore jobs of those points", () => {
    const last = lastDrill(
      [
        { arn: P1, tags: { [DRILLED_TAG]: '2026-03-01T00:00:00Z ok' } },
        { arn: P2, tags: undefined },
      ],
      [
        job('j1', P2, '2026-03-05T00:00:00Z'),
        job('j2', P2, '2026-03-06T00:00:00Z', 'FAILED'),
        job('j3', 'other', '2026-03-07T00:00:00Z'),
      ],
    );
    expect(last).toMatchObject({ source: 'restore-job', jobId: 'j1', result: 'ok', pointArn: P2 });
  });

  it("a failed drill's tag wins over its own (completed) restore job at the same time", () => {
    const last = lastDrill(
      [{ arn: P1, tags: { [DRILLED_TAG]: '2026-03-05T00:00:00Z failed' } }],
      [job('j1', P1, '2026-03-05T00:00:00Z')],
    );
    expect(last).toMatchObject({ source: 'tag', result: 'failed' });
  });

  it('is undefined without evidence', () => {
    expect(lastDrill([{ arn: P1, tags: {} }], [])).toBeUndefined();
  });
});

describe('drillDue', () => {
  const now = new Date('2026-03-31T00:00:00Z');
  const at = (iso: string, result: 'ok' | 'failed' = 'ok') => ({
    at: new Date(iso),
    result,
    pointArn: P1,
    source: 'tag' as const,
  });
  it('is due without evidence, and once a passed drill is as old as `every`', () => {
    expect(drillDue(undefined, 30 * DAY, now)).toBe(true);
    expect(drillDue(at('2026-03-02T00:00:00Z'), 30 * DAY, now)).toBe(false);
    expect(drillDue(at('2026-03-01T00:00:00Z'), 30 * DAY, now)).toBe(true);
  });
  it('retries a failed drill after a day, not on every run', () => {
    expect(drillDue(at('2026-03-30T12:00:00Z', 'failed'), 30 * DAY, now)).toBe(false);
    expect(drillDue(at('2026-03-30T00:00:00Z', 'failed'), 30 * DAY, now)).toBe(true);
  });
});
