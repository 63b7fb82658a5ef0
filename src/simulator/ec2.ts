// Amazon EC2 over the ec2 query protocol, only what a restore drill needs of the volumes a restore
// created: DescribeVolumes and DeleteVolume (model ec2/2016-11-15: POST /, form-encoded
// `Action=…&Version=2016-11-15`, list members `VolumeId.N`; answers `<XResponse>` with lower-case
// locationNames: `volumeSet/item`, `status`, `tagSet/item`, `return`). Errors:
// `<Response><Errors><Error><Code>…` ("Error codes for the Amazon EC2 API": InvalidVolume.NotFound,
// IncorrectState, InvalidAction; all HTTP 400).
import { resourceName } from './arns.js';
import { SimError } from './errors.js';
import type { Caller, Resource } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import { el, hasParam, isoSeconds, listParam, queryParams, wrap, xmlEscape } from './query-wire.js';
import { findLive, lifeOf, liveResources, meta, startDeletion } from './resource-life.js';
import type { SimState } from './state.js';

export const EC2_VERSION = '2016-11-15';
const NS = `http://ec2.amazonaws.com/doc/${EC2_VERSION}/`;
export const EC2_OPERATIONS = ['DescribeVolumes', 'DeleteVolume'] as const;

const ec2Error = (code: string, message: string) => new SimError(code, message, 400);
const notFound = (id: string) => ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);

function volumeXml(state: SimState, r: Resource): string {
  const life = lifeOf(state, r);
  const region = r.region;
  const tags = Object.entries(r.tags)
    .map(([k, v]) => wrap('item', el('key', k) + el('value', v)))
    .join('');
  return wrap(
    'item',
    el('volumeId', resourceName(r.arn)) +
      el('size', Number(meta(r, 'volumeSize') ?? Math.max(1, Math.round(r.sizeGiB)))) +
      el('snapshotId', '') +
      el('availabilityZone', meta(r, 'availabilityZone') ?? `${region}a`) +
      el('status', life) +
      el('createTime', isoSeconds(r.createdMs ?? state.now)) +
      wrap('attachmentSet', '') +
      el('volumeType', meta(r, 'volumeType') ?? 'gp3') +
      el('iops', meta(r, 'iops') !== undefined ? Number(meta(r, 'iops')) : undefined) +
      el('throughput', meta(r, 'throughput') !== undefined ? Number(meta(r, 'throughput')) : undefined) +
      el('encrypted', (meta(r, 'encrypted') ?? String(r.encrypted)).toLowerCase() === 'true') +
      (tags ? wrap('tagSet', tags) : '') +
      el('multiAttachEnabled', false),
  );
}

export function isEc2Request(req: SimRequest, service: string | undefined): boolean {
  if (service !== undefined) return service === 'ec2';
  return queryParams(req).get('Version') === EC2_VERSION;
}

export function dispatchEc2(state: SimState, req: SimRequest): Dispatch {
  const params = queryParams(req);
  const action = params.get('Action') ?? '';
  switch (action) {
    case 'DescribeVolumes': {
      const ids = listParam(params, 'VolumeId');
      return {
        operation: action,
        arns: [],
        run: (caller: Caller) => {
          // Filters are not modelled: refusing beats answering as if they matched everything.
          if (hasParam(params, 'Filter'))
            throw ec2Error('InvalidParameterValue', 'The simulator does not support DescribeVolumes filters');
          const found = ids.map((id) => findLive(state, caller, 'EBS', id) ?? id);
          const missing = found.filter((f): f is string => typeof f === 'string');
          if (missing.length > 0) throw notFound(missing[0]!);
          const volumes = ids.length > 0 ? (found as Resource[]) : liveResources(state, caller, 'EBS');
          return wrap('volumeSet', volumes.map((r) => volumeXml(state, r)).join(''));
        },
      };
    }
    case 'DeleteVolume': {
      const id = params.get('VolumeId');
      return {
        operation: action,
        arns: [],
        run: (caller: Caller) => {
          if (!id) throw ec2Error('MissingParameter', "The request must contain the parameter 'VolumeId'");
          const r = findLive(state, caller, 'EBS', id);
          if (!r) throw notFound(id);
          const life = lifeOf(state, r);
          if (life === 'creating')
            throw ec2Error('IncorrectState', `The volume '${id}' is 'creating' and cannot be deleted.`);
          startDeletion(state, r);
          return el('return', true);
        },
      };
    }
    default:
      return {
        operation: action || 'Unknown',
        arns: [],
        run: () => {
          throw ec2Error('InvalidAction', `The action ${action} is not valid for this web service.`);
        },
      };
  }
}

/** `result` is the answer's inner XML, as the handlers above build it. */
export function ec2ResponseXml(operation: string, result: unknown, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${NS}">${el('requestId', requestId)}${result as string}</${operation}Response>`;
}

export function ec2ErrorXml(error: SimError, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}
