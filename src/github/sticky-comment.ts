// One sticky comment per pull request (per marker): created once, then updated in place.
//
// The comment is found by its hidden marker at the very start of the body AND by its author being
// the token's own identity, so a user who quotes or copies the marker into a comment of their own
// never has it edited. Writing the same body twice changes nothing (idempotent).
import type { Octokit } from './octokit.js';
import { isAuthor, type TokenIdentity } from './identity.js';

export interface StickyCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  issueNumber: number;
  /** An HTML comment; the body must start with it. */
  marker: string;
  body: string;
  author: TokenIdentity;
}

export type StickyCommentResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string };

export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber, marker, body, author } = options;
  if (!body.startsWith(marker)) throw new Error('sticky comment: the body must start with its marker');
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // The oldest of ours: if two runs ever raced, the first one stays the one that is updated.
  const mine = comments
    .filter((c) => (c.body ?? '').startsWith(marker) && isAuthor(c.user, author))
    .sort((a, b) => a.id - b.id)[0];
  if (mine) {
    if (mine.body === body) return { action: 'unchanged', id: mine.id, url: mine.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
