// The few GitHub runner conventions every action run needs (inputs, log lines, annotations, masks,
// outputs), written here instead of importing @actions/core: its import loads its OIDC HTTP client
// (undici) and @actions/exec, about twice a bare Node start, which `validate` would pay for nothing
// (issue 12). Formats as GitHub documents them ("Workflow commands for GitHub Actions"), byte for
// byte what @actions/core 3 writes (test/host/workflow-commands.test.ts compares them). Only OIDC
// tokens still come from @actions/core, imported when a command asks for one.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The value of an input: `INPUT_<NAME>`, spaces to `_`, upper-cased (dashes kept), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,…::message`, properties without a value left out. */
export function formatCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

function issue(command: string, properties: Record<string, string | number | undefined>, message: string) {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

function annotationProperties(p: AnnotationProperties = {}): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string, properties?: AnnotationProperties): void {
  issue('warning', annotationProperties(properties), message);
}

export function error(message: string, properties?: AnnotationProperties): void {
  issue('error', annotationProperties(properties), message);
}

/** The runner replaces `value` with `***` in the log from the next line on. */
export function setSecret(value: string): void {
  issue('add-mask', {}, value);
}

/** Exit code 1 and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A step output: appended to the GITHUB_OUTPUT file as `name<<delimiter` … `delimiter` with a random
 * delimiter (multi-line values stay whole); without the file, the older `::set-output` command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', { name }, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
