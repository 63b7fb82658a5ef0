// Host for the terminal: `path:line:col: message` lines, errors on stderr, the summary printed as text;
// nothing it prints can act as a workflow command when the CLI runs in a workflow step.
import type { Host, SourcePosition } from './host.js';

/**
 * Inside a workflow `run:` step the runner reads the step's output line by line (a line ends at \r\n,
 * \r or \n) and runs `::name::data` when a line starts with `::` after leading white space, and
 * `##[name]data` anywhere in a line (actions/runner, src/Runner.Common/ActionCommand.cs). Text from
 * outside (tag values, AWS messages, plan contents) must never do that, so a backslash goes before
 * such a `::` and inside every `##[`. Everything else stays as written; `%0A` is not a line break here.
 */
export function neutraliseWorkflowCommands(text: string): string {
  // [^\S\r\n] is white space within a line; \x85 is white space to .NET but not to JavaScript.
  return text.replace(/(^|[\r\n])((?:[^\S\r\n]|\x85)*)::/g, '$1$2\\::').replace(/##\[/g, '##\\[');
}

export function formatPosition(p: SourcePosition): string {
  return `${p.file}:${p.line}:${p.column}`;
}

export interface TerminalOptions {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Print summaries (Markdown) to stdout; commands that write machine output turn this off. */
  printSummary?: boolean;
}

export function createTerminalHost(options: TerminalOptions = {}): Host & { outputs: Map<string, string> } {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const secrets: string[] = [];
  // Secrets first: a backslash added afterwards cannot split a secret and let it through.
  const mask = (text: string) =>
    neutraliseWorkflowCommands(secrets.reduce((t, s) => t.split(s).join('***'), text));
  const outputs = new Map<string, string>();
  const line = (stream: NodeJS.WritableStream, prefix: string, message: string, p?: SourcePosition) =>
    stream.write(mask(`${p ? `${formatPosition(p)}: ` : ''}${prefix}${message}`) + '\n');
  return {
    kind: 'cli',
    outputs,
    info: (message) => line(stderr, '', message),
    warning: (message, p) => line(stderr, 'warning: ', message, p),
    error: (message, p) => line(stderr, p ? '' : 'error: ', message, p),
    summary: async (markdown) => {
      if (options.printSummary !== false) stdout.write(mask(markdown) + '\n');
    },
    setOutput: (name, value) => outputs.set(name, String(value)),
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
  };
}
