// Shared setup of the backup e2e suites: a simulator with a world, a fake GitHub whose ID tokens
// follow the simulated clock, a workspace with plan files, and an STS recorder that captures the
// secret keys the simulator hands out, so tests can prove they never leak.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runAction, startFakeGitHub, type ActionResult, type FakeGitHub } from './harness.js';

export const ACCOUNT = '123456789012';
export const DR_ACCOUNT = '210987654321';
export const REGION = 'eu-west-1';
export const DR_REGION = 'eu-central-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
export const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans-other`;
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
export const volume = (id: string, region = REGION) => `arn:aws:ec2:${region}:${ACCOUNT}:volume/${id}`;

export function baseWorld(start: string, extra: Partial<World> = {}): World {
  return {
    start,
    accounts: [ACCOUNT, DR_ACCOUNT],
    roles: [
      { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      { arn: OTHER_ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      { arn: BACKUP_ROLE },
    ],
    vaults: [
      { account: ACCOUNT, region: REGION, name: 'production' },
      { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
    ],
    ...extra,
  };
}

/** A plan file in YAML. */
export function planYaml(options: {
  role?: string;
  vault?: string;
  include: string;
  exclude?: string[];
  rules: string;
  notify?: string;
}): string {
  return [
    'version: 1',
    'aws:',
    `  account: "${ACCOUNT}"`,
    `  region: ${REGION}`,
    `  role: ${options.role ?? ROLE}`,
    `  backupRole: ${BACKUP_ROLE}`,
    `vault: ${options.vault ?? 'production'}`,
    'resources:',
    '  include:',
    options.include,
    ...(options.exclude && options.exclude.length > 0
      ? ['  exclude:', ...options.exclude.map((a) => `    - ${a}`)]
      : []),
    'rules:',
    options.rules,
    options.notify ?? 'notify:\n  issues: true\n  labels: [backup-failure]',
    '',
  ].join('\n');
}

/** Relays STS calls to the simulator and remembers every SecretAccessKey it returns. */
async function startStsRecorder(
  target: string,
): Promise<{ url: string; secrets: Set<string>; close(): Promise<void> }> {
  const secrets = new Set<string>();
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const text = Buffer.concat(body).toString('utf8');
            for (const m of text.matchAll(/<SecretAccessKey>([^<]+)<\/SecretAccessKey>/g)) secrets.add(m[1]!);
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(text);
          });
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secrets,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export interface BackupWorld {
  sim: SimulatorHandle;
  github: FakeGitHub;
  workspace: string;
  secrets: Set<string>;
  writePlan(id: string, yaml: string): void;
  run(
    inputs?: Record<string, string | number | boolean>,
    env?: Record<string, string | undefined>,
  ): Promise<ActionResult>;
  advance(seconds: number): Promise<void>;
  calls(operation: string): number;
  close(): Promise<void>;
}

export async function startBackupWorld(world: World): Promise<BackupWorld> {
  const sim = await startSimulator({ world, port: 0 });
  const github = await startFakeGitHub({ clock: () => sim.sim.now(), repository: 'acme/infra' });
  const sts = await startStsRecorder(sim.url);
  const workspace = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
  mkdirSync(join(workspace, 'backup-plans'));
  return {
    sim,
    github,
    workspace,
    secrets: sts.secrets,
    writePlan: (id, yaml) => writeFileSync(join(workspace, 'backup-plans', `${id}.yml`), yaml),
    run: (inputs = {}, env = {}) =>
      runAction({
        inputs: { command: 'backup', ...inputs },
        sim,
        github,
        cwd: workspace,
        env: { AWS_ENDPOINT_URL_STS: sts.url, ...env },
      }),
    advance: async (seconds) => {
      sim.sim.advance(seconds);
    },
    calls: (operation) => sim.sim.stats().calls[operation] ?? 0,
    close: async () => {
      await sts.close();
      await github.close();
      await sim.close();
    },
  };
}

/** The ownership tags a point of plan `prod` in namespace acme/infra carries. */
export const owned = (rules: string, slot: string, namespace = 'acme/infra', plan = 'prod') => ({
  'backup-plans:namespace': namespace,
  'backup-plans:plan': plan,
  'backup-plans:rules': rules,
  'backup-plans:slot': slot,
});
