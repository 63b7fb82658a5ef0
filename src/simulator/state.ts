// The simulated AWS state: every object, the indexes that keep listings and deletes cheap with
// thousands of recovery points, and the simulated clock with its queue of timed events.
import { randomUUID } from 'node:crypto';
import {
  backupResourceType,
  isBackupManagedPointArn,
  isNativeSnapshotArn,
  parseArn,
  recoveryPointArn,
  vaultArn,
} from './arns.js';
import { EventQueue } from './event-queue.js';
import type {
  BackupJob,
  CopyJob,
  LegalHold,
  Lifecycle,
  PointStatus,
  RecoveryPoint,
  Resource,
  RestoreJob,
  Session,
  Tags,
  Vault,
} from './model.js';
import { newestFirstKey, SortedIndex } from './sorted-index.js';
import type {
  World,
  WorldLegalHold,
  WorldRecoveryPoint,
  WorldResource,
  WorldQuirks,
  WorldRole,
  WorldVault,
} from './world.js';

export const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;

export const scopeKey = (account: string, region: string) => `${account}|${region}`;
const vaultKey = (account: string, region: string, name: string) => `${account}|${region}|${name}`;

/** Something the Tagging API can list: a resource or a native-snapshot recovery point. */
export type Taggable = Resource | RecoveryPoint;
export const isPoint = (t: Taggable): t is RecoveryPoint => 'vault' in t;

function bucket<K, V>(map: Map<K, SortedIndex<V>>, key: K): SortedIndex<V> {
  let index = map.get(key);
  if (!index) map.set(key, (index = new SortedIndex<V>()));
  return index;
}

export class SimState {
  now: number;
  readonly accounts: string[];
  readonly roles = new Map<string, WorldRole>();
  readonly vaults = new Map<string, Vault>();
  readonly vaultsByScope = new Map<string, SortedIndex<Vault>>();
  readonly pointsByVault = new Map<Vault, SortedIndex<RecoveryPoint>>();
  readonly resources = new Map<string, Resource>();
  readonly points = new Map<string, RecoveryPoint>();
  /** Points per (account, region, resource ARN): ListRecoveryPointsByResource. */
  readonly pointsByResource = new Map<string, SortedIndex<RecoveryPoint>>();
  /** Per (account, region), by ARN: what the Tagging API may list (see wasEverTagged). */
  readonly taggables = new Map<string, SortedIndex<Taggable>>();
  /**
   * ARNs that had tags at some point and may have none now. The Tagging API lists only resources
   * that are tagged or were previously tagged; one with tags now is tagged, so this set only needs
   * to learn of an ARN before its tags can disappear (see rememberTagged).
   */
  private readonly previouslyTagged = new Set<string>();
  readonly backupJobs = new Map<string, BackupJob>();
  readonly backupJobsByScope = new Map<string, SortedIndex<BackupJob>>();
  /** Per (account, region, resource ARN), same keys as by scope: listings filtered by resource. */
  readonly backupJobsByResource = new Map<string, SortedIndex<BackupJob>>();
  readonly copyJobs = new Map<string, CopyJob>();
  readonly copyJobsByScope = new Map<string, SortedIndex<CopyJob>>();
  readonly copyJobsByResource = new Map<string, SortedIndex<CopyJob>>();
  readonly restoreJobs = new Map<string, RestoreJob>();
  readonly restoreJobsByScope = new Map<string, SortedIndex<RestoreJob>>();
  readonly legalHolds = new Map<string, LegalHold>();
  readonly legalHoldsByScope = new Map<string, SortedIndex<LegalHold>>();
  /** Backup and copy jobs not yet finished, per resource ARN: "one job at a time per resource". */
  readonly activeJobsByResource = new Map<string, Set<BackupJob | CopyJob>>();
  /** Listing entries of finished jobs, encoded once (backup.ts encodedJob), about oldest first. */
  readonly encodedJobs = new Map<{ creationMs: number }, Buffer>();
  /** (account, region, operation, token) → job id and the parameters it was first used with. */
  readonly idempotency = new Map<string, { fingerprint: string; id: string }>();
  readonly sessions = new Map<string, Session>();
  readonly events = new EventQueue();
  /** Answers AWS gives one way or another (world `quirks`). */
  quirks: WorldQuirks = {};
  /** Per (account, region): resource types opted out of AWS Backup (DescribeRegionSettings). */
  readonly optIn = new Map<string, Record<string, boolean>>();
  private seq = 0;
  /**
   * Not an AWS behaviour: a journal for simulate's engine (src/simulate/engine.ts), which records the
   * points between runs and would otherwise walk all of them each time. Once started, every point
   * created, re-tagged or moved to cold storage is noted (in the order first noted) until taken.
   * Off unless started, so nothing accumulates for other users of the simulator.
   */
  private pointJournal: Set<RecoveryPoint> | undefined;

  constructor(world: World) {
    this.now = world.start ? Date.parse(world.start) : Date.now();
    this.accounts = [...world.accounts];
    this.patch(world, true);
  }

  /** Starts noting changed points (see pointJournal). */
  startPointJournal(): void {
    this.pointJournal ??= new Set();
  }

  /** The points created or changed since the last call (or the journal's start), first noted first. */
  takePointJournal(): RecoveryPoint[] {
    if (!this.pointJournal) throw new Error('takePointJournal: the point journal was not started');
    const noted = [...this.pointJournal];
    this.pointJournal.clear();
    return noted;
  }

  /** Notes a change of the point at this ARN, if any (a vault's or resource's ARN is no point). */
  pointChanged(arn: string): void {
    if (!this.pointJournal) return;
    const p = this.points.get(arn);
    if (p) this.pointJournal.add(p);
  }

  /** Call before removing or replacing an object's tags: if it has any, it stays "previously tagged". */
  rememberTagged(arn: string, tags: Tags): void {
    if (Object.keys(tags).length > 0) this.previouslyTagged.add(arn);
  }

  /** Tagged now or at some earlier time: what the Tagging API's GetResources returns. */
  wasEverTagged(t: Taggable): boolean {
    for (const _ in t.tags) return true;
    return this.previouslyTagged.has(t.arn);
  }

  /** A new object took over this ARN (e.g. a restore onto a deleted resource's name): no tag history. */
  forgetTagHistory(arn: string): void {
    this.previouslyTagged.delete(arn);
  }

  nextSeq(): number {
    return this.seq++;
  }

  // ---- world seeding and patches ---------------------------------------------------------------

  /** Adds or updates world objects (used by the world file and by POST /_sim/world). */
  patch(world: Partial<World>, seeding = false): void {
    for (const a of world.accounts ?? []) if (!this.accounts.includes(a)) this.accounts.push(a);
    for (const role of world.roles ?? []) {
      const existing = this.roles.get(role.arn);
      this.roles.set(role.arn, existing ? { ...existing, ...role } : role);
    }
    for (const v of world.vaults ?? []) this.upsertVault(v);
    for (const r of world.resources ?? []) this.upsertResource(r);
    if (world.recoveryPoints?.length) {
      // Seeding thousands of points: build each index in one sort instead of per-point splices.
      const created = world.recoveryPoints.map((p) => this.seedPoint(p));
      this.indexPoints(created, seeding);
    }
    for (const h of world.legalHolds ?? []) this.seedLegalHold(h);
    if (world.quirks) this.quirks = { ...this.quirks, ...world.quirks };
    for (const r of world.regionSettings ?? []) {
      const key = scopeKey(r.account, r.region);
      this.optIn.set(key, { ...this.optIn.get(key), ...r.optIn });
    }
    // Seeded points whose lifecycle already ran out are gone, as AWS would have deleted them.
    this.runDue();
  }

  private upsertVault(v: WorldVault): Vault {
    const key = vaultKey(v.account, v.region, v.name);
    const lock = v.lock
      ? {
          minRetentionDays: v.lock.minRetentionDays,
          maxRetentionDays: v.lock.maxRetentionDays,
          lockDateMs: v.lock.lockDate ? Date.parse(v.lock.lockDate) : undefined,
        }
      : undefined;
    const existing = this.vaults.get(key);
    if (existing) {
      if (v.lock) existing.lock = lock;
      if (v.kmsKeyArn) existing.kmsKeyArn = v.kmsKeyArn;
      if (v.tags) existing.tags = { ...v.tags };
      return existing;
    }
    return this.addVault({
      account: v.account,
      region: v.region,
      name: v.name,
      arn: vaultArn(v.account, v.region, v.name),
      creationMs: this.now,
      kmsKeyArn: v.kmsKeyArn ?? defaultKmsKey(v.account, v.region),
      lock,
      tags: { ...(v.tags ?? {}) },
    });
  }

  addVault(vault: Vault): Vault {
    this.vaults.set(vaultKey(vault.account, vault.region, vault.name), vault);
    bucket(this.vaultsByScope, scopeKey(vault.account, vault.region)).insert(vault.name, vault);
    this.pointsByVault.set(vault, new SortedIndex());
    return vault;
  }

  getVault(account: string, region: string, name: string): Vault | undefined {
    return this.vaults.get(vaultKey(account, region, name));
  }

  private upsertResource(r: WorldResource): Resource {
    const existing = this.resources.get(r.arn);
    if (existing) {
      if (r.tags) {
        this.rememberTagged(existing.arn, existing.tags);
        existing.tags = { ...r.tags };
      }
      if (r.sizeGiB !== undefined) existing.sizeGiB = r.sizeGiB;
      if (r.advancedBackup !== undefined) existing.advancedBackup = r.advancedBackup;
      if (r.encrypted !== undefined) existing.encrypted = r.encrypted;
      if (r.deleted !== undefined) existing.deleted = r.deleted;
      if (r.unavailableUntil !== undefined) existing.unavailableUntilMs = Date.parse(r.unavailableUntil);
      return existing;
    }
    const p = parseArn(r.arn);
    return this.addResource({
      arn: r.arn,
      account: r.account ?? p?.account ?? this.accounts[0]!,
      region: r.region ?? p?.region ?? 'us-east-1',
      backupType: backupResourceType(r.arn),
      tags: { ...(r.tags ?? {}) },
      sizeGiB: r.sizeGiB ?? 1,
      advancedBackup: r.advancedBackup ?? false,
      encrypted: r.encrypted ?? true,
      deleted: r.deleted ?? false,
      unavailableUntilMs: r.unavailableUntil !== undefined ? Date.parse(r.unavailableUntil) : undefined,
      createdMs: this.now,
    });
  }

  addResource(resource: Resource): Resource {
    this.resources.set(resource.arn, resource);
    bucket(this.taggables, scopeKey(resource.account, resource.region)).insert(resource.arn, resource);
    return resource;
  }

  private seedPoint(p: WorldRecoveryPoint): RecoveryPoint {
    const parsed = parseArn(p.resourceArn)!;
    const resource = this.resources.get(p.resourceArn);
    const ref =
      typeof p.vault === 'string'
        ? {
            account: resource?.account ?? parsed.account,
            region: resource?.region ?? parsed.region,
            name: p.vault,
          }
        : p.vault;
    const vault = this.getVault(ref.account, ref.region, ref.name);
    if (!vault)
      throw new Error(
        `recovery point for ${p.resourceArn}: no vault ${ref.name} in ${ref.account}/${ref.region}`,
      );
    const creationMs = Date.parse(p.created);
    const type = backupResourceType(p.resourceArn) ?? parsed.service;
    const sizeGiB = p.sizeGiB ?? resource?.sizeGiB ?? 1;
    const lifecycle: Lifecycle | undefined = p.lifecycle
      ? {
          ...(p.lifecycle.moveToColdStorageAfterDays !== undefined && {
            MoveToColdStorageAfterDays: p.lifecycle.moveToColdStorageAfterDays,
          }),
          ...(p.lifecycle.deleteAfterDays !== undefined && { DeleteAfterDays: p.lifecycle.deleteAfterDays }),
        }
      : undefined;
    const pointArn =
      p.arn ??
      recoveryPointArn(
        p.resourceArn,
        vault.account,
        vault.region,
        randomUUID(),
        creationMs,
        resource?.advancedBackup ?? false,
      );
    return {
      arn: pointArn,
      ...(resource?.encrypted === false && !isBackupManagedPointArn(pointArn) && { encrypted: false }),
      vault,
      resourceArn: p.resourceArn,
      resourceType: type,
      creationMs,
      completionMs: creationMs + 60_000 * Math.max(1, sizeGiB),
      status: (p.status ?? 'COMPLETED') as PointStatus, // validated by the world schema
      tags: { ...(p.tags ?? {}) },
      // Seeded points were "backed up" with the resource's tags as the world gives them.
      resourceTags: { ...(resource?.tags ?? {}) },
      lifecycle,
      lifecycleVersion: 0,
      storageClass: 'WARM',
      sizeBytes: Math.round(sizeGiB * GIB),
      iamRoleArn: p.iamRoleArn,
      sourceVaultArn: p.sourceVaultArn,
      busyWith: new Set(),
      legalHolds: new Set(),
    };
  }

  private indexPoints(points: RecoveryPoint[], bulk: boolean): void {
    if (!bulk) {
      for (const p of points) this.addPoint(p);
      return;
    }
    const byVault = new Map<Vault, [string, RecoveryPoint][]>();
    const byResource = new Map<string, [string, RecoveryPoint][]>();
    const byScope = new Map<string, [string, Taggable][]>();
    const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const p of points) {
      this.points.set(p.arn, p);
      this.pointJournal?.add(p);
      const key = newestFirstKey(p.creationMs, p.arn);
      push(byVault, p.vault, [key, p]);
      push(byResource, resourceKey(p), [key, p]);
      if (isNativeSnapshotArn(p.arn)) push(byScope, scopeKey(p.vault.account, p.vault.region), [p.arn, p]);
      this.scheduleLifecycle(p);
    }
    for (const [vault, entries] of byVault) this.pointsByVault.get(vault)!.bulkLoad(entries);
    for (const [key, entries] of byResource) bucket(this.pointsByResource, key).bulkLoad(entries);
    for (const [key, entries] of byScope) bucket(this.taggables, key).bulkLoad(entries);
  }

  addPoint(p: RecoveryPoint): void {
    this.points.set(p.arn, p);
    this.pointJournal?.add(p);
    const key = newestFirstKey(p.creationMs, p.arn);
    this.pointsByVault.get(p.vault)!.insert(key, p);
    bucket(this.pointsByResource, resourceKey(p)).insert(key, p);
    if (isNativeSnapshotArn(p.arn))
      bucket(this.taggables, scopeKey(p.vault.account, p.vault.region)).insert(p.arn, p);
    this.scheduleLifecycle(p);
  }

  removePoint(p: RecoveryPoint): void {
    if (this.points.get(p.arn) !== p) return;
    this.points.delete(p.arn);
    const key = newestFirstKey(p.creationMs, p.arn);
    this.pointsByVault.get(p.vault)?.remove(key);
    this.pointsByResource.get(resourceKey(p))?.remove(key);
    if (isNativeSnapshotArn(p.arn))
      this.taggables.get(scopeKey(p.vault.account, p.vault.region))?.remove(p.arn);
    p.lifecycleVersion++;
  }

  /** Finds a point by ARN within a vault of the caller's account and region. */
  pointInVault(vault: Vault, arn: string): RecoveryPoint | undefined {
    const p = this.points.get(arn);
    return p && p.vault === vault ? p : undefined;
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  setLifecycle(p: RecoveryPoint, lifecycle: Lifecycle | undefined): void {
    p.lifecycle = lifecycle;
    p.lifecycleVersion++;
    this.scheduleLifecycle(p);
  }

  /** When AWS moves the point to cold storage and deletes it (CalculatedLifecycle). */
  calculated(p: RecoveryPoint): { coldAt?: number; deleteAt?: number } {
    const cold = p.lifecycle?.MoveToColdStorageAfterDays;
    const del = p.lifecycle?.DeleteAfterDays;
    return {
      coldAt: cold !== undefined ? p.creationMs + cold * DAY_MS : undefined,
      deleteAt: del !== undefined ? p.creationMs + del * DAY_MS : undefined,
    };
  }

  private scheduleLifecycle(p: RecoveryPoint): void {
    const version = p.lifecycleVersion;
    const { coldAt, deleteAt } = this.calculated(p);
    if (coldAt !== undefined && p.storageClass === 'WARM')
      this.events.schedule(coldAt, () => {
        if (p.lifecycleVersion !== version || this.points.get(p.arn) !== p) return;
        p.storageClass = 'COLD';
        this.pointJournal?.add(p);
      });
    if (deleteAt !== undefined)
      this.events.schedule(deleteAt, () => {
        if (p.lifecycleVersion !== version || this.points.get(p.arn) !== p) return;
        // Points under legal hold outlive their lifecycle until the hold is released.
        if (this.activeHolds(p).length > 0) return;
        this.removePoint(p);
      });
  }

  activeHolds(p: RecoveryPoint): LegalHold[] {
    const holds: LegalHold[] = [];
    for (const id of p.legalHolds) {
      const h = this.legalHolds.get(id);
      if (h && (h.status === 'ACTIVE' || h.status === 'CREATING')) holds.push(h);
    }
    return holds;
  }

  // ---- legal holds -----------------------------------------------------------------------------

  addLegalHold(hold: LegalHold): void {
    this.legalHolds.set(hold.id, hold);
    bucket(this.legalHoldsByScope, scopeKey(hold.account, hold.region)).insert(
      newestFirstKey(hold.creationMs, hold.id),
      hold,
    );
    // A hold covers the points that match its selection when it is created.
    const sel = hold.selection;
    const vaultNames = sel?.VaultNames?.length ? new Set(sel.VaultNames) : undefined;
    const resources = sel?.ResourceIdentifiers?.length ? new Set(sel.ResourceIdentifiers) : undefined;
    const scope = this.vaultsByScope.get(scopeKey(hold.account, hold.region));
    for (const vault of scope?.valuesInOrder() ?? []) {
      if (vaultNames && !vaultNames.has(vault.name)) continue;
      for (const p of this.pointsByVault.get(vault)!.valuesInOrder()) {
        if (resources && !resources.has(p.resourceArn)) continue;
        if (sel?.DateRange && (p.creationMs < sel.DateRange.FromDate || p.creationMs > sel.DateRange.ToDate))
          continue;
        hold.pointArns.add(p.arn);
        p.legalHolds.add(hold.id);
      }
    }
  }

  private seedLegalHold(h: WorldLegalHold): void {
    const id = randomUUID();
    this.addLegalHold({
      id,
      arn: `arn:aws:backup:${h.region}:${h.account}:legal-hold:${id}`,
      account: h.account,
      region: h.region,
      title: h.title,
      description: h.description ?? h.title,
      status: 'ACTIVE',
      creationMs: this.now,
      selection: {
        ...(h.vaultNames && { VaultNames: h.vaultNames }),
        ...(h.resourceIdentifiers && { ResourceIdentifiers: h.resourceIdentifiers }),
        ...(h.dateRange && {
          DateRange: { FromDate: Date.parse(h.dateRange.from), ToDate: Date.parse(h.dateRange.to) },
        }),
      },
      pointArns: new Set(),
    });
  }

  // ---- jobs bookkeeping ------------------------------------------------------------------------

  addBackupJob(job: BackupJob): void {
    this.backupJobs.set(job.id, job);
    const key = newestFirstKey(job.creationMs, job.id);
    bucket(this.backupJobsByScope, scopeKey(job.account, job.region)).insert(key, job);
    bucket(this.backupJobsByResource, jobsByResourceKey(job.account, job.region, job.resourceArn)).insert(
      key,
      job,
    );
    this.markActive(job);
  }

  addCopyJob(job: CopyJob): void {
    this.copyJobs.set(job.id, job);
    const key = newestFirstKey(job.creationMs, job.id);
    bucket(this.copyJobsByScope, scopeKey(job.account, job.region)).insert(key, job);
    bucket(this.copyJobsByResource, jobsByResourceKey(job.account, job.region, job.resourceArn)).insert(
      key,
      job,
    );
    this.markActive(job);
  }

  /** Whether AWS Backup protects this resource type in the account and region (default: yes). */
  optedIn(account: string, region: string, resourceType: string): boolean {
    return this.optIn.get(scopeKey(account, region))?.[resourceType] !== false;
  }

  addRestoreJob(job: RestoreJob): void {
    this.restoreJobs.set(job.id, job);
    bucket(this.restoreJobsByScope, scopeKey(job.account, job.region)).insert(
      newestFirstKey(job.creationMs, job.id),
      job,
    );
  }

  private markActive(job: BackupJob | CopyJob): void {
    let set = this.activeJobsByResource.get(job.resourceArn);
    if (!set) this.activeJobsByResource.set(job.resourceArn, (set = new Set()));
    set.add(job);
  }

  markFinished(job: BackupJob | CopyJob): void {
    const set = this.activeJobsByResource.get(job.resourceArn);
    set?.delete(job);
    if (set?.size === 0) this.activeJobsByResource.delete(job.resourceArn);
  }

  // ---- the clock -------------------------------------------------------------------------------

  /** Moves the clock forward, running every event that falls due, each at its own instant. */
  advanceTo(target: number): void {
    if (target < this.now) throw new Error('the simulated clock only moves forward');
    for (;;) {
      const next = this.events.peek();
      if (!next || next.at > target) break;
      this.events.pop();
      if (next.at > this.now) this.now = next.at;
      next.run();
    }
    this.now = target;
  }

  /** When the next timed event (job transition, lifecycle move or expiry) falls due; undefined when none is queued. */
  nextEventAt(): number | undefined {
    return this.events.peek()?.at;
  }

  /** Runs events already due (e.g. expiries of seeded points) without moving the clock. */
  runDue(): void {
    this.advanceTo(this.now);
  }
}

function resourceKey(p: RecoveryPoint): string {
  return `${p.vault.account}|${p.vault.region}|${p.resourceArn}`;
}

export function jobsByResourceKey(account: string, region: string, resourceArn: string): string {
  return `${account}|${region}|${resourceArn}`;
}

export function pointsByResourceKey(account: string, region: string, resourceArn: string): string {
  return `${account}|${region}|${resourceArn}`;
}

/** AWS Backup's default key (aws/backup) for vaults created without one. */
export function defaultKmsKey(account: string, region: string): string {
  return `arn:aws:kms:${region}:${account}:key/${randomUUID()}`;
}

export const gib = GIB;
export type { Tags };
