// The tag memo backup consults before reading ownership tags: this run's reads (RunTagMemo) or prune's
// catalog. Only ownership-proving tags are remembered; the catalog gives back the tags its entry
// stands for, which decide exactly as the tags read live.
import { describe, expect, it } from 'vitest';
import { copyLocksMatter } from '../../src/backup/decide.js';
import { Catalog } from '../../src/prune/catalog.js';
import { RunTagMemo } from '../../src/run/tag-memo.js';
import { COPY_JOB_TAG, isOwnedBy, readOwnership } from '../../src/schedule/token.js';

const VAULT = '123456789012/eu-west-1/production';
const ARN = 'arn:aws:backup:eu-west-1:123456789012:recovery-point:p-1';
const owned = {
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily+monthly',
  'backup-plans:slot': '2026-03-01T04:00:00Z',
  Name: 'orders',
};

describe.each([
  ['RunTagMemo', () => new RunTagMemo()],
  ['Catalog', () => new Catalog()],
])('%s as a tag memo', (_, make) => {
  it('remembers tags that prove an owner, and nothing else', () => {
    const memo = make();
    memo.learn(VAULT, ARN, owned);
    memo.learn(VAULT, `${ARN}-none`, {});
    memo.learn(VAULT, `${ARN}-unknown`, undefined);
    memo.learn(VAULT, `${ARN}-norules`, { ...owned, 'backup-plans:rules': '' });
    expect(memo.known(VAULT, `${ARN}-none`)).toBeUndefined();
    expect(memo.known(VAULT, `${ARN}-unknown`)).toBeUndefined();
    expect(memo.known(VAULT, `${ARN}-norules`)).toBeUndefined();
    expect(memo.known('210987654321/eu-west-1/production', ARN)).toBeUndefined();
    const known = memo.known(VAULT, ARN)!;
    expect(readOwnership(known)).toEqual(readOwnership(owned));
    for (const rule of ['daily', 'monthly', 'weekly'])
      expect(isOwnedBy(known, { namespace: 'acme/infra', plan: 'prod', rule })).toBe(
        isOwnedBy(owned, { namespace: 'acme/infra', plan: 'prod', rule }),
      );
  });

  it("keeps a copy's copy-job marker", () => {
    const memo = make();
    memo.learn(VAULT, ARN, { ...owned, [COPY_JOB_TAG]: 'completed' });
    expect(memo.known(VAULT, ARN)?.[COPY_JOB_TAG]).toBe('completed');
  });
});

describe('Catalog: entries backup learned', () => {
  it('serve prune lookups in this process, and are never saved (only prune writes the file)', () => {
    const catalog = new Catalog();
    catalog.learn(VAULT, ARN, owned);
    expect(catalog.lookup(VAULT, ARN)).toMatchObject({ namespace: 'acme/infra', plan: 'prod' });
    expect(JSON.parse(catalog.serialize())).toEqual({ version: 1, vaults: {} });
    catalog.forget(VAULT, ARN);
    expect(catalog.known(VAULT, ARN)).toBeUndefined();
  });

  it('what prune proved is known to backup, its tags in the "+" form', () => {
    const catalog = Catalog.parse(
      JSON.stringify({
        version: 1,
        vaults: {
          [VAULT]: { [ARN]: { namespace: 'acme/infra', plan: 'prod', rules: ['daily', 'monthly'] } },
        },
      }),
    );
    expect(catalog.known(VAULT, ARN)).toEqual({
      'backup-plans:namespace': 'acme/infra',
      'backup-plans:plan': 'prod',
      'backup-plans:rules': 'daily+monthly',
    });
    expect(catalog.hits).toBe(0); // backup's lookups are not prune's spared reads
  });
});

describe('copyLocksMatter: the destination lock can change only copies still to make', () => {
  it.each([
    [['completed', 'in-flight'], false],
    [[], false],
    [['completed', 'start'], true],
    [['skipped'], true],
    [['retry-later'], true],
    [['exhausted'], true],
    [['error'], true],
  ] as const)('%j → %s', (actions, matters) => {
    expect(copyLocksMatter(actions.map((action) => ({ action })))).toBe(matters);
  });
});
