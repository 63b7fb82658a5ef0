// A backup run gives the host its job summary (Markdown) unless told not to (`jobSummary: false`,
// simulate's runs, whose host drops it); the run's decisions and outputs are the same either way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../src/backup/run.js';
import type { Host } from '../../src/host/host.js';
import type { Inputs } from '../../src/inputs.js';
import { startSimulator } from '../../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-0123456789abcdef0`;
const PLAN = `version: 1
namespace: acme/infra
aws:
  account: '${ACCOUNT}'
  region: ${REGION}
  role: ${ROLE}
  backupRole: ${BACKUP_ROLE}
vault: production
resources:
  include:
    - ${VOLUME}
rules:
  daily:
    schedule: '0 3 * * *'
    retain: { days: 7 }
notify:
  issues: false
`;

let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };
let plans: string;

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:00:00Z',
      accounts: [ACCOUNT],
      roles: [
        { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
        { arn: BACKUP_ROLE },
      ],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: VOLUME, tags: {}, sizeGiB: 1 }],
    },
    port: 0,
  });
  for (const service of ['STS', 'BACKUP', 'RESOURCE_GROUPS_TAGGING_API'])
    process.env[`AWS_ENDPOINT_URL_${service}`] = sim.url;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  plans = mkdtempSync(join(tmpdir(), 'run-summary-'));
  writeFileSync(join(plans, 'prod.yml'), PLAN);
});
afterAll(async () => {
  process.env = { ...saved };
  await sim.close();
});

const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function recordingHost() {
  const summaries: string[] = [];
  const outputs = new Map<string, unknown>();
  const errors: string[] = [];
  const host: Host = {
    kind: 'cli',
    info: () => {},
    warning: () => {},
    error: (message) => errors.push(message),
    summary: (markdown) => {
      summaries.push(markdown);
      return Promise.resolve();
    },
    setOutput: (name, value) => outputs.set(name, value),
    setSecret: () => {},
    idTokens: {
      getIdToken: (audience) => {
        const iat = Math.floor(sim.sim.now().getTime() / 1000);
        const claims = {
          iss: 'https://token.actions.githubusercontent.com',
          aud: audience,
          sub: 'repo:acme/infra:ref:refs/heads/main',
          iat,
          exp: iat + 300,
        };
        return Promise.resolve(`${part({ alg: 'none' })}.${part(claims)}.`);
      },
    },
  };
  return { host, summaries, outputs, errors };
}

const inputs = (): Inputs => ({
  command: 'backup',
  plans,
  dryRun: false,
  wait: false,
  maxDeletions: 50,
  applyRetentionToExisting: false,
});

describe('backup run job summary', () => {
  it('is rendered for the host by default, and neither rendered nor given with jobSummary: false', async () => {
    const env = { ...process.env, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'run-summary-temp-')) };
    const full = recordingHost();
    expect(await runBackup(inputs(), full.host, { env })).toBe(0);
    expect(full.errors).toEqual([]);
    expect(full.summaries).toHaveLength(1);
    expect(full.summaries[0]).toContain('prod');
    expect(full.outputs.get('jobs-started')).toBe(1);

    // The job of the first run now exists: a second run finds it, with or without a summary.
    const quiet = recordingHost();
    expect(await runBackup(inputs(), quiet.host, { env, jobSummary: false })).toBe(0);
    expect(quiet.errors).toEqual([]);
    expect(quiet.summaries).toEqual([]);
    expect(quiet.outputs.get('jobs-started')).toBe(0);
    expect(quiet.outputs.get('jobs-existing')).toBe(1);
  }, 120_000);
});
