// End-to-end harness: runs the bundled action (`node dist/index.js`) and CLI (`node dist/cli.js`)
// exactly as a GitHub runner or a terminal would, against the AWS simulator and a fake GitHub.
//
// What a runner gives a node action, and so what `runAction` gives it:
// - `INPUT_<NAME>` for every input declared in action.yml, with its default unless the test sets it
//   (the name upper-cased, spaces to `_`, dashes kept: `INPUT_DRY-RUN`, as @actions/core reads it);
//   `${{ github.token }}` resolves to the fake GitHub's token.
// - GITHUB_STEP_SUMMARY / GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files, the run's
//   GITHUB_* variables, RUNNER_TEMP, and the OIDC request URL/token.
// - AWS_ENDPOINT_URL_* pointing at the simulator, and no AWS credentials at all: the process env is
//   rebuilt from an allow-list, and AWS config files point at nothing, so only OIDC can authenticate.
//
// Results: `stdout`/`stderr` are raw; `log` is stdout as the runner shows it (workflow commands
// consumed, values registered with `::add-mask::` replaced by `***` from the line after the mask on).
// `annotations` are the parsed `::error|warning|notice …::` commands, `outputs` the parsed
// GITHUB_OUTPUT file, `summary` the step summary, `reportJson` the file named by the `report` output.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

export { startFakeGitHub };
export type { FakeGitHub };

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const ACTION_ENTRY = join(ROOT, 'dist/index.js');
export const CLI_ENTRY = join(ROOT, 'dist/cli.js');

/** Something with the simulator's base URL: the object `startSimulator` returns, or `{ url }`. */
export interface SimulatorEndpoint {
  url: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as the runner's log shows it: commands consumed, masked values replaced by `***`. */
  log: string;
  /** Values the action registered with `::add-mask::` (setSecret). */
  masks: string[];
  annotations: Annotation[];
  summary: string;
  outputs: Record<string, string>;
  /** The parsed JSON file named by the `report` output, when it exists. */
  reportJson?: unknown;
  /** Environment the action ran with (for debugging a test; tokens included). */
  env: Record<string, string>;
  /** RUNNER_TEMP of this run; files the action wrote there stay for assertions. */
  runnerTemp: string;
}

export interface RunActionOptions {
  /** Input overrides by their action.yml name (`dry-run`, `max-deletions`, …). */
  inputs?: Record<string, string | number | boolean>;
  /** Extra or overriding environment variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** The running simulator; AWS_ENDPOINT_URL_* point at it. */
  sim?: SimulatorEndpoint;
  /** Instead of `sim`: a world to start a simulator for this one run (closed afterwards). */
  world?: unknown;
  /** The fake GitHub the action talks to (API, OIDC). Required for OIDC and issues. */
  github?: FakeGitHub;
  /** GITHUB_WORKSPACE and the working directory; plans are read relative to it. Default: a fresh temp dir. */
  cwd?: string;
  /** GITHUB_EVENT_NAME; default `schedule`. */
  eventName?: string;
  /** Written to GITHUB_EVENT_PATH; default a minimal payload for the event. */
  event?: unknown;
  /** GITHUB_REPOSITORY; default the fake GitHub's repository or `acme/infra`. */
  repository?: string;
  /** Kill the action after this long (ms). */
  timeoutMs?: number;
}

/** How much shorter the bundle's waits before a retry or the next poll are (see baseEnv). */
export const TEST_WAIT_SCALE = '0.01';

/** Variables a child may inherit from the test process; everything else is rebuilt. */
const INHERITED = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SYSTEMROOT', 'TMPDIR'];

function baseEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.HOME = home;
  // Keep the SDK from reading a developer's ~/.aws or instance metadata: only OIDC may authenticate.
  env.AWS_CONFIG_FILE = join(home, 'no-aws-config');
  env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'no-aws-credentials');
  env.AWS_EC2_METADATA_DISABLED = 'true';
  // Retry backoffs after 5xx and busy answers, and the pauses between polls, 100× shorter (the
  // product's src/time/wait.ts; throttling backoff and the simulated clock are untouched). A test
  // that needs the full waits passes `env: { BACKUP_PLANS_TEST_WAIT_SCALE: undefined }`.
  env.BACKUP_PLANS_TEST_WAIT_SCALE = TEST_WAIT_SCALE;
  return env;
}

function simulatorEnv(sim: SimulatorEndpoint | undefined): Record<string, string> {
  if (!sim) return {};
  return {
    AWS_ENDPOINT_URL_BACKUP: sim.url,
    AWS_ENDPOINT_URL_STS: sim.url,
    AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: sim.url,
    // The services of restored resources (the drill checks and deletes them).
    AWS_ENDPOINT_URL_EC2: sim.url,
    AWS_ENDPOINT_URL_RDS: sim.url,
    AWS_ENDPOINT_URL_EFS: sim.url,
    AWS_ENDPOINT_URL_DYNAMODB: sim.url,
  };
}

interface ActionInput {
  default?: string;
}

let cachedInputs: Record<string, ActionInput> | undefined;
/** The inputs action.yml declares, with their defaults. */
export function actionInputs(): Record<string, ActionInput> {
  if (!cachedInputs) {
    const doc = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, ActionInput>;
    };
    cachedInputs = doc.inputs ?? {};
  }
  return cachedInputs;
}

/** The env variable @actions/core reads for an input: `INPUT_` + name, spaces → `_`, upper-cased. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Resolve the expressions runners evaluate in input defaults. Only `github.token` appears in ours. */
function resolveDefault(name: string, value: string, githubToken: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expression: string) => {
    if (expression === 'github.token' || expression === 'secrets.GITHUB_TOKEN') return githubToken;
    throw new Error(
      `harness: input "${name}" has a default expression \${{ ${expression} }} it cannot evaluate`,
    );
  });
}

/** Undo @actions/core's escaping of command data (`%25`, `%0D`, `%0A`) and properties (also `%3A`, `%2C`). */
function unescapeCommand(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

/** Parse the runner's view of stdout: annotations, masks, and the log with masks applied. */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[];
  masks: string[];
  log: string;
} {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const log: string[] = [];
  const mask = (line: string) =>
    masks.filter((m) => m !== '').reduce((text, secret) => text.split(secret).join('***'), line);
  for (const line of stdout.split(/\r?\n/)) {
    const m = COMMAND.exec(line);
    if (!m) {
      log.push(mask(line));
      continue;
    }
    const [, command, props, data] = m;
    const message = unescapeCommand(data ?? '');
    if (command === 'add-mask') {
      masks.push(message);
      continue;
    }
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const annotation: Annotation = { level: command, message: mask(message) };
      for (const pair of (props ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        const key = pair.slice(0, eq);
        const value = unescapeCommand(pair.slice(eq + 1));
        if (key === 'file' || key === 'title') annotation[key] = value;
        else if (key === 'line' || key === 'col' || key === 'endLine' || key === 'endColumn')
          annotation[key] = Number(value);
      }
      annotations.push(annotation);
      log.push(
        mask(`${command === 'notice' ? 'Notice' : command === 'error' ? 'Error' : 'Warning'}: ${message}`),
      );
      continue;
    }
    if (command === 'debug') continue; // shown only with step debug logging
    if (command === 'group' || command === 'endgroup') {
      if (command === 'group') log.push(mask(message));
      continue;
    }
    log.push(mask(line));
  }
  return { annotations, masks, log: log.join('\n') };
}

/**
 * Parse a GITHUB_OUTPUT (or GITHUB_ENV) file: `name=value` lines and the `name<<DELIMITER` … `DELIMITER`
 * blocks @actions/core writes for every value.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length)
        throw new Error(`harness: output "${name}" has no closing delimiter ${delimiter}`);
      result[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`harness: cannot parse command file line "${line}"`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

function defaultEvent(eventName: string, repository: string): unknown {
  const [owner, name] = repository.split('/');
  const repo = { full_name: repository, name, owner: { login: owner } };
  if (eventName === 'schedule') return { schedule: '0 * * * *', repository: repo };
  if (eventName === 'workflow_dispatch') return { inputs: {}, ref: 'refs/heads/main', repository: repo };
  return { repository: repo };
}

interface Spawned {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function run(
  entry: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  stdin: string | undefined,
  timeoutMs: number,
): Promise<Spawned> {
  if (!existsSync(entry))
    throw new Error(`harness: ${entry} is missing; run \`npm run build\` (the vitest globalSetup does it)`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolvePromise({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: signal ? `${stderr}\n[harness: killed by ${signal} after ${timeoutMs} ms]` : stderr,
      });
    });
    child.stdin.end(stdin ?? '');
  });
}

async function startEphemeralSimulator(
  world: unknown,
): Promise<SimulatorEndpoint & { close(): Promise<void> }> {
  // Imported lazily so harness users who bring their own simulator do not load it.
  const modulePath = '../../src/simulator/index.js';
  const { startSimulator } = (await import(modulePath)) as {
    startSimulator(options: {
      world: unknown;
      port: number;
    }): Promise<SimulatorEndpoint & { close(): Promise<void> }>;
  };
  return startSimulator({ world, port: 0 });
}

/** Run `node dist/index.js` as a GitHub runner would. */
export async function runAction(options: RunActionOptions = {}): Promise<ActionResult> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  const home = join(runnerTemp, 'home');
  const files = join(runnerTemp, '_runner_file_commands');
  mkdirSync(home);
  mkdirSync(files);
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), 'workspace-'));
  const github = options.github;
  const repository = options.repository ?? 'acme/infra';
  const githubToken = github?.token ?? 'ghs_no_fake_github_configured';
  const eventName = options.eventName ?? 'schedule';

  let ephemeral: (SimulatorEndpoint & { close(): Promise<void> }) | undefined;
  if (options.world !== undefined && !options.sim) ephemeral = await startEphemeralSimulator(options.world);
  const sim = options.sim ?? ephemeral;

  try {
    const declared = actionInputs();
    for (const name of Object.keys(options.inputs ?? {}))
      if (!(name in declared))
        throw new Error(
          `harness: "${name}" is not an input of action.yml (inputs: ${Object.keys(declared).join(', ')})`,
        );

    const paths = {
      GITHUB_STEP_SUMMARY: join(files, 'step_summary'),
      GITHUB_OUTPUT: join(files, 'set_output'),
      GITHUB_ENV: join(files, 'set_env'),
      GITHUB_STATE: join(files, 'save_state'),
      GITHUB_PATH: join(files, 'add_path'),
      GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
    };
    for (const path of Object.values(paths)) writeFileSync(path, '');
    writeFileSync(
      paths.GITHUB_EVENT_PATH,
      JSON.stringify(options.event ?? defaultEvent(eventName, repository)),
    );

    const env: Record<string, string> = {
      ...baseEnv(home),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github?.url ?? 'http://127.0.0.1:9/no-fake-github',
      GITHUB_GRAPHQL_URL: `${github?.url ?? 'http://127.0.0.1:9'}/graphql`,
      GITHUB_WORKSPACE: cwd,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_WORKFLOW: 'backup',
      GITHUB_JOB: 'backup',
      GITHUB_ACTION: '__acme_backup-plans',
      GITHUB_ACTOR: 'octocat',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'harness',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
      ...paths,
      ...simulatorEnv(sim),
    };
    if (github) {
      // core.getIDToken appends `&audience=…`, so the URL already carries a query, as GitHub's does.
      env.ACTIONS_ID_TOKEN_REQUEST_URL = `${github.url}/oidc/token?api-version=2.0`;
      env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = github.oidcRequestToken;
    }
    for (const [name, input] of Object.entries(declared)) {
      const override = options.inputs?.[name];
      const value =
        override !== undefined ? String(override) : resolveDefault(name, input.default ?? '', githubToken);
      env[inputEnvName(name)] = value;
    }
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }

    const spawned = await run(ACTION_ENTRY, [], env, cwd, undefined, options.timeoutMs ?? 120_000);
    const parsed = parseWorkflowCommands(spawned.stdout);
    const outputs = parseCommandFile(readFileSync(paths.GITHUB_OUTPUT, 'utf8'));
    let reportJson: unknown;
    if (outputs.report) {
      const reportPath = isAbsolute(outputs.report) ? outputs.report : join(cwd, outputs.report);
      if (existsSync(reportPath)) reportJson = JSON.parse(readFileSync(reportPath, 'utf8'));
    }
    return {
      ...spawned,
      ...parsed,
      summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
      outputs,
      ...(reportJson !== undefined ? { reportJson } : {}),
      env,
      runnerTemp,
    };
  } finally {
    await ephemeral?.close();
  }
}

export interface RunCliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  /** AWS_ENDPOINT_URL_* point at this simulator. */
  sim?: SimulatorEndpoint;
  timeoutMs?: number;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli.js <args>` as a terminal would: no inherited AWS or GitHub variables. */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  const home = mkdtempSync(join(tmpdir(), 'cli-home-'));
  const env: Record<string, string> = { ...baseEnv(home), ...simulatorEnv(options.sim) };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return run(CLI_ENTRY, args, env, options.cwd ?? ROOT, options.stdin, options.timeoutMs ?? 120_000);
}

/** The simulator's clock (`GET /_sim/clock`) as a `clock` option for `startFakeGitHub`. */
export function simulatorClock(sim: SimulatorEndpoint): () => Promise<Date> {
  return async () => {
    const response = await fetch(`${sim.url}/_sim/clock`);
    if (!response.ok) throw new Error(`harness: GET /_sim/clock answered ${response.status}`);
    return new Date(((await response.json()) as { now: string }).now);
  };
}

async function admin(sim: SimulatorEndpoint, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`harness: ${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Typed helpers for the simulator's admin API. */
export const simAdmin = {
  advance: (sim: SimulatorEndpoint, seconds: number) =>
    admin(sim, 'POST', '/_sim/clock/advance', { seconds }) as Promise<{ now: string }>,
  now: (sim: SimulatorEndpoint) => admin(sim, 'GET', '/_sim/clock') as Promise<{ now: string }>,
  fault: (sim: SimulatorEndpoint, fault: Record<string, unknown>) =>
    admin(sim, 'POST', '/_sim/faults', fault),
  clearFaults: (sim: SimulatorEndpoint) => admin(sim, 'DELETE', '/_sim/faults'),
  stats: (sim: SimulatorEndpoint) =>
    admin(sim, 'GET', '/_sim/stats') as Promise<{
      calls: Record<string, number>;
      throttled: Record<string, number>;
      errors: Record<string, number>;
    }>,
  state: (sim: SimulatorEndpoint) => admin(sim, 'GET', '/_sim/state') as Promise<Record<string, unknown>>,
};
