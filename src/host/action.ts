// Host for the GitHub Action: annotations, step summary and outputs as workflow commands; OIDC tokens
// through @actions/core, loaded only when a command asks for one (it is heavy to import).
import * as core from './workflow-commands.js';
import { IdTokenUnavailableError } from '../aws/id-token.js';
import type { Host, SourcePosition } from './host.js';
import { writeStepSummary } from '../github/summary.js';

function annotation(position?: SourcePosition): core.AnnotationProperties | undefined {
  if (!position) return undefined;
  return { file: position.file, startLine: position.line, startColumn: position.column };
}

export function createActionHost(): Host {
  return {
    kind: 'action',
    info: (message) => core.info(message),
    warning: (message, position) => core.warning(message, annotation(position)),
    error: (message, position) => core.error(message, annotation(position)),
    summary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info(markdown);
        return;
      }
      // Trimmed so the step's summary file stays under GitHub's 1 MiB limit (over it, GitHub drops it all).
      await writeStepSummary(markdown);
    },
    setOutput: (name, value) => core.setOutput(name, String(value)),
    setSecret: (value) => core.setSecret(value),
    idTokens: {
      getIdToken: async (audience) => {
        if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
          throw new IdTokenUnavailableError(
            'no GitHub OIDC token is available: add `permissions: { id-token: write }` to the job ' +
              '(or to the workflow that calls the reusable workflow) so the action can assume the AWS role',
          );
        }
        return (await import('@actions/core')).getIDToken(audience);
      },
    },
  };
}
