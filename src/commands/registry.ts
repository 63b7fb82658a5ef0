// Maps each command name to its implementation, loaded only when chosen: `validate` must not pay for
// the AWS SDK, @actions/cache, octokit or the simulator that other commands need (a bundled dynamic
// import becomes a chunk file of dist/ that Node reads only then).
import type { Host } from '../host/host.js';
import type { CommandName, Inputs } from '../inputs.js';

/** A command returns its process exit code: 0 success, 1 failures found, 2 bad usage. */
export type Command = (inputs: Inputs, host: Host) => Promise<number>;

const commands: Record<CommandName, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  review: async () => (await import('./review.js')).reviewCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  prune: async () => (await import('./prune.js')).pruneCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
  drill: async () => (await import('./drill.js')).drillCommand,
  list: async () => (await import('./list.js')).listCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
  retention: async () => (await import('./retention.js')).retentionCommand,
  'list-plans': async () => (await import('./list-plans.js')).listPlansCommand,
};

export async function loadCommand(name: CommandName): Promise<Command> {
  return commands[name]();
}
