// Issue 12 item 4: a plan with 10,000+ resources. The job summary degrades before GitHub's 1 MiB
// limit: failures first, then counts per rule; every plan stays visible; the rows are in the JSON report.
import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  renderBackupMarkdown,
  SUMMARY_MAX_BYTES,
  type PlanRunReport,
  type ResourceRunReport,
} from '../../src/report/backup.js';

const vol = (i: number) => `arn:aws:ec2:eu-west-1:123456789012:volume/vol-${String(i).padStart(17, '0')}`;
const daily = { rule: 'daily', slot: '2026-03-10T03:00:00.000Z', late: false };
const monthly = { rule: 'monthly', slot: '2026-03-01T03:00:00.000Z', late: true };

function plan(id: string, resources: ResourceRunReport[]): PlanRunReport {
  return {
    id,
    file: `backup-plans/${id}.yml`,
    account: '123456789012',
    region: 'eu-west-1',
    vault: 'production',
    status: resources.some((r) => r.outcome === 'failed') ? 'failed' : 'ok',
    rules: [],
    resources,
    copies: [],
    notes: [],
  };
}

function render(plans: PlanRunReport[]) {
  return renderBackupMarkdown({
    command: 'backup',
    kind: 'backup-run',
    version: 1,
    startedAt: '2026-03-10T03:20:00.000Z',
    finishedAt: '2026-03-10T03:25:00.000Z',
    dryRun: false,
    wait: false,
    plans,
    totals: computeTotals(plans),
    notes: [],
  });
}

describe('job summary at 10,000+ resources', () => {
  it('lists failures first, then per-rule counts of every plan, and says where the full table is', () => {
    const outcome = (i: number) => (i % 1000 === 7 ? 'failed' : i % 2 === 0 ? 'started' : 'existing');
    const big = Array.from({ length: 12_000 }, (_, i): ResourceRunReport => ({
      arn: vol(i),
      outcome: outcome(i),
      ...(outcome(i) === 'failed' ? { note: `AccessDenied <b>${i}</b>` } : {}),
      rules: [daily, monthly].map((s) => ({ ...s, status: outcome(i) === 'existing' ? 'satisfied' : 'due' })),
    }));
    const small = plan('zz-small', [
      { arn: vol(1), outcome: 'started', rules: [{ ...daily, status: 'due' }] },
    ]);
    const md = render([plan('big', big), small]);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md.indexOf('### ❌ Failures')).toBeLessThan(md.indexOf('### Plan `big`'));
    expect(md).toContain('AccessDenied &lt;b&gt;7&lt;/b&gt;');
    expect(md).not.toContain('<b>');
    expect(md).toMatch(/full table \(12001 resources and copies\) is in the JSON report/);
    // Every plan is there, with its counts per rule and slot.
    expect(md).toContain('### Plan `zz-small`');
    expect(md).toContain('| daily | 2026-03-10T03:00:00Z | 0 | 5988 | 6000 | 0 | 0 | 12 | 0 |');
    expect(md).toContain('| monthly | 2026-03-01T03:00:00Z | 12000 | 5988 | 6000 | 0 | 0 | 12 | 0 |');
  });

  it('keeps the full table while it fits', () => {
    const md = render([
      plan('prod', [{ arn: vol(1), outcome: 'started', rules: [{ ...daily, status: 'due' }] }]),
    ]);
    expect(md).toContain(
      '| daily | 2026-03-10T03:00:00Z |  | `ec2:volume/vol-00000000000000001` | — | started |',
    );
    expect(md).not.toContain('JSON report');
  });

  it('caps a long failure list with a count', () => {
    const failed = Array.from({ length: 20_000 }, (_, i): ResourceRunReport => ({
      arn: vol(i),
      outcome: 'failed',
      note: 'x'.repeat(40),
      rules: [{ ...daily, status: 'exhausted' }],
    }));
    const md = render([plan('prod', failed)]);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).toContain('- … and 19500 more in the JSON report');
    expect(md).toContain('| daily | 2026-03-10T03:00:00Z | 0 | 0 | 0 | 0 | 0 | 20000 | 0 |');
  });
});
