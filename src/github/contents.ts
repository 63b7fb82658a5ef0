// A folder of the repository at a commit, through the contents API: how `review` reads the plans at
// the pull request's base, so a depth-1 checkout of the head is enough.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Octokit } from './octokit.js';

export interface FolderAtRef {
  owner: string;
  repo: string;
  /** Repository-relative path, "/"-separated. */
  path: string;
  /** Commit SHA (or branch/tag). */
  ref: string;
}

/** Files larger than this are not plan files; refuse rather than download them. */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Copy the folder's files (not its subfolders' contents; subfolders are created empty, so the
 * loader sees them as it would in a checkout) into `dest`. Returns false when the folder does not
 * exist at that commit (the pull request adds it).
 */
export async function downloadFolder(octokit: Octokit, folder: FolderAtRef, dest: string): Promise<boolean> {
  let listing: unknown;
  try {
    ({ data: listing } = await octokit.rest.repos.getContent({
      owner: folder.owner,
      repo: folder.repo,
      path: folder.path,
      ref: folder.ref,
    }));
  } catch (error) {
    // A missing commit is a 404 too; reading it as "no plans at the base" would hide every removal.
    const { status, message } = error as { status?: number; message?: string };
    if (status === 404 && !/no commit found/i.test(message ?? '')) return false;
    throw error;
  }
  if (!Array.isArray(listing))
    throw new Error(`${folder.path} at ${folder.ref} is a file, not a folder of plan files`);
  await mkdir(dest, { recursive: true });
  for (const entry of listing as { type: string; name: string; path: string; size: number }[]) {
    // Names come from the API: never let one leave `dest`.
    if (entry.name.includes('/') || entry.name.includes('\\') || entry.name === '..' || entry.name === '.')
      continue;
    if (entry.type === 'dir') {
      await mkdir(join(dest, entry.name), { recursive: true });
      continue;
    }
    if (entry.type !== 'file') continue;
    if (entry.size > MAX_FILE_BYTES)
      throw new Error(`${entry.path} at ${folder.ref} is ${entry.size} bytes, too large for a plan file`);
    const { data } = await octokit.rest.repos.getContent({
      owner: folder.owner,
      repo: folder.repo,
      path: entry.path,
      ref: folder.ref,
      mediaType: { format: 'raw' },
    });
    await writeFile(join(dest, entry.name), fileText(data, entry.path), 'utf8');
  }
  return true;
}

/** The raw media type answers the text; should a proxy answer JSON instead, decode its base64 content. */
function fileText(data: unknown, path: string): string {
  if (typeof data === 'string') return data;
  const file = data as { encoding?: string; content?: string } | null;
  if (file?.encoding === 'base64' && typeof file.content === 'string')
    return Buffer.from(file.content, 'base64').toString('utf8');
  throw new Error(`GitHub did not return the text of ${path}`);
}
