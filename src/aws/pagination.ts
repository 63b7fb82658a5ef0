// The one pagination style of the AWS layer: the SDK's own paginators (they know each operation's
// token fields), drained by `collectPages`. Also the raw listings more than one reader builds on,
// and the ARN-list lookup of the Tagging API, which takes at most 100 ARNs a call.
import {
  paginateListRecoveryPointsByBackupVault,
  paginateListTags,
  type BackupClient,
  type ListRecoveryPointsByBackupVaultInput,
  type RecoveryPointByBackupVault,
} from '@aws-sdk/client-backup';
import {
  paginateGetResources,
  type GetResourcesInput,
  type ResourceGroupsTaggingAPIClient,
  type ResourceTagMapping,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { chunked } from './concurrency.js';

export interface CollectOptions {
  /** Stop once this many items are collected (the result may hold a few more from the last page). */
  limit?: number;
  /** Page size asked of AWS; the service default when omitted. */
  pageSize?: number;
}

/** Every item of every page, in order. */
export async function collectPages<Page, Item>(
  pages: AsyncIterable<Page>,
  items: (page: Page) => Item[] | undefined,
  limit = Infinity,
): Promise<Item[]> {
  const all: Item[] = [];
  for await (const page of pages) {
    all.push(...(items(page) ?? []));
    if (all.length >= limit) break;
  }
  return all;
}

function config<C>(client: C, options: CollectOptions) {
  return { client, ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) };
}

export function listRecoveryPointsByBackupVault(
  client: BackupClient,
  input: ListRecoveryPointsByBackupVaultInput,
  options: CollectOptions = {},
): Promise<RecoveryPointByBackupVault[]> {
  const pages = paginateListRecoveryPointsByBackupVault(config(client, options), input);
  return collectPages(pages, (p) => p.RecoveryPoints, options.limit);
}

/**
 * Backup's ListTags for a vault or a recovery point of a type with full AWS Backup management.
 * (Recovery points of any type: read them through point-tags.ts, which picks ListTags or the
 * Tagging API per type and tolerates vanished points; see DESIGN "Ownership".)
 */
export async function listTags(client: BackupClient, resourceArn: string): Promise<Record<string, string>> {
  const pages = await collectPages(paginateListTags({ client }, { ResourceArn: resourceArn }), (p) => [
    p.Tags ?? {},
  ]);
  return Object.assign({}, ...pages) as Record<string, string>;
}

/** Tagging API GetResources with filters (tag values, resource types), all pages. */
export function getResources(
  client: ResourceGroupsTaggingAPIClient,
  input: Omit<GetResourcesInput, 'PaginationToken'>,
  options: CollectOptions = {},
): Promise<ResourceTagMapping[]> {
  const pages = paginateGetResources(config(client, options), input);
  return collectPages(pages, (p) => p.ResourceTagMappingList, options.limit);
}

/** GetResources accepts at most this many ARNs in ResourceARNList. */
export const MAX_ARNS_PER_GET_RESOURCES = 100;

/**
 * Tags of the given ARNs, 100 ARNs a call. ARNs the API does not return (deleted, unknown, or
 * without tags) are absent from the map: "no evidence", never "owned".
 */
export async function tagsByArn(
  client: ResourceGroupsTaggingAPIClient,
  arns: readonly string[],
): Promise<Map<string, Record<string, string>>> {
  const result = new Map<string, Record<string, string>>();
  for (const chunk of chunked([...new Set(arns)], MAX_ARNS_PER_GET_RESOURCES)) {
    for (const mapping of await getResources(client, { ResourceARNList: chunk })) {
      if (!mapping.ResourceARN) continue;
      const tags: Record<string, string> = {};
      for (const tag of mapping.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
      result.set(mapping.ResourceARN, tags);
    }
  }
  return result;
}
