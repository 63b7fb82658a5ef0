import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';
import { createOctokit, repositoryFromEnv, runUrlFromEnv, type Octokit } from '../../src/github/octokit.js';
import {
  DEFAULT_FAILURE_LABEL,
  ISSUE_BODY_LIMIT,
  failureMarker,
  syncFailureIssue,
  type FailureIssueOptions,
} from '../../src/github/issues.js';
import { escapeMarkdown } from '../../src/report/markdown.js';

let github: FakeGitHub;
let octokit: Octokit;

beforeAll(async () => {
  github = await startFakeGitHub({ collaborators: ['octocat'] });
  octokit = await createOctokit(github.token, { GITHUB_API_URL: github.url });
});
afterAll(() => github.close());
beforeEach(() => github.reset());

const base = (overrides: Partial<FailureIssueOptions> = {}): FailureIssueOptions => ({
  octokit,
  owner: 'acme',
  repo: 'infra',
  planId: 'production',
  failing: true,
  title: 'Backups of plan production are failing',
  body: '| resource | error |\n| --- | --- |\n| vol-1 | AccessDenied |',
  recovered: 'every backup and copy of this plan succeeded',
  labels: ['backup-failure', 'ops'],
  assignees: ['octocat'],
  runUrl: 'https://github.com/acme/infra/actions/runs/1',
  ...overrides,
});

describe('syncFailureIssue', () => {
  it('opens one labelled, assigned issue with the hidden marker and creates the labels it needs', async () => {
    const result = await syncFailureIssue(base());
    expect(result).toMatchObject({
      action: 'created',
      number: 1,
      url: 'https://github.com/acme/infra/issues/1',
    });
    const [issue] = github.state.issues;
    expect(issue?.labels).toEqual(['backup-failure', 'ops']);
    expect(issue?.assignees).toEqual(['octocat']);
    expect(issue?.body).toContain(failureMarker('production'));
    expect(issue?.body).toContain('| vol-1 | AccessDenied |');
    expect(issue?.body).toContain('[this run](https://github.com/acme/infra/actions/runs/1)');
    // Labels were created explicitly (with our colour), not left to GitHub's grey auto-labels.
    expect(
      github.calls('POST /repos/:owner/:repo/labels').map((r) => (r.body as { name: string }).name),
    ).toEqual(['backup-failure', 'ops']);
    expect(github.state.labels.get('acme/infra')?.every((l) => l.color === 'd73a4a')).toBe(true);
  });

  it('comments on the open issue when the failure recurs instead of opening another', async () => {
    await syncFailureIssue(base());
    const second = await syncFailureIssue(
      base({ body: 'still AccessDenied', runUrl: 'https://github.com/acme/infra/actions/runs/2' }),
    );
    expect(second).toMatchObject({ action: 'commented', number: 1 });
    expect(github.state.issues).toHaveLength(1);
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]?.body).toContain('still AccessDenied');
    expect(github.state.comments[0]?.body).toContain('(https://github.com/acme/infra/actions/runs/2)');
    // Existing labels are not created again.
    expect(github.calls('POST /repos/:owner/:repo/labels')).toHaveLength(2);
  });

  it('closes the issue with a "recovered" comment on the next good run, then does nothing', async () => {
    await syncFailureIssue(base());
    const recovered = await syncFailureIssue(
      base({ failing: false, runUrl: 'https://github.com/acme/infra/actions/runs/3' }),
    );
    expect(recovered).toMatchObject({ action: 'closed', number: 1 });
    expect(github.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.state.comments.at(-1)?.body).toMatch(
      /^Recovered in \[this run\]\(.*runs\/3\): every backup and copy of this plan succeeded\. Closing\.$/,
    );
    expect(await syncFailureIssue(base({ failing: false }))).toEqual({ action: 'none', notes: [] });
    // A new failure after recovery opens a new issue.
    expect(await syncFailureIssue(base())).toMatchObject({ action: 'created', number: 2 });
  });

  it('keeps plans apart, and ignores look-alike issues without the marker', async () => {
    await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'infra',
      title: 'x',
      body: 'manual',
      labels: ['backup-failure'],
    });
    await syncFailureIssue(base({ planId: 'production' }));
    const other = await syncFailureIssue(base({ planId: 'production-eu' }));
    expect(other).toMatchObject({ action: 'created', number: 3 });
    expect(await syncFailureIssue(base({ planId: 'production', failing: false }))).toMatchObject({
      action: 'closed',
      number: 2,
    });
    expect(github.state.issues.map((i) => i.state)).toEqual(['open', 'closed', 'open']);
  });

  it('finds its issue across pages of labelled issues', async () => {
    await syncFailureIssue(base());
    // Newer labelled issues push the plan's issue (listed newest first) onto the second page.
    for (let i = 0; i < 130; i++)
      await octokit.rest.issues.create({
        owner: 'acme',
        repo: 'infra',
        title: `noise ${i}`,
        labels: ['backup-failure'],
      });
    const result = await syncFailureIssue(base({ failing: false }));
    expect(result).toMatchObject({ action: 'closed', number: 1 });
    expect(github.calls('GET /repos/:owner/:repo/issues').map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '1',
      '2',
    ]);
  });

  it('uses the default label when none is configured', async () => {
    await syncFailureIssue(base({ labels: [] }));
    expect(github.state.issues[0]?.labels).toEqual([DEFAULT_FAILURE_LABEL]);
  });

  it('opens the issue unassigned, with a note, when an assignee is not allowed', async () => {
    const result = await syncFailureIssue(base({ assignees: ['nobody-here'] }));
    expect(result.action).toBe('created');
    expect(result.notes.join('\n')).toMatch(/could not assign nobody-here/);
    expect(github.state.issues[0]?.assignees).toEqual([]);
  });

  it('trims huge bodies under 65,536 characters with a note, keeping the marker', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `| vol-${i} | ${'é'.repeat(20)} failed |`).join('\n');
    await syncFailureIssue(base({ body }));
    const issue = github.state.issues[0]!;
    expect(issue.body!.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(issue.body).toContain(failureMarker('production'));
    expect(issue.body).toMatch(/more lines trimmed; the full report is in the job summary of \[the run\]/);
    await syncFailureIssue(base({ body }));
    expect(github.state.comments[0]!.body.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
  });

  it('cleans titles: no control characters, cut to 256', async () => {
    await syncFailureIssue(base({ title: `evil\ntitle\u202E ${'x'.repeat(400)}` }));
    const title = github.state.issues[0]!.title;
    expect(title.startsWith('evil title ')).toBe(true);
    expect([...title].length).toBe(256);
  });

  it('puts only escaped outside text in the body (the caller escapes; the marker cannot be forged by a plan id)', async () => {
    const hostile = 'x --> <img src=x onerror=alert(1)> @octocat';
    await syncFailureIssue(base({ planId: hostile, body: escapeMarkdown(hostile) }));
    const body = github.state.issues[0]!.body!;
    expect(body.startsWith(failureMarker(hostile))).toBe(true);
    expect(failureMarker(hostile)).not.toMatch(/-->.*-->/);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@octocat');
  });

  it('returns an error result instead of throwing when GitHub fails, and creates nothing twice', async () => {
    github.failNext('POST /repos/:owner/:repo/issues', 500);
    const failed = await syncFailureIssue(base());
    expect(failed).toMatchObject({ action: 'error' });
    expect(failed.action === 'error' && failed.error).toMatch(
      /POST \/repos\/acme\/infra\/issues answered 500/,
    );
    expect(github.calls('POST /repos/:owner/:repo/issues')).toHaveLength(1); // writes are not retried
    expect(await syncFailureIssue(base())).toMatchObject({ action: 'created' });
  });

  it('reports a missing permission with the line to add', async () => {
    await syncFailureIssue(base());
    github.failNext('POST /repos/:owner/:repo/issues/:number/comments', 403, {
      message: 'Resource not accessible by integration',
    });
    const result = await syncFailureIssue(base());
    expect(result).toMatchObject({ action: 'error', number: 1 });
    expect(result.action === 'error' && result.error).toMatch(/grant `issues: write`/);
  });

  it('an invalid token is an error result naming the token', async () => {
    const bad = await createOctokit('wrong-token', { GITHUB_API_URL: github.url });
    const result = await syncFailureIssue(base({ octokit: bad }));
    expect(result.action).toBe('error');
    expect(result.action === 'error' && result.error).toMatch(/401.*github-token/);
  });

  it('retries a failed listing once, then falls back to search', async () => {
    await syncFailureIssue(base());
    github.failNext('GET /repos/:owner/:repo/issues', 502);
    expect(await syncFailureIssue(base({ failing: false }))).toMatchObject({ action: 'closed', number: 1 });
    await syncFailureIssue(base());
    github.failNext('GET /repos/:owner/:repo/issues', 503, 2);
    const viaSearch = await syncFailureIssue(base());
    expect(viaSearch).toMatchObject({ action: 'commented', number: 2 });
    expect(viaSearch.notes.join()).toMatch(/searched instead/);
    expect(github.calls('GET /search/issues')).toHaveLength(1);
  });
});

describe('octokit helpers', () => {
  it('reads owner/repo and the run URL from the runner environment', () => {
    expect(repositoryFromEnv({ GITHUB_REPOSITORY: 'acme/infra' })).toEqual({ owner: 'acme', repo: 'infra' });
    expect(() => repositoryFromEnv({})).toThrow(/GITHUB_REPOSITORY must be "owner\/name"/);
    expect(
      runUrlFromEnv({
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_RUN_ID: '9',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example',
      }),
    ).toBe('https://ghe.example/acme/infra/actions/runs/9/attempts/2');
    expect(
      runUrlFromEnv({ GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1' }),
    ).toBe('https://github.com/acme/infra/actions/runs/9');
  });

  it('refuses to build a client without a token', async () => {
    await expect(createOctokit('', {})).rejects.toThrow(/github-token/);
  });
});
