// AWS Backup's own backup plans, read-only: ListBackupPlans, ListBackupSelections, GetBackupSelection.
// They come from the world file ("backupPlans"); the product only reads them, to find resources that
// an AWS backup plan protects as well ("protected twice").
//
// AWS sources: the 2018-11-15 service model's BackupPlansListMember, BackupSelectionsListMember and
// BackupSelection shapes (Resources, NotResources, ListOfTags of Condition {ConditionType
// STRINGEQUALS, ConditionKey, ConditionValue}, Conditions); "ListBackupPlans" (API reference:
// IncludeDeleted, default false). Plan ARNs look like arn:aws:backup:<region>:<account>:backup-plan:<id>.
import { randomUUID } from 'node:crypto';
import { notFound } from './errors.js';
import type { Caller } from './model.js';
import { SortedIndex } from './sorted-index.js';
import { scopeKey, type SimState } from './state.js';
import type { BackupInput } from './backup.js';
import { paged, seconds } from './backup.js';
import type { WorldBackupPlan } from './world.js';

export interface SimBackupSelection {
  id: string;
  name: string;
  iamRoleArn: string;
  resources: string[];
  notResources: string[];
  listOfTags: { ConditionType: 'STRINGEQUALS'; ConditionKey: string; ConditionValue: string }[];
  creationMs: number;
}

export interface SimBackupPlan {
  id: string;
  arn: string;
  account: string;
  region: string;
  name: string;
  versionId: string;
  creationMs: number;
  deletionMs?: number;
  selections: SimBackupSelection[];
}

/** Plans per account and region, by id: built lazily beside the state (no new state fields). */
const registry = new WeakMap<SimState, Map<string, SortedIndex<SimBackupPlan>>>();

function plansOf(state: SimState): Map<string, SortedIndex<SimBackupPlan>> {
  let m = registry.get(state);
  if (!m) registry.set(state, (m = new Map<string, SortedIndex<SimBackupPlan>>()));
  return m;
}

/** Adds (or replaces, by id) backup plans from a world file or patch. */
export function seedBackupPlans(state: SimState, plans: WorldBackupPlan[]): void {
  const byScope = plansOf(state);
  for (const p of plans) {
    const id = p.id ?? randomUUID();
    const key = scopeKey(p.account, p.region);
    let index = byScope.get(key);
    if (!index) byScope.set(key, (index = new SortedIndex()));
    const deletionMs = p.deleted ? state.now : undefined;
    index.insert(id, {
      id,
      arn: `arn:aws:backup:${p.region}:${p.account}:backup-plan:${id}`,
      account: p.account,
      region: p.region,
      name: p.name,
      versionId: randomUUID(),
      creationMs: state.now,
      deletionMs,
      selections: (p.selections ?? []).map((s) => ({
        id: s.id ?? randomUUID(),
        name: s.name,
        iamRoleArn: s.iamRoleArn,
        resources: [...(s.resources ?? [])],
        notResources: [...(s.notResources ?? [])],
        listOfTags: Object.entries(s.tags ?? {}).map(([k, v]) => ({
          ConditionType: 'STRINGEQUALS' as const,
          ConditionKey: k,
          ConditionValue: v,
        })),
        creationMs: state.now,
      })),
    });
  }
}

function planOf(state: SimState, caller: Caller, id: string): SimBackupPlan {
  const index = plansOf(state).get(scopeKey(caller.account, caller.region));
  const plan = index && [...index.valuesInOrder()].find((p) => p.id === id);
  if (!plan || plan.deletionMs !== undefined) throw notFound(`Backup plan ${id} not found.`);
  return plan;
}

type Handler = (state: SimState, caller: Caller, input: BackupInput) => unknown;

export const planHandlers: Record<
  'ListBackupPlans' | 'ListBackupSelections' | 'GetBackupSelection',
  Handler
> = {
  ListBackupPlans(state, caller, input) {
    const includeDeleted = input.q('includeDeleted') === 'true';
    const { items, nextToken } = paged(plansOf(state).get(scopeKey(caller.account, caller.region)), {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: 'backup-plans',
      keep: (p) => includeDeleted || p.deletionMs === undefined,
    });
    return {
      BackupPlansList: items.map((p) => ({
        BackupPlanArn: p.arn,
        BackupPlanId: p.id,
        BackupPlanName: p.name,
        CreationDate: seconds(p.creationMs),
        DeletionDate: seconds(p.deletionMs),
        VersionId: p.versionId,
      })),
      NextToken: nextToken,
    };
  },

  ListBackupSelections(state, caller, input) {
    const plan = planOf(state, caller, input.label('backupPlanId'));
    const index = new SortedIndex<SimBackupSelection>();
    for (const s of plan.selections) index.insert(s.id, s);
    const { items, nextToken } = paged(index, {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: `selections:${plan.id}`,
    });
    return {
      BackupSelectionsList: items.map((s) => ({
        SelectionId: s.id,
        SelectionName: s.name,
        BackupPlanId: plan.id,
        CreationDate: seconds(s.creationMs),
        IamRoleArn: s.iamRoleArn,
      })),
      NextToken: nextToken,
    };
  },

  GetBackupSelection(state, caller, input) {
    const plan = planOf(state, caller, input.label('backupPlanId'));
    const id = input.label('selectionId');
    const s = plan.selections.find((x) => x.id === id);
    if (!s) throw notFound(`Backup selection ${id} not found in backup plan ${plan.id}.`);
    return {
      BackupPlanId: plan.id,
      SelectionId: s.id,
      CreationDate: seconds(s.creationMs),
      BackupSelection: {
        SelectionName: s.name,
        IamRoleArn: s.iamRoleArn,
        Resources: s.resources,
        NotResources: s.notResources,
        ListOfTags: s.listOfTags,
      },
    };
  },
};
