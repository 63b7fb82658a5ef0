// Loads the plan folder: every *.yml / *.yaml file, parsed with source positions, checked against the
// schema and then semantically, resolved into Plans. Every problem becomes a PlanError with
// file:line:column; nothing here throws for bad input, and one broken file (a dangling symlink, a
// huge or hostile document) disables only itself.
import { existsSync, type Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, isAbsolute } from 'node:path';
import { checkAcrossPlans, checkPlan, explicitArns, type ArnOwner } from './checks.js';
import { issuesToFindings, type Finding } from './issues.js';
import { planFileSchema, type Plan, type PlanFile } from './model.js';
import { resolvePlan } from './resolve.js';
import { parseYaml, pathKey, type NodeSource, type Path } from './yaml-source.js';

export interface PlanError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadOptions {
  /**
   * Load only these plan ids fully; the other files are read only as far as the checks across plans
   * need (which explicit ARNs they name), so a job that runs one plan does not pay for the folder.
   * A string (one id) reports an unknown id as an error naming the plans that exist; with a list,
   * unknown ids are returned in `missing` instead (the caller decides what that means).
   */
  only?: string | readonly string[];
}

export interface LoadResult {
  /** Each selected plan that has no error of its own. */
  plans: Plan[];
  /** The problems of the selected plans and of the folder itself, at most MAX_ERRORS. */
  errors: PlanError[];
  /** Requested ids (with `only`) that name no plan file. */
  missing: string[];
  /** How many problems were found in all, including those the capped `errors` leaves out. */
  errorCount: number;
}

const PLAN_EXTENSIONS = ['.yml', '.yaml'];
/** Plan ids become tag values and file names; keep them simple (a subset of the tag character set). */
export const PLAN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A plan is a few kilobytes; anything near this is a mistake or an attack, and is refused unread. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;
/** Errors reported per file, and in all: the first ones, then one line saying how many more. */
export const MAX_ERRORS_PER_FILE = 100;
export const MAX_ERRORS = 1000;
/** Files read at once. */
const CONCURRENCY = 16;

/** A directory entry that may be a plan: a regular file inside the repository. */
interface Candidate {
  id: string;
  file: string;
}

interface LoadedFile extends Candidate {
  nodes: ReadonlyMap<string, NodeSource>;
  plan?: Plan;
  planFile?: PlanFile;
  errors: PlanError[];
}

/** A plan file as the folder listing sees it. */
export interface PlanFileEntry {
  /** The plan id: the file name without its extension. */
  id: string;
  file: string;
}

/** The folder as the loader sees it, or why it cannot be read at all. */
export type PlanListing =
  | {
      /** Readable plan files, sorted by name. */
      files: PlanFileEntry[];
      /** Plan files that cannot be read (a dangling link, …), by id: each disables only its plan. */
      fileErrors: Map<string, PlanError[]>;
      /** Entries that are not plan files at all (folders, other files). */
      errors: PlanError[];
    }
  | { folderError: PlanError };

/**
 * The plan files of `dir` (sorted; dotfiles skipped; `.yml`/`.yaml` in any case; symlinks followed
 * only inside the repository). Exported so that listing plans for a workflow matrix (`list-plans`)
 * can never disagree with `validate`.
 */
export async function listPlanFiles(dir: string): Promise<PlanListing> {
  const folderError = (message: string): PlanListing => ({
    folderError: { file: dir, line: 1, column: 1, message },
  });
  let entries: Dirent[];
  let realDir: string;
  try {
    if (!(await stat(dir)).isDirectory()) return folderError(`${dir} is a file, not a folder of plan files`);
    realDir = await realpath(dir);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    return folderError(
      `folder not found: ${dir}; point \`plans\` (--plans) at the folder holding your *.yml plan files`,
    );
  }
  const root = repositoryRoot(realDir);

  const errors: PlanError[] = [];
  const files: PlanFileEntry[] = [];
  const fileErrors = new Map<string, PlanError[]>();
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, editor files
    const file = join(dir, entry.name);
    const id = entry.name.slice(0, -extname(entry.name).length || undefined);
    const problem = await entryProblem(dir, file, entry, root);
    if (problem) {
      const error = { file, line: 1, column: 1, message: problem.message };
      // A broken plan file belongs to its plan (a job for that plan reports it); anything else, a
      // folder named x.yml included, to the folder: it must not become a plan of its own.
      if (!problem.folder && PLAN_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
        fileErrors.set(id, [...(fileErrors.get(id) ?? []), error]);
      else errors.push(error);
      continue;
    }
    files.push({ id, file });
  }
  if (files.length === 0 && errors.length === 0 && fileErrors.size === 0)
    return folderError(`no plan files in ${dir}; add one, e.g. ${join(dir, 'production.yml')}`);
  return { files, fileErrors, errors };
}

/**
 * Reads and validates the plans in `dir`. Without `only`, every plan is loaded and checked; with it,
 * just those, still checked against the others (the same explicit ARN in two plans).
 */
export async function loadPlans(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const listing = await listPlanFiles(dir);
  if ('folderError' in listing)
    return { plans: [], errors: [listing.folderError], missing: [], errorCount: 1 };
  const { files: candidates, fileErrors } = listing;
  const wanted = options.only === undefined ? undefined : new Set(asList(options.only));
  // Entries that are no plan at all (a folder named x.yml, a README) fail a full validate; a job that
  // runs chosen plans is not theirs to fail (list-plans warns about them).
  const errors: PlanError[] = wanted ? [] : [...listing.errors];

  const ids = [...new Set([...candidates.map((c) => c.id), ...fileErrors.keys()])].sort();
  const missing = wanted ? [...wanted].filter((id) => !ids.includes(id)) : [];
  if (typeof options.only === 'string' && missing.length > 0)
    errors.push({
      file: dir,
      line: 1,
      column: 1,
      message: `no plan "${options.only}" in ${dir}; plans: ${ids.length > 0 ? ids.join(', ') : '(none)'}`,
    });
  const isSelected = (id: string) => !wanted || wanted.has(id);

  const loaded = await mapLimit(
    candidates.filter((c) => isSelected(c.id)),
    CONCURRENCY,
    loadFile,
  );
  const byId = new Map<string, LoadedFile[]>();
  for (const f of loaded) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);

  // Two files for one id (a.yml and a.yaml): known from the names alone.
  const filesOf = new Map<string, string[]>();
  for (const c of candidates) filesOf.set(c.id, [...(filesOf.get(c.id) ?? []), c.file]);
  for (const f of loaded) {
    const others = (filesOf.get(f.id) ?? []).filter((o) => o !== f.file);
    if (others.length > 0)
      f.errors.push({
        file: f.file,
        line: 1,
        column: 1,
        message: `plan id "${f.id}" is used by ${others.join(', ')} too; rename one of the files`,
      });
  }

  // Across plans: the selected ones in full, the others from a cheap index of the ARNs they name.
  const owners: ArnOwner[] = [];
  for (const f of loaded) if (f.planFile) owners.push(...explicitArns(f.id, f.file, f.planFile));
  if (wanted) {
    const arns = new Set(owners.map((o) => o.arn));
    const others = candidates.filter((c) => !isSelected(c.id));
    const indexed = await mapLimit(others, CONCURRENCY, (c) => indexFile(c, arns));
    for (const list of indexed) owners.push(...list);
  }
  for (const [id, findings] of checkAcrossPlans(owners)) {
    const f = byId.get(id)?.find((l) => l.planFile);
    if (f) for (const x of findings) f.errors.push(toError(f.file, f.nodes, x));
  }

  let errorCount = errors.length;
  for (const id of ids) {
    if (!isSelected(id)) continue;
    for (const e of fileErrors.get(id) ?? []) errors.push(e);
    errorCount += fileErrors.get(id)?.length ?? 0;
    for (const f of byId.get(id) ?? []) {
      errorCount += f.errors.length;
      for (const e of capErrors(sortByPosition(f.errors), MAX_ERRORS_PER_FILE, f.file, 'in this file'))
        errors.push(e);
    }
  }
  const plans = loaded.flatMap((f) => (f.plan && f.errors.length === 0 ? [f.plan] : []));
  return { plans, errors: capErrors(errors, MAX_ERRORS, dir, 'in these plans'), missing, errorCount };
}

const asList = (only: string | readonly string[]): readonly string[] =>
  typeof only === 'string' ? [only] : only;

/** The nearest ancestor holding `.git`, else the plans folder's parent: symlinks may not leave it. */
function repositoryRoot(realDir: string): string {
  for (let d = realDir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return dirname(realDir);
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why a folder entry cannot be read as a plan file, or undefined when it can. */
async function entryProblem(
  dir: string,
  file: string,
  entry: Dirent,
  root: string,
): Promise<{ message: string; folder?: true } | undefined> {
  const problem = await entryProblemText(dir, file, entry, root);
  if (problem === undefined) return undefined;
  return problem.startsWith(FOLDER) ? { message: problem, folder: true } : { message: problem };
}

const FOLDER = 'a folder: ';

async function entryProblemText(
  dir: string,
  file: string,
  entry: Dirent,
  root: string,
): Promise<string | undefined> {
  const onlyPlans = `${dir} may only hold plan files named <id>.yml or <id>.yaml`;
  let isFile = entry.isFile();
  let isDirectory = entry.isDirectory();
  if (entry.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP')
        return 'a symbolic link loop: the link leads back to itself; replace it with the plan file';
      if (code === 'ENOENT')
        return 'a dangling symbolic link: its target does not exist; replace it with the plan file or remove it';
      return `a symbolic link that cannot be followed (${code ?? 'error'}); replace it with the plan file`;
    }
    // Never read outside the repository: a link to a secret would echo it into error messages.
    if (!isInside(target, root))
      return `a symbolic link that leads outside the repository (${root}); plan files must live in the repository: replace the link with the file`;
    try {
      const info = await stat(target);
      isFile = info.isFile();
      isDirectory = info.isDirectory();
    } catch (error) {
      return `a symbolic link that cannot be followed (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  }
  if (isDirectory) return `${FOLDER}${onlyPlans}; move ${entry.name} elsewhere`;
  if (!PLAN_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    return `not a plan file: ${onlyPlans}; move ${entry.name} elsewhere`;
  if (!isFile) return `not a regular file (a pipe, socket or device): ${onlyPlans}`;
  return undefined;
}

/** The text of a plan file, or why it cannot be used: too large, or not UTF-8. */
async function readPlanText(
  file: string,
): Promise<{ text: string } | { problem: { line: number; column: number; message: string } }> {
  const at1 = (message: string) => ({ problem: { line: 1, column: 1, message } });
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > MAX_PLAN_FILE_BYTES) return at1(tooLarge(size));
    bytes = await readFile(file);
  } catch (error) {
    return at1(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length > MAX_PLAN_FILE_BYTES) return at1(tooLarge(bytes.length));
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countNewlines(bytes, lineStart) + 1;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        line,
        column,
        message: `the file is not UTF-8 (byte 0x${byte} here is not valid UTF-8; Latin-1 or Windows-1252?); save it as UTF-8`,
      },
    };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const tooLarge = (size: number) =>
  `the file is ${size.toLocaleString('en-US')} bytes; a plan file may hold at most ${MAX_PLAN_FILE_BYTES.toLocaleString('en-US')} bytes`;

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    if (i + n >= bytes.length) return i;
    let codePoint = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = bytes[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (d & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

async function loadFile(candidate: Candidate): Promise<LoadedFile> {
  const { id, file } = candidate;
  const result: LoadedFile = { id, file, nodes: new Map(), errors: [] };
  const fail = (message: string, line = 1, column = 1) => {
    result.errors.push({ file, line, column, message });
    return result;
  };
  if (!PLAN_ID_PATTERN.test(id))
    return fail(`"${id}" is not a usable plan id (the file name): use letters, digits, ".", "_" or "-"`);
  const read = await readPlanText(file);
  if ('problem' in read) return fail(read.problem.message, read.problem.line, read.problem.column);
  const parsed = parseYaml(read.text, file);
  result.nodes = parsed.nodes;
  if (parsed.problems.length > 0) {
    for (const p of parsed.problems) result.errors.push({ file, ...p });
    return result;
  }
  if (parsed.value === undefined || parsed.value === null)
    return fail('the file is empty; a plan needs at least version, aws, vault, resources and rules');
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    return fail(
      'a plan file is a YAML mapping (key: value lines) with version, aws, vault, resources and rules',
    );

  // Interpreted, not JIT-compiled: zod compiles each object schema with `new Function` on its first
  // parse, which pays off only over many parses; a run parses a handful of plan files (issue 12).
  const validated = planFileSchema.safeParse(parsed.value, { jitless: true });
  if (!validated.success) {
    const findings = issuesToFindings(validated.error.issues, parsed.value, parsed.nodes, planFileSchema);
    for (const x of findings) result.errors.push(toError(file, parsed.nodes, x));
    return result;
  }
  const plan = resolvePlan(id, file, validated.data);
  // Keep rules in file order even for names that look like numbers (object key order would not).
  const keyLine = (name: string) => parsed.nodes.get(pathKey(['rules', name]))?.key;
  plan.rules.sort((a, b) => compare(keyLine(a.name), keyLine(b.name)));
  result.plan = plan;
  result.planFile = validated.data;
  for (const x of checkPlan(validated.data, plan)) result.errors.push(toError(file, parsed.nodes, x));
  return result;
}

/**
 * The explicit ARNs another plan names, read as cheaply as possible: a file whose text does not
 * contain any of `arns` cannot name one of them and is not parsed at all. A file that cannot be read
 * or parsed names none (its own job reports it).
 */
async function indexFile(candidate: Candidate, arns: ReadonlySet<string>): Promise<ArnOwner[]> {
  if (arns.size === 0 || !PLAN_ID_PATTERN.test(candidate.id)) return [];
  const read = await readPlanText(candidate.file);
  if ('problem' in read) return [];
  if (![...arns].some((arn) => read.text.includes(arn))) return [];
  const parsed = parseYaml(read.text, candidate.file);
  if (parsed.problems.length > 0) return [];
  const include = (parsed.value as { resources?: { include?: unknown } } | null)?.resources?.include;
  if (!Array.isArray(include)) return [];
  const owners: ArnOwner[] = [];
  include.forEach((selector: unknown, index) => {
    const arn =
      typeof selector === 'string'
        ? selector
        : typeof selector === 'object' && selector !== null && 'arn' in selector
          ? (selector as { arn: unknown }).arn
          : undefined;
    if (typeof arn !== 'string' || !arns.has(arn)) return;
    const path: Path =
      typeof selector === 'string' ? ['resources', 'include', index] : ['resources', 'include', index, 'arn'];
    owners.push({ id: candidate.id, file: candidate.file, arn, path });
  });
  return owners;
}

function compare(a?: { line: number; column: number }, b?: { line: number; column: number }): number {
  return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
}

function sortByPosition(errors: PlanError[]): PlanError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The first `max` errors and, when there are more, one more line saying how many were left out. */
function capErrors(errors: PlanError[], max: number, file: string, where: string): PlanError[] {
  if (errors.length <= max) return errors;
  const rest = errors.length - max;
  const last = errors[max]!;
  return [
    ...errors.slice(0, max),
    {
      // Within a file: where the first error left out is; for the whole report: the folder.
      file,
      line: last.file === file ? last.line : 1,
      column: last.file === file ? last.column : 1,
      message: `… and ${rest.toLocaleString('en-US')} more ${rest === 1 ? 'error' : 'errors'} ${where}, not listed; fix the ones above first`,
    },
  ];
}

/** `fn` over `items` with at most `limit` running at once; results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The position of a finding: its node, else the nearest written ancestor (at its key). */
function toError(file: string, nodes: ReadonlyMap<string, NodeSource>, f: Finding): PlanError {
  let path: Path = f.path;
  let node = nodes.get(pathKey(path));
  let preferKey = f.at === 'key';
  while (!node && path.length > 0) {
    path = path.slice(0, -1);
    node = nodes.get(pathKey(path));
    preferKey = true;
  }
  const position = (preferKey ? node?.key : undefined) ?? node?.value ?? { line: 1, column: 1 };
  return { file, line: position.line, column: position.column, message: f.message };
}
