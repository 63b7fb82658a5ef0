// One "busy" pattern: the error test (isBusy) and the job-status test (isBusyFailure) read AWS's
// words the same way.
import { describe, expect, it } from 'vitest';
import { isBusyMessage } from '../../src/aws/busy.js';
import { classifyError, isBusy, isRetryable } from '../../src/aws/retry.js';
import { isBusyFailure } from '../../src/schedule/due.js';
import { CONCURRENT_JOB_MESSAGE } from '../../src/simulator/jobs.js';

/** An SDK service exception as the client throws it: the code is its name. */
const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

const BUSY = [
  CONCURRENT_JOB_MESSAGE,
  'Another backup job is already running for this resource',
  'Another job is already in progress for the resource',
  'Another copy job is running',
  'AWS Backup is already performing an action on this recovery point',
];
const NOT_BUSY = [
  'boom',
  'Access denied for the backup role',
  'The recovery point is not in a copyable state',
  'Backup job expired before it could start',
];

describe('busy: one message pattern for errors and job status messages', () => {
  it.each(BUSY)('"%s" is busy, as a job status and as an error', (message) => {
    expect(isBusyMessage(message)).toBe(true);
    expect(isBusyFailure(message)).toBe(true);
    const err = awsError('InvalidRequestException', message);
    expect(classifyError(err)).toBe('busy');
    expect(isBusy(err)).toBe(true);
    expect(isRetryable(err)).toBe(true);
  });

  it.each(NOT_BUSY)('"%s" is not busy', (message) => {
    expect(isBusyMessage(message)).toBe(false);
    expect(isBusyFailure(message)).toBe(false);
    expect(isBusy(awsError('InvalidRequestException', message))).toBe(false);
    expect(classifyError(awsError('InvalidRequestException', message))).toBe('fatal');
  });

  it('no message is not busy; InvalidResourceStateException is busy whatever it says', () => {
    expect(isBusyMessage(undefined)).toBe(false);
    expect(isBusyFailure(undefined)).toBe(false);
    expect(isBusy(awsError('InvalidResourceStateException', 'x'))).toBe(true);
  });

  it('throttling stays throttling even when it mentions a running job', () => {
    expect(classifyError(awsError('ThrottlingException', 'another job is running'))).toBe('throttling');
  });
});
