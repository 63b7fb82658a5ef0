// Plans for review tests, loaded from YAML by the real loader (so they are what `review` compares).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlans } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/model.js';

export const BASE_PLAN = `version: 1
aws:
  account: "123456789012"
  region: eu-west-1
  role: arn:aws:iam::123456789012:role/backup-plans
  backupRole: arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - arn:aws:rds:eu-west-1:123456789012:db:orders
    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-1
    - tags: { backup: daily }
      types: [ec2:volume]
rules:
  daily:
    schedule: "0 3 * * *"
    retain:
      keep: { daily: 7, weekly: 4, monthly: 12 }
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 90 }
`;

/** Write `files` (plan id → YAML) into a fresh folder. */
export function writePlans(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'review-plans-')), 'backup-plans');
  mkdirSync(dir);
  for (const [id, text] of Object.entries(files)) writeFileSync(join(dir, `${id}.yml`), text);
  return dir;
}

export async function plansFrom(files: Record<string, string>): Promise<Plan[]> {
  const { plans, errors } = await loadPlans(writePlans(files));
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return plans;
}

/** BASE_PLAN with each [from, to] replaced (each `from` must occur). */
export function edit(text: string, ...replacements: [string, string][]): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`edit: "${from}" not in the plan`);
    out = out.replace(from, to);
  }
  return out;
}
