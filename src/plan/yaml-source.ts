// YAML with source positions. js-yaml's event stream carries source offsets; we walk it once to
// record where every key and value of the document sits (by path), catch duplicate keys with a
// precise position, and let js-yaml construct the plain value from the same events.
import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
} from 'js-yaml';
import type { Event } from 'js-yaml';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface NodeSource {
  /** Where the mapping key of this node is (absent for sequence items and the root). */
  key?: Position;
  /** Where the value starts (for quoted scalars: at the opening quote). */
  value: Position;
  /** The scalar exactly as written, e.g. `012345678901` or `"0 3 * * *"`. */
  raw?: string;
}

export type Path = readonly (string | number)[];

export interface YamlProblem extends Position {
  message: string;
}

export interface ParsedYaml {
  value: unknown;
  /** Source of every node by `pathKey(path)`. */
  nodes: Map<string, NodeSource>;
  problems: YamlProblem[];
}

export const pathKey = (path: Path): string => JSON.stringify(path);

/**
 * How many values a document may hold once its aliases are expanded. An alias is one event but the
 * code after the parser (schema, checks) walks the value it stands for every time it is used, so
 * one anchor referenced N times costs N × its size, and nested anchors multiply ("billion laughs").
 * A real plan holds a few thousand values; this leaves ample room and keeps any file cheap.
 */
export const MAX_EXPANDED_VALUES = 100_000;

/**
 * Keys that name JavaScript object internals. As a rule name or tag key they would not become an
 * own entry of the map built from the file (`__proto__` sets the prototype instead), so a rule would
 * validate and never run and a tag selector would silently select more: refuse them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `rules.daily.copyTo[0].region` */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

const QUOTED = new Set<number>([2, 3]); // SCALAR_STYLE.SINGLE_QUOTED, DOUBLE_QUOTED

function startOffset(event: Event): number {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.anchorStart >= 0) return event.anchorStart - 1;
      if (event.tagStart >= 0) return event.tagStart;
      return QUOTED.has(event.style) ? event.valueStart - 1 : event.valueStart;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start;
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1; // the `*`
    default:
      return 0;
  }
}

export function parseYaml(text: string, filename: string): ParsedYaml {
  const nodes = new Map<string, NodeSource>();
  const problems: YamlProblem[] = [];
  const lines = new LineIndex(text);
  let events: Event[];
  try {
    events = parseEvents(text, { filename });
  } catch (error) {
    problems.push(yamlProblem(error));
    return { value: undefined, nodes, problems };
  }

  const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
  if (documents > 1) {
    problems.push({
      line: 1,
      column: 1,
      message: 'a plan file holds one YAML document; remove the "---" separators',
    });
    return { value: undefined, nodes, problems };
  }

  // Values each anchor stands for once expanded (saturating at the limit), by anchor name.
  const anchorSizes = new Map<string, number>();
  let expanded = 0;
  let fromAliases = 0; // of `expanded`, what aliases added beyond themselves
  const tooLarge = new Error('alias expansion limit');
  let i = 0;
  /** Walks one node; returns how many values it stands for with its aliases expanded. */
  const walk = (path: Path, key: Position | undefined): number => {
    const event = events[i++]!;
    const offset = startOffset(event);
    // An empty value (`rules:` and nothing) has no offset of its own: point at its key.
    const source: NodeSource = { value: offset >= 0 ? lines.at(offset) : (key ?? { line: 1, column: 1 }) };
    if (key) source.key = key;
    if (event.type === EVENT_ID.SCALAR) {
      const end = QUOTED.has(event.style) ? event.valueEnd + 1 : event.valueEnd;
      source.raw = offset >= 0 ? text.slice(offset, end) : '';
    }
    nodes.set(pathKey(path), source);
    let size = 1;
    if (event.type === EVENT_ID.ALIAS) {
      size = anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
      expanded += size - 1; // the alias event itself was counted below like any value
      fromAliases += size - 1;
    }
    expanded++;
    if (expanded > MAX_EXPANDED_VALUES) {
      const limit = MAX_EXPANDED_VALUES.toLocaleString('en-US');
      problems.push({
        ...source.value,
        message:
          `${formatPath(path) || 'the document'}: ` +
          (fromAliases * 2 >= expanded
            ? `with its aliases expanded this file holds more than ${limit} values (anchors referenced over and over multiply); write the values out or use fewer aliases`
            : `this file holds more than ${limit} keys and values; a plan needs a few thousand at most`),
      });
      throw tooLarge;
    }
    if (event.type === EVENT_ID.SEQUENCE) {
      for (let index = 0; events[i]!.type !== EVENT_ID.POP; index++)
        size += walk([...path, index], undefined);
      i++;
    } else if (event.type === EVENT_ID.MAPPING) {
      const seen = new Map<string, Position>();
      while (events[i]!.type !== EVENT_ID.POP) {
        const keyEvent = events[i]!;
        const keyPos = lines.at(Math.max(0, startOffset(keyEvent)));
        if (keyEvent.type !== EVENT_ID.SCALAR) {
          problems.push({ ...keyPos, message: 'mapping keys must be plain names' });
          skip(); // the key
          skip(); // its value
          continue;
        }
        i++;
        size++;
        expanded++;
        const name = getScalarValue(text, keyEvent);
        const first = seen.get(name);
        if (FORBIDDEN_KEYS.has(name)) {
          problems.push({
            ...keyPos,
            message: `${formatPath([...path, name])}: "${name}" may not be used as a name (it names JavaScript object internals); rename it`,
          });
          skip(); // its value
          continue;
        }
        if (first) {
          const where = formatPath([...path, name]);
          const what = path.length === 1 && path[0] === 'rules' ? 'rule name' : 'key';
          problems.push({
            ...keyPos,
            message: `${where}: duplicate ${what} "${name}" (first at line ${first.line}); each ${what} may appear once`,
          });
        } else seen.set(name, keyPos);
        size += walk([...path, name], keyPos);
      }
      i++;
    }
    if ('start' in event && event.anchorStart >= 0)
      anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), size);
    else if (event.type === EVENT_ID.SCALAR && event.anchorStart >= 0)
      anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), size);
    return size;
  };
  // Skip one complete node (used for keys we cannot name).
  const skip = (): void => {
    let depth = 0;
    do {
      const e = events[i++]!;
      if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
      else if (e.type === EVENT_ID.POP) depth--;
    } while (depth > 0);
  };

  if (events[i]?.type === EVENT_ID.DOCUMENT) {
    i++;
    try {
      if (events[i] && events[i]!.type !== EVENT_ID.POP) walk([], undefined);
    } catch (error) {
      if (error !== tooLarge) throw error;
    }
  }
  if (problems.length > 0) return { value: undefined, nodes, problems };

  try {
    const [value] = constructFromEvents(events, { source: text, filename, schema: CORE_SCHEMA });
    return { value, nodes, problems };
  } catch (error) {
    problems.push(yamlProblem(error));
    return { value: undefined, nodes, problems };
  }
}

function yamlProblem(error: unknown): YamlProblem {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    return {
      line: mark ? mark.line + 1 : 1,
      column: mark ? mark.column + 1 : 1,
      message: `not valid YAML: ${error.reason}`,
    };
  }
  return {
    line: 1,
    column: 1,
    message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
  };
}
