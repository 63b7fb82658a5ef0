#!/usr/bin/env node
// `npm run demo`: the main job on the built-in AWS simulator, with no AWS account and no network
// beyond 127.0.0.1.
//
// 1. Starts the simulator (`node dist/cli.js simulator`) with examples/demo-world.json, a world that
//    matches the example plans in backup-plans/ (accounts, regions, vaults, roles, tagged resources).
// 2. Serves a stand-in for GitHub's OIDC token endpoint (the simulator checks the token's claims,
//    not GitHub's signature, so a self-made token is enough here).
// 3. Runs the action (`node dist/index.js`, command `backup`) as a scheduled workflow run would:
//    INPUT_* defaults from action.yml, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, AWS_ENDPOINT_URL_*.
// 4. Advances the simulated clock until the backup jobs have completed, runs the action again (it
//    starts the copies), then once more after the copies completed (it tags them and starts the copies
//    to the next destination), and prints every job summary.
// 5. Runs the action's `prune` on the same simulator (nothing is old enough to go yet: it says why).
// 6. Runs `backup-plans simulate --days 90` on the example plans: the real backup and prune code over
//    90 simulated days in a simulator of its own, and prints the end state, storage and cost. It
//    needs nothing from the steps before, so it starts with them and runs on the second core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (name) => join(root, 'dist', name);
const worldFile = join(root, 'examples', 'demo-world.json');
const repository = 'acme/infra';

const tty = process.stdout.isTTY;
const style = (code) => (text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = style('1');
const dim = style('2');

function fail(message) {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

if (!existsSync(dist('index.js')) || !existsSync(dist('cli.js')))
  fail('dist/ is missing: run `npm run build` first');

/** Start the simulator as a child process; resolves with its URL once it listens. */
function startSimulator() {
  const child = spawn(process.execPath, [dist('cli.js'), 'simulator', '--port', '0', '--world', worldFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart, rejectStart) => {
    let buffered = '';
    child.once('error', rejectStart);
    child.once('exit', (code) => rejectStart(new Error(`the simulator exited with code ${code}`)));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
      if (match) {
        child.removeAllListeners('exit');
        resolveStart({ url: match[1], child });
      }
    });
  });
}

async function admin(sim, path, body) {
  const response = await globalThis.fetch(`${sim.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A stand-in for the runner's OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL). Tokens are issued on the
 * simulated clock, so the simulator's `exp` check agrees with them. Unsigned: the simulator (like
 * this demo) cannot verify GitHub's signatures and says so in its README.
 */
async function startOidc(sim) {
  const requestToken = 'demo-oidc-request-token';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401).end();
      return;
    }
    const { now } = await admin(sim, '/_sim/clock');
    const iat = Math.floor(Date.parse(now) / 1000);
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      aud: url.searchParams.get('audience') ?? 'sts.amazonaws.com',
      sub: `repo:${repository}:ref:refs/heads/main`,
      repository,
      ref: 'refs/heads/main',
      event_name: 'schedule',
      iat,
      nbf: iat,
      exp: iat + 300,
    };
    const value = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/token?api-version=2.0`, requestToken, server };
}

/** The INPUT_* variables a runner sets from action.yml's defaults (github.token left empty: no issues). */
function defaultInputs() {
  const action = load(readFileSync(join(root, 'action.yml'), 'utf8'));
  const env = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const value = String(input.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

/** One scheduled run of the action; returns its step summary and outputs. */
async function runAction(sim, oidc, run, command = 'backup') {
  const temp = mkdtempSync(join(tmpdir(), `backup-plans-demo-${run}-`));
  const files = { GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), GITHUB_OUTPUT: join(temp, 'output') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    // Only OIDC may authenticate: no credentials from the environment, files or instance metadata.
    AWS_CONFIG_FILE: join(temp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(temp, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_BACKUP: sim.url,
    AWS_ENDPOINT_URL_STS: sim.url,
    AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: sim.url,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_RUN_ID: String(1000 + run),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: temp,
    ...files,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    ...defaultInputs(),
    INPUT_COMMAND: command,
  };
  const child = spawn(process.execPath, [dist('index.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', () => {}); // Node's own warnings (e.g. the SDK's Node-version notice)
  const exitCode = await new Promise((r) => child.on('close', r));
  // The log as the runner shows it: workflow commands (::add-mask::, ::error::, …) are consumed by the runner.
  const log = stdout
    .split('\n')
    .filter((line) => line !== '' && !/^::(add-mask|debug)::/.test(line))
    .map((line) => line.replace(/^::(error|warning|notice)[^:]*::/, (_m, level) => `${level}: `))
    .join('\n');
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const outputs = Object.fromEntries(
    [...readFileSync(files.GITHUB_OUTPUT, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(
      (m) => [m[1], m[3]],
    ),
  );
  rmSync(temp, { recursive: true, force: true });
  return { exitCode, log, summary, outputs };
}

/** `backup-plans simulate` of the example plans: real backup and prune code in its own simulator. */
async function simulate(days) {
  const child = spawn(
    process.execPath,
    [dist('cli.js'), 'simulate', '--plans', 'backup-plans', '--days', String(days)],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), GITHUB_REPOSITORY: repository },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exitCode = await new Promise((r) => child.on('close', r));
  return { stdout, stderr, exitCode };
}

function show(title, result) {
  process.stdout.write(
    `\n${bold(`━━ ${title} ━━`)}\n\n${dim(result.log)}\n\n${bold('Job summary:')}\n\n${result.summary}\n`,
  );
  const o = result.outputs;
  const counts =
    'deletions' in o
      ? `deletions=${o['deletions']} failures=${o['failures']}`
      : `jobs-started=${o['jobs-started']} jobs-existing=${o['jobs-existing']} ` +
        `copies-started=${o['copies-started']} failures=${o['failures']}`;
  process.stdout.write(`${bold('Outputs:')} ${counts} · exit code ${result.exitCode}\n`);
}

const SIMULATE_DAYS = 90;
// Started first: it shares nothing with the runs below, so both cores work.
const simulating = simulate(SIMULATE_DAYS);
const sim = await startSimulator();
let oidc;
try {
  oidc = await startOidc(sim);
  const start = await admin(sim, '/_sim/clock');
  process.stdout.write(
    `${bold('backup-plans demo')} · AWS simulator at ${sim.url} · simulated time ${start.now}\n` +
      `Plans: backup-plans/*.yml · world: examples/demo-world.json · repository ${repository}\n`,
  );

  const first = await runAction(sim, oidc, 1);
  show('Run 1: the scheduled run starts the backups that are due', first);

  const advanced = await admin(sim, '/_sim/clock/advance', { seconds: 2 * 3600 });
  process.stdout.write(
    `\n${bold('Two simulated hours later')} (${advanced.now}): the backup jobs have completed.\n`,
  );

  const second = await runAction(sim, oidc, 2);
  show('Run 2: the next scheduled run starts nothing twice and copies the new recovery points', second);

  const later = await admin(sim, '/_sim/clock/advance', { seconds: 2 * 3600 });
  process.stdout.write(
    `\n${bold('Two more simulated hours')} (${later.now}): the first copies have completed.\n`,
  );

  const third = await runAction(sim, oidc, 3);
  show(
    'Run 3: completed copies get the ownership tags; the next destination’s copies start (AWS runs one job per resource at a time)',
    third,
  );

  const stats = await admin(sim, '/_sim/stats');
  const calls = Object.entries(stats.calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  process.stdout.write(`\n${dim(`AWS API calls the three runs made: ${calls}`)}\n`);

  const pruned = await runAction(sim, oidc, 4, 'prune');
  show(
    'Run 4: prune applies each rule’s keep policy to the points proven ours (all are young: nothing goes)',
    pruned,
  );

  const simulated = await simulating;
  if (simulated.exitCode !== 0 && simulated.stdout === '') fail(`simulate failed: ${simulated.stderr}`);
  process.stdout.write(
    `\n${bold(`━━ simulate --days ${SIMULATE_DAYS}: the example plans over ${SIMULATE_DAYS} simulated days ━━`)}\n\n${simulated.stdout}\n`,
  );
  process.exitCode =
    first.exitCode || second.exitCode || third.exitCode || pruned.exitCode || simulated.exitCode;
} finally {
  oidc?.server.close();
  sim.child.kill('SIGTERM');
}
