// Errors the simulator answers with. Each protocol module renders them in its own wire shape
// (restJson1 / awsJson1.1 header + JSON body, STS query XML), so the SDK's error classes and its
// retry classification (which goes by the error code name) engage exactly as against AWS.

export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = statusForCode(code),
  ) {
    super(message);
    this.name = code;
  }

  /** STS puts Sender/Receiver in <Type>; JSON services have no equivalent but we expose it. */
  get fault(): 'Sender' | 'Receiver' {
    return this.status >= 500 ? 'Receiver' : 'Sender';
  }
}

// HTTP status per error code, as the services' models declare them (Backup's exceptions carry no
// httpStatusCode trait in the 2023 model; these are the statuses AWS Backup's API reference lists).
const STATUS: Record<string, number> = {
  // AWS Backup
  ResourceNotFoundException: 404,
  InvalidParameterValueException: 400,
  MissingParameterValueException: 400,
  InvalidRequestException: 400,
  InvalidResourceStateException: 400,
  AlreadyExistsException: 400,
  LimitExceededException: 400,
  ConflictException: 400,
  DependencyFailureException: 500,
  ServiceUnavailableException: 500,
  AccessDeniedException: 403,
  // AWS Backup returns throttling with 400; the SDK classifies it by name, not by status.
  ThrottlingException: 400,
  ExpiredTokenException: 400,
  UnrecognizedClientException: 403,
  UnknownOperationException: 404,
  // Resource Groups Tagging API
  InvalidParameterException: 400,
  ThrottledException: 400,
  InternalServiceException: 500,
  PaginationTokenExpiredException: 400,
  // STS
  AccessDenied: 403,
  InvalidIdentityToken: 400,
  // The model's wire code; the SDK names its class IDPCommunicationErrorException.
  IDPCommunicationError: 400,
  IDPRejectedClaim: 403,
  ExpiredToken: 400,
  Throttling: 400,
  ValidationError: 400,
  MalformedPolicyDocument: 400,
  RegionDisabledException: 403,
  InvalidAction: 400,
  InternalFailure: 500,
};

export function statusForCode(code: string): number {
  return STATUS[code] ?? 400;
}

// Small constructors for the common cases, so handlers read as the rule they enforce.
export const notFound = (message: string) => new SimError('ResourceNotFoundException', message);
export const invalidParameter = (message: string) => new SimError('InvalidParameterValueException', message);
export const missingParameter = (name: string) =>
  new SimError('MissingParameterValueException', `Missing required parameter: ${name}`);
export const invalidRequest = (message: string) => new SimError('InvalidRequestException', message);
export const invalidState = (message: string) => new SimError('InvalidResourceStateException', message);
