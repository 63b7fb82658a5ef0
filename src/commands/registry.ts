// Maps each command name to its implementation. Commands not built yet fail loudly.
import type { Host } from '../host/host.js';
import type { CommandName, Inputs } from '../inputs.js';
import { backupCommand } from './backup.js';
import { listCommand } from './list.js';
import { notImplemented } from './not-implemented.js';
import { pruneCommand } from './prune.js';
import { restoreCommand } from './restore.js';
import { retentionCommand } from './retention.js';
import { validateCommand } from './validate.js';

/** A command returns its process exit code: 0 success, 1 failures found, 2 bad usage. */
export type Command = (inputs: Inputs, host: Host) => Promise<number>;

const commands: Record<CommandName, Command> = {
  validate: validateCommand,
  review: notImplemented('review'),
  backup: backupCommand,
  prune: pruneCommand,
  restore: restoreCommand,
  list: listCommand,
  audit: notImplemented('audit'),
  simulate: notImplemented('simulate'),
  retention: retentionCommand,
};

export async function loadCommand(name: CommandName): Promise<Command> {
  return commands[name];
}
