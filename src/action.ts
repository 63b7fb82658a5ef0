// The action's run(): read INPUT_*, run the command, set the exit code. Nothing else lives here.
import * as core from './host/workflow-commands.js';
import { createActionHost } from './host/action.js';
import { loadCommand } from './commands/registry.js';
import {
  checkInputCombinations,
  INPUT_DEFAULTS,
  parseBoolean,
  parseCommand,
  parseCount,
  parseMetadata,
  parseTime,
  type Inputs,
} from './inputs.js';

export function readActionInputs(): Inputs {
  const get = (name: string) => core.getInput(name);
  const optional = (name: string) => get(name) || undefined;
  const now = optional('now');
  const metadata = optional('metadata');
  return {
    command: parseCommand(get('command') || 'backup'),
    plans: get('plans') || INPUT_DEFAULTS.plans,
    plan: optional('plan'),
    dryRun: parseBoolean('dry-run', get('dry-run')),
    wait: parseBoolean('wait', get('wait')),
    maxDeletions: parseCount('max-deletions', get('max-deletions') || INPUT_DEFAULTS.maxDeletions),
    now: now ? parseTime('now', now) : undefined,
    applyRetentionToExisting: parseBoolean('apply-retention-to-existing', get('apply-retention-to-existing')),
    resource: optional('resource'),
    point: optional('point'),
    metadata: metadata ? parseMetadata([metadata]) : undefined,
    vault: optional('vault'),
    region: optional('region'),
    force: parseBoolean('force', get('force')),
    namespace: optional('namespace'),
    githubToken: optional('github-token'),
    base: optional('base'),
    ...(optional('review-role') ? { reviewRole: get('review-role') } : {}),
    ...(optional('days') ? { days: parseCount('days', get('days')) } : {}),
    ...(optional('world') ? { world: get('world') } : {}),
    ...(optional('prices') ? { prices: get('prices') } : {}),
  };
}

export async function run(): Promise<void> {
  const host = createActionHost();
  try {
    const inputs = readActionInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    checkInputCombinations(inputs, { now: '`now`', dryRun: '`dry-run: true`' });
    const command = await loadCommand(inputs.command);
    process.exitCode = await command(inputs, host);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
