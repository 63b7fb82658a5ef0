// Host for the terminal: `path:line:col: message` lines, errors on stderr, the summary printed as text.
import type { Host, SourcePosition } from './host.js';

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
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
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
