// `command: review` as a runner runs it on pull_request: the bundled action against the fake GitHub,
// the head plans checked out in the workspace, the base plans only in the fake's contents API at the
// base commit (a depth-1 checkout), and no AWS credentials or endpoints at all.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, runCli, startFakeGitHub, type FakeGitHub } from './harness.js';
import { BASE_PLAN, edit, writePlans } from '../review/plans.js';

const REPO = 'acme/infra';
const BASE_SHA = '1111111111111111111111111111111111111111';
const PR = 12;
const MARKER = '<!-- backup-plans:review plans=backup-plans -->';

function workspace(plans: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'review-ws-'));
  mkdirSync(join(cwd, 'backup-plans'));
  for (const [id, text] of Object.entries(plans)) writeFileSync(join(cwd, 'backup-plans', `${id}.yml`), text);
  return cwd;
}

function pullRequestEvent(headRepo = REPO) {
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO } },
      head: { sha: '2222222222222222222222222222222222222222', ref: 'change', repo: { full_name: headRepo } },
    },
    repository: { full_name: REPO, name: 'infra', owner: { login: 'acme' } },
  };
}

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function fakeWithBase(options: { readOnly?: boolean } = {}): Promise<FakeGitHub> {
  github = await startFakeGitHub({ repository: REPO, ...options });
  github.setFiles(REPO, BASE_SHA, { 'backup-plans/prod.yml': BASE_PLAN, 'README.md': '# infra\n' });
  github.addPullRequest(REPO, PR);
  return github;
}

function review(gh: FakeGitHub, head: Record<string, string>, headRepo = REPO) {
  return runAction({
    github: gh,
    cwd: workspace(head),
    eventName: 'pull_request',
    event: pullRequestEvent(headRepo),
    repository: REPO,
    inputs: { command: 'review' },
  });
}

const DESTRUCTIVE = edit(
  BASE_PLAN,
  ['monthly: 12', 'monthly: 3'],
  [
    '    copyTo:\n      - region: eu-central-1\n        vault: production-dr\n        retain: { days: 90 }\n',
    '',
  ],
  ['    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-1\n', ''],
);

/** Each run starts node on the 6 MB bundle: seconds apiece on a busy machine. */
const RUN_TIMEOUT = 120_000;

describe('review on pull_request', () => {
  it(
    'creates one sticky comment, updates it on the next run, never a second one, and leaves a quoting user alone',
    async () => {
      const gh = await fakeWithBase();
      // A user quotes the marker: the action must neither edit this nor mistake it for its own.
      const quote = gh.addComment(REPO, PR, `${MARKER}\nlooks like the bot's comment`);

      const first = await review(gh, { prod: edit(BASE_PLAN, ['daily: 7', 'daily: 14']) });
      expect(first.exitCode, first.stderr + first.log).toBe(0);
      const ours = () => gh.state.comments.filter((c) => c.user.login === 'github-actions[bot]');
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body.startsWith(MARKER)).toBe(true);
      expect(ours()[0]!.body).toContain('retention lengthened');
      // Base plans were read at the base commit through the contents API, not from the checkout.
      expect(
        gh
          .calls('GET /repos/:owner/:repo/contents/*path')
          .map((r) => [decodeURIComponent(r.path), r.query.ref]),
      ).toEqual([
        ['/repos/acme/infra/contents/backup-plans', BASE_SHA],
        ['/repos/acme/infra/contents/backup-plans/prod.yml', BASE_SHA],
      ]);
      // GITHUB_TOKEN is not a user: /user is refused, GraphQL's viewer names the bot.
      expect(gh.calls('GET /user').map((r) => r.status)).toEqual([403]);
      expect(gh.calls('POST /graphql').map((r) => r.status)).toEqual([200]);
      expect(first.summary).toContain('Backup plan review');
      expect(first.outputs).toMatchObject({ changes: '1', destructive: '0', errors: '0' });

      const second = await review(gh, { prod: DESTRUCTIVE });
      expect(second.exitCode, second.stderr + second.log).toBe(0);
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body).toContain('[!WARNING]');
      expect(gh.calls('POST /repos/:owner/:repo/issues/:number/comments')).toHaveLength(1);
      expect(gh.calls('PATCH /repos/:owner/:repo/issues/comments/:id')).toHaveLength(1);

      // The same review again changes nothing.
      const third = await review(gh, { prod: DESTRUCTIVE });
      expect(third.exitCode).toBe(0);
      expect(gh.calls('PATCH /repos/:owner/:repo/issues/comments/:id')).toHaveLength(1);
      expect(gh.state.comments).toHaveLength(2);
      expect(gh.state.comments.find((c) => c.id === quote.id)!.body).toBe(
        `${MARKER}\nlooks like the bot's comment`,
      );
    },
    3 * RUN_TIMEOUT,
  );

  it(
    'shortened retention, a dropped copy and a removed resource are all destructive, with the banner',
    async () => {
      const gh = await fakeWithBase();
      const result = await review(gh, { prod: DESTRUCTIVE });
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      const body = gh.state.comments[0]!.body;
      expect(body).toContain('> [!WARNING]');
      expect(body).toContain('**⚠️ 3 of 3 changes are destructive (1 plan)**');
      for (const kind of ['retention shortened', 'copy removed', 'resource removed'])
        expect(body).toMatch(new RegExp(`\\| ⚠️ \\| prod \\| [^|]+ \\| ${kind} \\|`));
      expect(result.outputs).toMatchObject({ changes: '3', destructive: '3' });
      // The comment is also a file, for the workflow_run follow-up on pull requests from forks.
      expect(readFileSync(result.outputs.comment!, 'utf8')).toBe(body);
      const report = result.reportJson as { changes: { kind: string; destructive: boolean }[] };
      expect(report.changes.map((c) => [c.kind, c.destructive])).toEqual([
        ['resource-removed', true],
        ['retention-shortened', true],
        ['copy-removed', true],
      ]);
      expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        '3 destructive changes in the backup plans: see the review in the job summary',
      ]);
    },
    RUN_TIMEOUT,
  );

  it(
    'a pull request from a fork (read-only token): the summary gets the review, no comment, exit 0',
    async () => {
      const gh = await fakeWithBase({ readOnly: true });
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
      const gh = await fakeWithBase({ readOnly: true });
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
    "the head's validation errors become annotations on file:line and fail the step; the comment still says so",
    async () => {
      const gh = await fakeWithBase();
      const broken = edit(BASE_PLAN, ['    schedule: "0 3 * * *"', '    schedule: "0 3 * *"']);
      const result = await review(gh, { prod: broken });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors).toEqual([
        expect.objectContaining({
          file: join('backup-plans', 'prod.yml'),
          line: 16,
          col: 15,
          message: expect.stringMatching(/cron/),
        }),
      ]);
      expect(gh.state.comments[0]!.body).toContain('❌ 1 validation error in the head plans');
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
