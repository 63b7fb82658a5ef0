// Amazon RDS over awsQuery, only what a restore drill needs of the DB instances a restore created:
// DescribeDBInstances and DeleteDBInstance (model rds/2014-10-31: POST /, `Action=…&Version=
// 2014-10-31`; answers `<XResponse><XResult>…</XResult><ResponseMetadata>`, list members named
// `DBInstance`). Errors `<ErrorResponse><Error><Type>Sender</Type><Code>…` with the model's codes:
// DBInstanceNotFound (404), InvalidDBInstanceState (400), InvalidParameterCombination (400).
import { resourceName } from './arns.js';
import { SimError } from './errors.js';
import type { Caller, Resource } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import { el, hasParam, isoSeconds, queryParams, wrap, xmlEscape } from './query-wire.js';
import { findLive, lifeOf, liveResources, meta, startDeletion } from './resource-life.js';
import type { SimState } from './state.js';

export const RDS_VERSION = '2014-10-31';
const NS = `http://rds.amazonaws.com/doc/${RDS_VERSION}/`;
export const RDS_OPERATIONS = ['DescribeDBInstances', 'DeleteDBInstance'] as const;

const notFound = (id: string) => new SimError('DBInstanceNotFound', `DBInstance ${id} not found.`, 404);
const badCombination = (message: string) => new SimError('InvalidParameterCombination', message, 400);
const badState = (message: string) => new SimError('InvalidDBInstanceState', message, 400);

const isTrue = (v: string | undefined) => v?.toLowerCase() === 'true';

function instanceXml(state: SimState, r: Resource): string {
  const tags = Object.entries(r.tags)
    .map(([k, v]) => wrap('Tag', el('Key', k) + el('Value', v)))
    .join('');
  return wrap(
    'DBInstance',
    el('DBInstanceIdentifier', resourceName(r.arn)) +
      el('DBInstanceClass', meta(r, 'DBInstanceClass') ?? 'db.t3.micro') +
      el('Engine', meta(r, 'Engine') ?? 'postgres') +
      el('DBInstanceStatus', lifeOf(state, r)) +
      el('AllocatedStorage', Math.max(1, Math.round(r.sizeGiB))) +
      el('InstanceCreateTime', isoSeconds(r.createdMs ?? state.now)) +
      el('AvailabilityZone', meta(r, 'AvailabilityZone') ?? `${r.region}a`) +
      el('MultiAZ', isTrue(meta(r, 'MultiAZ'))) +
      el('StorageType', meta(r, 'StorageType') ?? 'gp3') +
      el('StorageEncrypted', r.encrypted) +
      el('DBInstanceArn', r.arn) +
      el('DeletionProtection', isTrue(meta(r, 'DeletionProtection'))) +
      wrap('TagList', tags),
  );
}

export function isRdsRequest(req: SimRequest, service: string | undefined): boolean {
  if (service !== undefined) return service === 'rds';
  return queryParams(req).get('Version') === RDS_VERSION;
}

export function dispatchRds(state: SimState, req: SimRequest): Dispatch {
  const params = queryParams(req);
  const action = params.get('Action') ?? '';
  const id = params.get('DBInstanceIdentifier') ?? undefined;
  switch (action) {
    case 'DescribeDBInstances':
      return {
        operation: action,
        arns: [],
        run: (caller: Caller) => {
          if (hasParam(params, 'Filters'))
            throw badCombination('The simulator does not support DescribeDBInstances filters');
          let instances: Resource[];
          if (id !== undefined) {
            const r = findLive(state, caller, 'RDS', id);
            if (!r) throw notFound(id);
            instances = [r];
          } else instances = liveResources(state, caller, 'RDS');
          return wrap('DBInstances', instances.map((r) => instanceXml(state, r)).join(''));
        },
      };
    case 'DeleteDBInstance':
      return {
        operation: action,
        arns: [],
        run: (caller: Caller) => {
          if (!id)
            throw new SimError(
              'MissingParameter',
              'The request must contain the parameter DBInstanceIdentifier',
              400,
            );
          const r = findLive(state, caller, 'RDS', id);
          if (!r) throw notFound(id);
          // DeleteDBInstance (API reference): a final snapshot unless SkipFinalSnapshot is true.
          if (
            !isTrue(params.get('SkipFinalSnapshot') ?? undefined) &&
            !params.get('FinalDBSnapshotIdentifier')
          )
            throw badCombination(
              'FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.',
            );
          if (isTrue(meta(r, 'DeletionProtection')))
            throw badCombination(
              'Cannot delete protected DB Instance, please disable deletion protection and try again.',
            );
          const life = lifeOf(state, r);
          if (life === 'deleting') throw badState(`DB instance ${id} is already being deleted.`);
          if (life === 'creating') throw badState(`DB instance ${id} is not in available state.`);
          startDeletion(state, r);
          return instanceXml(state, r);
        },
      };
    default:
      return {
        operation: action || 'Unknown',
        arns: [],
        run: () => {
          throw new SimError('InvalidAction', `The action ${action} is not valid for this web service.`, 400);
        },
      };
  }
}

/** `result` is the Result element's inner XML, as the handlers above build it. */
export function rdsResponseXml(operation: string, result: unknown, requestId: string): string {
  return `<${operation}Response xmlns="${NS}"><${operation}Result>${result as string}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}

export function rdsErrorXml(error: SimError, requestId: string): string {
  return `<ErrorResponse xmlns="${NS}"><Error><Type>${error.fault}</Type><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
