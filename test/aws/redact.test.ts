import { describe, expect, it } from 'vitest';
import { forgetSecretsAfter, redact, registerSecret, registeredSecrets } from '../../src/aws/redact.js';

describe('redact', () => {
  it('masks registered secrets and access key ids', () => {
    registerSecret('redact-test-secret-one');
    expect(redact('key redact-test-secret-one and ASIAABCDEFGHIJKLMNOP')).toBe('key *** and ***');
  });

  it('forgets only the secrets registered after the mark (one finished run of many in a process)', () => {
    registerSecret('redact-test-kept-before-mark');
    const mark = registeredSecrets();
    registerSecret('redact-test-session-of-run-1');
    registerSecret('redact-test-session-of-run-2');
    expect(registeredSecrets()).toBe(mark + 2);
    forgetSecretsAfter(mark);
    expect(registeredSecrets()).toBe(mark);
    expect(redact('redact-test-kept-before-mark')).toBe('***');
    expect(redact('redact-test-session-of-run-1')).toBe('redact-test-session-of-run-1');
  });
});
