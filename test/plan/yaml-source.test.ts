import { describe, expect, test } from 'vitest';
import { parseYaml, pathKey } from '../../src/plan/yaml-source.js';

const at = (text: string, path: (string | number)[]) => parseYaml(text, 'f.yml').nodes.get(pathKey(path));

describe('parseYaml keeps the position of every key and value', () => {
  const text = [
    'a: 1', // 1
    'list:', // 2
    '  - "quoted"', // 3
    '  - { k: v }', // 4
    'empty:', // 5
    'anchored: &x { days: 35 }', // 6
    'alias: *x', // 7
    'block: |', // 8
    '  text', // 9
  ].join('\n');

  test('keys, values, quoted scalars (at the quote), flow collections', () => {
    expect(at(text, ['a'])).toEqual({ key: { line: 1, column: 1 }, value: { line: 1, column: 4 }, raw: '1' });
    expect(at(text, ['list', 0])).toEqual({ value: { line: 3, column: 5 }, raw: '"quoted"' });
    expect(at(text, ['list', 1, 'k'])).toMatchObject({
      key: { line: 4, column: 7 },
      value: { line: 4, column: 10 },
    });
  });

  test('an empty value points at its key; anchors and aliases have positions', () => {
    expect(at(text, ['empty'])?.value).toEqual({ line: 5, column: 1 });
    expect(at(text, ['anchored'])?.value).toEqual({ line: 6, column: 14 }); // the `{`
    expect(at(text, ['anchored', 'days'])?.value).toEqual({ line: 6, column: 22 });
    expect(at(text, ['alias'])?.value).toEqual({ line: 7, column: 8 });
  });

  test('the value is constructed by js-yaml, aliases resolved', () => {
    expect(parseYaml(text, 'f.yml').value).toEqual({
      a: 1,
      list: ['quoted', { k: 'v' }],
      empty: null,
      anchored: { days: 35 },
      alias: { days: 35 },
      block: 'text\n',
    });
  });

  test('duplicate keys anywhere are reported at the second key', () => {
    const { problems, value } = parseYaml('a:\n  b: 1\n  b: 2\n', 'f.yml');
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { line: 3, column: 3, message: 'a.b: duplicate key "b" (first at line 2); each key may appear once' },
    ]);
  });

  test('syntax errors carry the parser position', () => {
    const { problems } = parseYaml('a: [1, 2\nb: 3\n', 'f.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^not valid YAML: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
  });
});
