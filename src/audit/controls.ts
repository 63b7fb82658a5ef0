// The audit's controls, evaluated from what AWS shows now (no AWS Config): per plan, rule and
// resource, pass or fail with the evidence that decided it. Mirrors AWS Backup Audit Manager's
// controls: recovery point within the RPO, minimum retention, encryption, cross-region and
// cross-account copies, vault lock, restore drilled, plus coverage (tagged but unprotected) and
// double protection (also in an AWS Backup plan). Pure: observed state and "now" in, results out.
import type { AuditPoint, AuditVault, AwsBackupSelection, ObservedRestoreJob } from '../aws/audit.js';
import { formatMinutes } from '../plan/duration.js';
import type { Plan, Retention, Rule } from '../plan/model.js';
import { resourceTypeInfo, resourceTypeOfArn } from '../plan/resource-types.js';
import { isRecoveryPointArn } from '../plan/selection.js';
import { DRILLED_TAG, drilledTagValue, lastDrill } from '../schedule/drill.js';
import { MS_PER_MINUTE } from '../time/calendar.js';
import { ruleRpo } from './rpo.js';

export type ControlId =
  'rpo' | 'retention' | 'encrypted' | 'copy' | 'vault-lock' | 'drill' | 'unprotected' | 'double-protection';

export type ControlStatus = 'pass' | 'fail' | 'info';

export interface ControlResult {
  control: ControlId;
  status: ControlStatus;
  rule?: string;
  resource?: string;
  /** The vault (and account/region) the control looked at, where it concerns one. */
  vault?: string;
  evidence: string;
}

type Tags = Record<string, string>;

/** A vault as read, or why it could not be read. */
export type VaultReading = { ok: true; vault: AuditVault } | { ok: false; error: string };

export interface CopyDestinationReading {
  rule: string;
  account: string;
  region: string;
  vault: string;
  retain: Retention;
  reading: VaultReading;
}

export interface AuditInput {
  plan: Plan;
  namespace: string;
  now: Date;
  /** The resources the plan selects now, with their own tags. */
  resources: { arn: string; tags: Tags }[];
  source: VaultReading;
  copies: CopyDestinationReading[];
  /** Restore jobs in the plan's account and region (drill evidence); undefined: not read. */
  restoreJobs?: ObservedRestoreJob[];
  /** Per tag selector of the plan: every resource carrying its tags, whatever its type. */
  tagMatches: { via: string; arns: string[] }[];
  /** Every resource some plan of the repository selects. */
  protectedByPlans: Set<string>;
  /** AWS Backup's own plans' selections in the plan's account and region. */
  awsSelections: AwsBackupSelection[];
}

const label = (vault: string, account: string, region: string) => `${vault} (${account}/${region})`;
const ageText = (now: Date, d: Date) =>
  formatMinutes(Math.max(0, (now.getTime() - d.getTime()) / MS_PER_MINUTE));

/** Points of this plan's rule (by ownership tags); points whose tags cannot be read count for every rule. */
function pointsOfRule(points: AuditPoint[], plan: Plan, namespace: string, rule: string): AuditPoint[] {
  return points.filter((p) => {
    if (p.tags === undefined) return true;
    if (p.tags['backup-plans:plan'] !== plan.id || p.tags['backup-plans:namespace'] !== namespace)
      return false;
    return (p.tags['backup-plans:rules'] ?? '')
      .split(/[+,]/)
      .map((r) => r.trim())
      .includes(rule);
  });
}

const newestCompleted = (points: AuditPoint[]) =>
  points
    .filter((p) => p.status === 'COMPLETED')
    .sort((a, b) => b.created.getTime() - a.created.getTime() || a.arn.localeCompare(b.arn))[0];

/** The lifecycle every point of the rule must at least have; undefined: no lifecycle is required. */
function requiredDays(retain: Retention): number | undefined {
  return (retain.days ?? retain.keep) ? (retain.days ?? retain.hardLimitDays) : undefined;
}

function retentionControl(
  rule: string,
  resource: string,
  vaultLabel: string,
  vault: AuditVault,
  retain: Retention,
  points: AuditPoint[],
): ControlResult {
  const base = { control: 'retention' as const, rule, resource, vault: vaultLabel };
  const completed = points.filter((p) => p.status === 'COMPLETED');
  const days = requiredDays(retain);
  if (days !== undefined && vault.maxRetentionDays !== undefined && vault.maxRetentionDays < days)
    return {
      ...base,
      status: 'fail',
      evidence: `vault lock allows at most ${vault.maxRetentionDays} days; the rule retains ${days}`,
    };
  if (retain.keep && days === undefined && !vault.locked) {
    // GFS without a hard limit: only prune deletes, so a lifecycle on a point would cut it short.
    const short = completed.filter((p) => p.deleteAfterDays !== undefined);
    return short.length === 0
      ? {
          ...base,
          status: 'pass',
          evidence: `${completed.length} point(s), none with a lifecycle (keep: only prune deletes)`,
        }
      : {
          ...base,
          status: 'fail',
          evidence: `${short.length} point(s) expire on their own although the rule keeps by GFS, e.g. ${short[0]!.arn} after ${short[0]!.deleteAfterDays} days`,
        };
  }
  if (days === undefined)
    return {
      ...base,
      status: 'pass',
      evidence: `${completed.length} point(s); keep decided per point at job start (vault lock)`,
    };
  const short = completed.filter((p) => p.deleteAfterDays !== undefined && p.deleteAfterDays < days);
  return short.length === 0
    ? { ...base, status: 'pass', evidence: `${completed.length} point(s), each kept ≥ ${days} days` }
    : {
        ...base,
        status: 'fail',
        evidence: `${short.length} point(s) kept less than ${days} days, e.g. ${short[0]!.arn}: DeleteAfterDays ${short[0]!.deleteAfterDays}`,
      };
}

function encryptionControl(
  resource: string,
  where: { label: string; vault: AuditVault; points: AuditPoint[] }[],
): ControlResult {
  const all = where.flatMap((w) => w.points.filter((p) => p.status === 'COMPLETED').map((p) => ({ p, w })));
  const bad = all.filter(({ p }) => !p.encrypted);
  const base = { control: 'encrypted' as const, resource };
  if (bad.length > 0)
    return {
      ...base,
      status: 'fail',
      evidence: `${bad.length} of ${all.length} point(s) unencrypted (IsEncrypted false; the source resource is unencrypted), e.g. ${bad[0]!.p.arn} in ${bad[0]!.w.label}`,
    };
  const keys = [...new Set(where.map((w) => w.vault.encryptionKeyArn).filter(Boolean))];
  return {
    ...base,
    status: 'pass',
    evidence: `${all.length} point(s) encrypted${keys.length ? `; vault key ${keys.join(', ')}` : ''}`,
  };
}

/** Does an AWS Backup selection pick this resource? ListOfTags: any; Conditions: all; NotResources wins. */
export function awsSelectionMatches(s: AwsBackupSelection, arn: string, tags: Tags): boolean {
  const glob = (pattern: string, value: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(value);
  if (s.notResources.some((r) => glob(r, arn))) return false;
  const byResource = s.resources.some((r) => glob(r, arn));
  const byTag = s.listOfTags.some((t) => tags[t.key] === t.value);
  const anySelector = s.resources.length > 0 || s.listOfTags.length > 0;
  if (anySelector && !byResource && !byTag) return false;
  return s.conditions.every((c) => {
    const key = c.key.replace(/^aws:ResourceTag\//, '');
    const v = tags[key];
    switch (c.operator) {
      case 'StringEquals':
        return v === c.value;
      case 'StringNotEquals':
        return v !== c.value;
      case 'StringLike':
        return v !== undefined && glob(c.value, v);
      case 'StringNotLike':
        return v === undefined || !glob(c.value, v);
    }
  });
}

/** "Restore drilled within N days": the newest drill evidence (schedule/drill.ts) of the rule's points. */
function drillControl(
  rule: Rule,
  resource: string,
  input: AuditInput,
  points: AuditPoint[],
): ControlResult | undefined {
  if (!rule.drill) return undefined;
  const base = { control: 'drill' as const, rule: rule.name, resource };
  const every = formatMinutes(rule.drill.everyMinutes);
  const last = lastDrill(points, input.restoreJobs ?? []);
  if (!last)
    return {
      ...base,
      status: 'fail',
      evidence: `no drill of this resource's points within ${every}: no completed restore job, no ${DRILLED_TAG} tag`,
    };
  const what =
    last.source === 'tag'
      ? `${last.pointArn} tagged ${DRILLED_TAG}=${drilledTagValue(last.at, last.result)}`
      : `restore job ${last.jobId} of ${last.pointArn} completed`;
  const age = `${ageText(input.now, last.at)} ago`;
  if (last.result === 'failed')
    return { ...base, status: 'fail', evidence: `last drill failed: ${what}, ${age}` };
  const ageMinutes = (input.now.getTime() - last.at.getTime()) / MS_PER_MINUTE;
  if (ageMinutes > rule.drill.everyMinutes)
    return { ...base, status: 'fail', evidence: `last drill ${age}, longer than ${every}: ${what}` };
  return { ...base, status: 'pass', evidence: `${what} ${age} (every ${every})` };
}

export function evaluateControls(input: AuditInput): ControlResult[] {
  const { plan, namespace, now } = input;
  const out: ControlResult[] = [];
  const srcLabel = label(plan.vault, plan.aws.account, plan.aws.region);
  // A year of slots per rule: computed once per rule, not per resource.
  const rpos = new Map(plan.rules.map((r) => [r.name, ruleRpo(r, now)]));

  // Vault lock: reported; a control only when the plan asks for one (plans have no such key yet).
  if (input.source.ok) {
    const v = input.source.vault;
    out.push({
      control: 'vault-lock',
      status: 'info',
      vault: srcLabel,
      evidence: v.locked
        ? `locked (min ${v.minRetentionDays ?? '–'} / max ${v.maxRetentionDays ?? '–'} days)`
        : 'not locked (the plan does not ask for a lock)',
    });
  } else {
    out.push({
      control: 'rpo',
      status: 'fail',
      vault: srcLabel,
      evidence: `vault not readable: ${input.source.error}`,
    });
  }
  for (const c of input.copies)
    if (c.reading.ok)
      out.push({
        control: 'vault-lock',
        status: 'info',
        vault: label(c.vault, c.account, c.region),
        evidence: c.reading.vault.locked
          ? `locked (min ${c.reading.vault.minRetentionDays ?? '–'} / max ${c.reading.vault.maxRetentionDays ?? '–'} days)`
          : 'not locked (the plan does not ask for a lock)',
      });

  for (const { arn: resource, tags } of [...input.resources].sort((a, b) => a.arn.localeCompare(b.arn))) {
    const encryptionPlaces: { label: string; vault: AuditVault; points: AuditPoint[] }[] = [];
    if (input.source.ok) {
      const mine = input.source.vault.points.filter((p) => p.resourceArn === resource);
      encryptionPlaces.push({ label: srcLabel, vault: input.source.vault, points: mine });
      for (const rule of plan.rules) {
        const points = pointsOfRule(mine, plan, namespace, rule.name);
        const rpo = rpos.get(rule.name);
        const newest = newestCompleted(points);
        const base = { control: 'rpo' as const, rule: rule.name, resource, vault: srcLabel };
        if (!rpo)
          out.push({
            ...base,
            status: 'info',
            evidence: 'the schedule fired less than twice in a year: no RPO',
          });
        else {
          const rpoText = `RPO ${formatMinutes(rpo.minutes)} (gap ${formatMinutes(rpo.gapMinutes)} + start ${formatMinutes(rpo.startWithinMinutes)} + complete ${formatMinutes(rpo.completeWithinMinutes)} + slack ${formatMinutes(rpo.slackMinutes)})`;
          if (!newest) out.push({ ...base, status: 'fail', evidence: `no completed point; ${rpoText}` });
          else {
            const ageMinutes = (now.getTime() - newest.created.getTime()) / MS_PER_MINUTE;
            out.push({
              ...base,
              status: ageMinutes <= rpo.minutes ? 'pass' : 'fail',
              evidence: `newest ${newest.arn} created ${newest.created.toISOString()}, ${formatMinutes(ageMinutes)} ago; ${rpoText}`,
            });
          }
        }
        out.push(retentionControl(rule.name, resource, srcLabel, input.source.vault, rule.retain, points));
        const drill = drillControl(rule, resource, input, points);
        if (drill) out.push(drill);
      }
    }
    for (const c of input.copies) {
      const rule = plan.rules.find((r) => r.name === c.rule)!;
      const where = label(c.vault, c.account, c.region);
      const kind = c.account !== plan.aws.account ? 'cross-account' : 'cross-region';
      const base = { control: 'copy' as const, rule: c.rule, resource, vault: where };
      if (!c.reading.ok) {
        out.push({ ...base, status: 'fail', evidence: `${kind} copy not verifiable: ${c.reading.error}` });
        continue;
      }
      const points = c.reading.vault.points.filter((p) => p.resourceArn === resource);
      encryptionPlaces.push({ label: where, vault: c.reading.vault, points });
      const rpo = rpos.get(rule.name);
      const newest = newestCompleted(points);
      // Copies keep the source's creation date and are made within copyWithin of it.
      const limit = rpo ? rpo.minutes + rule.copyWithinMinutes : undefined;
      if (!newest) out.push({ ...base, status: 'fail', evidence: `no completed ${kind} copy in ${where}` });
      else {
        const ageMinutes = (now.getTime() - newest.created.getTime()) / MS_PER_MINUTE;
        const fresh = limit === undefined || ageMinutes <= limit;
        out.push({
          ...base,
          status: fresh ? 'pass' : 'fail',
          evidence: `newest ${kind} copy ${newest.arn} created ${newest.created.toISOString()}, ${formatMinutes(ageMinutes)} ago${limit !== undefined ? `; limit ${formatMinutes(limit)} (RPO + copyWithin)` : ''}`,
        });
      }
      out.push(retentionControl(c.rule, resource, where, c.reading.vault, c.retain, points));
    }
    if (encryptionPlaces.length > 0) out.push(encryptionControl(resource, encryptionPlaces));

    const also = input.awsSelections.filter((s) => awsSelectionMatches(s, resource, tags));
    out.push(
      also.length === 0
        ? {
            control: 'double-protection',
            status: 'pass',
            resource,
            evidence: 'in no AWS Backup plan selection',
          }
        : {
            control: 'double-protection',
            status: 'fail',
            resource,
            evidence: `also protected by AWS Backup plan ${also.map((s) => `${s.planName} (selection ${s.selectionName})`).join(', ')}`,
          },
    );
  }

  // Coverage: resources carrying a selector's tags that no plan of the repository protects.
  // Snapshots carry their resource's tags and are no resources to protect; excluded ARNs are the
  // plan's own decision.
  const selectedHere = new Set(input.resources.map((r) => r.arn));
  const excluded = new Set(plan.resources.exclude);
  const protectable = (arn: string) => {
    const type = resourceTypeOfArn(arn);
    return !isRecoveryPointArn(arn) && type !== undefined && resourceTypeInfo(type) !== undefined;
  };
  for (const m of input.tagMatches) {
    const missing = m.arns
      .filter(
        (a) => protectable(a) && !excluded.has(a) && !selectedHere.has(a) && !input.protectedByPlans.has(a),
      )
      .sort();
    out.push(
      missing.length === 0
        ? {
            control: 'unprotected',
            status: 'pass',
            evidence: `every resource with ${m.via} is protected (${m.arns.length})`,
          }
        : {
            control: 'unprotected',
            status: 'fail',
            evidence: `${missing.length} resource(s) carry ${m.via} but no plan protects them: ${missing.join(', ')}`,
          },
    );
  }
  return out;
}

export const failedControls = (results: ControlResult[]) => results.filter((r) => r.status === 'fail');
