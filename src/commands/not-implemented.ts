import type { Command } from './registry.js';

/** A command that is not built yet fails loudly, never with a silent success. */
export const notImplemented =
  (name: string): Command =>
  async (_inputs, host) => {
    host.error(`the "${name}" command is not implemented yet`);
    return 1;
  };
