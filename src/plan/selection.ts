// Which resources a plan protects right now: explicit ARNs plus every resource matching a tag
// selector (Tagging API), minus excludes. Resources that carry the reserved `backup-plans:` tags are
// set aside: AWS Backup copies a resource's tags onto its recovery points, so such a resource could
// forge ownership of points; it is reported and not backed up until the tags are removed.
//
// Pure: what the Tagging API answered (src/aws/resources.ts, `matchSelectors`) in, the selection out.
// Backup selects what to back up with it; prune tells orphans from selected resources with it.
import { RESERVED_TAG_PREFIX, type Plan } from './model.js';
import { resourceTypeInfo, resourceTypeOfArn } from './resource-types.js';

type Tags = Record<string, string>;

export interface SelectedResource {
  arn: string;
  type?: string;
  /** How it was selected: `arn` (explicit) or the tag selector, for the report. */
  via: string;
}

export interface ResourceSelection {
  resources: SelectedResource[];
  /** Selected, but carrying reserved tags: not backed up. */
  reserved: { arn: string; keys: string[] }[];
  /** Explicitly excluded ARNs that a selector matched. */
  excluded: string[];
  /** Matched a tag selector but are not something AWS Backup protects (as far as this tool knows). */
  unsupported: string[];
}

/**
 * Recovery points that the Tagging API lists among the resources: EBS snapshots, AMIs, RDS
 * snapshots, Backup recovery points. They carry the tags of the resource they were made from (AWS
 * Backup copies them), so a tag selector without `types` matches them too; they are never backed up.
 */
export function isRecoveryPointArn(arn: string): boolean {
  return /^arn:[^:]+:(ec2:[^:]*::(snapshot|image)\/|rds:.*:(cluster-)?snapshot:|backup:.*:recovery-point:|dynamodb:.*\/backup\/|fsx:.*:backup\/|redshift:.*:snapshot:)/.test(
    arn,
  );
}

export interface SelectorMatches {
  /** Explicit ARNs, with their tags when the Tagging API knows them. */
  explicit: { arn: string; tags?: Tags }[];
  /** One list per tag selector, in plan order. */
  tagged: { via: string; resources: { arn: string; tags: Tags }[] }[];
}

export function describeSelector(tags: Tags, types: string[] | undefined): string {
  const t = Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return types && types.length > 0 ? `tags ${t} (${types.join(', ')})` : `tags ${t}`;
}

/** Pure: the selection from what the Tagging API answered. Order: plan order, first match wins. */
export function selectResources(plan: Plan, matches: SelectorMatches): ResourceSelection {
  const exclude = new Set(plan.resources.exclude);
  const seen = new Set<string>();
  const selection: ResourceSelection = { resources: [], reserved: [], excluded: [], unsupported: [] };
  const consider = (arn: string, tags: Tags | undefined, via: string) => {
    if (seen.has(arn)) return;
    seen.add(arn);
    if (via !== 'arn' && isRecoveryPointArn(arn)) return;
    const type = resourceTypeOfArn(arn);
    if (via !== 'arn' && !(type && resourceTypeInfo(type))) {
      selection.unsupported.push(arn);
      return;
    }
    if (exclude.has(arn)) {
      selection.excluded.push(arn);
      return;
    }
    const reservedKeys = Object.keys(tags ?? {}).filter((k) => k.startsWith(RESERVED_TAG_PREFIX));
    if (reservedKeys.length > 0) {
      selection.reserved.push({ arn, keys: reservedKeys.sort() });
      return;
    }
    selection.resources.push({ arn, ...(type ? { type } : {}), via });
  };
  for (const e of matches.explicit) consider(e.arn, e.tags, 'arn');
  for (const group of matches.tagged) for (const r of group.resources) consider(r.arn, r.tags, group.via);
  return selection;
}
