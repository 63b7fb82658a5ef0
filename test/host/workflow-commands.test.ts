// The action's own workflow commands must be exactly what @actions/core writes (GitHub's runner
// parses them): the library is the oracle here, for arbitrary messages, properties and outputs.
import * as core from '@actions/core';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../../src/host/workflow-commands.js';

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

// Text with the characters the formats escape or split on.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '%', '\r', '\n', ':', ',', '=', ' ', 'ü', '💾') });
const properties = fc.record(
  {
    title: text,
    file: text,
    startLine: fc.nat(5000),
    endLine: fc.nat(5000),
    startColumn: fc.nat(200),
    endColumn: fc.nat(200),
  },
  { requiredKeys: [] },
);

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('workflow commands, as @actions/core writes them', () => {
  it('warning and error annotations, with and without properties', () => {
    fc.assert(
      fc.property(text, properties, (message, props) => {
        for (const level of ['warning', 'error'] as const) {
          expect(stdoutOf(() => ours[level](message, props))).toBe(
            stdoutOf(() => core[level](message, props)),
          );
          expect(stdoutOf(() => ours[level](message))).toBe(stdoutOf(() => core[level](message)));
        }
      }),
    );
  });

  it('info lines, masks and setFailed (exit code 1)', () => {
    fc.assert(
      fc.property(text, (message) => {
        expect(stdoutOf(() => ours.info(message))).toBe(stdoutOf(() => core.info(message)));
        expect(stdoutOf(() => ours.setSecret(message))).toBe(stdoutOf(() => core.setSecret(message)));
        process.exitCode = undefined;
        expect(stdoutOf(() => ours.setFailed(message))).toBe(stdoutOf(() => core.setFailed(message)));
        expect(process.exitCode).toBe(1);
      }),
    );
  });

  it('inputs: INPUT_<NAME>, spaces to _, upper-cased, trimmed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('plans', 'dry-run', 'max deletions', 'github-token'),
        text,
        (name, value) => {
          process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
          expect(ours.getInput(name)).toBe(core.getInput(name));
        },
      ),
    );
    expect(ours.getInput('not-set')).toBe('');
  });

  it('outputs: the GITHUB_OUTPUT file entry, read back as the runner does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outputs-'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z-]{0,20}$/), text, (name, value) => {
        const file = join(dir, 'out');
        writeFileSync(file, '');
        process.env.GITHUB_OUTPUT = file;
        ours.setOutput(name, value);
        const written = readFileSync(file, 'utf8');
        // name<<ghadelimiter_<uuid>\n value \n ghadelimiter_<uuid>\n
        const match = /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*)\n\2\n$/.exec(written);
        expect(match?.[1]).toBe(name);
        expect(match?.[3]).toBe(value);
      }),
    );
    process.env.GITHUB_OUTPUT = join(dir, 'missing');
    expect(() => ours.setOutput('x', 'y')).toThrow(/Missing file/);
  });

  it('outputs without GITHUB_OUTPUT: the ::set-output command', () => {
    delete process.env.GITHUB_OUTPUT;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z-]{0,20}$/), text, (name, value) => {
        expect(stdoutOf(() => ours.setOutput(name, value))).toBe(stdoutOf(() => core.setOutput(name, value)));
      }),
    );
  });
});
