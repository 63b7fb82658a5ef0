// GET /_sim/state: everything the simulator holds, as plain JSON with ISO dates, for assertions
// and debugging.
import type { Lifecycle } from './model.js';
import type { SimState } from './state.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export interface StateDump {
  now: string;
  accounts: string[];
  roles: unknown[];
  vaults: {
    account: string;
    region: string;
    name: string;
    arn: string;
    kmsKeyArn: string;
    lock?: { minRetentionDays?: number; maxRetentionDays?: number; lockDate?: string };
    tags: Record<string, string>;
    numberOfRecoveryPoints: number;
  }[];
  resources: {
    arn: string;
    account: string;
    region: string;
    type?: string;
    tags: Record<string, string>;
    sizeGiB: number;
    advancedBackup: boolean;
    deleted: boolean;
    unavailableUntil?: string;
    /** The restore job that created the resource. */
    restoredBy?: string;
  }[];
  recoveryPoints: {
    arn: string;
    vault: { account: string; region: string; name: string };
    resourceArn: string;
    resourceType: string;
    creationDate: string;
    completionDate: string;
    status: string;
    statusMessage?: string;
    storageClass: string;
    lifecycle?: Lifecycle;
    tags: Record<string, string>;
    sourceVaultArn?: string;
    busy: boolean;
    legalHolds: string[];
  }[];
  backupJobs: Record<string, unknown>[];
  copyJobs: Record<string, unknown>[];
  restoreJobs: Record<string, unknown>[];
  legalHolds: Record<string, unknown>[];
}

export function dumpState(state: SimState): StateDump {
  return {
    now: new Date(state.now).toISOString(),
    accounts: [...state.accounts],
    roles: [...state.roles.values()].map((r) => structuredClone(r)),
    vaults: [...state.vaults.values()].map((v) => ({
      account: v.account,
      region: v.region,
      name: v.name,
      arn: v.arn,
      kmsKeyArn: v.kmsKeyArn,
      lock: v.lock && {
        minRetentionDays: v.lock.minRetentionDays,
        maxRetentionDays: v.lock.maxRetentionDays,
        lockDate: iso(v.lock.lockDateMs),
      },
      tags: { ...v.tags },
      numberOfRecoveryPoints: state.pointsByVault.get(v)?.size ?? 0,
    })),
    resources: [...state.resources.values()].map((r) => ({
      arn: r.arn,
      account: r.account,
      region: r.region,
      type: r.backupType,
      tags: { ...r.tags },
      sizeGiB: r.sizeGiB,
      advancedBackup: r.advancedBackup,
      deleted: r.deleted,
      restoredBy: r.restoredBy,
      unavailableUntil: iso(r.unavailableUntilMs),
    })),
    recoveryPoints: [...state.points.values()].map((p) => ({
      arn: p.arn,
      vault: { account: p.vault.account, region: p.vault.region, name: p.vault.name },
      resourceArn: p.resourceArn,
      resourceType: p.resourceType,
      creationDate: iso(p.creationMs)!,
      completionDate: iso(p.completionMs)!,
      status: p.status,
      statusMessage: p.statusMessage,
      storageClass: p.storageClass,
      lifecycle: p.lifecycle,
      tags: { ...p.tags },
      sourceVaultArn: p.sourceVaultArn,
      busy: p.busyWith.size > 0,
      legalHolds: [...p.legalHolds],
    })),
    backupJobs: [...state.backupJobs.values()].map((j) => ({
      id: j.id,
      account: j.account,
      region: j.region,
      vault: j.vault.name,
      resourceArn: j.resourceArn,
      resourceType: j.resourceType,
      state: j.state,
      statusMessage: j.statusMessage,
      creationDate: iso(j.creationMs),
      startBy: iso(j.startByMs),
      completeBy: iso(j.completeByMs),
      completionDate: iso(j.completionMs),
      recoveryPointArn: j.recoveryPointArn,
      lifecycle: j.lifecycle,
      recoveryPointTags: { ...j.recoveryPointTags },
      iamRoleArn: j.iamRoleArn,
    })),
    copyJobs: [...state.copyJobs.values()].map((j) => ({
      id: j.id,
      account: j.account,
      region: j.region,
      sourceRecoveryPointArn: j.sourcePointArn,
      destinationVaultArn: j.destinationVaultArn,
      destinationRecoveryPointArn: j.destinationPointArn,
      resourceArn: j.resourceArn,
      state: j.state,
      statusMessage: j.statusMessage,
      creationDate: iso(j.creationMs),
      completionDate: iso(j.completionMs),
      lifecycle: j.lifecycle,
    })),
    restoreJobs: [...state.restoreJobs.values()].map((j) => ({
      id: j.id,
      account: j.account,
      region: j.region,
      recoveryPointArn: j.pointArn,
      status: j.status,
      statusMessage: j.statusMessage,
      creationDate: iso(j.creationMs),
      completionDate: iso(j.completionMs),
      createdResourceArn: j.createdResourceArn,
      metadata: { ...j.metadata },
    })),
    legalHolds: [...state.legalHolds.values()].map((h) => ({
      id: h.id,
      arn: h.arn,
      account: h.account,
      region: h.region,
      title: h.title,
      status: h.status,
      creationDate: iso(h.creationMs),
      recoveryPointArns: [...h.pointArns],
    })),
  };
}
