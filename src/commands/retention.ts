// The action variant of `retention`. The command is a terminal tool (points in on stdin, decisions out
// on stdout) and has no action inputs for a policy, so in a workflow it says how to run it instead of
// pretending to succeed.
import type { Command } from './registry.js';

export const retentionCommand: Command = async (_inputs, host) => {
  host.error(
    'the "retention" command runs in a terminal or a run step only: it reads points as JSON on stdin, e.g. ' +
      '`npx backup-plans retention --keep-daily 7 --keep-weekly 4 < points.json`. ' +
      'To apply a plan\'s retention to AWS, use the "prune" command.',
  );
  return 2;
};
