// Which owner identity goes on every recovery point: the `backup-plans:namespace` tag.
// Order: the `namespace` input/flag, the plan's `namespace`, GITHUB_REPOSITORY (owner/name in
// Actions), the `origin` remote of the git checkout (the CLI in a clone). No silent default: a
// wrong namespace would make a later run disown (and never prune) every point written before.
import { execFileSync } from 'node:child_process';

export class NamespaceError extends Error {
  override name = 'NamespaceError';
}

/** `owner/name` from a git remote URL (https, ssh, scp-like), or undefined when it has no such path. */
export function repositoryFromRemoteUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let path: string;
  const scp = /^[^@/\s]+@[^:/\s]+:(.+)$/.exec(trimmed); // git@github.com:owner/name.git
  if (scp?.[1] && !trimmed.includes('://')) path = scp[1];
  else {
    try {
      path = new URL(trimmed).pathname;
    } catch {
      return undefined;
    }
  }
  const parts = path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
}

/** The `origin` remote's owner/name, or undefined (no git, no repository, no origin). */
export function repositoryFromGitOrigin(cwd: string = process.cwd()): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    });
    return repositoryFromRemoteUrl(url);
  } catch {
    return undefined;
  }
}

export interface NamespaceSources {
  input?: string;
  plan?: string;
  githubRepository?: string;
  /** Looked up lazily: only when nothing before it is set. */
  gitOrigin?: () => string | undefined;
}

export interface ResolvedNamespace {
  namespace: string;
  source: 'input' | 'plan' | 'GITHUB_REPOSITORY' | 'git remote origin';
}

export function resolveNamespace(sources: NamespaceSources): ResolvedNamespace {
  const input = sources.input?.trim();
  if (input) return { namespace: input, source: 'input' };
  const plan = sources.plan?.trim();
  if (plan) return { namespace: plan, source: 'plan' };
  const repo = sources.githubRepository?.trim();
  if (repo) return { namespace: repo, source: 'GITHUB_REPOSITORY' };
  const origin = sources.gitOrigin?.();
  if (origin) return { namespace: origin, source: 'git remote origin' };
  throw new NamespaceError(
    'cannot tell which namespace owns the recovery points: set `namespace:` in the plan file, ' +
      'pass the `namespace` input (CLI: --namespace owner/name), or run inside a git clone whose ' +
      '`origin` remote points to the repository',
  );
}
