// Loads the plan folder: every *.yml / *.yaml file, parsed with source positions, checked against the
// schema and then semantically, resolved into Plans. Every problem becomes a PlanError with
// file:line:column; nothing here throws for bad input.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { checkAcrossPlans, checkPlan, type PlanEntry } from './checks.js';
import { issuesToFindings, type Finding } from './issues.js';
import { planFileSchema, type Plan } from './model.js';
import { resolvePlan } from './resolve.js';
import { parseYaml, pathKey, type NodeSource, type Path } from './yaml-source.js';

export interface PlanError {
  file: string;
  line: number;
  column: number;
  message: string;
}

const PLAN_EXTENSIONS = ['.yml', '.yaml'];
/** Plan ids become tag values and file names; keep them simple. */
const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

interface LoadedFile {
  id: string;
  file: string;
  nodes: ReadonlyMap<string, NodeSource>;
  entry?: PlanEntry;
  errors: PlanError[];
}

/**
 * Reads and validates every plan in `dir`. `plans` holds each plan that has no error of its own;
 * `errors` every problem found. With `only`, just that plan id is returned and only its errors (and
 * folder-level ones) are reported, though it is still checked against the other plans.
 */
export async function loadPlans(
  dir: string,
  options: { only?: string } = {},
): Promise<{ plans: Plan[]; errors: PlanError[] }> {
  const listing = await listPlanFiles(dir);
  if ('folderError' in listing) return { plans: [], errors: [listing.folderError] };
  const errors: PlanError[] = [...listing.errors];
  const loaded: LoadedFile[] = [];
  for (const f of listing.files) loaded.push(await loadFile(f.file, f.id));

  // Two files for one id (a.yml and a.yaml).
  const byId = new Map<string, LoadedFile[]>();
  for (const f of loaded) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  for (const [id, files] of byId)
    if (files.length > 1)
      for (const f of files)
        f.errors.push({
          file: f.file,
          line: 1,
          column: 1,
          message: `plan id "${id}" is used by ${files
            .filter((o) => o !== f)
            .map((o) => o.file)
            .join(', ')} too; rename one of the files`,
        });

  const entries = loaded.flatMap((f) => (f.entry ? [f.entry] : []));
  for (const [id, findings] of checkAcrossPlans(entries)) {
    const f = loaded.find((l) => l.id === id && l.entry)!;
    f.errors.push(...findings.map((x) => toError(f.file, f.nodes, x)));
  }

  let selected = loaded;
  if (options.only !== undefined) {
    selected = loaded.filter((f) => f.id === options.only);
    if (selected.length === 0) {
      const known = [...byId.keys()];
      errors.push({
        file: dir,
        line: 1,
        column: 1,
        message: `no plan "${options.only}" in ${dir}; plans: ${known.length > 0 ? known.join(', ') : '(none)'}`,
      });
    }
  }
  // Within a file, report top to bottom.
  for (const f of selected)
    errors.push(...[...f.errors].sort((a, b) => a.line - b.line || a.column - b.column));
  const plans = selected.flatMap((f) => (f.entry && f.errors.length === 0 ? [f.entry.plan] : []));
  return { plans, errors };
}

export interface PlanFile {
  /** The plan id: the file name without its extension. */
  id: string;
  file: string;
}

/**
 * The plan files of `dir` as the loader sees them (sorted; dotfiles skipped; `.yml`/`.yaml` in any
 * case), plus an error for every other entry. Exported so that listing plans for a workflow matrix
 * (`list-plans`) can never disagree with `validate`.
 */
export async function listPlanFiles(
  dir: string,
): Promise<{ files: PlanFile[]; errors: PlanError[] } | { folderError: PlanError }> {
  const folderError = (message: string) => ({ folderError: { file: dir, line: 1, column: 1, message } });
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) return folderError(`${dir} is a file, not a folder of plan files`);
    names = (await readdir(dir)).sort();
  } catch {
    return folderError(
      `folder not found: ${dir}; point \`plans\` (--plans) at the folder holding your *.yml plan files`,
    );
  }
  const errors: PlanError[] = [];
  const files: PlanFile[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue; // .gitkeep, editor files
    const file = join(dir, name);
    const isFile = (await stat(file)).isFile();
    if (!isFile || !PLAN_EXTENSIONS.includes(extname(name).toLowerCase())) {
      errors.push({
        file,
        line: 1,
        column: 1,
        message: `${isFile ? 'not a plan file' : 'a folder'}: ${dir} may only hold plan files named <id>.yml or <id>.yaml; move ${name} elsewhere`,
      });
      continue;
    }
    files.push({ id: name.slice(0, -extname(name).length), file });
  }
  if (files.length === 0 && errors.length === 0)
    return folderError(`no plan files in ${dir}; add one, e.g. ${join(dir, 'production.yml')}`);
  return { files, errors };
}

async function loadFile(file: string, id: string): Promise<LoadedFile> {
  const result: LoadedFile = { id, file, nodes: new Map(), errors: [] };
  const fail = (message: string) => {
    result.errors.push({ file, line: 1, column: 1, message });
    return result;
  };
  if (!PLAN_ID.test(id))
    return fail(`"${id}" is not a usable plan id (the file name): use letters, digits, ".", "_" or "-"`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return fail(`cannot read the file: ${(error as Error).message}`);
  }
  const parsed = parseYaml(text, file);
  result.nodes = parsed.nodes;
  if (parsed.problems.length > 0) {
    result.errors.push(...parsed.problems.map((p) => ({ file, ...p })));
    return result;
  }
  if (parsed.value === undefined || parsed.value === null)
    return fail('the file is empty; a plan needs at least version, aws, vault, resources and rules');
  if (typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    return fail(
      'a plan file is a YAML mapping (key: value lines) with version, aws, vault, resources and rules',
    );

  const validated = planFileSchema.safeParse(parsed.value);
  if (!validated.success) {
    const findings = issuesToFindings(validated.error.issues, parsed.value, parsed.nodes, planFileSchema);
    result.errors.push(...findings.map((x) => toError(file, parsed.nodes, x)));
    return result;
  }
  const plan = resolvePlan(id, file, validated.data);
  // Keep rules in file order even for names that look like numbers (object key order would not).
  const keyLine = (name: string) => parsed.nodes.get(pathKey(['rules', name]))?.key;
  plan.rules.sort((a, b) => compare(keyLine(a.name), keyLine(b.name)));
  result.entry = { plan, planFile: validated.data };
  result.errors.push(...checkPlan(validated.data, plan).map((x) => toError(file, parsed.nodes, x)));
  return result;
}

function compare(a?: { line: number; column: number }, b?: { line: number; column: number }): number {
  return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
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
