/**
 * Where each value of a YAML text is written, so that a message about a frontmatter field can name its line, as the
 * messages about a page's body do. Read from js-yaml's event stream (which refers to the text by offsets), only for a
 * file that has a problem to report: a valid page costs nothing.
 */
import {
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  SCALAR_STYLE_PLAIN,
  getScalarValue,
  parseEvents,
} from 'js-yaml';
import { formatPath } from './content-error.ts';

export interface YamlPlace {
  /** The 1-based line in the file: a field's own line (where its name is), a list item's line. */
  line: number;
  /** The value as written, when it is a plain scalar (2024, Null, yes): what YAML read as a number, null or text. */
  written?: string;
}

type Frame =
  | { kind: 'document'; path: PropertyKey[] }
  | { kind: 'sequence'; path: PropertyKey[]; at: number; index: number }
  | { kind: 'mapping'; path: PropertyKey[]; at: number; key: string | undefined; keyAt: number; value: boolean }
  | { kind: 'key'; at: number };

/**
 * Every value of `yaml` by its path as `formatPath` writes it ("date", "countries[1]", "corrections[0].date"), with its
 * place; `firstLine` is the file's line on which `yaml` starts. Empty for a text js-yaml cannot read.
 */
export function yamlPlaces(yaml: string, firstLine: number): Map<string, YamlPlace> {
  const places = new Map<string, YamlPlace>();
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(yaml, {});
  } catch {
    return places;
  }
  const breaks: number[] = [];
  for (let at = yaml.indexOf('\n'); at !== -1; at = yaml.indexOf('\n', at + 1)) breaks.push(at);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return firstLine + low;
  };
  const stack: Frame[] = [];
  /** Where a node starting at `at` (-1: unknown, as for an empty value) belongs, recorded; its path, or undefined for a key. */
  const place = (at: number, written?: string): PropertyKey[] | undefined => {
    const parent = stack.at(-1);
    if (!parent || parent.kind === 'key') return undefined;
    if (parent.kind === 'document') return parent.path;
    let path: PropertyKey[];
    let offset: number;
    if (parent.kind === 'sequence') {
      path = [...parent.path, parent.index++];
      offset = at >= 0 ? at : parent.at;
    } else if (!parent.value) {
      parent.keyAt = at >= 0 ? at : parent.at;
      parent.value = true;
      return undefined;
    } else {
      parent.value = false;
      if (parent.key === undefined) return undefined;
      path = [...parent.path, parent.key];
      offset = parent.keyAt;
    }
    places.set(formatPath(path), { line: lineOf(offset), ...(written === undefined ? {} : { written }) });
    return path;
  };
  for (const event of events) {
    if (event.type === EVENT_DOCUMENT) stack.push({ kind: 'document', path: [] });
    else if (event.type === EVENT_POP) stack.pop();
    else if (event.type === EVENT_SCALAR) {
      const parent = stack.at(-1);
      if (parent?.kind === 'mapping' && !parent.value) parent.key = getScalarValue(yaml, event);
      const plain = event.style === SCALAR_STYLE_PLAIN && event.valueStart >= 0;
      place(
        event.valueStart,
        plain ? yaml.slice(event.valueStart, event.valueEnd) : event.valueStart < 0 ? '' : undefined,
      );
    } else if (event.type === EVENT_ALIAS) place(-1);
    else if (event.type === EVENT_SEQUENCE || event.type === EVENT_MAPPING) {
      const parent = stack.at(-1);
      const isKey = parent?.kind === 'mapping' && !parent.value;
      if (isKey) parent.key = undefined;
      const path = place(event.start);
      if (isKey || !path) stack.push({ kind: 'key', at: event.start });
      else if (event.type === EVENT_SEQUENCE) stack.push({ kind: 'sequence', path, at: event.start, index: 0 });
      else stack.push({ kind: 'mapping', path, at: event.start, key: undefined, keyAt: event.start, value: false });
    }
  }
  return places;
}
