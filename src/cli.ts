// The CLI: `backup-plans <command> [flags]`. Same commands as the action, with terminal output.
// Started by the bundle's entry (src/index.ts) when dist/cli.js, the package's bin, ran it.
import { parseArgs } from 'node:util';
import { createTerminalHost } from './host/terminal.js';
import { describeParseArgsError, isParseArgsError } from './commands/parse-args-error.js';
import { loadCommand } from './commands/registry.js';
import {
  checkInputCombinations,
  COMMANDS,
  INPUT_DEFAULTS,
  InputError,
  parseCommand,
  parseCount,
  parseMetadata,
  parseTime,
  type Inputs,
} from './inputs.js';

const USAGE = `usage: backup-plans <command> [options]

commands: ${COMMANDS.join(', ')}, simulator

options:
  --plans DIR                     folder of plan files (default: backup-plans)
  --plan ID                       only this plan
  --dry-run                       decide and report, change nothing
  --wait                          wait for jobs to finish
  --max-deletions N               prune at most N points (default: 50)
  --now TIME                      what-if time (ISO-8601), with --dry-run
  --apply-retention-to-existing   apply shortened retention.days to existing points
  --resource ARN                  restore, drill: the resource
  --point latest|ARN|TIME         restore: which recovery point
  --metadata JSON|KEY=VALUE       restore: metadata overrides (repeatable)
  --vault NAME --region R         restore: only look in this vault of the plan
  --force                         restore: allow metadata that targets the live resource;
                                  drill: drill every selected resource now, due or not
  --namespace NAME                owner identity (default: plan's, else the git remote)
  --json                          list-plans, list, review, simulate, audit, drill: print JSON
  --review-role ROLE              review: read-only role (name or ARN) for the live impact on existing points
  --days N                        simulate: simulated days (default: 365)
  --world FILE                    simulate: world file (default: synthesized from the plans)
  --prices FILE                   simulate, review: price table (default: the bundled one)
  -h, --help                      show this help

examples:
  backup-plans audit --json                          every control of every plan, as JSON
  backup-plans drill --plan prod                     the drills that are due
  backup-plans drill --plan prod --resource ARN      drill one resource now
`;

/** The inputs of a command, or 'help' when -h/--help stands anywhere among them. */
export function parseCliInputs(argv: string[]): Inputs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plans: { type: 'string' },
      plan: { type: 'string' },
      'dry-run': { type: 'boolean' },
      wait: { type: 'boolean' },
      'max-deletions': { type: 'string' },
      now: { type: 'string' },
      'apply-retention-to-existing': { type: 'boolean' },
      resource: { type: 'string' },
      point: { type: 'string' },
      metadata: { type: 'string', multiple: true },
      vault: { type: 'string' },
      region: { type: 'string' },
      force: { type: 'boolean' },
      namespace: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      'review-role': { type: 'string' },
      json: { type: 'boolean' },
      days: { type: 'string' },
      world: { type: 'string' },
      prices: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const [command, ...rest] = positionals;
  if (!command) throw new InputError('missing command');
  if (rest.length > 0) throw new InputError(`unexpected argument "${rest[0]}"`);
  return {
    command: parseCommand(command),
    plans: values.head ?? values.plans ?? INPUT_DEFAULTS.plans,
    plan: values.plan,
    dryRun: values['dry-run'] ?? false,
    wait: values.wait ?? false,
    maxDeletions: parseCount('--max-deletions', values['max-deletions'] ?? INPUT_DEFAULTS.maxDeletions),
    now: values.now !== undefined ? parseTime('--now', values.now) : undefined,
    applyRetentionToExisting: values['apply-retention-to-existing'] ?? false,
    resource: values.resource,
    point: values.point,
    metadata: parseMetadata(values.metadata ?? []),
    vault: values.vault,
    region: values.region,
    force: values.force ?? false,
    namespace: values.namespace,
    githubToken: process.env.GITHUB_TOKEN,
    base: values.base,
    ...(values['review-role'] !== undefined ? { reviewRole: values['review-role'] } : {}),
    json: values.json ?? false,
    ...(values.days !== undefined ? { days: parseCount('--days', values.days) } : {}),
    ...(values.world !== undefined ? { world: values.world } : {}),
    ...(values.prices !== undefined ? { prices: values.prices } : {}),
  };
}

export async function main(argv: string[]): Promise<number> {
  // The SDK warns on Node 20 that *future* SDK releases will need Node 22. This CLI bundles a fixed SDK
  // version, so the warning says nothing about this program; it would only clutter every command.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  // These two have their own flags and streams, and are loaded only when chosen.
  if (argv[0] === 'simulator') return (await import('./simulator/cli.js')).simulatorCliMain(argv.slice(1));
  if (argv[0] === 'retention')
    return (await import('./commands/retention-cli.js')).retentionCliMain(argv.slice(1), {
      get stdin() {
        return process.stdin; // only when fd 0 would block: creating it makes a pipe non-blocking
      },
      stdinFd: 0,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  const host = createTerminalHost();
  try {
    const inputs = parseCliInputs(argv);
    if (inputs === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    checkInputCombinations(inputs, { now: '--now', dryRun: '--dry-run' });
    const command = await loadCommand(inputs.command);
    return await command(inputs, host);
  } catch (error) {
    if (error instanceof InputError || isParseArgsError(error)) {
      const message = error instanceof InputError ? error.message : describeParseArgsError(error);
      host.error(`${message}\n\n${USAGE}`);
      return 2;
    }
    host.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
