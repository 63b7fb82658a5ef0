// The failure issues of one command's plans (backup, audit, drill): whether GitHub can be reached
// from here, one src/github/issues.ts sync per plan, and what the host is told. Each command keeps
// its own issue per plan (its own marker), so a failing audit never closes a backup's issue.
import { syncFailureIssue, type FailureIssueResult } from '../github/issues.js';
import { createOctokit, repositoryFromEnv, runUrlFromEnv } from '../github/octokit.js';
import type { Host } from '../host/host.js';
import type { Plan } from '../plan/model.js';

export type IssueCommand = 'backup' | 'audit' | 'drill';

interface IssueWording {
  /** Prefix of the issue's marker key; "/" never occurs in a plan id (a file name). */
  keyPrefix: string;
  title: string;
  /** What the issue is called in warnings. */
  name: string;
  /** What closes the issue (the good run's comment). */
  recovered: string;
}

const WORDING: Record<IssueCommand, IssueWording> = {
  backup: {
    keyPrefix: '',
    title: 'Backups failing',
    name: 'failure issue',
    recovered: 'every backup and copy of this plan succeeded',
  },
  audit: {
    keyPrefix: 'audit/',
    title: 'Backup audit failing',
    name: 'audit issue',
    recovered: 'every audit control of this plan passes',
  },
  drill: {
    keyPrefix: 'drill/',
    title: 'Restore drill failing',
    name: 'drill issue',
    recovered: 'every restore drill of this plan passed',
  },
};

/** One plan's result as its issue sees it. */
export interface PlanIssueState {
  plan: Plan;
  failing: boolean;
  /** Markdown describing the failure (outside text already escaped), given the run's URL. */
  body: (runUrl: string | undefined) => string;
}

/**
 * Open, comment on or close each plan's issue. `states` are the plans whose run says something
 * about their issue and that want issues (`notify.issues`). Returns each plan's result by plan id;
 * none when GitHub cannot be reached from here (the host is told why).
 */
export async function syncPlanIssues(
  command: IssueCommand,
  states: PlanIssueState[],
  token: string | undefined,
  host: Host,
  env: NodeJS.ProcessEnv,
): Promise<Map<string, FailureIssueResult>> {
  const results = new Map<string, FailureIssueResult>();
  if (states.length === 0) return results;
  if (!token || !env.GITHUB_REPOSITORY) {
    if (states.some((s) => s.failing))
      host.info('failure issues skipped: no GitHub token or GITHUB_REPOSITORY (outside GitHub Actions)');
    return results;
  }
  let octokit;
  let repository;
  try {
    octokit = await createOctokit(token, env);
    repository = repositoryFromEnv(env);
  } catch (err) {
    host.warning(`failure issues skipped: ${err instanceof Error ? err.message : String(err)}`);
    return results;
  }
  const wording = WORDING[command];
  const runUrl = runUrlFromEnv(env);
  for (const { plan, failing, body } of states) {
    const result = await syncFailureIssue({
      octokit,
      owner: repository.owner,
      repo: repository.repo,
      planId: plan.id,
      key: `${wording.keyPrefix}${plan.id}`,
      failing,
      title: `${wording.title}: plan ${plan.id}`,
      body: body(runUrl),
      recovered: wording.recovered,
      labels: plan.notify.labels,
      assignees: plan.notify.assignees,
      ...(runUrl ? { runUrl } : {}),
    });
    for (const note of result.notes) host.warning(`plan ${plan.id}: ${note}`);
    if (result.action === 'error')
      host.warning(`plan ${plan.id}: could not update the ${wording.name}: ${result.error}`);
    results.set(plan.id, result);
  }
  return results;
}
