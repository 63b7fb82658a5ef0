// The workflows are product too: the reusable backup workflow's plan listing really runs, and every
// workflow keeps to the security rules (least permissions, no pull_request_target, the action by
// repository and ref inside reusable workflows).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runAction } from '../e2e/harness.js';

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = {
  permissions?: Record<string, string>;
  steps?: Step[];
  concurrency?: Record<string, unknown>;
  outputs?: Record<string, string>;
  'timeout-minutes'?: number | string;
};
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };

const dir = '.github/workflows';
const workflows = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, load(readFileSync(join(dir, f), 'utf8')) as Workflow]),
);
const backup = workflows['backup.yml']!;

/** Runs the plan-listing step of backup.yml as a runner would (the bundled action with the step's
 * `with:`, `${{ inputs.* }}` filled in) and returns its `matrix` output. */
async function listPlans(
  files: string[] | string,
  only = '',
): Promise<{ code: number; groups?: { key: string; name: string; plans: string }[]; stderr: string }> {
  const step = backup.jobs.plans!.steps!.find((s) => s.id === 'list')!;
  const workflowInputs: Record<string, string> = { plans: 'backup-plans', plan: only };
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [
      k,
      String(v).replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => workflowInputs[name] ?? ''),
    ]),
  );
  let work = files as string;
  if (Array.isArray(files)) {
    work = mkdtempSync(join(tmpdir(), 'wf-'));
    mkdirSync(join(work, 'backup-plans'));
    for (const f of files) writeFileSync(join(work, 'backup-plans', f), 'version: 1\n');
  }
  const result = await runAction({ cwd: work, inputs });
  if (result.exitCode !== 0) return { code: result.exitCode, stderr: result.log };
  return { code: 0, groups: JSON.parse(result.outputs.matrix!), stderr: result.log };
}

describe('reusable backup workflow', () => {
  it('is a workflow_call that grants nothing at the top and only what each job needs', () => {
    expect(Object.keys(backup.on)).toEqual(['workflow_call']);
    expect(backup.permissions).toEqual({});
    expect(backup.jobs.plans!.permissions).toEqual({ contents: 'read' });
    expect(backup.jobs.backup!.permissions).toEqual({
      contents: 'read',
      'id-token': 'write',
      issues: 'write',
    });
  });

  it('references the action by repository and ref, never ./, and prunes after backup without hiding it', () => {
    const steps = backup.jobs.backup!.steps!;
    const actionSteps = steps.filter((s) => s.with?.command);
    expect(actionSteps.map((s) => s.with!.command)).toEqual(['backup', 'prune', 'drill']);
    for (const s of actionSteps) expect(s.uses).toMatch(/^[\w-]+\/backup-plans@v\d+$/);
    expect(actionSteps[1]!.if).toContain('!cancelled()');
  });

  it('runs the due restore drills after backup and prune only when the caller enables them', () => {
    const drill = backup.jobs.backup!.steps!.find((s) => s.with?.command === 'drill')!;
    expect(drill.if).toContain('inputs.drill');
    expect(drill.if).toContain('!cancelled()');
    expect(drill.with).not.toHaveProperty('resource');
    expect(drill.with).not.toHaveProperty('force');
    const input = (backup.on as { workflow_call: { inputs: Record<string, { default?: unknown }> } })
      .workflow_call.inputs.drill;
    expect(input?.default).toBe(false);
  });

  it('lists plans with the product (list-plans), not a script of its own', () => {
    const step = backup.jobs.plans!.steps!.find((s) => s.id === 'list')!;
    expect(step.run).toBeUndefined();
    expect(step.uses).toMatch(/^[\w-]+\/backup-plans@v\d+$/);
    expect(step.with).toMatchObject({
      command: 'list-plans',
      plans: '${{ inputs.plans }}',
      plan: '${{ inputs.plan }}',
    });
    expect(backup.jobs.plans!.outputs).toEqual({ matrix: '${{ steps.list.outputs.matrix }}' });
  });

  it('runs one job per plan at a time and never cancels a run in progress', () => {
    const c = backup.jobs.backup!.concurrency!;
    // The key, not the member list: a plan keeps its key when other plans are added.
    expect(String(c.group)).toContain('matrix.group.key');
    expect(String(c.group)).not.toContain('matrix.group.plans');
    expect(c['cancel-in-progress']).toBe(false);
  });

  it('lists one matrix entry per plan, sorted, other files reported but not listed', async () => {
    const { groups, stderr } = await listPlans(['web.yml', 'production.YAML', 'README.md']);
    expect(groups).toEqual([
      { key: 'plan-production', name: 'production', plans: 'production' },
      { key: 'plan-web', name: 'web', plans: 'web' },
    ]);
    expect(stderr).toContain('not a plan file');
  });

  it('groups plans into at most 256 matrix jobs and loses none', async () => {
    const files = Array.from({ length: 600 }, (_, i) => `plan-${String(i).padStart(3, '0')}.yml`);
    const { groups } = await listPlans(files);
    expect(groups!.length).toBeLessThanOrEqual(256);
    expect(groups!.length).toBeGreaterThan(200);
    const all = groups!.flatMap((g) => g.plans.split(','));
    expect(all.sort()).toEqual(files.map((f) => f.replace('.yml', '')).sort());
  });

  // Three runs of the bundled action: allow for a busy machine.
  it(
    'lists exactly the plans validate checks: any-case extension, no dotfiles, no folders',
    { timeout: 120_000 },
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'wf-'));
      const dir = join(work, 'backup-plans');
      mkdirSync(dir);
      const plan = (volume: string) =>
        readFileSync('backup-plans/web.yml', 'utf8')
          .replace(/ {4}- arn:aws:elasticfilesystem.*\n/, '')
          .replace('vol-0123456789abcdef0', volume);
      writeFileSync(join(dir, 'a.yml'), plan('vol-0aaaaaaaaaaaaaaaa'));
      writeFileSync(join(dir, 'B.YML'), plan('vol-0bbbbbbbbbbbbbbbb'));
      writeFileSync(join(dir, '.hidden.yml'), 'not: a plan\n');
      mkdirSync(join(dir, 'x.yml'));

      const listed = await listPlans(work);
      expect(listed.code).toBe(0);
      const ids = listed.groups!.flatMap((g) => g.plans.split(','));
      expect(ids).toEqual(['B', 'a']);

      // validate over the whole folder: both plans checked, the folder x.yml the only problem, the
      // dotfile ignored by both.
      const all = await runAction({ cwd: work, inputs: { command: 'validate', plans: 'backup-plans' } });
      const errors = all.annotations.filter((a) => a.level === 'error');
      expect(errors.map((a) => a.file)).toEqual(['backup-plans/x.yml']);
      expect(all.log).not.toContain('.hidden');
      // Each matrix job's validate (its `plan` input) passes for exactly the listed plans.
      const jobs = await runAction({
        cwd: work,
        inputs: {
          command: 'validate',
          plans: 'backup-plans',
          plan: listed.groups!.map((g) => g.plans).join(','),
        },
      });
      expect(jobs.exitCode).toBe(0);
      expect(jobs.log).toContain('2 plans valid');
    },
  );

  it('filters to the requested plans and fails clearly when there is none', async () => {
    expect((await listPlans(['a.yml', 'b.yml'], 'b')).groups).toEqual([
      { key: 'plan-b', name: 'b', plans: 'b' },
    ]);
    expect((await listPlans(['a.yml', 'b.yml', 'c.yml'], 'c, a')).groups!.map((g) => g.plans)).toEqual([
      'a',
      'c',
    ]);
    const missing = await listPlans(['a.yml'], 'missing');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no plan "missing"');
    expect((await listPlans([])).code).not.toBe(0);
  });
});

describe('every workflow', () => {
  it.each(Object.keys(workflows))('%s: no pull_request_target, explicit least permissions', (file) => {
    const wf = workflows[file]!;
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    expect(wf.permissions).toBeDefined();
    const granted = JSON.stringify([wf.permissions, ...Object.values(wf.jobs).map((j) => j.permissions)]);
    expect(granted).not.toMatch(/write-all|"contents":"write"/);
  });

  it.each(Object.keys(workflows))('%s: checkouts do not persist the token', (file) => {
    for (const job of Object.values(workflows[file]!.jobs))
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
  });
});

describe('reusable restore workflow', () => {
  const restore = workflows['restore.yml']!;
  type RestoreJob = Job & { environment?: string; 'timeout-minutes'?: number };
  const job = restore.jobs.restore as RestoreJob;
  const call = (restore.on.workflow_call as { inputs: Record<string, { type: string; required?: boolean }> })
    .inputs;

  it('is a workflow_call in the caller-named environment, with least permissions and a timeout', () => {
    expect(Object.keys(restore.on)).toEqual(['workflow_call']);
    expect(restore.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job.environment).toBe('${{ inputs.environment }}');
    expect(call.environment).toMatchObject({ type: 'string', required: true });
    expect(job['timeout-minutes']).toBeGreaterThan(5 * 60 + 45); // the action's own wait budget fits
    expect(job['timeout-minutes']).toBeLessThanOrEqual(360);
  });

  it('passes plan, resource, point, metadata, wait and dry-run to the action by repository and ref', () => {
    for (const name of ['plan', 'resource', 'point', 'metadata', 'wait', 'dry-run'])
      expect(call).toHaveProperty(name);
    const step = job.steps!.find((s) => s.with?.command === 'restore')!;
    expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    const actionInputs = Object.keys(
      (load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs,
    );
    for (const [key, value] of Object.entries(step.with!)) {
      expect(actionInputs).toContain(key);
      if (key !== 'command') expect(value).toBe(`\${{ inputs.${key} }}`);
    }
  });
});

/** Every `uses:` line of a workflow or README example, with the comment after it. */
function usesLines(text: string): { uses: string; comment: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?[ \t]*(?:#\s*(.*))?$/gm)].map((m) => ({
    uses: m[1]!,
    comment: m[2] ?? '',
  }));
}

/** The project's own action and reusable workflows go by repository and release tag (see DESIGN). */
const OWN = /^(\.\/|backup-plans\/backup-plans(\/\.github\/workflows\/[\w-]+\.yml)?@v\d+$)/;

/** ```yaml blocks of the README that are workflows (they have `jobs:` or `uses:`). */
function readmeWorkflows(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  return [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => /^\s*(jobs:|- uses:|uses:)/m.test(b));
}

describe('pinned actions and time limits', () => {
  const sources = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')] as const),
    ...readmeWorkflows().map((text, i) => [`README.md example ${i + 1}`, text] as const),
  ];

  it.each(sources)('%s: third-party actions pinned by full commit SHA, version in a comment', (_, text) => {
    for (const { uses, comment } of usesLines(text)) {
      if (OWN.test(uses)) continue;
      expect(uses, uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, `${uses} needs "# vX.Y.Z"`).toMatch(/^v\d+\.\d+\.\d+\b/);
    }
  });

  it.each(sources)('%s: checkout and setup-node at a Node 24 major (v5 or later)', (_, text) => {
    for (const { uses, comment } of usesLines(text))
      if (/^actions\/(checkout|setup-node)@/.test(uses))
        expect(Number(/^v(\d+)/.exec(comment)?.[1])).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.keys(workflows))('%s: every job has timeout-minutes (GitHub default: 6 hours)', (file) => {
    for (const [name, job] of Object.entries(workflows[file]!.jobs)) {
      const limit = job['timeout-minutes'];
      expect(limit, `${file} job ${name}`).toBeDefined();
      if (typeof limit === 'number') expect(limit).toBeGreaterThan(0);
      else expect(String(limit)).toMatch(/^\$\{\{.*\}\}$/);
    }
  });

  it('the check itself catches an unpinned action and a missing version comment', () => {
    const bad = usesLines(
      '    steps:\n      - uses: actions/checkout@v5\n      - uses: actions/cache@0123456789abcdef0123456789abcdef01234567\n',
    );
    expect(bad).toEqual([
      { uses: 'actions/checkout@v5', comment: '' },
      { uses: 'actions/cache@0123456789abcdef0123456789abcdef01234567', comment: '' },
    ]);
    expect(bad[0]!.uses).not.toMatch(/@[0-9a-f]{40}$/);
  });

  it('Dependabot keeps npm packages and the pinned actions current', () => {
    const config = load(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});

describe('reusable review workflow', () => {
  const review = workflows['review.yml']!;
  type ReviewJob = Job & { 'timeout-minutes'?: number };
  const job = review.jobs.review! as ReviewJob;

  it('is a workflow_call for pull_request callers with contents: read and pull-requests: write only', () => {
    expect(Object.keys(review.on)).toEqual(['workflow_call']);
    expect(review.permissions).toEqual({});
    expect(Object.keys(review.jobs)).toEqual(['review']);
    // No AWS: no id-token, no issues, nothing else.
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(job['timeout-minutes']).toBeGreaterThan(0);
  });

  it('runs the action by repository and ref with command review, on a shallow checkout', () => {
    const steps = job.steps!;
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.uses).toMatch(/@[0-9a-f]{40}$/);
    expect(checkout.with?.['fetch-depth']).toBeUndefined(); // depth 1: the base comes from the API
    const action = steps.filter((s) => s.with?.command);
    expect(action).toHaveLength(1);
    expect(action[0]!.uses).toMatch(/^[\w-]+\/backup-plans@v\d+$/);
    expect(action[0]!.with!.command).toBe('review');
    for (const s of steps) if (s.uses) expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@(v\d+|[0-9a-f]{40})$/);
  });

  it('uploads the comment only for pull requests from forks, passing expressions through env, never inline in run', () => {
    const steps = job.steps!.filter((s) => s.if?.includes('head.repo.full_name != github.repository'));
    expect(steps.map((s) => s.uses ?? 'run')).toEqual([
      'run',
      'actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f',
    ]);
    for (const s of job.steps!) if (s.run) expect(s.run).not.toContain('${{');
  });
});

describe('reusable review workflow with a read-only role (review-live.yml)', () => {
  const live = workflows['review-live.yml']!;
  const plain = workflows['review.yml']!;
  const job = live.jobs.review!;
  const call = (live.on.workflow_call as { inputs: Record<string, { type: string; required?: boolean }> })
    .inputs;

  it('adds id-token: write to review.yml’s permissions and nothing else, for callers that configure a role', () => {
    expect(Object.keys(live.on)).toEqual(['workflow_call']);
    expect(live.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'id-token': 'write' });
    // review.yml never asks for it: a caller without a role needs no OIDC.
    expect(plain.jobs.review!.permissions).not.toHaveProperty('id-token');
    expect(call['review-role']).toMatchObject({ type: 'string', required: true });
  });

  it('runs the same steps as review.yml, with the role passed to the action', () => {
    const withoutRole = job.steps!.map((s) => {
      if (!s.with?.['review-role']) return s;
      expect(s.with['review-role']).toBe('${{ inputs.review-role }}');
      const { 'review-role': _role, ...rest } = s.with;
      return { ...s, with: rest };
    });
    expect(withoutRole).toEqual(plain.jobs.review!.steps);
    expect(job['timeout-minutes']).toBe(plain.jobs.review!['timeout-minutes']);
  });
});
