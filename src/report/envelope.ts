// The envelope every command's JSON report shares: which command, which report format, when the
// run started and finished (both on AWS's clock, src/aws/clock.ts), and one entry per plan. Each
// command adds its own body beside `plans` (backup: resources and copies per plan; prune: vaults).

/** The JSON report format; raise it when a field changes meaning or goes away. */
export const REPORT_VERSION = 1;

export interface RunTimes {
  /** ISO-8601, AWS's time. */
  startedAt: string;
  /** ISO-8601, AWS's time; never before `startedAt`. */
  finishedAt: string;
}

export interface ReportEnvelope<Command extends string, PlanBody> extends RunTimes {
  command: Command;
  version: typeof REPORT_VERSION;
  plans: PlanBody[];
}
