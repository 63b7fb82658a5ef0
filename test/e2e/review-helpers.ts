// Shared setup of the review e2e suites (review.test.ts, review-scenarios.test.ts): `command: review`
// as a runner runs it on pull_request: the bundled action against the fake GitHub, the head plans
// checked out in the workspace, the base plans only in the fake's contents API at the base commit
// (a depth-1 checkout), and no AWS credentials or endpoints at all.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, startFakeGitHub, type FakeGitHub } from './harness.js';
import { BASE_PLAN, edit } from '../review/plans.js';

export const REPO = 'acme/infra';
export const BASE_SHA = '1111111111111111111111111111111111111111';
export const PR = 12;
export const MARKER = '<!-- backup-plans:review plans=backup-plans -->';

/** Each run starts node on the 6 MB bundle: seconds apiece on a busy machine. */
export const RUN_TIMEOUT = 120_000;

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

/** A fake GitHub with the base plan at BASE_SHA and pull request PR open; the caller closes it. */
export async function fakeWithBase(options: { readOnly?: boolean } = {}): Promise<FakeGitHub> {
  const github = await startFakeGitHub({ repository: REPO, ...options });
  github.setFiles(REPO, BASE_SHA, { 'backup-plans/prod.yml': BASE_PLAN, 'README.md': '# infra\n' });
  github.addPullRequest(REPO, PR);
  return github;
}

/** One review run of the action on pull request PR with `head` checked out. */
export function review(gh: FakeGitHub, head: Record<string, string>, headRepo = REPO) {
  return runAction({
    github: gh,
    cwd: workspace(head),
    eventName: 'pull_request',
    event: pullRequestEvent(headRepo),
    repository: REPO,
    inputs: { command: 'review' },
  });
}

/** Retention shortened, a copy dropped and a resource removed: three destructive changes. */
export const DESTRUCTIVE = edit(
  BASE_PLAN,
  ['monthly: 12', 'monthly: 3'],
  [
    '    copyTo:\n      - region: eu-central-1\n        vault: production-dr\n        retain: { days: 90 }\n',
    '',
  ],
  ['    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-1\n', ''],
);
