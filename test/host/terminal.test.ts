// The terminal host inside a workflow `run:` step: the runner reads every line of the step's output
// and runs `::command::` lines (after leading white space) and `##[command]` anywhere in a line
// (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse). Text from outside —
// tag values, AWS error messages, plan contents — must never become such a line.
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActionHost } from '../../src/host/action.js';
import { createTerminalHost, neutraliseWorkflowCommands } from '../../src/host/terminal.js';

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

/** Lines as the runner reads them (.NET ReadLine: \r\n, \r and \n end a line). */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

/** What the runner would treat as a command, per ActionCommand.cs (TrimStart is .NET white space). */
function isRunnerCommand(line: string): boolean {
  const trimmed = line.replace(/^[\s\x85]+/u, '');
  return trimmed.startsWith('::') || line.includes('##[');
}

const INJECTIONS = [
  '::error::x',
  '  ::error file=a.yml,line=1::x',
  '\t::add-mask::secret',
  'tag value\n::set-output name=x::y',
  'tag value\r::warning::spoofed',
  'tag value\r\n::stop-commands::token',
  'message\n\n   ::group::g',
  '%0A::set-output name=x::y',
  'a%0D%0A::error::b',
  '\u00a0::error::nbsp',
  '\u2028::error::line separator',
  '\x85::error::next line',
  'text ##[error]v1 command',
  '##[set-output name=x;]y',
];

describe('neutraliseWorkflowCommands', () => {
  it.each(INJECTIONS)('leaves no runner command in %j', (text) => {
    const out = neutraliseWorkflowCommands(text);
    for (const line of runnerLines(out)) expect(isRunnerCommand(line), line).toBe(false);
  });

  it('keeps ordinary text, %-escapes and line breaks as they are, and stays readable', () => {
    const text = 'plans/a.yml:3:1: unknown key "x"\nsee https://example.com/a::b 50% done\r\nok';
    expect(neutraliseWorkflowCommands(text)).toBe(text);
    expect(neutraliseWorkflowCommands('%0A::set-output')).toBe('%0A::set-output');
    expect(neutraliseWorkflowCommands('::error::x')).toBe('\\::error::x');
    expect(neutraliseWorkflowCommands('a\n  ::error::x')).toBe('a\n  \\::error::x');
    expect(neutraliseWorkflowCommands('a ##[error]b')).toBe('a ##\\[error]b');
  });

  it('never leaves a command line, whatever the text (fast-check)', () => {
    const piece = fc.constantFrom(
      '::',
      '##[',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '\t',
      '\u00a0',
      '\x85',
      ':',
      '#',
      '[',
      'x',
      '%0A',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const out = neutraliseWorkflowCommands(pieces.join(''));
        for (const line of runnerLines(out)) expect(isRunnerCommand(line), JSON.stringify(out)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('terminal host output', () => {
  it('neutralises runner commands in info, warning, error and summary', async () => {
    const out = capture();
    const err = capture();
    const host = createTerminalHost({ stdout: out.stream, stderr: err.stream });
    for (const text of INJECTIONS) {
      host.info(text);
      host.warning(text);
      host.warning(text, { file: 'backup-plans/x.yml', line: 1, column: 1 });
      host.error(text);
      host.error(text, { file: 'backup-plans/x.yml', line: 2, column: 3 });
      await host.summary(`| tag | ${text} |`);
      await host.summary(text);
    }
    // Only a line that starts with `::` is a command; after a prefix the text stays as written.
    expect(err.text().startsWith('\\::error::x\nwarning: ::error::x\n')).toBe(true);
    expect(err.text()).toContain('backup-plans/x.yml:2:3: text ##\\[error]v1 command');
    for (const line of runnerLines(out.text() + err.text()))
      expect(isRunnerCommand(line), JSON.stringify(line)).toBe(false);
  });

  it('masks secrets before neutralising, so an escape cannot split a secret', () => {
    const err = capture();
    const host = createTerminalHost({ stderr: err.stream });
    host.setSecret('##[s3cret');
    host.setSecret('::token');
    host.error('leaked ##[s3cret and\n::token');
    expect(err.text()).not.toContain('s3cret');
    expect(err.text()).not.toContain('token');
  });

  it('leaves the action host as it was: @actions/core escapes the data of its own commands', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      createActionHost().error('tag value\n::set-output name=x::y');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toBe('::error::tag value%0A::set-output name=x::y\n');
  });
});
