// `backup-plans simulator --port <p> [--world <file>]`: runs the AWS simulator until stopped.
// The first stdout line is `listening on http://127.0.0.1:<port>` so scripts can wait for it.
import { parseArgs } from 'node:util';
import { startSimulator } from './index.js';
import { loadWorldFile } from './world-file.js';
import type { World } from './world.js';

export { loadWorldFile };

const USAGE = `usage: backup-plans simulator [--port <port>] [--world <file.json>]

Runs the wire-level AWS simulator (Backup, STS, Resource Groups Tagging API) on 127.0.0.1.
  --port N        port to listen on (default 0: any free port; the first line says which)
  --world FILE    JSON world file (accounts, roles, vaults, resources, recovery points)
                  default: one account, 123456789012, and nothing else
Point clients at it with --endpoint-url (AWS CLI) or AWS_ENDPOINT_URL_* (SDK). Stop with Ctrl-C.
`;

export const DEFAULT_WORLD: World = { accounts: ['123456789012'] };

export async function simulatorCliMain(argv: string[]): Promise<number> {
  let values: { port?: string; world?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { port: { type: 'string' }, world: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port must be a port number (0-65535), got "${values.port}"\n`);
    return 2;
  }
  let world: World;
  try {
    world = values.world ? await loadWorldFile(values.world) : DEFAULT_WORLD;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  let handle;
  try {
    handle = await startSimulator({ world, port });
  } catch (error) {
    process.stderr.write(`error: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`listening on ${handle.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await handle.close();
  return 0;
}
