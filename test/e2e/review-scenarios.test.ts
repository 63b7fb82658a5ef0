// `command: review` beyond the sticky comment (slow: one bundle run per case; review.test.ts keeps
// the comment's lifecycle, the destructive banner and head errors in the fast project): read-only
// tokens on forks and on the same repository, a base without a plans folder, and the terminal review.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startFakeGitHub, type FakeGitHub } from './harness.js';
import { BASE_SHA, DESTRUCTIVE, fakeWithBase, PR, REPO, review, RUN_TIMEOUT } from './review-helpers.js';
import { BASE_PLAN, edit, writePlans } from '../review/plans.js';

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('review on pull_request', () => {
  it(
    'a pull request from a fork (read-only token): the summary gets the review, no comment, exit 0',
    async () => {
      const gh = (github = await fakeWithBase({ readOnly: true }));
      const result = await review(gh, { prod: DESTRUCTIVE }, 'mallory/infra');
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      expect(result.summary).toContain('[!WARNING]');
      expect(gh.state.comments).toEqual([]);
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(result.log).toMatch(/pull request from a fork/);
    },
    RUN_TIMEOUT,
  );

  it(
    'a read-only token on a same-repository pull request: GitHub refuses the comment (403), the review stays in the summary, exit 0',
    async () => {
      const gh = (github = await fakeWithBase({ readOnly: true }));
      const result = await review(gh, { prod: edit(BASE_PLAN, ['daily: 7', 'daily: 14']) });
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      expect(gh.calls('POST /repos/:owner/:repo/issues/:number/comments').map((r) => r.status)).toEqual([
        403,
      ]);
      expect(gh.state.comments).toEqual([]);
      expect(result.summary).toContain('retention lengthened');
      expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  it(
    'a plans folder that does not exist at the base: every plan is new',
    async () => {
      github = await startFakeGitHub({ repository: REPO });
      github.setFiles(REPO, BASE_SHA, { 'README.md': '# infra\n' });
      github.addPullRequest(REPO, PR);
      const result = await review(github, { prod: BASE_PLAN });
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      expect(github.state.comments[0]!.body).toContain('plan added');
    },
    RUN_TIMEOUT,
  );
});

describe('review in a terminal', () => {
  it(
    'a purely additive change shows no destructive change and no banner',
    async () => {
      const base = writePlans({ prod: BASE_PLAN });
      const head = writePlans({
        prod: `${edit(BASE_PLAN, ['daily: 7', 'daily: 14'])}      - region: us-east-1\n        vault: far-away\n        retain: { days: 30 }\n`,
      });
      const json = await runCli(['review', '--base', base, '--head', head, '--json']);
      expect(json.exitCode, json.stderr).toBe(0);
      const parsed = JSON.parse(json.stdout) as {
        changes: { kind: string; destructive: boolean }[];
        impact: unknown;
      };
      expect(parsed.changes.map((c) => [c.kind, c.destructive])).toEqual([
        ['retention-lengthened', false],
        ['copy-added', false],
      ]);
      const markdown = await runCli(['review', '--base', base, '--head', head]);
      expect(markdown.stdout).not.toContain('[!WARNING]');
      expect(markdown.stdout).toContain('✅ 2 changes in 1 plan, none destructive');
    },
    RUN_TIMEOUT,
  );

  it(
    'a namespace change is destructive',
    async () => {
      const base = writePlans({ prod: `namespace: acme/infra\n${BASE_PLAN}` });
      const head = writePlans({ prod: `namespace: acme/infra-renamed\n${BASE_PLAN}` });
      const result = await runCli(['review', '--base', base, '--head', head, '--json']);
      expect(result.exitCode, result.stderr).toBe(0);
      const parsed = JSON.parse(result.stdout) as {
        changes: { kind: string; destructive: boolean; detail: string }[];
      };
      expect(parsed.changes).toEqual([
        expect.objectContaining({
          kind: 'namespace-changed',
          destructive: true,
          detail: expect.stringMatching(/orphans/),
        }),
      ]);
    },
    RUN_TIMEOUT,
  );
});
