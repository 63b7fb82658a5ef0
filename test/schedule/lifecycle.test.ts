import { describe, expect, it } from 'vitest';
import { combinedLifecycle, copyLifecycle } from '../../src/schedule/lifecycle.js';

const keep = { daily: 7 };

describe('combinedLifecycle', () => {
  it('days rules: the longest wins', () => {
    expect(
      combinedLifecycle([
        { name: 'daily', retain: { days: 35 } },
        { name: 'monthly', retain: { days: 365 } },
      ]),
    ).toEqual({ ok: true, lifecycle: { deleteAfterDays: 365 }, notes: [] });
  });

  it('a GFS rule without hardLimitDays means no lifecycle at all, whatever the others say', () => {
    expect(
      combinedLifecycle([
        { name: 'daily', retain: { days: 35 } },
        { name: 'gfs', retain: { keep } },
      ]),
    ).toEqual({ ok: true, lifecycle: undefined, notes: [] });
  });

  it('GFS with hardLimitDays is a lifecycle like days', () => {
    expect(
      combinedLifecycle([
        { name: 'daily', retain: { days: 35 } },
        { name: 'gfs', retain: { keep, hardLimitDays: 400 } },
      ]),
    ).toMatchObject({ ok: true, lifecycle: { deleteAfterDays: 400 } });
  });

  it('cold storage only when every rule asks for it, then the latest move', () => {
    expect(
      combinedLifecycle([
        { name: 'a', retain: { days: 400, coldAfterDays: 30 } },
        { name: 'b', retain: { days: 200, coldAfterDays: 60 } },
      ]),
    ).toEqual({ ok: true, lifecycle: { deleteAfterDays: 400, moveToColdStorageAfterDays: 60 }, notes: [] });
    const mixed = combinedLifecycle([
      { name: 'a', retain: { days: 400, coldAfterDays: 30 } },
      { name: 'b', retain: { days: 35 } },
    ]);
    expect(mixed).toMatchObject({ ok: true, lifecycle: { deleteAfterDays: 400 } });
    expect(mixed.ok && mixed.lifecycle?.moveToColdStorageAfterDays).toBeFalsy();
    expect(mixed.ok && mixed.notes[0]).toMatch(/"b" keep points warm/);
  });

  it('vault lock: raises to the minimum with a note', () => {
    const r = combinedLifecycle([{ name: 'daily', retain: { days: 7 } }], {
      vaultName: 'prod',
      minRetentionDays: 30,
    });
    expect(r).toMatchObject({ ok: true, lifecycle: { deleteAfterDays: 30 } });
    expect(r.ok && r.notes[0]).toMatch(/kept 30 days instead of 7.*"prod"/);
  });

  it('vault lock: over the maximum is an error that names rule, vault and limit', () => {
    const r = combinedLifecycle([{ name: 'yearly', retain: { days: 3650 } }], {
      vaultName: 'prod',
      maxRetentionDays: 365,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/rule "yearly" retains points for 3650 days.*"prod".*365 days/);
  });

  it('vault lock with a maximum: GFS without hardLimitDays is an error asking for hardLimitDays', () => {
    const r = combinedLifecycle([{ name: 'gfs', retain: { keep } }], {
      vaultName: 'prod',
      maxRetentionDays: 365,
    });
    expect(!r.ok && r.error).toMatch(/set retain.hardLimitDays to at most 365/);
    // Only a minimum: no lifecycle is fine (the point lives at least as long).
    expect(
      combinedLifecycle([{ name: 'gfs', retain: { keep } }], { vaultName: 'prod', minRetentionDays: 30 }),
    ).toEqual({
      ok: true,
      lifecycle: undefined,
      notes: [],
    });
  });
});

// AWS applies the SOURCE lifecycle to a copy sent without one, and keeps the source's expiry for -1
// ("Backup and tag copy"): every copy must carry an explicit DeleteAfterDays.
describe('copyLifecycle', () => {
  it('a keep destination without hardLimitDays gets 36,500 days, pruning does the rest', () => {
    expect(copyLifecycle([{ name: 'daily', retain: { keep: { monthly: 12 } } }])).toEqual({
      ok: true,
      lifecycle: { deleteAfterDays: 36_500 },
      notes: [],
    });
  });

  it('hardLimitDays and days are sent as they are', () => {
    expect(copyLifecycle([{ name: 'd', retain: { keep, hardLimitDays: 400 } }])).toMatchObject({
      lifecycle: { deleteAfterDays: 400 },
    });
    expect(copyLifecycle([{ name: 'd', retain: { days: 90 } }])).toMatchObject({
      lifecycle: { deleteAfterDays: 90 },
    });
  });

  it('the keep default is clamped into the destination lock range', () => {
    const lock = { vaultName: 'dr', minRetentionDays: 30, maxRetentionDays: 3650 };
    expect(copyLifecycle([{ name: 'd', retain: { keep } }], lock)).toEqual({
      ok: true,
      lifecycle: { deleteAfterDays: 3650 },
      notes: [],
    });
    // A lock with only a minimum: the default 36,500 is inside it.
    expect(
      copyLifecycle([{ name: 'd', retain: { keep } }], { vaultName: 'dr', minRetentionDays: 30 }),
    ).toMatchObject({ lifecycle: { deleteAfterDays: 36_500 } });
  });

  it('never leaves DeleteAfterDays out, whatever the retention', () => {
    for (const retain of [
      { keep },
      { days: 7 },
      { keep, hardLimitDays: 10 },
      { days: 400, coldAfterDays: 30 },
    ])
      expect(copyLifecycle([{ name: 'r', retain }])).toMatchObject({
        ok: true,
        lifecycle: { deleteAfterDays: expect.any(Number) },
      });
  });
});
