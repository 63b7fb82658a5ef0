import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';
import { downloadFolder } from '../../src/github/contents.js';
import { GITHUB_ACTIONS_BOT, isAuthor, tokenIdentity } from '../../src/github/identity.js';
import { createOctokit } from '../../src/github/octokit.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';

const MARKER = '<!-- backup-plans:review plans=backup-plans -->';
let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function fake(actor?: string) {
  github = await startFakeGitHub(actor ? { actor } : {});
  github.addPullRequest('acme/infra', 5);
  return { gh: github, octokit: await createOctokit(github.token, { GITHUB_API_URL: github.url }) };
}

describe('tokenIdentity', () => {
  it('GITHUB_TOKEN: /user is refused, GraphQL names the bot without [bot], REST comments carry it', async () => {
    const { octokit } = await fake();
    expect(await tokenIdentity(octokit)).toEqual({ login: GITHUB_ACTIONS_BOT, bot: true, source: 'graphql' });
  });

  it('a personal access token is its user', async () => {
    const { octokit } = await fake('octocat');
    expect(await tokenIdentity(octokit)).toEqual({ login: 'octocat', bot: false, source: 'user' });
  });

  it('when GitHub answers neither, GITHUB_TOKEN is assumed', async () => {
    const { gh, octokit } = await fake();
    gh.failNext('POST /graphql', 502);
    expect(await tokenIdentity(octokit)).toEqual({ login: GITHUB_ACTIONS_BOT, bot: true, source: 'default' });
  });

  it('a user whose login is the bot name (without [bot]) or the bot login itself as a User is not the bot', () => {
    const me = { login: 'github-actions[bot]', bot: true, source: 'graphql' } as const;
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot' }, me)).toBe(true);
    expect(isAuthor({ login: 'github-actions', type: 'User' }, me)).toBe(false);
    expect(isAuthor({ login: 'github-actions[bot]', type: 'User' }, me)).toBe(false);
    expect(isAuthor(null, me)).toBe(false);
  });
});

describe('upsertStickyComment', () => {
  it('creates, then updates in place, then changes nothing; a quoted marker by someone else is never touched', async () => {
    const { gh, octokit } = await fake();
    const author = await tokenIdentity(octokit);
    const quoted = gh.addComment('acme/infra', 5, `${MARKER}\nquoted by a user`);
    const impostor = gh.addComment('acme/infra', 5, `${MARKER}\nanother app`, {
      login: 'other-app[bot]',
      type: 'Bot',
    });
    const options = { octokit, owner: 'acme', repo: 'infra', issueNumber: 5, marker: MARKER, author };
    const created = await upsertStickyComment({ ...options, body: `${MARKER}\none` });
    expect(created.action).toBe('created');
    const updated = await upsertStickyComment({ ...options, body: `${MARKER}\ntwo` });
    expect(updated).toMatchObject({ action: 'updated', id: created.id });
    expect(await upsertStickyComment({ ...options, body: `${MARKER}\ntwo` })).toMatchObject({
      action: 'unchanged',
      id: created.id,
    });
    expect(gh.state.comments.map((c) => [c.id, c.body])).toEqual([
      [quoted.id, `${MARKER}\nquoted by a user`],
      [impostor.id, `${MARKER}\nanother app`],
      [created.id, `${MARKER}\ntwo`],
    ]);
  });

  it('finds its comment beyond the first page of comments', async () => {
    const { gh, octokit } = await fake();
    const author = await tokenIdentity(octokit);
    const options = { octokit, owner: 'acme', repo: 'infra', issueNumber: 5, marker: MARKER, author };
    const first = await upsertStickyComment({ ...options, body: `${MARKER}\none` });
    for (let i = 0; i < 120; i++) gh.addComment('acme/infra', 5, `chatter ${i}`);
    expect(await upsertStickyComment({ ...options, body: `${MARKER}\ntwo` })).toMatchObject({
      action: 'updated',
      id: first.id,
    });
  });

  it('a body without its marker is refused (it could never be found again)', async () => {
    const { octokit } = await fake();
    const author = await tokenIdentity(octokit);
    await expect(
      upsertStickyComment({
        octokit,
        owner: 'acme',
        repo: 'infra',
        issueNumber: 5,
        marker: MARKER,
        author,
        body: 'x',
      }),
    ).rejects.toThrow(/marker/);
  });
});

describe('downloadFolder', () => {
  it('copies the folder at a ref (files, empty subfolders), and says when the folder is absent there', async () => {
    const { gh, octokit } = await fake();
    gh.setFiles('acme/infra', 'abc', {
      'backup-plans/a.yml': 'version: 1\n',
      'backup-plans/b.yaml': 'ünïcödé: "✓"\n',
      'backup-plans/nested/c.yml': 'x',
      'other/d.yml': 'y',
    });
    const dest = join(mkdtempSync(join(tmpdir(), 'dl-')), 'backup-plans');
    expect(
      await downloadFolder(octokit, { owner: 'acme', repo: 'infra', path: 'backup-plans', ref: 'abc' }, dest),
    ).toBe(true);
    expect(readdirSync(dest).sort()).toEqual(['a.yml', 'b.yaml', 'nested']);
    expect(readdirSync(join(dest, 'nested'))).toEqual([]);
    expect(readFileSync(join(dest, 'b.yaml'), 'utf8')).toBe('ünïcödé: "✓"\n');
    expect(
      await downloadFolder(
        octokit,
        { owner: 'acme', repo: 'infra', path: 'missing', ref: 'abc' },
        join(dest, 'x'),
      ),
    ).toBe(false);
    await expect(
      downloadFolder(
        octokit,
        { owner: 'acme', repo: 'infra', path: 'backup-plans/a.yml', ref: 'abc' },
        join(dest, 'y'),
      ),
    ).rejects.toThrow(/is a file/);
    // An unknown commit is an error, not an empty base (that would hide every removal).
    await expect(
      downloadFolder(
        octokit,
        { owner: 'acme', repo: 'infra', path: 'backup-plans', ref: 'nope' },
        join(dest, 'z'),
      ),
    ).rejects.toThrow(/No commit found/);
  });
});
