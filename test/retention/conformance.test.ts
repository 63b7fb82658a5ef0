// restic's own forget-policy expectations (vendored into test/fixtures/restic-conformance, source and
// date in its README): every case must keep exactly the expected multiset of creation times.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyRetention, type KeepPolicy } from '../../src/retention/engine.js';

interface ConformanceFile {
  points: { id: string; created: string }[];
  cases: { case: number; policy: Record<string, number | string>; keepTimes: string[] }[];
}

// Vendored, so a fresh clone runs it with nothing beside it.
const file = fileURLToPath(new URL('../fixtures/restic-conformance/retention.json', import.meta.url));

const POLICY_KEYS: Record<string, keyof KeepPolicy> = {
  last: 'last',
  hourly: 'hourly',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  yearly: 'yearly',
  within: 'within',
  withinHourly: 'withinHourly',
  withinDaily: 'withinDaily',
  withinWeekly: 'withinWeekly',
  withinMonthly: 'withinMonthly',
  withinYearly: 'withinYearly',
};

function toPolicy(raw: Record<string, number | string>): KeepPolicy {
  const policy: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const mapped = POLICY_KEYS[key];
    if (!mapped) throw new Error(`conformance data uses an unknown policy key "${key}"`);
    policy[mapped] = value;
  }
  return policy as KeepPolicy;
}

const sortedMs = (times: (string | Date)[]) => times.map((t) => new Date(t).getTime()).sort((a, b) => a - b);

describe('restic conformance', () => {
  it('has its vendored data file', () => {
    expect(existsSync(file), `missing ${file}`).toBe(true);
  });
  const data = JSON.parse(readFileSync(file, 'utf8')) as ConformanceFile;
  const points = data.points.map((p) => ({ id: p.id, created: new Date(p.created) }));

  it('loads a non-trivial data set', () => {
    expect(points.length).toBeGreaterThan(100);
    expect(data.cases.length).toBeGreaterThan(20);
  });

  for (const c of data.cases) {
    it(`case ${c.case}: ${JSON.stringify(c.policy)}`, () => {
      const decision = applyRetention(points, toPolicy(c.policy));
      expect(sortedMs(decision.keep.map((k) => k.point.created))).toEqual(sortedMs(c.keepTimes));
      expect(decision.keep.length + decision.remove.length).toBe(points.length);
      for (const kept of decision.keep) expect(kept.reasons.length).toBeGreaterThan(0);
    });
  }

  it('gives the same answer for a reversed input (ties broken by id, not input order)', () => {
    const policy: KeepPolicy = { daily: 7, weekly: 2, monthly: 3, yearly: 10 };
    const forward = applyRetention(points, policy);
    const backward = applyRetention([...points].reverse(), policy);
    expect(backward.keep.map((k) => k.point.id)).toEqual(forward.keep.map((k) => k.point.id));
  });
});
