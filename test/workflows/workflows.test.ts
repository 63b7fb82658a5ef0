// The workflows are product too: the reusable backup workflow's plan listing really runs, and every
// workflow keeps to the security rules (least permissions, no pull_request_target, the action by
// repository and ref inside reusable workflows).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = { permissions?: Record<string, string>; steps?: Step[]; concurrency?: Record<string, unknown> };
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };

const dir = '.github/workflows';
const workflows = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, load(readFileSync(join(dir, f), 'utf8')) as Workflow]),
);
const backup = workflows['backup.yml']!;

/** Runs the plan-listing step of backup.yml as a runner would and returns its `groups` output. */
function listPlans(files: string[], only = ''): { code: number; groups?: { name: string; plans: string }[] } {
  const script = backup.jobs.plans!.steps!.find((s) => s.id === 'list')!.run!;
  const work = mkdtempSync(join(tmpdir(), 'wf-'));
  mkdirSync(join(work, 'backup-plans'));
  for (const f of files) writeFileSync(join(work, 'backup-plans', f), 'version: 1\n');
  const output = join(work, 'output');
  writeFileSync(output, '');
  try {
    execFileSync('bash', ['-e', '-c', script], {
      cwd: work,
      env: { PATH: process.env.PATH, PLANS_DIR: 'backup-plans', ONLY_PLAN: only, GITHUB_OUTPUT: output },
      stdio: 'pipe',
    });
  } catch (e) {
    return { code: (e as { status: number }).status };
  }
  const line = readFileSync(output, 'utf8').trim();
  expect(line.startsWith('groups=')).toBe(true);
  return { code: 0, groups: JSON.parse(line.slice('groups='.length)) };
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
    expect(actionSteps.map((s) => s.with!.command)).toEqual(['backup', 'prune']);
    for (const s of actionSteps) expect(s.uses).toMatch(/^[\w-]+\/backup-plans@v\d+$/);
    expect(actionSteps[1]!.if).toContain('!cancelled()');
  });

  it('runs one job per plan at a time and never cancels a run in progress', () => {
    const c = backup.jobs.backup!.concurrency!;
    expect(String(c.group)).toContain('matrix.group.plans');
    expect(c['cancel-in-progress']).toBe(false);
  });

  it('lists one matrix entry per plan, sorted, ignoring other files', () => {
    const { groups } = listPlans(['web.yml', 'production.yaml', 'README.md']);
    expect(groups).toEqual([
      { name: 'production', plans: 'production' },
      { name: 'web', plans: 'web' },
    ]);
  });

  it('groups plans into at most 256 matrix jobs and loses none', () => {
    const files = Array.from({ length: 600 }, (_, i) => `plan-${String(i).padStart(3, '0')}.yml`);
    const { groups } = listPlans(files);
    expect(groups).toHaveLength(256);
    const all = groups!.flatMap((g) => g.plans.split(','));
    expect(all.sort()).toEqual(files.map((f) => f.replace('.yml', '')).sort());
  });

  it('filters to the requested plan and fails clearly when there is none', () => {
    expect(listPlans(['a.yml', 'b.yml'], 'b').groups).toEqual([{ name: 'b', plans: 'b' }]);
    expect(listPlans(['a.yml'], 'missing').code).not.toBe(0);
    expect(listPlans([]).code).not.toBe(0);
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
