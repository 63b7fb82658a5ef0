// node:util parseArgs errors, reworded for a terminal user: node's own messages explain its API
// ("To specify a positional argument starting with a '-', place it at the end…") rather than what to fix.

export type ParseArgsError = Error & { code: `ERR_PARSE_ARGS_${string}` };

export function isParseArgsError(error: unknown): error is ParseArgsError {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** A one-line message that names the option or argument to fix. */
export function describeParseArgsError(error: ParseArgsError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted ?? error.message}"`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted ?? error.message}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (!quoted) return error.message;
      const flag = quoted.split(' ')[0];
      // "ambiguous": the next argument starts with "-", so parseArgs took it for an option.
      return /ambiguous/.test(error.message)
        ? `${flag} needs a value; to give one that starts with "-", write ${flag}=VALUE`
        : `${flag} needs a value`;
    }
    default:
      return error.message;
  }
}
