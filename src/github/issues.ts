// Failure issues: one open issue per plan while its backups fail, commented on while the failure
// recurs, closed with a comment by the next fully successful run.
//
// The issue is found again by a hidden marker in its body plus a label. Listing open issues by label
// is the primary lookup because it is consistent (the search API lags behind new issues and has its
// own, small rate limit); search is only the fallback when listing fails. A GitHub API failure never
// throws: it comes back as an `error` result, so the caller reports it and the backup result stays
// what it was.
import { waitBeforeRetry } from '../time/wait.js';
import { DEFAULTS } from '../plan/model.js';
import type { Octokit } from './octokit.js';
import { escapeMarkdown, sizeOf, trimMarkdown, trimNote } from '../report/markdown.js';

/** GitHub refuses issue and comment bodies over 65,536 characters. */
export const ISSUE_BODY_LIMIT = 65_536;
/** GitHub refuses issue titles over 256 characters. */
export const ISSUE_TITLE_LIMIT = 256;
export const DEFAULT_FAILURE_LABEL = DEFAULTS.notifyLabels[0];
const LABEL_COLOR = 'd73a4a';
const LABEL_DESCRIPTION = 'Opened by backup-plans while a backup plan fails';

export interface FailureIssueOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The plan the issue is about, as its text names it. */
  planId: string;
  /** The issue's identity in its hidden marker (default: planId): audit and drill keep their own issue per plan. */
  key?: string;
  /** Whether this run of the plan failed. false means fully successful: an open issue is closed. */
  failing: boolean;
  /** Plain text; control characters are removed and it is cut to GitHub's title limit. */
  title: string;
  /** Markdown describing the failure. Outside text in it must already be escaped by the caller. */
  body: string;
  /** What a good run proved, for the closing comment: "every backup and copy of this plan succeeded". */
  recovered: string;
  /** Labels for a new issue; the first one is also how the issue is found again. */
  labels?: string[];
  assignees?: string[];
  /** Link to this workflow run, named in comments. */
  runUrl?: string;
}

export type FailureIssueResult =
  | { action: 'created' | 'commented' | 'closed'; number: number; url: string; notes: string[] }
  | { action: 'none'; notes: string[] }
  | { action: 'error'; number?: number; error: string; notes: string[] };

/** The hidden marker that identifies a plan's failure issue. The plan id is URI-encoded so no id can end the comment. */
export function failureMarker(planId: string): string {
  return `<!-- backup-plans:failure plan=${encodeURIComponent(planId)} -->`;
}

interface FoundIssue {
  number: number;
  html_url: string;
}

/** `[text](url)` for a run URL we built ourselves; anything that is not http(s) is shown as text. */
function runLink(runUrl: string | undefined, text: string): string {
  if (!runUrl) return text;
  try {
    const url = new URL(runUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return escapeMarkdown(runUrl);
    return `[${text}](${url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
  } catch {
    return escapeMarkdown(runUrl);
  }
}

function cleanTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = title.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]+/g, ' ').trim();
  return [...flat].length <= ISSUE_TITLE_LIMIT
    ? flat
    : `${[...flat].slice(0, ISSUE_TITLE_LIMIT - 1).join('')}…`;
}

/** Fit `head` + `body` + `tail` under GitHub's body limit, trimming the body and saying so. */
function fitBody(head: string, body: string, tail: string, runUrl: string | undefined): string {
  const frame = sizeOf(`${head}\n\n\n\n${tail}`, 'chars');
  const room = ISSUE_BODY_LIMIT - frame;
  const trimmed = trimMarkdown(
    body,
    room,
    trimNote(runUrl ? `the job summary of ${runLink(runUrl, 'the run')}` : 'the job summary'),
    'chars',
  );
  return `${head}\n\n${trimmed.trimEnd()}\n\n${tail}`.trimEnd();
}

function describeError(error: unknown): string {
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string } };
  const where =
    e.request?.method && e.request.url
      ? `${e.request.method} ${new URL(e.request.url).pathname}`
      : 'GitHub API';
  const status = e.status ? ` answered ${e.status}` : ' failed';
  const message = (e.message ?? String(error)).split('\n')[0]!.slice(0, 500);
  let hint = '';
  if (e.status === 401) hint = ' (the `github-token` is invalid or expired)';
  if (e.status === 403 && /not accessible by integration/i.test(message))
    hint = " (grant `issues: write` in the workflow's `permissions:`)";
  if (e.status === 410) hint = ' (issues are disabled in this repository)';
  return `${where}${status}: ${message}${hint}`;
}

/** GETs are safe to repeat: retry once on a server error or network failure. Writes are never retried. */
async function readWithRetry<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== undefined && status < 500) throw error;
    await waitBeforeRetry(500);
    return read();
  }
}

async function findOpenIssue(
  options: FailureIssueOptions,
  label: string,
  notes: string[],
): Promise<FoundIssue | undefined> {
  const { octokit, owner, repo } = options;
  const key = options.key ?? options.planId;
  const marker = failureMarker(key);
  const pick = (
    items: { number: number; html_url: string; body?: string | null; pull_request?: unknown }[],
  ) =>
    items
      .filter((i) => !i.pull_request && (i.body ?? '').includes(marker))
      .sort((a, b) => a.number - b.number)[0];
  try {
    const items = await readWithRetry(() =>
      octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: label,
        per_page: 100,
      }),
    );
    return pick(items);
  } catch (listError) {
    notes.push(`listing open issues failed (${describeError(listError)}); searched instead`);
    const q = `repo:${owner}/${repo} is:issue is:open label:"${label.replace(/"/g, '')}" "backup-plans:failure plan=${encodeURIComponent(key)}"`;
    const result = await octokit.rest.search.issuesAndPullRequests({ q, per_page: 100 });
    return pick(result.data.items);
  }
}

/** Create the labels that are missing, with a colour and a description. Failures here are notes, not errors. */
async function ensureLabels(options: FailureIssueOptions, labels: string[], notes: string[]): Promise<void> {
  const { octokit, owner, repo } = options;
  for (const name of labels) {
    try {
      await octokit.rest.issues.getLabel({ owner, repo, name });
      continue;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) {
        notes.push(`could not check label "${name}": ${describeError(error)}`);
        continue;
      }
    }
    try {
      await octokit.rest.issues.createLabel({
        owner,
        repo,
        name,
        color: LABEL_COLOR,
        description: LABEL_DESCRIPTION,
      });
    } catch (error) {
      // 422 already_exists: created concurrently, which is fine.
      if ((error as { status?: number }).status !== 422)
        notes.push(`could not create label "${name}": ${describeError(error)}`);
    }
  }
}

async function createIssue(
  options: FailureIssueOptions,
  labels: string[],
  notes: string[],
): Promise<FailureIssueResult> {
  const { octokit, owner, repo, planId, runUrl } = options;
  await ensureLabels(options, labels, notes);
  const head = failureMarker(options.key ?? planId);
  const tail =
    `---\n<sub>Opened by backup-plans for plan **${escapeMarkdown(planId)}** in ${runLink(runUrl, 'this run')}. ` +
    'Later failing runs comment here; the next fully successful run closes it.</sub>';
  const request = {
    owner,
    repo,
    title: cleanTitle(options.title),
    body: fitBody(head, options.body, tail, runUrl),
    labels,
    assignees: options.assignees ?? [],
  };
  let created;
  try {
    created = await octokit.rest.issues.create(request);
  } catch (error) {
    // Assignees without access make GitHub refuse the whole issue; open it unassigned and say why.
    if ((error as { status?: number }).status === 422 && request.assignees.length > 0) {
      notes.push(
        `could not assign ${request.assignees.join(', ')}: ${describeError(error)}; opened unassigned`,
      );
      created = await octokit.rest.issues.create({ ...request, assignees: [] });
    } else throw error;
  }
  return { action: 'created', number: created.data.number, url: created.data.html_url, notes };
}

/**
 * Bring the plan's failure issue in line with this run: open one, comment on it, close it, or do
 * nothing. Never throws.
 */
export async function syncFailureIssue(options: FailureIssueOptions): Promise<FailureIssueResult> {
  const notes: string[] = [];
  const labels = [...new Set((options.labels ?? []).map((l) => l.trim()).filter(Boolean))];
  if (labels.length === 0) labels.push(DEFAULT_FAILURE_LABEL);
  const { octokit, owner, repo, runUrl } = options;
  let found: FoundIssue | undefined;
  try {
    found = await findOpenIssue(options, labels[0]!, notes);
    if (options.failing && !found) return await createIssue(options, labels, notes);
    if (options.failing && found) {
      const body = fitBody(`Still failing in ${runLink(runUrl, 'this run')}:`, options.body, '', runUrl);
      await octokit.rest.issues.createComment({ owner, repo, issue_number: found.number, body });
      return { action: 'commented', number: found.number, url: found.html_url, notes };
    }
    if (!found) return { action: 'none', notes };
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: found.number,
      body: `Recovered in ${runLink(runUrl, 'this run')}: ${options.recovered}. Closing.`,
    });
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: found.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: found.number, url: found.html_url, notes };
  } catch (error) {
    return {
      action: 'error',
      ...(found ? { number: found.number } : {}),
      error: describeError(error),
      notes,
    };
  }
}
