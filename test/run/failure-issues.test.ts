import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import type { Plan } from '../../src/plan/model.js';
import { syncPlanIssues, type IssueCommand } from '../../src/run/failure-issues.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';
import { BASE_PLAN, plansFrom } from '../review/plans.js';

let github: FakeGitHub;
let plan: Plan;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  github = await startFakeGitHub({ repository: 'acme/infra' });
  plan = (await plansFrom({ prod: `${BASE_PLAN}notify:\n  issues: true\n  labels: [backup-failure]\n` }))[0]!;
  env = {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '7',
  };
});
afterAll(() => github.close());
beforeEach(() => github.reset());

function recordingHost(): Host & { lines: string[] } {
  const lines: string[] = [];
  return {
    kind: 'action',
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    summary: async () => {},
    setOutput: () => {},
    setSecret: () => {},
  };
}

const sync = (command: IssueCommand, failing: boolean, host: Host = recordingHost(), token = github.token) =>
  syncPlanIssues(command, [{ plan, failing, body: (url) => `failed, see ${url}` }], token, host, env);

describe('syncPlanIssues', () => {
  it.each([
    ['backup', 'Backups failing: plan prod', /every backup and copy of this plan succeeded/],
    ['audit', 'Backup audit failing: plan prod', /every audit control of this plan passes/],
    ['drill', 'Restore drill failing: plan prod', /every restore drill of this plan passed/],
  ] as const)(
    '%s: opens "%s", then a good run closes it saying what recovered',
    async (command, title, recovered) => {
      expect((await sync(command, true)).get('prod')).toMatchObject({ action: 'created', number: 1 });
      expect(github.state.issues[0]).toMatchObject({ title, state: 'open' });
      expect(github.state.issues[0]!.body).toContain(
        'failed, see https://github.com/acme/infra/actions/runs/7',
      );
      // The footer names the plan, not the issue's marker key ("audit/prod").
      expect(github.state.issues[0]!.body).toContain('for plan **prod** in');

      expect((await sync(command, false)).get('prod')).toMatchObject({ action: 'closed', number: 1 });
      expect(github.state.issues[0]!.state).toBe('closed');
      const comment = github.state.comments.at(-1)!.body;
      expect(comment).toMatch(
        /^Recovered in \[this run\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/7\): /,
      );
      expect(comment).toMatch(recovered);
      if (command !== 'backup') expect(comment).not.toMatch(/backup and copy/);
    },
  );

  it("keeps each command's issue apart: a passing audit or drill leaves the backup's issue open", async () => {
    await sync('backup', true);
    await sync('audit', true);
    await sync('drill', true);
    expect(github.state.issues).toHaveLength(3);
    await sync('audit', false);
    await sync('drill', false);
    expect(github.state.issues.map((i) => [i.title, i.state])).toEqual([
      ['Backups failing: plan prod', 'open'],
      ['Backup audit failing: plan prod', 'closed'],
      ['Restore drill failing: plan prod', 'closed'],
    ]);
  });

  it('says so, and calls no GitHub API, without a token; silent when nothing fails', async () => {
    const host = recordingHost();
    expect((await sync('audit', true, host, '')).size).toBe(0);
    expect(host.lines).toEqual([
      'info: failure issues skipped: no GitHub token or GITHUB_REPOSITORY (outside GitHub Actions)',
    ]);
    const quiet = recordingHost();
    await sync('audit', false, quiet, '');
    expect(quiet.lines).toEqual([]);
    expect(github.requests).toHaveLength(0);
  });

  it("warns with the command's issue name when GitHub refuses", async () => {
    github.failNext('GET /repos/:owner/:repo/issues', 403, { count: 5 });
    github.failNext('GET /search/issues', 403, { count: 5 });
    const host = recordingHost();
    expect((await sync('drill', true, host)).get('prod')).toMatchObject({ action: 'error' });
    expect(host.lines.at(-1)).toMatch(/^warning: plan prod: could not update the drill issue: /);
  });
});
