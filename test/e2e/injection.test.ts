// Issue 11 injection corpus: hostile strings (test/fixtures/injection-corpus.json) in tag values, plan
// names, ARNs and AWS error messages, through every renderer: the action's log (runner commands),
// the CLI's output, the job summary, the failure issue, the review's PR comment (fake GitHub) and the
// JSON report. Nothing interpretable may come out: no runner command but the product's own, no raw
// HTML, mention or script link in Markdown, no broken table, and valid JSON.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PLAN } from '../review/plans.js';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';
import { ROOT, runAction, runCli, startFakeGitHub, type ActionResult } from './harness.js';

interface Corpus {
  strings: string[];
  large: { text: string; bytes: number }[];
}
const corpusFile = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/injection-corpus.json'), 'utf8'),
) as Corpus;
const LARGE = corpusFile.large.map((l) =>
  l.text.repeat(Math.ceil(l.bytes / l.text.length)).slice(0, l.bytes),
);
const CORPUS = [...corpusFile.strings, ...LARGE];
/** Hostile, yet inside AWS's tag charset (letters, digits, spaces, `_ . : / = + - @`): plans accept them. */
const TAG_SAFE = ['::set-output name=pwned::1', ' ::notice::indented', '@octocat @acme/security', '##=x::y'];

const dailyRule = '  daily:\n    schedule: "0 3 * * *"\n    retain: { days: 35 }';
const quote = (s: string) => JSON.stringify(s); // JSON is YAML: any string, any character, quoted

// ---- what "nothing interpretable" means, per output --------------------------------------------

/** Commands @actions/core writes for the product; anything else at a line start is injected. */
const OWN_COMMAND = /^::(error|warning|notice|debug|add-mask|group|endgroup)( [^:\r\n]*)?::/;

/** The runner reads a command from any line (after leading white space) of stdout. */
function expectNoInjectedCommands(stdout: string, label: string): void {
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^\s+/, '');
    if (t.startsWith('::'))
      expect(OWN_COMMAND.test(t), `${label}: injected command: ${t.slice(0, 160)}`).toBe(true);
    expect(t.startsWith('##['), `${label}: legacy command: ${t.slice(0, 160)}`).toBe(false);
  }
}

/** A terminal's output (the CLI, e.g. inside a workflow `run:` step): no line may start a command. */
function expectNoCommandsAtAll(text: string, label: string): void {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^\s+/, '');
    expect(t.startsWith('::'), `${label}: ${t.slice(0, 160)}`).toBe(false);
    expect(line.includes('##['), `${label}: ${line.slice(0, 160)}`).toBe(false);
  }
}

/** Markdown outside code spans: what GitHub would render, where HTML, mentions and links act. */
const outsideCode = (md: string) => md.replace(/(`+)[\s\S]*?\1/g, '');

function expectInertMarkdown(md: string, label: string): void {
  const text = outsideCode(md);
  for (const tag of ['<script', '<img', '<!-- hidden', '<details open', '<b>', '<summary>x'])
    expect(text.includes(tag), `${label}: raw HTML ${tag}`).toBe(false);
  expect(text, `${label}: a live mention`).not.toMatch(/(^|[^\w\u200b])@(octocat|acme)\b/m);
  expect(text, `${label}: a script link`).not.toMatch(/\]\(javascript:/);
  // Every row of a table has its header's number of cells (a raw `|` or line break would change it).
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || (i > 0 && lines[i - 1]!.startsWith('|'))) continue;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const width = cells(lines[i]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++)
      expect(cells(lines[j]!), `${label}: table row ${j}: ${lines[j]!.slice(0, 160)}`).toBe(width);
  }
}

function expectValidReport(r: ActionResult, label: string): void {
  expect(r.outputs.report, `${label}: report output`).toBeTruthy();
  expect(() => JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as unknown, label).not.toThrow();
}

describe('injection corpus', () => {
  let w: BackupWorld;
  let action: ActionResult;

  beforeAll(async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    // AWS error message: every corpus string, and the 100 KB one, through the failure path.
    w.sim.sim.addFault({
      operation: 'StartBackupJob',
      fail: { count: 1000, error: 'AccessDeniedException', message: CORPUS.join('\n') },
    });
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule }));
    // Tag values: accepted ones select nothing (the zero-resource warning and summary line name them)…
    w.writePlan(
      'empty',
      planYaml({
        include: TAG_SAFE.map((s) => `    - tags: { backup: ${quote(s)} }`).join('\n'),
        rules: dailyRule,
      }),
    );
    // …the rest are refused by validation, whose messages quote them; ARNs likewise.
    w.writePlan(
      'tags',
      planYaml({
        include: CORPUS.map((s) => `    - tags: { backup: ${quote(s)} }`).join('\n'),
        rules: dailyRule,
      }),
    );
    w.writePlan(
      'arns',
      planYaml({
        include: corpusFile.strings.map((s) => `    - arn: ${quote(`${volume('vol-')}${s}`)}`).join('\n'),
        rules: dailyRule,
      }),
    );
    // Plan names: file names with a line break and a runner command, HTML and a mention.
    const dir = join(w.workspace, 'backup-plans');
    for (const name of ['evil\n::set-output name=x::y', '<img src=x onerror=alert(1)>@octocat', 'a|b`c'])
      writeFileSync(
        join(dir, `${name}.yml`),
        planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule }),
      );
    action = await w.run();
  }, 300_000);
  afterAll(() => w?.close());

  it('the action ran the plan and failed it with the injected AWS message', () => {
    expect(action.exitCode).toBe(1);
    const report = JSON.stringify(action.reportJson);
    expect(report).toContain('::set-output name=pwned::1');
    expect(w.github.state.issues.length).toBeGreaterThan(0);
  });

  it('action log: no runner command but the product’s own, no mask of outside text', () => {
    expectNoInjectedCommands(action.stdout, 'action stdout');
    expectNoInjectedCommands(action.stderr, 'action stderr');
    for (const m of action.masks)
      for (const s of CORPUS) expect(s.includes(m) && m.length > 3, `mask ${m}`).toBe(false);
  });

  it('job summary and failure issue: inert Markdown', () => {
    expect(action.summary).toContain('protects no resources');
    expectInertMarkdown(action.summary, 'summary');
    for (const issue of w.github.state.issues) {
      expectInertMarkdown(issue.title, 'issue title');
      expectInertMarkdown(issue.body ?? '', 'issue body');
    }
  });

  it('JSON report: valid, and keeps the outside text as data', () => {
    expectValidReport(action, 'backup report');
  });

  it('CLI output (validate and backup in a terminal): no line starts a runner command', async () => {
    const validate = await runCli(['validate', '--plans', join(w.workspace, 'backup-plans')], {
      cwd: w.workspace,
    });
    expect(validate.exitCode).not.toBe(0);
    expectNoCommandsAtAll(validate.stdout, 'cli validate stdout');
    expectNoCommandsAtAll(validate.stderr, 'cli validate stderr');
    const backup = await runCli(
      [
        'backup',
        '--plans',
        join(w.workspace, 'backup-plans'),
        '--plan',
        'prod,empty',
        '--namespace',
        'acme/infra',
      ],
      {
        cwd: w.workspace,
        sim: w.sim,
        env: { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' },
      },
    );
    expect(backup.stdout + backup.stderr).toMatch(/pwned|protects no resources/);
    expectNoCommandsAtAll(backup.stdout, 'cli backup stdout');
    expectNoCommandsAtAll(backup.stderr, 'cli backup stderr');
  });

  it('review PR comment: inert Markdown', async () => {
    const REPO = 'acme/infra';
    const BASE_SHA = '1111111111111111111111111111111111111111';
    const gh = await startFakeGitHub({ repository: REPO });
    try {
      gh.setFiles(REPO, BASE_SHA, { 'backup-plans/prod.yml': BASE_PLAN });
      gh.addPullRequest(REPO, 12);
      const cwd = mkdtempSync(join(tmpdir(), 'injection-review-'));
      mkdirSync(join(cwd, 'backup-plans'));
      const head = BASE_PLAN.replace(
        '    - tags: { backup: daily }\n',
        TAG_SAFE.map((s) => `    - tags: { backup: ${quote(s)} }\n`).join(''),
      ).replace('version: 1\n', `version: 1\ndescription: ${quote(corpusFile.strings.join(' '))}\n`);
      writeFileSync(join(cwd, 'backup-plans', 'prod.yml'), head);
      writeFileSync(join(cwd, 'backup-plans', 'bad.yml'), `version: 1\nvault: ${quote(CORPUS.join(' '))}\n`);
      const r = await runAction({
        github: gh,
        cwd,
        eventName: 'pull_request',
        repository: REPO,
        event: {
          action: 'synchronize',
          number: 12,
          pull_request: {
            number: 12,
            base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO } },
            head: { sha: '2'.repeat(40), ref: 'change', repo: { full_name: REPO } },
          },
          repository: { full_name: REPO, name: 'infra', owner: { login: 'acme' } },
        },
        inputs: { command: 'review' },
      });
      expectNoInjectedCommands(r.stdout, 'review stdout');
      const comments = gh.state.comments.filter((c) => c.user.login === 'github-actions[bot]');
      expect(comments, r.stderr + r.log).toHaveLength(1);
      // The comment is cut to fit; the summary has all of it (the vault name quoted with the corpus).
      expect(comments[0]!.body).toContain('bad.yml');
      expect(r.summary).toContain('pwned');
      expectInertMarkdown(comments[0]!.body, 'PR comment');
      expectInertMarkdown(r.summary, 'review summary');
    } finally {
      await gh.close();
    }
  }, 300_000);
});
