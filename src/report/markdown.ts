// Safe Markdown from outside text, and size limits for the places GitHub renders it.
//
// Everything that reaches a job summary, PR comment or issue from outside the tool (tag values,
// resource names, AWS error messages, plan text) goes through `escapeMarkdown`, `escapeTableCell` or
// `code` first, so it renders as the literal text it is: no injected HTML (`</details>`, `<img
// onerror>`), no links or images, no tables broken by `|`, and no notifications through `@mentions`.

/** GitHub's limit for one step's summary file, in bytes: over it, GitHub drops the whole summary. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** What one command's own summary may take: the limit, less room for other steps' sections and the trim note. */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** Invisible characters that could disguise text (bidi overrides) or break rendering (C0 controls). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Markdown punctuation with inline meaning anywhere in a line. A backslash renders it literally. */
const INLINE_SPECIAL = /[\\`*_[\]()#|~!]/g;

/** Zero-width space as an entity: keeps `@name` readable while GitHub no longer sees a mention. */
const ZWSP = '&#8203;';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Escape outside text so GitHub renders it literally. Newlines are kept; a line that would start a
 * list, heading underline or ordered list is escaped at its start.
 */
export function escapeMarkdown(text: string): string {
  const escaped = escapeHtml(text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n'))
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    // `@user` and `@org/team` notify people; a zero-width space after `@` stops that.
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
  // Block-level markers only matter at the start of a line.
  return escaped.replace(/^([ \t]*)([-+=]|\d+(?=[.)]))/gm, (_m, indent: string, marker: string) =>
    /\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
  );
}

/** Escape outside text for one cell of a Markdown table: also no line breaks (they end the row). */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\n+/g, '<br>');
}

/**
 * Inline code that shows `text` exactly, even when it contains backticks: the fence is one backtick
 * longer than the longest run inside, padded when the text starts or ends with a backtick.
 * Pass `{ tableCell: true }` inside tables: GFM splits cells on `|` even inside code spans.
 */
export function code(text: string, options: { tableCell?: boolean } = {}): string {
  let body = text.replace(INVISIBLE, '').replace(/\r?\n|\r/g, ' ');
  if (options.tableCell) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side of a code span unless it is all spaces: pad so the
  // text survives that, but never an all-space text (it is shown as is, and padding would grow it).
  const allSpaces = !/[^ ]/.test(body);
  const pad = body.startsWith('`') || body.endsWith('`') || (/^ .* $/.test(body) && !allSpaces) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export type SizeUnit = 'bytes' | 'chars';

/** Size as GitHub counts it: UTF-8 bytes for summaries, characters for comment and issue bodies. */
export function sizeOf(text: string, unit: SizeUnit): number {
  // UTF-16 code units are ≥ Unicode characters, so `length` never underestimates a character limit.
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** Builds the note that replaces trimmed lines, from the number of lines that were dropped. */
export type TrimNote = (trimmedLines: number) => string;

/** The standard note: "… N more lines trimmed; the full report is in <where>". */
export function trimNote(where?: string): TrimNote {
  return (n) =>
    `_… ${n} more line${n === 1 ? '' : 's'} trimmed${where ? `; the full report is in ${where}` : ''}._`;
}

export interface TrimResult {
  markdown: string;
  trimmed: boolean;
  trimmedLines: number;
}

/**
 * Cut `markdown` at a line boundary so that the kept lines plus the note fit in `max` (bytes or
 * characters). An open code fence or `<details>` block at the cut is closed so the note renders as
 * text rather than inside a code block or a collapsed section.
 */
export function trimMarkdownDetailed(
  markdown: string,
  max: number,
  note: string | TrimNote = trimNote(),
  unit: SizeUnit = 'bytes',
): TrimResult {
  if (sizeOf(markdown, unit) <= max) return { markdown, trimmed: false, trimmedLines: 0 };
  const lines = markdown.split('\n');
  const noteFor = typeof note === 'string' ? () => note : note;
  // Conservative budget for the note: its size with the largest possible line count.
  const noteBudget = sizeOf(`\n${noteFor(lines.length)}\n`, unit);
  let used = 0;
  let kept = 0;
  let fence: string | undefined;
  let openDetails = 0;
  const closers = () => `${fence ? `${fence}\n` : ''}${'</details>\n'.repeat(openDetails)}`;
  for (const line of lines) {
    const lineSize = sizeOf(`${line}\n`, unit);
    let nextFence = fence;
    let nextDetails = openDetails;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (!fence) nextFence = fenceMatch[1];
      else if (fenceMatch[1].startsWith(fence[0]!) && fenceMatch[1].length >= fence.length)
        nextFence = undefined;
    }
    if (!nextFence && !fence) {
      nextDetails += (line.match(/<details[\s>]/gi) ?? []).length;
      nextDetails = Math.max(0, nextDetails - (line.match(/<\/details>/gi) ?? []).length);
    }
    const prev = { fence, openDetails };
    fence = nextFence;
    openDetails = nextDetails;
    const closing = sizeOf(closers(), unit);
    if (used + lineSize + closing + noteBudget > max) {
      fence = prev.fence;
      openDetails = prev.openDetails;
      break;
    }
    used += lineSize;
    kept += 1;
  }
  const trimmedLines = lines.length - kept;
  const head = lines.slice(0, kept).join('\n');
  const result = `${head}${kept > 0 ? '\n' : ''}${closers()}\n${noteFor(trimmedLines)}\n`;
  // The budget above is an upper bound; if a caller passed a tiny `max`, fall back to the note alone.
  if (sizeOf(result, unit) > max) {
    const alone = noteFor(lines.length);
    return { markdown: sizeOf(alone, unit) <= max ? alone : '', trimmed: true, trimmedLines: lines.length };
  }
  return { markdown: result, trimmed: true, trimmedLines };
}

/** `trimMarkdownDetailed` returning only the text. */
export function trimMarkdown(
  markdown: string,
  max: number,
  note: string | TrimNote = trimNote(),
  unit: SizeUnit = 'bytes',
): string {
  return trimMarkdownDetailed(markdown, max, note, unit).markdown;
}
