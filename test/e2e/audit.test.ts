// audit end to end: `node dist/cli.js audit` against the simulator. A healthy world passes every
// control, and a lapsed RPO (the dead-man's switch) fails exactly that control, with evidence. Each
// other breakage (copy, encryption, unprotected, double protection) is in audit-scenarios.test.ts,
// a slow test: a bundle run apiece.
import { afterEach, describe, expect, it } from 'vitest';
import { audit, closeAudit, snap, world } from './audit-helpers.js';

afterEach(closeAudit);

describe('audit (CLI against the simulator)', () => {
  it('a healthy world passes every control', async () => {
    const r = await audit(world());
    expect(r.failed, r.stderr).toEqual([]);
    expect(r.exitCode).toBe(0);
    const ids = new Set(r.controls.map((c) => c.control));
    for (const id of [
      'rpo',
      'retention',
      'encrypted',
      'copy',
      'vault-lock',
      'unprotected',
      'double-protection',
    ])
      expect(ids, id).toContain(id);
    const rpo = r.controls.find((c) => c.control === 'rpo')!;
    expect(rpo.evidence).toContain(snap(5));
    expect(rpo.evidence).toContain('RPO 1d4h (gap 1d + start 1h + complete 2h + slack 1h)');
    expect(r.controls.find((c) => c.control === 'vault-lock')!.evidence).toMatch(/not locked/);
  });

  it('a lapsed RPO on the simulated clock fails the rpo control only (the dead-man’s switch)', async () => {
    // Newest point 2026-03-08T03:01; the RPO is 28h: at 03-09T07:02 it is 28h01m old.
    const r = await audit(world(), async (sim) => {
      await sim.sim.advance(19 * 3600 + 2 * 60);
    });
    expect(r.exitCode).toBe(1);
    expect(r.failed.map((c) => c.control)).toEqual(['rpo']);
    expect(r.failed[0]!.evidence).toContain(`newest ${snap(5)} created 2026-03-08T03:01:00.000Z, 1d4h1m ago`);
    expect(r.stderr).toContain('rpo');
  });
});
