// The wire-level AWS simulator: one HTTP server on 127.0.0.1 speaking AWS Backup (restJson1),
// STS (query/XML) and the Resource Groups Tagging API (awsJson1.1), plus the /_sim admin API.
// See README.md in this folder.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Simulator } from './simulator.js';
import type { World } from './world.js';

export { Simulator } from './simulator.js';
export type { Fault, FaultSpec, Stats } from './faults.js';
export type { StateDump } from './dump.js';
export { validateWorld, WorldError } from './world.js';
export { loadWorldFile } from './world-file.js';
export type {
  World,
  WorldLegalHold,
  WorldRecoveryPoint,
  WorldResource,
  WorldRole,
  WorldTrust,
  WorldVault,
  WorldVaultLock,
} from './world.js';

export interface SimulatorHandle {
  /** `http://127.0.0.1:<port>`: the endpoint for every client (SDK, CLI, admin API). */
  url: string;
  port: number;
  close(): Promise<void>;
  /** In-process access: clock, faults, stats, state. */
  sim: Simulator;
}

export async function startSimulator(options: { world: World; port?: number }): Promise<SimulatorHandle> {
  const sim = new Simulator(options.world);
  const server = createServer((req, res) => {
    sim.handle(req, res).catch((error: unknown) => {
      process.stderr.write(`simulator: ${(error as Error).stack ?? String(error)}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // The SDK keeps connections alive; don't let idle sockets hold close() up.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sim,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
