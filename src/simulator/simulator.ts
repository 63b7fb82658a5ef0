// The simulator: state + faults + the request pipeline shared by all three protocols.
// identify service → resolve operation → resolve caller → count → faults → run → render.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin } from './admin.js';
import { dispatchBackup } from './backup.js';
import { SimError } from './errors.js';
import { Faults, type Fault, type FaultSpec, type RequestFacts, type Stats } from './faults.js';
import type { Caller } from './model.js';
import { EncodedJson, type Dispatch, type SimRequest } from './protocol.js';
import { parseSigV4 } from './sigv4.js';
import { dumpState, type StateDump } from './dump.js';
import { seedBackupPlans } from './plans.js';
import { deleteRestoredResource } from './restores.js';
import { SimState } from './state.js';
import { dispatchSts, isStsRequest, stsAccountHint, stsErrorXml, stsParams, stsResponseXml } from './sts.js';
import { dispatchTagging, isTaggingRequest } from './tagging.js';
import { startCopyJob } from './jobs.js';
import { dispatchDynamoDb, dynamoDbErrorBody, isDynamoDbRequest } from './dynamodb.js';
import { dispatchEc2, ec2ErrorXml, ec2ResponseXml, isEc2Request } from './ec2.js';
import { dispatchEfs, efsErrorBody, isEfsRequest } from './efs.js';
import { dispatchRds, isRdsRequest, rdsErrorXml, rdsResponseXml } from './rds.js';
import { validateWorld, WorldError, type World } from './world.js';

type Service = 'backup' | 'sts' | 'tagging' | ResourceService;
/** The services of the resources a restore creates (a drill checks and deletes them). */
type ResourceService = 'ec2' | 'rds' | 'efs' | 'dynamodb';

/** Which resource service a request is for: by its SigV4 scope's service, else by its shape. */
function resourceServiceOf(req: SimRequest, scopeService: string | undefined): ResourceService | undefined {
  if (isEc2Request(req, scopeService)) return 'ec2';
  if (isRdsRequest(req, scopeService)) return 'rds';
  if (isEfsRequest(req, scopeService)) return 'efs';
  if (isDynamoDbRequest(req, scopeService)) return 'dynamodb';
  return undefined;
}

export class Simulator {
  readonly state: SimState;
  readonly faults = new Faults();

  constructor(world: World) {
    const valid = validateWorld(world);
    this.state = new SimState(valid);
    seedBackupPlans(this.state, valid.backupPlans ?? []);
    this.startWorldCopyJobs(valid);
  }

  /** Copy jobs the world says someone else started (their own role, the source point's account). */
  private startWorldCopyJobs(world: Partial<World>): void {
    (world.copyJobs ?? []).forEach((c, i) => {
      const source = this.state.points.get(c.sourceRecoveryPointArn);
      if (!source)
        throw new WorldError(
          `invalid world file:\n  copyJobs[${i}].sourceRecoveryPointArn: no recovery point ${c.sourceRecoveryPointArn}`,
        );
      const lifecycle = c.lifecycle && {
        ...(c.lifecycle.moveToColdStorageAfterDays !== undefined && {
          MoveToColdStorageAfterDays: c.lifecycle.moveToColdStorageAfterDays,
        }),
        ...(c.lifecycle.deleteAfterDays !== undefined && { DeleteAfterDays: c.lifecycle.deleteAfterDays }),
      };
      startCopyJob(this.state, {
        account: source.vault.account,
        region: source.vault.region,
        source,
        destinationVaultArn: c.destinationVaultArn,
        iamRoleArn: c.iamRoleArn,
        lifecycle,
      });
    });
  }

  // ---- in-process control (the admin API calls the same methods) -------------------------------

  now(): Date {
    return new Date(this.state.now);
  }

  /** Advances the simulated clock; jobs, lifecycles and expiries catch up to the new time. */
  advance(seconds: number): Date {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error('seconds must be a number >= 0');
    this.state.advanceTo(this.state.now + seconds * 1000);
    return this.now();
  }

  /** The instant of the next queued event (job state change, cold move, lifecycle expiry), if any. */
  nextEventAt(): Date | undefined {
    const at = this.state.nextEventAt();
    return at === undefined ? undefined : new Date(at);
  }

  addFault(spec: FaultSpec): Fault {
    return this.faults.add(spec);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  stats(): Stats {
    return structuredClone(this.faults.stats);
  }

  resetStats(): void {
    this.faults.resetStats();
  }

  dump(): StateDump {
    return dumpState(this.state);
  }

  /** Adds or updates world objects (accounts, roles, vaults, resources, recovery points, holds). */
  patchWorld(patch: Partial<World>): void {
    const known = {
      accounts: this.state.accounts,
      vaults: [...this.state.vaults.values()].map((v) => `${v.account}:${v.region}:${v.name}`),
    };
    const world = validateWorld({ accounts: this.state.accounts, ...patch }, 'world patch', known);
    const { start: _ignored, ...rest } = world;
    this.state.patch(rest);
    seedBackupPlans(this.state, rest.backupPlans ?? []);
    this.startWorldCopyJobs(rest);
  }

  /** Deletes a resource a restore created (see restores.ts); others are refused. */
  deleteRestoredResource(arn: string): void {
    deleteRestoredResource(this.state, arn);
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    // Like AWS, answer with the service's own time: the simulated clock (Node would send real time).
    // The backup command takes its "now" from this header (src/backup/clock.ts).
    res.setHeader('date', new Date(this.state.now).toUTCString());
    // …but keep the SDK from "correcting" its signing clock towards it. The SDK v3 treats a server
    // Date far from local time as clock skew: it then marks every error `clockSkewCorrected` and
    // retries it, which AWS (whose Date is real time) never causes. The SDK leaves its offset alone
    // when a response carries an `Age` header (see getUpdatedSystemClockOffset in @aws-sdk/core).
    res.setHeader('age', '0');
    // Split by hand: `new URL` is a measurable share of a request's cost at thousands per second.
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const request: SimRequest = {
      method: req.method ?? 'GET',
      rawPath: q < 0 ? target : target.slice(0, q),
      query: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)),
      headers: req.headers,
      body,
    };
    if (request.rawPath === '/_sim' || request.rawPath.startsWith('/_sim/'))
      return handleAdmin(this, request, res);

    const scope = parseSigV4(req.headers, request.query);
    const service: Service =
      resourceServiceOf(request, scope?.service) ??
      (isTaggingRequest(request) ? 'tagging' : isStsRequest(request, scope?.service) ? 'sts' : 'backup');
    const requestId = randomUUID();
    let operation = 'Unknown';
    try {
      const dispatch: Dispatch = DISPATCH[service](this.state, request);
      operation = dispatch.operation;
      this.faults.count('calls', operation);
      const caller = this.caller(service, scope, request);
      const facts: RequestFacts | undefined = this.faults.active
        ? {
            operation,
            service,
            account: caller.account,
            region: caller.region,
            // For AssumeRole* the role a fault names is the one being assumed.
            role: caller.roleArn ?? (service === 'sts' ? dispatch.arns[0] : undefined),
            arns: dispatch.arns,
          }
        : undefined;
      if (facts) await this.faults.apply(facts);
      const result = dispatch.run(caller);
      const lost = facts && this.faults.lostAnswer(facts);
      if (lost) {
        this.faults.count('errors', operation);
        if (lost === 'reset') req.socket.destroy();
        else sendMalformed(res, service, requestId);
        return;
      }
      sendOk(res, service, operation, result, requestId, dispatch.status);
    } catch (error) {
      const simError =
        error instanceof SimError
          ? error
          : new SimError(
              service === 'sts' ? 'InternalFailure' : 'ServiceUnavailableException',
              `Simulator failure: ${String(error)}`,
              500,
            );
      if (!(error instanceof SimError))
        process.stderr.write(`simulator: ${operation} failed: ${(error as Error).stack ?? String(error)}\n`);
      const throttled = [
        'ThrottlingException',
        'Throttling',
        'ThrottledException',
        'RequestLimitExceeded',
      ].includes(simError.code);
      if (operation === 'Unknown') this.faults.count('calls', operation);
      this.faults.count(throttled ? 'throttled' : 'errors', operation);
      sendError(res, service, simError, requestId);
    }
  }

  /**
   * The caller: credentials issued by the simulated STS act as their role in its account; any other
   * key acts as the world's first account (so `aws --endpoint-url` works with any key). The region is
   * the SigV4 scope's. Unsigned web-identity calls take the account from RoleArn.
   */
  private caller(service: Service, scope: ReturnType<typeof parseSigV4>, request: SimRequest): Caller {
    const region = scope?.region ?? 'us-east-1';
    const session = scope ? this.state.sessions.get(scope.accessKeyId) : undefined;
    if (session) {
      if (this.state.now >= session.expiresMs)
        throw new SimError(
          service === 'sts' ? 'ExpiredToken' : 'ExpiredTokenException',
          'The security token included in the request is expired',
        );
      return {
        account: session.account,
        region,
        accessKeyId: session.accessKeyId,
        roleArn: session.roleArn,
        sessionName: session.sessionName,
      };
    }
    const hint = service === 'sts' ? stsAccountHint(stsParams(request)) : undefined;
    return { account: hint ?? this.state.accounts[0]!, region, accessKeyId: scope?.accessKeyId };
  }
}

const DISPATCH: Record<Service, (state: SimState, request: SimRequest) => Dispatch> = {
  backup: dispatchBackup,
  sts: dispatchSts,
  tagging: dispatchTagging,
  ec2: dispatchEc2,
  rds: dispatchRds,
  efs: dispatchEfs,
  dynamodb: dispatchDynamoDb,
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendOk(
  res: ServerResponse,
  service: Service,
  operation: string,
  result: unknown,
  requestId: string,
  status = 200,
): void {
  const xml = (body: string) =>
    send(res, status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body);
  if (service === 'sts') return xml(stsResponseXml(operation, result, requestId));
  if (service === 'ec2') return xml(ec2ResponseXml(operation, result, requestId));
  if (service === 'rds') return xml(rdsResponseXml(operation, result, requestId));
  const type =
    service === 'tagging'
      ? 'application/x-amz-json-1.1'
      : service === 'dynamodb'
        ? 'application/x-amz-json-1.0'
        : 'application/json';
  // Operations without output answer 200 with an empty body, as AWS does.
  const body =
    result === undefined ? '' : result instanceof EncodedJson ? result.bytes : JSON.stringify(result);
  send(res, status, { 'content-type': type, 'x-amzn-requestid': requestId }, body);
}

/** A 200 whose body was cut short: the operation ran, but its answer does not parse. */
function sendMalformed(res: ServerResponse, service: Service, requestId: string): void {
  const [type, body] =
    service === 'sts'
      ? ['text/xml', '<AssumeRoleWithWebIdentityResponse><AssumeRoleWith']
      : [service === 'tagging' ? 'application/x-amz-json-1.1' : 'application/json', '{"Backup'];
  send(res, 200, { 'content-type': type, 'x-amzn-requestid': requestId }, body);
}

function sendError(res: ServerResponse, service: Service, error: SimError, requestId: string): void {
  const xml = (body: string) =>
    send(res, error.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body);
  if (service === 'sts') return xml(stsErrorXml(error, requestId));
  if (service === 'ec2') return xml(ec2ErrorXml(error, requestId));
  if (service === 'rds') return xml(rdsErrorXml(error, requestId));
  if (service === 'efs' || service === 'dynamodb')
    return send(
      res,
      error.status,
      {
        'content-type': service === 'efs' ? 'application/json' : 'application/x-amz-json-1.0',
        'x-amzn-requestid': requestId,
        'x-amzn-errortype': error.code,
      },
      service === 'efs' ? efsErrorBody(error) : dynamoDbErrorBody(error),
    );
  const extra = (error as SimError & { extra?: Record<string, unknown> }).extra ?? {};
  const body =
    service === 'tagging'
      ? { __type: error.code, Message: error.message, message: error.message }
      : {
          Code: error.code,
          Message: error.message,
          message: error.message,
          Type: error.fault === 'Sender' ? 'User' : 'Server',
          ...extra,
        };
  send(
    res,
    error.status,
    {
      'content-type': service === 'tagging' ? 'application/x-amz-json-1.1' : 'application/json',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.code,
    },
    JSON.stringify(body),
  );
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  // Encoded once: measuring a long listing's UTF-8 length and then writing the string costs twice.
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': bytes.length });
  res.end(bytes);
}
