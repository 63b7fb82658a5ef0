// What every command run shares, built once per run: the plans it works on and their namespaces,
// AWS's clock, the AWS clients and credentials, the run's start and finish times, and the JSON
// report file (redacted). Backup and prune use it today; restore, list, audit, simulate and review
// build on the same pieces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsContext, type ClientPool } from '../aws/clients.js';
import type { ServerClock } from '../aws/clock.js';
import { redact } from '../aws/redact.js';
import type { Host } from '../host/host.js';
import type { CommandName, Inputs } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import { selectPlans, type SelectedPlans } from '../plan/select.js';
import type { RunTimes } from '../report/envelope.js';
import { startRunSession, type RunSession } from './session.js';

export interface RunDeps {
  env?: NodeJS.ProcessEnv;
  /** Clock and credentials made before the context (backup's first stage); else made here. */
  session?: RunSession;
  /** The plans, when already selected (with the same `plans` and `plan` inputs). */
  selected?: SelectedPlans;
  /**
   * SDK clients kept across runs of one process (simulate): each run still binds its own credentials,
   * renewal and clock to them (see ClientPool). Default: the run makes its own.
   */
  pool?: ClientPool;
  /**
   * false: startReport makes no file (and returns an empty path). For simulate, whose thousands of
   * runs' reports nobody reads; every command writes its report. Default true.
   */
  reportFile?: boolean;
}

export class RunContext {
  readonly env: NodeJS.ProcessEnv;
  /** AWS's time, learned from every response of `aws`'s clients; a what-if `now` pins it (dry run). */
  readonly clock: ServerClock;
  readonly aws: AwsContext;
  private readonly session: RunSession;
  private readonly selected: SelectedPlans | undefined;
  private readonly reportFile: boolean;

  constructor(
    readonly command: CommandName,
    readonly inputs: Inputs,
    readonly host: Host,
    deps: RunDeps = {},
  ) {
    this.session =
      deps.session ??
      startRunSession(inputs, host, {
        ...(deps.env ? { env: deps.env } : {}),
        ...(deps.pool ? { pool: deps.pool } : {}),
      });
    this.env = this.session.env;
    this.clock = this.session.clock;
    this.selected = deps.selected;
    this.reportFile = deps.reportFile ?? true;
    const clock = this.clock;
    this.aws = new AwsContext(this.session.credentials, {
      onClient: (client) => clock.attach(client),
      ...(deps.pool ? { pool: deps.pool } : {}),
    });
  }

  /** The plan files of the `plans` folder, narrowed by the `plan` input (comma-separated ids). */
  selectPlans(): Promise<SelectedPlans> {
    return this.selected ? Promise.resolve(this.selected) : selectPlans(this.inputs.plans, this.inputs.plan);
  }

  /** Reports each plan file error and each requested id without a plan file to the host; true if any. */
  reportSelectionErrors(selected: SelectedPlans): boolean {
    for (const e of selected.errors)
      this.host.error(e.message, { file: e.file, line: e.line, column: e.column });
    for (const id of selected.missing) this.host.error(`plan "${id}" not found in ${this.inputs.plans}`);
    return selected.errors.length > 0 || selected.missing.length > 0;
  }

  /** The owner identity of the plan's points: input, the plan's own, GITHUB_REPOSITORY, the git remote. Throws NamespaceError. */
  namespaceOf(plan: Plan): string {
    return this.session.namespaceOf(plan);
  }

  /** When the run started and (now) finished, both on AWS's clock. */
  times(): RunTimes {
    const startedAt = this.clock.runStartedAt();
    const finishedAt = new Date(Math.max(this.clock.serverNow().getTime(), startedAt.getTime()));
    return { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() };
  }

  /** Write the JSON report (redacted) in RUNNER_TEMP on a runner (kept for later steps), else a fresh temp folder. */
  writeReport(report: RunTimes): string {
    const path = this.reportPath(report);
    writeFileSync(path, reportText(report));
    return path;
  }

  /**
   * As writeReport, but the file is written while the caller goes on (its job summary, outputs):
   * `written` settles once it is on disk, and the run must await it before it ends. Without a report
   * file (RunDeps.reportFile false) nothing is made or written and the path is empty.
   */
  startReport(report: RunTimes): { path: string; written: Promise<void> } {
    if (!this.reportFile) return { path: '', written: Promise.resolve() };
    const path = this.reportPath(report);
    return { path, written: writeFile(path, reportText(report)) };
  }

  private reportPath(report: RunTimes): string {
    const dir = this.env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'backup-plans-'));
    const stamp = report.startedAt.replace(/[:.]/g, '-');
    return join(dir, `backup-plans-${this.command}-${stamp}-${process.pid}.json`);
  }

  /** Close the AWS clients' sockets (keep-alive would hold the process open). */
  destroy(): void {
    this.aws.destroy();
  }
}

const reportText = (report: RunTimes) => redact(JSON.stringify(report, null, 2)) + '\n';
