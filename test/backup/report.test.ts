import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  renderBackupMarkdown,
  renderPlanIssueBody,
  shortArn,
  SUMMARY_MAX_BYTES,
  type BackupRunReport,
  type PlanRunReport,
} from '../../src/report/backup.js';

function planReport(overrides: Partial<PlanRunReport> = {}): PlanRunReport {
  return {
    id: 'prod',
    file: 'backup-plans/prod.yml',
    namespace: 'acme/infra',
    account: '123456789012',
    region: 'eu-west-1',
    vault: 'production',
    status: 'ok',
    rules: [{ name: 'daily', schedule: '0 3 * * *', timezone: 'UTC' }],
    resources: [],
    copies: [],
    notes: [],
    ...overrides,
  };
}

function report(plans: PlanRunReport[]): BackupRunReport {
  return {
    command: 'backup',
    kind: 'backup-run',
    version: 1,
    startedAt: '2026-03-10T03:20:00.000Z',
    finishedAt: '2026-03-10T03:20:05.000Z',
    dryRun: false,
    wait: false,
    plans,
    totals: computeTotals(plans),
    notes: [],
  };
}

const slot = { rule: 'daily', slot: '2026-03-10T03:00:00.000Z', late: false, status: 'due' };

describe('computeTotals', () => {
  it('counts started, existing, copies started this run and failures (retry-later is not one)', () => {
    const t = computeTotals([
      planReport({
        resources: [
          { arn: 'a', outcome: 'started', rules: [slot] },
          { arn: 'b', outcome: 'existing', rules: [slot] },
          { arn: 'c', outcome: 'retry-later', rules: [slot] },
          { arn: 'd', outcome: 'failed', rules: [slot] },
        ],
        copies: [
          {
            resourceArn: 'a',
            sourcePointArn: 'p',
            destination: { account: '1', region: 'r', vault: 'v' },
            outcome: 'tagged',
            startedThisRun: true,
          },
          {
            resourceArn: 'a',
            sourcePointArn: 'p',
            destination: { account: '1', region: 'r', vault: 'w' },
            outcome: 'failed',
          },
        ],
      }),
      planReport({ id: 'other', status: 'failed', error: 'AccessDenied' }),
    ]);
    expect(t).toEqual({
      jobsStarted: 1,
      jobsExisting: 1,
      copiesStarted: 1,
      failures: 3,
      retryLater: 1,
      skipped: 0,
    });
  });
});

describe('renderBackupMarkdown', () => {
  it('puts failures first, one row per rule and resource, and escapes outside text', () => {
    const md = renderBackupMarkdown(
      report([
        planReport({
          resources: [
            {
              arn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
              outcome: 'started',
              rules: [
                slot,
                {
                  ...slot,
                  rule: 'weekly',
                  status: 'satisfied',
                  servedBy: { pointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-9' },
                },
              ],
              job: { id: 'J1', state: 'CREATED', startedThisRun: true },
            },
          ],
        }),
        planReport({
          id: 'broken',
          status: 'failed',
          error: 'denied <img src=x onerror=alert(1)> | @octocat',
        }),
      ]),
    );
    expect(md.indexOf('### ❌ Failures')).toBeLessThan(md.indexOf('### Plan `prod`'));
    expect(md.indexOf('### Plan `broken`')).toBeLessThan(md.indexOf('### Plan `prod`'));
    expect(md).toContain(
      '| daily | 2026-03-10T03:00:00Z |  | `ec2:volume/vol-1` | `J1` | started · CREATED |',
    );
    expect(md).toContain(
      '| weekly | 2026-03-10T03:00:00Z |  | `ec2:volume/vol-1` | — | already done · point `ec2:snapshot/snap-9` |',
    );
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img');
    expect(md).not.toMatch(/@octocat/);
  });
  it('stays under GitHub’s 1 MiB summary limit, with a note', () => {
    const resources = Array.from({ length: 20_000 }, (_, i) => ({
      arn: `arn:aws:ec2:eu-west-1:123456789012:volume/vol-${String(i).padStart(17, '0')}`,
      outcome: 'existing' as const,
      rules: [slot],
    }));
    const md = renderBackupMarkdown(report([planReport({ resources })]));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).toMatch(/1 MiB limit/);
  });
  it('says so in a dry run', () => {
    expect(renderBackupMarkdown({ ...report([]), dryRun: true })).toContain('dry run: nothing was started');
  });
});

describe('renderPlanIssueBody', () => {
  it('names the plan, links the run and lists the failures', () => {
    const body = renderPlanIssueBody(
      planReport({ status: 'failed', error: 'AccessDeniedException' }),
      'https://github.com/a/b/actions/runs/1',
    );
    expect(body).toContain(
      'Backups of plan `prod` failed in [this run](https://github.com/a/b/actions/runs/1)',
    );
    expect(body).toContain('AccessDeniedException');
  });
});

describe('shortArn', () => {
  it('keeps service and resource', () => {
    expect(shortArn('arn:aws:rds:eu-west-1:123456789012:db:orders')).toBe('rds:db:orders');
    expect(shortArn('not-an-arn')).toBe('not-an-arn');
  });
});
