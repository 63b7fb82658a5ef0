// `review`: compare the plans at a pull request's base with its head; semantic diff, steady-state
// impact, one sticky PR comment, a job summary, annotations for the head's validation errors.
//
// Works without AWS credentials. Base plans come from `base` (a folder) or, on pull_request, from
// the base commit through the GitHub contents API, so a depth-1 checkout of the head suffices.
// Pull requests from forks get a read-only token: there (and whenever GitHub refuses the comment
// with 403) the review goes to the job summary and annotations only, and the run still succeeds.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BUNDLED_PRICES, loadPriceTable } from '../cost/prices.js';
import { DEFAULT_CHANGE_RATE, DEFAULT_RESOURCE_GIB, RESOURCES_PER_SELECTOR } from '../cost/storage.js';
import { repositoryFromGitOrigin } from '../plan/namespace.js';
import { downloadFolder } from '../github/contents.js';
import { tokenIdentity } from '../github/identity.js';
import { createOctokit, repositoryFromEnv, runUrlFromEnv } from '../github/octokit.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import { loadPlans, type PlanError } from '../plan/load.js';
import type { Plan } from '../plan/model.js';
import type { LiveImpact } from '../review/live.js';
import { retentionImpact, type StorageModel } from '../review/impact.js';
import { renderComment, renderReview, reviewJson } from '../review/render.js';
import { parseReviewRole } from '../review/live.js';
import { buildReview, planIdOf } from '../review/review.js';
import { Timelines } from '../review/steady-state.js';
import type { Command } from './registry.js';

type Loaded = { plans: Plan[]; errors: PlanError[] };

/** What review needs from a pull_request event payload. */
interface PullRequestEvent {
  number: number;
  baseSha: string;
  baseRepo: string;
  /** Undefined when the head repository was deleted. */
  headRepo?: string;
}

export function pullRequestFromEvent(payload: unknown): PullRequestEvent | undefined {
  const pr = (payload as { pull_request?: Record<string, unknown> } | undefined)?.pull_request as
    | {
        number?: unknown;
        base?: { sha?: unknown; repo?: { full_name?: unknown } };
        head?: { repo?: { full_name?: unknown } | null };
      }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string') return undefined;
  // The base repository is the one the workflow runs in.
  const baseRepo = pr.base.repo?.full_name ?? process.env.GITHUB_REPOSITORY;
  const headRepo = pr.head?.repo?.full_name;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    baseRepo:
      typeof baseRepo === 'string' && baseRepo.includes('/')
        ? baseRepo
        : `${repositoryFromEnv().owner}/${repositoryFromEnv().repo}`,
    ...(typeof headRepo === 'string' ? { headRepo } : {}),
  };
}

function readEvent(): unknown {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The marker of this folder's review comment: two review jobs over two folders keep two comments. */
export function reviewMarker(plansPath: string): string {
  return `<!-- backup-plans:review plans=${encodeURIComponent(plansPath)} -->`;
}

/** The plans folder as a repository path ("/"-separated), from the workspace root. */
function repositoryPath(plans: string): string {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const rel = relative(root, resolve(root, plans));
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`the plans folder ${plans} is outside the repository checkout (${root})`);
  return rel.split(sep).join('/') || '.';
}

async function loadBase(inputs: Inputs, pr: PullRequestEvent | undefined, host: Host): Promise<Loaded> {
  if (inputs.base) return loadPlans(inputs.base, inputs.plan !== undefined ? { only: inputs.plan } : {});
  if (!pr)
    throw new Error(
      'review compares against the base of a pull request: run it on `pull_request`, or pass the base plans folder (`base` input, --base DIR)',
    );
  const [owner, repo] = pr.baseRepo.split('/') as [string, string];
  const path = repositoryPath(inputs.plans);
  const dest = join(await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'review-base-')), basename(path));
  const octokit = await createOctokit(inputs.githubToken ?? '');
  const found = await downloadFolder(octokit, { owner, repo, path, ref: pr.baseSha }, dest);
  if (!found) {
    host.info(`${path} does not exist at the base commit ${pr.baseSha.slice(0, 7)}: every plan is new`);
    return { plans: [], errors: [] };
  }
  const loaded = await loadPlans(dest, inputs.plan !== undefined ? { only: inputs.plan } : {});
  // An empty folder at the base is no plans, not an error.
  if (loaded.plans.length === 0 && loaded.errors.every((e) => e.file === dest))
    return { plans: [], errors: [] };
  return loaded;
}

export const reviewCommand: Command = async (inputs, host) => {
  if (inputs.reviewRole?.trim()) {
    try {
      parseReviewRole(inputs.reviewRole);
    } catch (error) {
      host.error((error as Error).message);
      return 2;
    }
  }
  const event = host.kind === 'action' ? readEvent() : undefined;
  const pr = pullRequestFromEvent(event);
  const head = await loadPlans(inputs.plans, inputs.plan !== undefined ? { only: inputs.plan } : {});
  for (const e of head.errors) host.error(e.message, { file: e.file, line: e.line, column: e.column });
  host.setOutput('errors', head.errors.length);

  let base: Loaded;
  try {
    base = await loadBase(inputs, pr, host);
  } catch (error) {
    host.error(`cannot read the base plans: ${(error as Error).message}`);
    return inputs.base || pr ? 1 : 2;
  }
  const repository =
    process.env.GITHUB_REPOSITORY || (host.kind === 'cli' ? repositoryFromGitOrigin() : undefined);
  let model: StorageModel;
  try {
    model = {
      prices: inputs.prices ? loadPriceTable(inputs.prices) : BUNDLED_PRICES,
      changeRate: DEFAULT_CHANGE_RATE,
      resourceGiB: DEFAULT_RESOURCE_GIB,
      resourcesPerSelector: RESOURCES_PER_SELECTOR,
    };
  } catch (error) {
    host.error((error as Error).message);
    return 2;
  }
  const timelines = new Timelines(inputs.now ?? new Date());
  const review = await buildReview({
    base,
    head,
    timelines,
    estimate: retentionImpact(timelines, model),
    ...(repository ? { defaultNamespace: repository } : {}),
    ...(inputs.namespace ? { namespaceInput: inputs.namespace } : {}),
  });
  review.live = await live(inputs, host, base, head, new Set(review.changes.map((c) => c.plan)));
  const destructive = review.changes.filter((c) => c.destructive).length;
  host.setOutput('changes', review.changes.length);
  host.setOutput('destructive', destructive);
  const exitCode = head.errors.length > 0 ? 1 : 0;

  if (host.kind === 'cli') {
    if (inputs.json) process.stdout.write(`${JSON.stringify(reviewJson(review), null, 2)}\n`);
    else await host.summary(renderReview(review));
    return exitCode;
  }

  const reportFile = await writeArtifact(
    'review-report',
    'json',
    `${JSON.stringify(reviewJson(review), null, 2)}\n`,
  );
  host.setOutput('report', reportFile);
  await host.summary(renderReview(review));
  if (destructive > 0)
    host.warning(
      `${destructive} destructive ${destructive === 1 ? 'change' : 'changes'} in the backup plans: see the review in the job summary`,
    );
  if (!pr) return exitCode;
  const marker = reviewMarker(repositoryPath(inputs.plans));
  const body = renderComment(review, marker, runUrlFromEnv());
  // The comment as a file: a `workflow_run` follow-up posts it for pull requests from forks.
  host.setOutput('comment', await writeArtifact('review-comment', 'md', body));
  await comment(inputs, host, pr, marker, body);
  return exitCode;
};

/** The live impact on existing points: only with a read-only role, and only for plans that changed. */
async function live(
  inputs: Inputs,
  host: Host,
  base: Loaded,
  head: Loaded,
  changed: Set<string>,
): Promise<LiveImpact | undefined> {
  if (changed.size === 0) return undefined;
  if (!inputs.reviewRole?.trim())
    return { computed: false, reason: 'no read-only role is configured (`review-role`)' };
  const ids = (loaded: Loaded) => loaded.errors.map(planIdOf).filter((id) => id !== undefined);
  try {
    // Loaded only here: a review without a role never loads the SDK or prune.
    const { liveImpact } = await import('./review-live.js');
    return await liveImpact({
      inputs,
      host,
      base: { plans: base.plans, ids: ids(base) },
      head: { plans: head.plans.filter((p) => !ids(head).includes(p.id)), ids: ids(head) },
      changed,
    });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    host.warning(`live impact not computed: ${message}`);
    return { computed: false, reason: `reading the existing points failed: ${message}` };
  }
}

async function writeArtifact(name: string, ext: string, text: string): Promise<string> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'backup-plans');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}-${process.pid}-${Date.now()}.${ext}`);
  await writeFile(file, text, 'utf8');
  return file;
}

async function comment(
  inputs: Inputs,
  host: Host,
  pr: PullRequestEvent,
  marker: string,
  body: string,
): Promise<void> {
  if (pr.headRepo === undefined || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) {
    host.info(
      'pull request from a fork: its token is read-only, so the review is in the job summary and annotations ' +
        '(a `workflow_run` follow-up can post it as a comment; see the README)',
    );
    return;
  }
  const [owner, repo] = pr.baseRepo.split('/') as [string, string];
  try {
    const octokit = await createOctokit(inputs.githubToken ?? '');
    const author = await tokenIdentity(octokit);
    const result = await upsertStickyComment({
      octokit,
      owner,
      repo,
      issueNumber: pr.number,
      marker,
      body,
      author,
    });
    host.info(`review comment ${result.action}: ${result.url}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = ((error as Error).message ?? String(error)).split('\n')[0];
    if (status === 403)
      host.info(
        `GitHub refused the review comment (403: ${message}); the token is read-only here (e.g. a fork or Dependabot pull request, ` +
          'or the workflow lacks `permissions: pull-requests: write`), so the review is in the job summary',
      );
    else
      host.warning(
        `could not write the review comment: ${status ? `GitHub answered ${status}: ` : ''}${message}`,
      );
  }
}
