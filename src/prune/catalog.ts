// The catalog: recovery point ARN → ownership tags, remembered between runs so a large vault does not
// cost thousands of tag reads every run. It is a speed-up, NEVER evidence: prune re-reads ownership
// live before every delete and before trusting the points that decide which others are removed.
//
// Only proven ownership by one of our namespaces is remembered. A point without tags, or owned by
// someone else, is read again every run, because a copy gets its tags only after it completes and a
// stale "not ours" would hide a point from retention.
//
// In GitHub Actions the file travels through @actions/cache. Cache entries are immutable, so every run
// saves a new key (…-<run id>-<attempt>) and restores the newest by prefix. Outside Actions (or when
// the cache service is unavailable) it is a local file. Failures are warnings: the run then reads tags.
import * as cache from '@actions/cache';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Tags } from '../aws/observed.js';
import type { Host } from '../host/host.js';
import { RULE_NAME_SEPARATOR } from '../plan/model.js';
import type { PointTagMemo } from '../run/tag-memo.js';
import { COPY_JOB_TAG, OWNERSHIP_TAG_KEYS } from '../schedule/token.js';
import type { Ownership } from './model.js';
import { parseOwnership } from './ownership.js';

export const DEFAULT_CATALOG_PATH = '.backup-plans-cache/catalog.json';

interface CatalogFile {
  version: 1;
  /** vault key (account/region/vault) → point ARN → ownership */
  vaults: Record<string, Record<string, Ownership>>;
}

export class Catalog implements PointTagMemo {
  private readonly vaults = new Map<string, Map<string, Ownership>>();
  private readonly seen = new Map<string, Map<string, Ownership>>();
  /**
   * Proven by `backup`'s reads in this process (PointTagMemo): only final tags (a backup's point, a
   * copy carrying the copy-job marker), which no later run of ours changes. Kept in memory only.
   */
  private readonly learned = new Map<string, Map<string, Ownership>>();
  hits = 0;
  misses = 0;

  static parse(text: string): Catalog {
    const catalog = new Catalog();
    const data = JSON.parse(text) as Partial<CatalogFile>;
    if (data.version !== 1 || typeof data.vaults !== 'object' || data.vaults === null)
      throw new Error('not a backup-plans catalog (version 1)');
    for (const [vault, points] of Object.entries(data.vaults)) {
      const map = new Map<string, Ownership>();
      for (const [arn, o] of Object.entries(points ?? {})) {
        if (typeof o?.namespace === 'string' && typeof o.plan === 'string' && Array.isArray(o.rules))
          map.set(arn, {
            namespace: o.namespace,
            plan: o.plan,
            rules: o.rules.map(String),
            ...(o.slot ? { slot: o.slot } : {}),
            ...(typeof o.copyJob === 'string' ? { copyJob: o.copyJob } : {}),
          });
      }
      catalog.vaults.set(vault, map);
    }
    return catalog;
  }

  get size(): number {
    let n = 0;
    for (const m of this.vaults.values()) n += m.size;
    return n;
  }

  /**
   * The remembered ownership of a point: loaded, or proven by an earlier run of this process (a
   * catalog kept in memory across runs, as `simulate` keeps it, serves what saving and loading it
   * would). Only ever looked up before this run reads the point, so never this run's own proof.
   */
  lookup(vault: string, arn: string): Ownership | undefined {
    const found =
      this.vaults.get(vault)?.get(arn) ?? this.seen.get(vault)?.get(arn) ?? this.learned.get(vault)?.get(arn);
    if (found) this.hits++;
    else this.misses++;
    return found;
  }

  /** Record what this run proved about a point in a vault it listed. */
  remember(vault: string, arn: string, ownership: Ownership): void {
    let map = this.seen.get(vault);
    if (!map) this.seen.set(vault, (map = new Map<string, Ownership>()));
    map.set(arn, ownership);
  }

  /** Forget one point (its live tags no longer match). */
  forget(vault: string, arn: string): void {
    this.vaults.get(vault)?.delete(arn);
    this.seen.get(vault)?.delete(arn);
    this.learned.get(vault)?.delete(arn);
  }

  /**
   * PointTagMemo for `backup`: the ownership tags an entry stands for (the newest proof first). Not
   * counted as a hit: hits and misses are prune's.
   */
  known(vault: string, arn: string): Tags | undefined {
    const o =
      this.seen.get(vault)?.get(arn) ?? this.learned.get(vault)?.get(arn) ?? this.vaults.get(vault)?.get(arn);
    if (!o) return undefined;
    return {
      [OWNERSHIP_TAG_KEYS.namespace]: o.namespace,
      [OWNERSHIP_TAG_KEYS.plan]: o.plan,
      [OWNERSHIP_TAG_KEYS.rules]: o.rules.join(RULE_NAME_SEPARATOR),
      ...(o.slot ? { [OWNERSHIP_TAG_KEYS.slot]: o.slot } : {}),
      ...(o.copyJob ? { [COPY_JOB_TAG]: o.copyJob } : {}),
    };
  }

  /** PointTagMemo for `backup`: tags it read live, remembered when they prove an owner. */
  learn(vault: string, arn: string, tags: Tags | undefined): void {
    const ownership = parseOwnership(tags);
    if (!ownership) return;
    let map = this.learned.get(vault);
    if (!map) this.learned.set(vault, (map = new Map<string, Ownership>()));
    map.set(arn, ownership);
  }

  /**
   * Mark a vault as fully listed this run: on save, its entries become exactly what was remembered.
   * Kept in memory across runs (simulate), the catalog then does what saving and loading it would:
   * the previous run's entries for the vault (plus what `backup` proved since, the newer proof) become
   * the loaded ones, and this run starts remembering afresh. So points that left the vault drop out
   * instead of piling up over a long simulation.
   */
  listed(vault: string): void {
    const previous = this.seen.get(vault);
    const learned = this.learned.get(vault);
    if (previous || learned) {
      const loaded = previous ?? this.vaults.get(vault) ?? new Map<string, Ownership>();
      if (learned) for (const [arn, o] of learned) loaded.set(arn, o);
      this.vaults.set(vault, loaded);
      this.learned.delete(vault);
    }
    this.seen.set(vault, new Map());
  }

  serialize(): string {
    const vaults: Record<string, Record<string, Ownership>> = {};
    for (const [vault, map] of this.vaults) vaults[vault] = Object.fromEntries(map);
    // Vaults listed this run replace what was there (points deleted since drop out).
    for (const [vault, map] of this.seen) vaults[vault] = Object.fromEntries(map);
    const file: CatalogFile = { version: 1, vaults };
    return JSON.stringify(file);
  }
}

export interface CatalogStore {
  load(): Promise<Catalog>;
  save(catalog: Catalog): Promise<void>;
  /** What happened, for the report. */
  notes: string[];
}

function readLocal(path: string): Catalog | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return Catalog.parse(text);
}

function writeLocal(path: string, catalog: Catalog): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename: a run killed mid-write leaves the previous catalog, never half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, catalog.serialize());
  renameSync(tmp, path);
}

/** A local file (the CLI, and Actions runs without a cache service). */
export function fileCatalogStore(path: string, host: Pick<Host, 'warning'>): CatalogStore {
  const notes: string[] = [];
  return {
    notes,
    async load() {
      try {
        const c = readLocal(path);
        if (c) notes.push(`catalog: ${c.size} entries from ${path}`);
        return c ?? new Catalog();
      } catch (err) {
        host.warning(`catalog ${path} is unreadable (${(err as Error).message}); reading every tag`);
        return new Catalog();
      }
    },
    async save(catalog) {
      try {
        writeLocal(path, catalog);
      } catch (err) {
        host.warning(`could not write the catalog ${path}: ${(err as Error).message}`);
      }
    },
  };
}

/**
 * `backup-plans-catalog-<namespace>-` (plus `<plan filter>-` when the run is narrowed to some plans:
 * the reusable workflow runs one job per plan, and each should find its own vaults' catalog).
 */
export function catalogCacheKeyPrefix(namespaces: readonly string[], planFilter?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._+-]/g, '-');
  const ns = safe([...new Set(namespaces)].sort().join('+'));
  return `backup-plans-catalog-${ns}-${planFilter ? `${safe(planFilter)}-` : ''}`;
}

/**
 * GitHub Actions: restore the newest entry by prefix into `path`, save a new immutable entry at the
 * end. A missing cache service or any cache error is a warning, never a failure.
 */
export function actionsCatalogStore(
  path: string,
  namespaces: readonly string[],
  host: Pick<Host, 'warning' | 'info'>,
  planFilter?: string,
  env: NodeJS.ProcessEnv = process.env,
): CatalogStore {
  const local = fileCatalogStore(path, host);
  const prefix = catalogCacheKeyPrefix(namespaces, planFilter);
  const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const notes = local.notes;
  let available = false;
  try {
    available = cache.isFeatureAvailable();
  } catch {
    available = false;
  }
  return {
    notes,
    async load() {
      if (!available) {
        host.warning('catalog cache: the Actions cache service is not available; reading tags from AWS');
        return local.load();
      }
      try {
        const hit = await cache.restoreCache([path], key, [prefix]);
        notes.push(hit ? `catalog restored from cache key ${hit}` : 'catalog: no cache entry yet');
      } catch (err) {
        host.warning(`catalog cache restore failed (${(err as Error).message}); reading tags from AWS`);
      }
      return local.load();
    },
    async save(catalog) {
      await local.save(catalog);
      if (!available) return;
      try {
        await cache.saveCache([path], key);
        notes.push(`catalog saved to cache key ${key}`);
      } catch (err) {
        host.warning(`catalog cache save failed: ${(err as Error).message}`);
      }
    },
  };
}
