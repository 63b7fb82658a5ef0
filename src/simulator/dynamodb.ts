// Amazon DynamoDB over awsJson1.0 (`X-Amz-Target: DynamoDB_20120810.<Operation>`,
// `application/x-amz-json-1.0`), only what a restore drill needs of the tables a restore created:
// DescribeTable and DeleteTable (model dynamodb/2012-08-10; TableStatus CREATING | ACTIVE |
// DELETING). Errors `{"__type": "com.amazonaws.dynamodb.v20120810#<Code>", "message"}`, HTTP 400:
// ResourceNotFoundException, ResourceInUseException.
import { randomUUID } from 'node:crypto';
import { resourceName } from './arns.js';
import { SimError } from './errors.js';
import type { Caller, Resource } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import { findLive, lifeOf, startDeletion, type Life } from './resource-life.js';
import { gib, type SimState } from './state.js';

export const DYNAMODB_TARGET_PREFIX = 'DynamoDB_20120810.';
export const DYNAMODB_OPERATIONS = ['DescribeTable', 'DeleteTable'] as const;

const error = (code: string, message: string) => new SimError(code, message, 400);
const STATUS: Record<Life, string> = { creating: 'CREATING', available: 'ACTIVE', deleting: 'DELETING' };
const tableIds = new WeakMap<Resource, string>();

function describe(state: SimState, r: Resource) {
  let id = tableIds.get(r);
  if (!id) tableIds.set(r, (id = randomUUID()));
  return {
    TableName: resourceName(r.arn),
    TableStatus: STATUS[lifeOf(state, r)!],
    CreationDateTime: (r.createdMs ?? state.now) / 1000,
    TableSizeBytes: Math.round(r.sizeGiB * gib),
    ItemCount: 0,
    TableArn: r.arn,
    TableId: id,
  };
}

export function isDynamoDbRequest(req: SimRequest, service: string | undefined): boolean {
  if (service !== undefined) return service === 'dynamodb';
  const target = req.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(DYNAMODB_TARGET_PREFIX);
}

export function dispatchDynamoDb(state: SimState, req: SimRequest): Dispatch {
  const target = String(req.headers['x-amz-target'] ?? '');
  const operation = target.startsWith(DYNAMODB_TARGET_PREFIX)
    ? target.slice(DYNAMODB_TARGET_PREFIX.length)
    : '';
  let body: Record<string, unknown>;
  try {
    body = req.body.length > 0 ? (JSON.parse(req.body.toString('utf8')) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  const name = typeof body.TableName === 'string' ? body.TableName : undefined;
  const table = (caller: Caller): Resource => {
    if (!name)
      throw error(
        'ValidationException',
        "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null",
      );
    const r = findLive(state, caller, 'DynamoDB', name);
    if (!r)
      throw error('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
    return r;
  };
  switch (operation) {
    case 'DescribeTable':
      return { operation, arns: [], run: (caller) => ({ Table: describe(state, table(caller)) }) };
    case 'DeleteTable':
      return {
        operation,
        arns: [],
        run: (caller) => {
          const r = table(caller);
          const life = lifeOf(state, r);
          if (life === 'creating')
            throw error(
              'ResourceInUseException',
              `Attempt to change a resource which is still in use: Table is being created: ${name}`,
            );
          if (life === 'deleting')
            throw error(
              'ResourceInUseException',
              `Attempt to change a resource which is still in use: Table is being deleted: ${name}`,
            );
          startDeletion(state, r);
          return { TableDescription: describe(state, r) };
        },
      };
    default:
      return {
        operation: operation || 'Unknown',
        arns: [],
        run: () => {
          throw error('UnknownOperationException', `Unknown operation ${target}`);
        },
      };
  }
}

export function dynamoDbErrorBody(e: SimError): string {
  return JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${e.code}`, message: e.message });
}
