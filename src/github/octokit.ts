// The GitHub API client the action uses, built from the `github-token` input and the runner's env.
// @actions/github is imported only when a client is made: it brings octokit and undici (~1.2 MB of
// bundle), which a backup run needs only for failure issues, after its AWS work (issue 12).
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface Repository {
  owner: string;
  repo: string;
}

/**
 * An Octokit for `token` against GITHUB_API_URL (GitHub Enterprise Server and tests set it; the
 * default is github.com's API).
 */
export async function createOctokit(token: string, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  if (!token) throw new Error('no GitHub token: pass `github-token` (the default is `${{ github.token }}`)');
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}

/** `owner/name` from GITHUB_REPOSITORY, as the runner sets it. */
export function repositoryFromEnv(env: NodeJS.ProcessEnv = process.env): Repository {
  const value = env.GITHUB_REPOSITORY ?? '';
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match) throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${value}"`);
  return { owner: match[1]!, repo: match[2]! };
}

/** Link to the current workflow run, for issue comments ("failed in <run>"). */
export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
