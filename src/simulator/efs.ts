// Amazon EFS over restJson1, only what a restore drill needs of the file systems a restore created:
// DescribeFileSystems (GET /2015-02-01/file-systems?FileSystemId=…|CreationToken=…) and
// DeleteFileSystem (DELETE /2015-02-01/file-systems/{FileSystemId}, 204), from model
// efs/2015-02-01. Errors carry `x-amzn-errortype` and `{"ErrorCode", "Message"}`: FileSystemNotFound
// (404), IncorrectFileSystemLifeCycleState (409), BadRequest (400).
import { resourceName } from './arns.js';
import { SimError } from './errors.js';
import type { Caller, Resource } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import { findLive, lifeOf, liveResources, meta, startDeletion } from './resource-life.js';
import { gib, type SimState } from './state.js';

export const EFS_PREFIX = '/2015-02-01/';
export const EFS_OPERATIONS = ['DescribeFileSystems', 'DeleteFileSystem'] as const;

const notFound = (id: string) =>
  new SimError('FileSystemNotFound', `File system '${id}' does not exist.`, 404);

function describe(state: SimState, r: Resource) {
  const name = r.tags.Name;
  return {
    OwnerId: r.account,
    CreationToken: meta(r, 'CreationToken') ?? resourceName(r.arn),
    FileSystemId: resourceName(r.arn),
    FileSystemArn: r.arn,
    CreationTime: (r.createdMs ?? state.now) / 1000,
    LifeCycleState: lifeOf(state, r),
    ...(name !== undefined ? { Name: name } : {}),
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: Math.round(r.sizeGiB * gib) },
    PerformanceMode: meta(r, 'PerformanceMode') ?? 'generalPurpose',
    Encrypted: (meta(r, 'Encrypted') ?? String(r.encrypted)).toLowerCase() === 'true',
    ThroughputMode: 'bursting',
    Tags: Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

export function isEfsRequest(req: SimRequest, service: string | undefined): boolean {
  if (service !== undefined) return service === 'elasticfilesystem';
  return req.rawPath.startsWith(EFS_PREFIX);
}

export function dispatchEfs(state: SimState, req: SimRequest): Dispatch {
  const path = req.rawPath.replace(/\/+$/, '');
  if (req.method === 'GET' && path === '/2015-02-01/file-systems')
    return {
      operation: 'DescribeFileSystems',
      arns: [],
      run: (caller: Caller) => {
        const id = req.query.get('FileSystemId') ?? undefined;
        const token = req.query.get('CreationToken') ?? undefined;
        if (id !== undefined && token !== undefined)
          throw new SimError('BadRequest', 'Specify either FileSystemId or CreationToken, not both.', 400);
        if (id !== undefined) {
          const r = findLive(state, caller, 'EFS', id);
          if (!r) throw notFound(id);
          return { FileSystems: [describe(state, r)] };
        }
        const all = liveResources(state, caller, 'EFS').filter(
          (r) => token === undefined || meta(r, 'CreationToken') === token,
        );
        return { FileSystems: all.map((r) => describe(state, r)) };
      },
    };
  const del = /^\/2015-02-01\/file-systems\/([^/]+)$/.exec(path);
  if (req.method === 'DELETE' && del)
    return {
      operation: 'DeleteFileSystem',
      arns: [],
      status: 204,
      run: (caller: Caller) => {
        const id = decodeURIComponent(del[1]!);
        const r = findLive(state, caller, 'EFS', id);
        if (!r) throw notFound(id);
        if (lifeOf(state, r) === 'creating')
          throw new SimError(
            'IncorrectFileSystemLifeCycleState',
            `File system '${id}' is in life cycle state 'creating'.`,
            409,
          );
        startDeletion(state, r);
        return undefined;
      },
    };
  return {
    operation: 'Unknown',
    arns: [],
    run: () => {
      throw new SimError('BadRequest', `No EFS operation for ${req.method} ${req.rawPath}`, 400);
    },
  };
}

export function efsErrorBody(error: SimError): string {
  return JSON.stringify({ ErrorCode: error.code, Message: error.message, message: error.message });
}
