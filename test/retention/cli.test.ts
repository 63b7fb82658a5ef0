// The retention CLI in-process, with fake streams: flags, input checks, and the all-or-nothing output.
import { constants } from 'node:buffer';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_MAX_INPUT_BYTES,
  formatDecision,
  parseRetentionArgs,
  retentionCliMain,
} from '../../src/commands/retention-cli.js';
import { decideColumns } from '../../src/retention/engine.js';
import { parsePointsBytes } from '../../src/retention/points-json.js';
import { retentionCommand } from '../../src/commands/retention.js';
import type { Host } from '../../src/host/host.js';
import type { Inputs } from '../../src/inputs.js';

async function run(argv: string[], stdin: string, tty = false) {
  const input = Readable.from([stdin]);
  if (tty) Object.assign(input, { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await retentionCliMain(argv, { stdin: input, stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const points = JSON.stringify([
  { id: 'rp-1', created: '2026-11-23T03:00:00Z' },
  { id: 'rp-2', created: '2026-11-24T03:00:00Z' },
  { id: 'rp-3', created: '2026-11-24T23:30:00Z' }, // 25 November in Berlin
  { id: 'rp-4', created: '2026-11-25T03:00:00Z' },
]);

describe('retention CLI (in process)', () => {
  it('decides and prints keep (with reasons) and remove, newest first', async () => {
    const r = await run(['--keep-daily', '2'], points);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      keep: [
        { id: 'rp-4', reasons: ['daily (2026-11-25)'] },
        { id: 'rp-3', reasons: ['daily (2026-11-24)'] },
      ],
      remove: [{ id: 'rp-2' }, { id: 'rp-1' }],
    });
  });

  it('prints one point per line', async () => {
    const r = await run(['--keep-daily', '2'], points);
    expect(r.stdout).toBe(
      [
        '{',
        '  "keep": [',
        '    {"id": "rp-4", "reasons": ["daily (2026-11-25)"]},',
        '    {"id": "rp-3", "reasons": ["daily (2026-11-24)"]}',
        '  ],',
        '  "remove": [',
        '    {"id": "rp-2"},',
        '    {"id": "rp-1"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    const none = await run(['--keep-last', '-1'], '[]');
    expect(none.stdout).toBe('{\n  "keep": [],\n  "remove": []\n}\n');
  });

  it('writes any id back as the same JSON string', async () => {
    const ids = [
      'quote " and \\ backslash',
      'line\nbreak\u0001',
      'ünïcødé \u{1F600}',
      'lone \ud800',
      '::error::x',
    ];
    const input = JSON.stringify(ids.map((id, i) => ({ id, created: `2026-01-0${i + 1}T00:00:00Z` })));
    const r = await run(['--keep-last', '2'], input);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      keep: [
        { id: ids[4], reasons: ['last 2 (#1)'] },
        { id: ids[3], reasons: ['last 2 (#2)'] },
      ],
      remove: [{ id: ids[2] }, { id: ids[1] }, { id: ids[0] }],
    });
  });

  it('writes the same bytes whether ids are copied from the input or encoded again', () => {
    const point = fc.record({
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('arn:aws:backup:x', 'ü😀')),
      created: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2020-03-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    });
    let copied = 0;
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.id, maxLength: 30 }), (list) => {
        const input = parsePointsBytes(Buffer.from(JSON.stringify(list), 'utf8'));
        const decision = decideColumns(input, { last: 2, daily: 3 });
        if (input.spans) copied++;
        expect(formatDecision(input, decision).toString('utf8')).toBe(
          formatDecision({ ids: input.ids }, decision).toString('utf8'),
        );
      }),
      { numRuns: 500 },
    );
    expect(copied).toBeGreaterThan(250);
  });

  it('uses the time zone for buckets and accepts {"points": [...]}', async () => {
    const r = await run(
      ['--keep-daily', '2', '--timezone', 'Europe/Berlin'],
      JSON.stringify({ points: JSON.parse(points) }),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      keep: [
        { id: 'rp-4', reasons: ['daily (2026-11-25)'] },
        { id: 'rp-2', reasons: ['daily (2026-11-24)'] },
      ],
      remove: [{ id: 'rp-3' }, { id: 'rp-1' }],
    });
  });

  it.each([[['--keep-last', '-1']], [['--keep-last=-1']], [['--keep-daily', '1', '--keep-last', '-1']]])(
    'reads negative counts: %j',
    async (argv) => {
      const r = await run(argv, points);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).remove).toEqual([]);
    },
  );

  it('reads every flag into the policy', () => {
    expect(
      parseRetentionArgs([
        '--keep-last=3',
        '--keep-hourly',
        '-1',
        '--keep-daily',
        '7',
        '--keep-weekly',
        '4',
        '--keep-monthly',
        '12',
        '--keep-yearly',
        '3',
        '--keep-within',
        '2d',
        '--keep-within-hourly',
        '1d',
        '--keep-within-daily',
        '1m',
        '--keep-within-weekly',
        '2m',
        '--keep-within-monthly',
        '1y',
        '--keep-within-yearly',
        '10y',
        '--timezone',
        'Etc/UTC',
      ]),
    ).toEqual({
      policy: {
        last: 3,
        hourly: -1,
        daily: 7,
        weekly: 4,
        monthly: 12,
        yearly: 3,
        within: '2d',
        withinHourly: '1d',
        withinDaily: '1m',
        withinWeekly: '2m',
        withinMonthly: '1y',
        withinYearly: '10y',
      },
      timezone: 'UTC',
    });
  });

  it('prints help on stdout', async () => {
    const r = await run(['--help'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: backup-plans retention/);
    expect(r.stdout).toContain('--keep-within-monthly D');
  });

  it.each([
    [[], points, /no keep policy/],
    [['--keep-daily', '0', '--keep-within', '0d'], points, /no keep policy/],
    [['--keep-dialy', '3'], points, /unknown option "--keep-dialy"/],
    [['--keep-daily'], points, /--keep-daily needs a value/],
    [['--keep-daily', '--keep-weekly', '2'], points, /--keep-daily needs a value/],
    [
      ['--keep-daily', 'seven'],
      points,
      /--keep-daily: expected a whole number ≥ 0, or -1 for unlimited; got "seven"/,
    ],
    [['--keep-daily', '-2'], points, /got "-2"/],
    [['--keep-daily', '1.5'], points, /got "1.5"/],
    [['--keep-daily', '1', '--keep-daily', '2'], points, /--keep-daily is given 2 times/],
    [['--keep-within', '2w'], points, /--keep-within: invalid duration "2w": unknown unit "w"/],
    [['--keep-within-daily', '-1d'], points, /--keep-within-daily: invalid duration "-1d"/],
    [
      ['--keep-daily', '1', '--timezone', 'Europe/Berlln'],
      points,
      /--timezone: unknown time zone "Europe\/Berlln"/,
    ],
    [['--keep-daily', '1', 'points.json'], points, /unexpected argument "points.json"/],
    [['--keep-daily', '1'], 'not json', /input is not valid JSON/],
    [['--keep-daily', '1'], '', /no input/],
    [['--keep-daily', '1'], '{"items": []}', /expected a JSON array of points or \{"points": \[...\]\}/],
    [['--keep-daily', '1'], '{"points": 3}', /points: expected an array of points/],
    [['--keep-daily', '1'], '[3]', /input\[0\]: expected an object/],
    [
      ['--keep-daily', '1'],
      '[{"created": "2026-01-01T00:00:00Z"}]',
      /input\[0\]\.id: expected a non-empty string, got nothing/,
    ],
    [
      ['--keep-daily', '1'],
      '[{"id": 7, "created": "2026-01-01T00:00:00Z"}]',
      /input\[0\]\.id: expected a non-empty string, got 7/,
    ],
    [
      ['--keep-daily', '1'],
      '[{"id": "a"}]',
      /input\[0\]\.created: expected an ISO-8601 time string, got nothing/,
    ],
    [
      ['--keep-daily', '1'],
      '[{"id": "a", "created": 1764039600}]',
      /expected an ISO-8601 time string, got 1764039600/,
    ],
    [['--keep-daily', '1'], '[{"id": "a", "created": "yesterday"}]', /"yesterday" is not an ISO-8601 time/],
    [['--keep-daily', '1'], '[{"id": "a", "created": "2026-02-30T00:00:00Z"}]', /is not a calendar date/],
    [['--keep-daily', '1'], '[{"id": "a", "created": "2026-02-03T24:00:00Z"}]', /is not a valid time of day/],
    [['--keep-daily', '1'], '[{"id": "a", "created": "2026-02-03T10:00:00"}]', /has no UTC offset/],
    [['--keep-daily', '1'], '[{"id": "a", "created": "0000-02-03T10:00:00Z"}]', /between years 1 and 9999/],
    [
      ['--keep-daily', '1'],
      '{"points": [{"id": "a", "created": "2026-01-01T00:00:00Z"}, {"id": "a", "created": "2026-01-02T00:00:00Z"}]}',
      /points\[1\]\.id: duplicate id "a" \(also at points\[0\]\)/,
    ],
  ])('refuses %j with input %j', async (argv, stdin, message) => {
    const r = await run(argv, stdin);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^error: /);
  });

  it('refuses to wait on an interactive terminal', async () => {
    const r = await run(['--keep-daily', '1'], '', true);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected points as JSON on stdin/);
  });

  it('reads offsets, fractions and a byte-order mark', async () => {
    const r = await run(
      ['--keep-last', '1'],
      '\uFEFF[{"id": "a", "created": "2026-02-03T10:00:00.123456+05:30"}, {"id": "b", "created": "2026-02-03T04:30:00.124Z"}]',
    );
    expect(r.code).toBe(0);
    // a is 04:30:00.123Z, one millisecond older than b.
    expect(JSON.parse(r.stdout).keep).toEqual([{ id: 'b', reasons: ['last 1 (#1)'] }]);
  });
});

describe('retention CLI output in a workflow step', () => {
  it('never prints a runner command, even from flag values or point ids', async () => {
    const commandLine = (text: string) =>
      text.split(/\r\n|\r|\n/).some((line) => /^[\s\x85]*::/u.test(line) || line.includes('##['));
    const flag = await run(['--keep-daily', '1\n::error::injected'], points);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--keep-daily/);
    expect(commandLine(flag.stderr)).toBe(false);
    const zone = await run(['--keep-daily', '1', '--timezone', 'x\r::warning::y ##[error]z'], points);
    expect(zone.code).toBe(2);
    expect(commandLine(zone.stderr)).toBe(false);
  });
});

describe('retention input size limit', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** A stream of `total` bytes in 64 KiB chunks, produced on demand (never held whole). */
  function generated(total: number): { stream: Readable; produced: () => number } {
    let produced = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20); // JSON whitespace
    const stream = new Readable({
      read() {
        if (produced >= total) return void this.push(null);
        const n = Math.min(chunk.length, total - produced);
        produced += n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      },
    });
    return { stream, produced: () => produced };
  }

  async function runStream(stdin: Readable) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: string[] = [];
    const err: string[] = [];
    stdout.on('data', (c: Buffer) => out.push(c.toString()));
    stderr.on('data', (c: Buffer) => err.push(c.toString()));
    const code = await retentionCliMain(['--keep-last', '1'], { stdin, stdout, stderr });
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('stops reading past the limit and exits 2 with a clear message, no stack trace', async () => {
    vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', String(1024 * 1024));
    const input = generated(16 * 1024 * 1024);
    const r = await runStream(input.stream);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: the input is larger than 1 MiB \(1048576 bytes\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // It stopped reading soon after the limit instead of draining the whole stream.
    expect(input.produced()).toBeLessThan(2 * 1024 * 1024);
    expect(input.stream.destroyed).toBe(true);
  });

  it('reads input exactly at the limit', async () => {
    const json = '[{"id": "a", "created": "2026-01-01T00:00:00Z"}]';
    vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', String(Buffer.byteLength(json)));
    expect((await runStream(Readable.from([json]))).code).toBe(0);
    vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', String(Buffer.byteLength(json) - 1));
    expect((await runStream(Readable.from([json]))).code).toBe(2);
  });

  it('reads a file descriptor directly, with the same limit, never touching the stream', async () => {
    const json = JSON.stringify(
      Array.from({ length: 3000 }, (_, i) => ({
        id: `rp-${i}`,
        created: new Date(i * 3_600_000).toISOString(),
      })),
    );
    const dir = mkdtempSync(join(tmpdir(), 'retention-fd-'));
    const file = join(dir, 'points.json');
    writeFileSync(file, json);
    const viaFd = async () => {
      const fd = openSync(file, 'r');
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const out: string[] = [];
      const err: string[] = [];
      stdout.on('data', (c: Buffer) => out.push(c.toString()));
      stderr.on('data', (c: Buffer) => err.push(c.toString()));
      const untouched = new Readable({
        read() {
          throw new Error('the stream was read although the descriptor did not block');
        },
      });
      try {
        const code = await retentionCliMain(['--keep-last', '1'], {
          stdin: untouched,
          stdinFd: fd,
          stdout,
          stderr,
        });
        return { code, stdout: out.join(''), stderr: err.join('') };
      } finally {
        closeSync(fd);
      }
    };
    try {
      expect(await viaFd()).toEqual(await runStream(Readable.from([json])));
      vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', String(json.length));
      expect((await viaFd()).code).toBe(0);
      vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', String(json.length - 1));
      const r = await viaFd();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: the input is larger than/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a limit that is not a positive whole number of bytes', async () => {
    vi.stubEnv('BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES', '12MB');
    const r = await runStream(Readable.from(['[]']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES: expected a whole number of bytes/);
  });

  it('defaults to a limit below the longest string Node can hold (the old crash)', () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(256 * 1024 * 1024);
    expect(DEFAULT_MAX_INPUT_BYTES).toBeLessThan(constants.MAX_STRING_LENGTH);
  });
});

describe('retention as an action command', () => {
  it('explains that it is a terminal command and fails', async () => {
    const errors: string[] = [];
    const host = { kind: 'action', error: (m: string) => errors.push(m) } as unknown as Host;
    expect(await retentionCommand({ command: 'retention' } as Inputs, host)).toBe(2);
    expect(errors[0]).toMatch(/reads points as JSON on stdin.*backup-plans retention --keep-daily 7/);
  });
});
