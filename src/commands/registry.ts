// Maps each command name to its implementation. Commands not built yet fail loudly.
import type { Host } from '../host/host.js';
import type { CommandName, Inputs } from '../inputs.js';

/** A command returns its process exit code: 0 success, 1 failures found, 2 bad usage. */
export type Command = (inputs: Inputs, host: Host) => Promise<number>;

const notImplemented =
  (name: CommandName): Command =>
  async (_inputs, host) => {
    host.error(`the "${name}" command is not implemented yet`);
    return 1;
  };

export async function loadCommand(name: CommandName): Promise<Command> {
  switch (name) {
    default:
      return notImplemented(name);
  }
}
