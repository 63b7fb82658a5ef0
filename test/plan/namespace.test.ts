import { describe, expect, it } from 'vitest';
import { NamespaceError, repositoryFromRemoteUrl, resolveNamespace } from '../../src/plan/namespace.js';

describe('repositoryFromRemoteUrl', () => {
  it.each([
    ['https://github.com/acme/infra.git', 'acme/infra'],
    ['https://github.com/acme/infra', 'acme/infra'],
    ['https://x-access-token:abc@github.com/acme/infra.git', 'acme/infra'],
    ['git@github.com:acme/infra.git', 'acme/infra'],
    ['ssh://git@github.example.com:2222/acme/infra.git', 'acme/infra'],
    ['https://gitlab.example.com/group/sub/infra.git/', 'sub/infra'],
  ])('%s → %s', (url, repo) => {
    expect(repositoryFromRemoteUrl(url)).toBe(repo);
  });
  it('returns undefined for paths without owner/name', () => {
    expect(repositoryFromRemoteUrl('/srv/git/infra')).toBeUndefined(); // a local path names no repository
    expect(repositoryFromRemoteUrl('')).toBeUndefined();
    expect(repositoryFromRemoteUrl('https://github.com/')).toBeUndefined();
  });
});

describe('resolveNamespace', () => {
  it('prefers the input, then the plan, then GITHUB_REPOSITORY, then the git remote', () => {
    const origin = () => 'acme/from-git';
    expect(resolveNamespace({ input: 'in', plan: 'p', githubRepository: 'a/b', gitOrigin: origin })).toEqual({
      namespace: 'in',
      source: 'input',
    });
    expect(resolveNamespace({ input: ' ', plan: 'p', githubRepository: 'a/b' }).namespace).toBe('p');
    expect(resolveNamespace({ githubRepository: 'a/b', gitOrigin: origin }).namespace).toBe('a/b');
    expect(resolveNamespace({ gitOrigin: origin })).toEqual({
      namespace: 'acme/from-git',
      source: 'git remote origin',
    });
  });
  it('does not run git when something earlier is set', () => {
    let called = false;
    resolveNamespace({ plan: 'p', gitOrigin: () => ((called = true), 'x/y') });
    expect(called).toBe(false);
  });
  it('explains how to set it when nothing is known', () => {
    expect(() => resolveNamespace({ gitOrigin: () => undefined })).toThrow(NamespaceError);
    expect(() => resolveNamespace({})).toThrow(/namespace:.*--namespace/);
  });
});
