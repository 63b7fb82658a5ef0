// The layer order of src/, enforced with no-restricted-imports (README: Architecture). Upper rows may
// import lower ones; nothing imports upwards, and the runs never import each other. Each file of src/
// falls into exactly one block below, because a later block's options for the same rule would replace,
// not extend, an earlier one's.

const RULE = '@typescript-eslint/no-restricted-imports';
const WHY = '(README: Architecture)';

/** Folders of the runs: one per command that does AWS work; listed ahead so a new one is covered. */
export const RUNS = ['backup', 'prune', 'restore', 'review', 'audit', 'simulate', 'list', 'drill'];

/** The rows below the runs, top to bottom: each may import only the rows after it. */
export const LOWER = ['run', 'schedule', 'github', 'report', 'aws', 'cost', 'plan', 'retention', 'time'];

/** The entry points at the top: processes and their ports (the Host adapters, the inputs). */
const ENTRY_FILES = ['index', 'action', 'cli'];

/** An import specifier of a src/ folder, from anywhere in src/. */
const folder = (name) => `^(?:\\.\\.?/)+${name}/`;
const rootFile = (names) => `^(?:\\.\\.?/)+(?:${names.join('|')})\\.js$`;

const entries = {
  regex: rootFile(ENTRY_FILES),
  message: `only the entry points import src/index, src/action and src/cli ${WHY}`,
};
const sdk = {
  regex: '^@aws-sdk/',
  message: `every AWS SDK call lives in src/aws: import its functions and types from there ${WHY}`,
};
const simulator = {
  regex: folder('simulator'),
  message: `the product imports the simulator only from src/cli.ts and the simulate command ${WHY}`,
};
/** Where the product may import the simulator: the CLI's `simulator` command and `simulate`. */
export const SIMULATOR_USERS = ['src/cli.ts', 'src/commands/simulate*.ts', 'src/simulate/**'];

const ports = (layer, allowTypeImports) => [
  {
    regex: folder('host'),
    allowTypeImports,
    message: allowTypeImports
      ? `${layer} may use src/host only as types (the Host port is passed in) ${WHY}`
      : `${layer} may not import src/host: it sits below the entry points ${WHY}`,
  },
  {
    regex: rootFile(['inputs']),
    allowTypeImports,
    message: allowTypeImports
      ? `${layer} may use src/inputs only as types (the inputs are passed in) ${WHY}`
      : `${layer} may not import src/inputs: it sits below the entry points ${WHY}`,
  },
];

const upward = (layer, names, why) =>
  names.map((name) => ({
    regex: folder(name),
    message: `${layer} may not import src/${name}: ${why} ${WHY}`,
  }));

const block = (files, patterns, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { [RULE]: ['error', { patterns }] },
});

const blocks = [];

// Entry points: anything, but the simulator only from the CLI.
blocks.push(block(['src/*.ts', 'src/host/**/*.ts'], [sdk, simulator], ['src/cli.ts']));
blocks.push(block(['src/cli.ts'], [sdk]));

// Commands: anything below them, and the host adapters' helpers.
blocks.push(block(['src/commands/**/*.ts'], [entries, sdk, simulator], SIMULATOR_USERS));
blocks.push(block(['src/commands/simulate*.ts'], [entries, sdk]));

// Runs: never each other, never commands or entries; the Host and inputs only as types.
for (const run of RUNS) {
  // simulate drives the real backup and prune runs tick by tick, as a command would, and a drill is
  // a restore followed by checks: these are the only runs allowed to call others (and only those).
  const others = RUNS.filter(
    (r) =>
      r !== run &&
      !(run === 'simulate' && (r === 'backup' || r === 'prune')) &&
      !(run === 'drill' && r === 'restore'),
  );
  blocks.push(
    block(
      [`src/${run}/**/*.ts`],
      [
        entries,
        sdk,
        ...(run === 'simulate' ? [] : [simulator]),
        ...ports(`src/${run}`, true),
        ...upward(`src/${run}`, ['commands'], 'commands call runs, not the reverse'),
        ...others.map((other) => ({
          regex: folder(other),
          message: `src/${run} may not import src/${other}: runs never import each other; shared code goes to a lower layer ${WHY}`,
        })),
      ],
    ),
  );
}

// The rows below the runs.
LOWER.forEach((layer, i) => {
  const above = LOWER.slice(0, i);
  blocks.push(
    block(
      [`src/${layer}/**/*.ts`],
      [
        entries,
        ...(layer === 'aws' ? [] : [sdk]),
        simulator,
        ...ports(`src/${layer}`, layer === 'run'),
        ...upward(`src/${layer}`, ['commands'], 'commands sit above every other layer'),
        ...upward(`src/${layer}`, RUNS, `the runs sit above src/${layer}`),
        ...upward(`src/${layer}`, above, `src/${layer} sits below it`),
      ],
    ),
  );
});

// The simulator models AWS from AWS's documentation: it imports nothing from the product.
blocks.push(
  block(
    ['src/simulator/**/*.ts'],
    [
      {
        regex: '^\\.\\./(?!simulator/)',
        message: `the simulator imports nothing from the product: it models AWS from AWS's docs, not our code ${WHY}`,
      },
    ],
  ),
);

// Dynamic import() is not covered by no-restricted-imports: the simulator rule again for it.
blocks.push({
  files: ['src/**/*.ts'],
  ignores: [...SIMULATOR_USERS, 'src/simulator/**'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'ImportExpression[source.value=/(^|\\/)simulator\\//]',
        message: simulator.message,
      },
    ],
  },
});

export const layers = blocks;
