// What differs between running as a GitHub Action and running in a terminal.
import type { IdTokenProvider } from '../aws/credentials.js';

// Commands talk only to this interface, so the same code serves both entries.

/** A position in a source file, 1-based, as annotations and terminals show it. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface Host {
  readonly kind: 'action' | 'cli';
  info(message: string): void;
  warning(message: string, position?: SourcePosition): void;
  error(message: string, position?: SourcePosition): void;
  /** Append Markdown to the job summary (action) or print it (terminal). */
  summary(markdown: string): Promise<void>;
  setOutput(name: string, value: string | number): void;
  /** Register a value that must never be printed. */
  setSecret(value: string): void;
  /** GitHub OIDC ID tokens (the action); undefined in a terminal, where the default AWS chain is used. */
  readonly idTokens?: IdTokenProvider;
}
