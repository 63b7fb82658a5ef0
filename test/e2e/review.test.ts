// `command: review` as a runner runs it on pull_request (setup in review-helpers.ts): the sticky
// comment's lifecycle with the destructive banner, and validation errors as annotations. The
// read-only and fork cases, a base without plans and the terminal review are in
// review-scenarios.test.ts (slow: one bundle run each).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult, FakeGitHub } from './harness.js';
import {
  BASE_SHA,
  DESTRUCTIVE,
  fakeWithBase,
  MARKER,
  PR,
  REPO,
  review,
  RUN_TIMEOUT,
} from './review-helpers.js';
import { BASE_PLAN, edit } from '../review/plans.js';

describe('review on pull_request: one pull request reviewed three times', () => {
  // The three runs are shared by the tests below, which only read what each run left behind
  // (a bundle run costs seconds of CPU); the fake GitHub's state is recorded after each run.
  let gh: FakeGitHub;
  const ours = () => gh.state.comments.filter((c) => c.user.login === 'github-actions[bot]');
  const posts = () => gh.calls('POST /repos/:owner/:repo/issues/:number/comments').length;
  const patches = () => gh.calls('PATCH /repos/:owner/:repo/issues/comments/:id').length;
  let quote: { id: number };
  let first: ActionResult;
  let second: ActionResult;
  let third: ActionResult;
  let afterFirst: { bodies: string[]; contents: (string | undefined)[][]; user: number[]; graphql: number[] };
  let afterSecond: { bodies: string[]; posts: number; patches: number };
  let afterThird: { patches: number; comments: number; quote: string };

  beforeAll(async () => {
    gh = await fakeWithBase();
    // A user quotes the marker: the action must neither edit this nor mistake it for its own.
    quote = gh.addComment(REPO, PR, `${MARKER}\nlooks like the bot's comment`);

    first = await review(gh, { prod: edit(BASE_PLAN, ['daily: 7', 'daily: 14']) });
    afterFirst = {
      bodies: ours().map((c) => c.body),
      contents: gh
        .calls('GET /repos/:owner/:repo/contents/*path')
        .map((r) => [decodeURIComponent(r.path), r.query.ref]),
      user: gh.calls('GET /user').map((r) => r.status),
      graphql: gh.calls('POST /graphql').map((r) => r.status),
    };

    second = await review(gh, { prod: DESTRUCTIVE });
    afterSecond = { bodies: ours().map((c) => c.body), posts: posts(), patches: patches() };

    // The same review again changes nothing.
    third = await review(gh, { prod: DESTRUCTIVE });
    afterThird = {
      patches: patches(),
      comments: gh.state.comments.length,
      quote: gh.state.comments.find((c) => c.id === quote.id)!.body,
    };
  }, 3 * RUN_TIMEOUT);
  afterAll(async () => {
    await gh?.close();
  });

  it('creates one sticky comment, updates it on the next run, never a second one, and leaves a quoting user alone', () => {
    expect(first.exitCode, first.stderr + first.log).toBe(0);
    expect(afterFirst.bodies).toHaveLength(1);
    expect(afterFirst.bodies[0]!.startsWith(MARKER)).toBe(true);
    expect(afterFirst.bodies[0]).toContain('retention lengthened');
    // Base plans were read at the base commit through the contents API, not from the checkout.
    expect(afterFirst.contents).toEqual([
      ['/repos/acme/infra/contents/backup-plans', BASE_SHA],
      ['/repos/acme/infra/contents/backup-plans/prod.yml', BASE_SHA],
    ]);
    // GITHUB_TOKEN is not a user: /user is refused, GraphQL's viewer names the bot.
    expect(afterFirst.user).toEqual([403]);
    expect(afterFirst.graphql).toEqual([200]);
    expect(first.summary).toContain('Backup plan review');
    expect(first.outputs).toMatchObject({ changes: '1', destructive: '0', errors: '0' });

    expect(second.exitCode, second.stderr + second.log).toBe(0);
    expect(afterSecond.bodies).toHaveLength(1);
    expect(afterSecond.bodies[0]).toContain('[!WARNING]');
    expect(afterSecond.posts).toBe(1);
    expect(afterSecond.patches).toBe(1);

    expect(third.exitCode).toBe(0);
    expect(afterThird.patches).toBe(1);
    expect(afterThird.comments).toBe(2);
    expect(afterThird.quote).toBe(`${MARKER}\nlooks like the bot's comment`);
  });

  it('shortened retention, a dropped copy and a removed resource are all destructive, with the banner', () => {
    // The second run reviewed DESTRUCTIVE against the base plan.
    const result = second;
    expect(result.exitCode, result.stderr + result.log).toBe(0);
    const body = afterSecond.bodies[0]!;
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
  });
});

describe('review on pull_request: head errors', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it(
    "the head's validation errors become annotations on file:line and fail the step; the comment still says so",
    async () => {
      const gh = (github = await fakeWithBase());
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
});
