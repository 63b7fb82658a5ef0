// The job summary (GITHUB_STEP_SUMMARY), kept under GitHub's per-step size limit.
//
// GitHub drops a step's whole summary, with only an error annotation in its place, when the file is
// over 1 MiB. So every write is budgeted against what the file already holds, trimmed at a line
// boundary with a note that says where the rest is, and failures are put first so trimming never
// hides them.
import { appendFile, stat } from 'node:fs/promises';
import { sizeOf, STEP_SUMMARY_LIMIT, trimMarkdownDetailed, trimNote } from '../report/markdown.js';

export { STEP_SUMMARY_LIMIT };

export interface SummarySection {
  markdown: string;
  /** Failed sections come first, so trimming at the end cuts successes before failures. */
  failed?: boolean;
}

/** Join sections, failures first, otherwise in their given order. */
export function composeSummary(sections: SummarySection[]): string {
  const ordered = [...sections.filter((s) => s.failed), ...sections.filter((s) => !s.failed)];
  return ordered.map((s) => s.markdown.trimEnd()).join('\n\n');
}

export interface WriteSummaryOptions {
  /** Summary file; default GITHUB_STEP_SUMMARY. */
  file?: string;
  /** Where the untrimmed content can be found, named in the trim note. */
  fullReport?: string;
  /** Byte limit for the whole file; default 1 MiB. */
  limit?: number;
}

export interface WriteSummaryResult {
  written: boolean;
  trimmed: boolean;
  trimmedLines: number;
  /** Bytes appended. */
  bytes: number;
}

async function currentSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/**
 * Append Markdown to the step summary, trimmed so the file stays within the limit. Returns
 * `written: false` (and writes nothing) outside a runner, where there is no summary file.
 */
export async function writeStepSummary(
  markdown: string,
  options: WriteSummaryOptions = {},
): Promise<WriteSummaryResult> {
  const file = options.file ?? process.env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, trimmed: false, trimmedLines: 0, bytes: 0 };
  const limit = options.limit ?? STEP_SUMMARY_LIMIT;
  const budget = limit - (await currentSize(file));
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  const where = options.fullReport ?? 'the JSON report (the `report` output)';
  const result = budget > 0 ? trimMarkdownDetailed(text, budget, trimNote(where), 'bytes') : undefined;
  if (!result || (result.trimmed && result.markdown === '')) {
    return { written: false, trimmed: true, trimmedLines: text.split('\n').length - 1, bytes: 0 };
  }
  await appendFile(file, result.markdown, 'utf8');
  return {
    written: true,
    trimmed: result.trimmed,
    trimmedLines: result.trimmedLines,
    bytes: sizeOf(result.markdown, 'bytes'),
  };
}
