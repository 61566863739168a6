/** A schema's issues as ContentErrors, in an editor's words, with the line of each field in the frontmatter. */
import { z } from 'astro/zod';
import { ContentError, formatPath } from '../content-error.ts';
import { chartMessageInJson, chartOptions, optionHint } from '../../schemas/chart.ts';
import type { YamlPlace } from '../yaml-places.ts';
import { nearestName } from '../edit-distance.ts';

/**
 * Adds a ContentError per issue; with the `schema` that was parsed, an unknown field's message lists the known ones;
 * with the `places` of a YAML text's values, each names its line (an unknown field, the line of the first one). A
 * field that is not written has no line of its own: it names the item it is missing from, or the frontmatter's
 * `block` of lines ("lines 1–7"), so that every message about the frontmatter says where to look.
 */
export function addIssues(
  errors: ContentError[],
  file: string,
  error: z.ZodError,
  schema?: z.ZodType,
  input?: unknown,
  whole = '(top level)',
  places?: Map<string, YamlPlace>,
  block?: { first: number; last: number },
): void {
  for (const issue of error.issues) {
    // An issue with the whole object (an unknown field) is the frontmatter's, or the JSON file's top level.
    const named = issue.path.length === 0 ? whole : formatPath(issue.path);
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const place =
      (unknown === undefined ? undefined : places?.get(formatPath([...issue.path, unknown]))) ??
      places?.get(formatPath(issue.path));
    const where = place
      ? `line ${place.line}`
      : places && input !== undefined && isMissing(input, issue.path)
        ? missingPlace(places, issue.path, block)
        : undefined;
    const field = where ? `${where}: ${named}` : named;
    const known = schema && issue.code === 'unrecognized_keys' ? fieldsAt(schema, issue.path) : undefined;
    const message = issueMessage(issue, known, input, places && { written: place?.written });
    // A dataset's own chart is written in JSON, where the chart options' examples (y="issued") are MDX.
    errors.push(
      new ContentError(
        file,
        field,
        issue.path[0] === 'chart' && file.endsWith('.json') ? chartMessageInJson(message) : message,
      ),
    );
  }
}

/** Where a field that is not written belongs: the line of the nearest item or field holding it, else the block's lines. */
function missingPlace(
  places: Map<string, YamlPlace>,
  path: readonly PropertyKey[],
  block: { first: number; last: number } | undefined,
): string | undefined {
  for (let length = path.length - 1; length > 0; length--) {
    const holder = places.get(formatPath(path.slice(0, length)));
    if (holder) return `line ${holder.line}`;
  }
  return block && `lines ${block.first}–${block.last}`;
}

/**
 * What an editor is told about one zod issue: the schema's own words (zod's, "Invalid input: expected string, received
 * number", put in words), said as a missing field or a bad key where it is one, and followed by what was read when the
 * words do not say it. `yaml` is set for frontmatter, with the value as written when it is a plain scalar.
 */
function issueMessage(
  issue: z.core.$ZodIssue,
  known: string[] | undefined,
  input: unknown,
  yaml?: { written: string | undefined },
): string {
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue, known);
  // A record's key (a source id) that its key schema refused: that schema's message, not zod's "Invalid key in record".
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  const words = inWords(issue);
  const missable = issue.code === 'invalid_type' || issue.code === 'invalid_value';
  const toWrite = yaml ? emptyTextFix(issue.path, input, yaml.written) : undefined;
  if (missable && input !== undefined && isMissing(input, issue.path))
    return `missing: ${words}${toWrite ? `, ${toWrite}` : ''}`;
  const typed = issue.code === 'invalid_type' || (issue.code === 'invalid_union' && words !== issue.message);
  if (!typed || input === undefined || /\bgot\b/.test(words)) return toWrite ? `${words}: write ${toWrite}` : words;
  const expected = issue.code === 'invalid_type' ? issue.expected : undefined;
  const value = valueAt(input, issue.path);
  return `${words}, got ${valueRead(value, expected, yaml)}${toWrite ? `: write ${toWrite}` : ''}${listForOne(value, expected, issue.path, yaml !== undefined, words === 'expected text')}`;
}

/**
 * What to write in a page's text field left out or empty (`summary: ""`, `title:`): "expected text, got an empty
 * string" alone did not say what the field is for. Not for a value YAML read otherwise (~, Null), told how to quote it.
 */
const emptyTextFixes: Record<string, string> = {
  title: "the page's headline",
  summary: 'a sentence or two on what the page shows, printed under the headline, in lists and in search results',
  subject: 'the name of the person or group the case is about',
};

function emptyTextFix(path: readonly PropertyKey[], input: unknown, written: string | undefined): string | undefined {
  const key = path.length === 1 ? path[0] : undefined;
  if (typeof key !== 'string' || !Object.hasOwn(emptyTextFixes, key)) return undefined;
  const value = input === undefined ? undefined : valueAt(input, path);
  const empty =
    value === undefined || (typeof value === 'string' && value.trim() === '') || (value === null && !written);
  return empty ? emptyTextFixes[key] : undefined;
}

/**
 * What to write for a list where one value is expected (country: [RU] in a case file, as a story's countries: is
 * written): the value alone, when the list holds one; that one is taken, when it holds more.
 */
function listForOne(
  value: unknown,
  expected: string | undefined,
  path: readonly PropertyKey[],
  yaml: boolean,
  text: boolean,
): string {
  if (!Array.isArray(value) || !['string', 'number', 'int', 'boolean'].includes(expected ?? '')) return '';
  const items = value.filter((item) => ['string', 'number', 'boolean'].includes(typeof item));
  if (items.length !== value.length || items.length === 0) return ', which holds no single value: write one';
  const written = (item: unknown) => (yaml ? String(item) : JSON.stringify(item));
  const list = yaml ? `[${items.map(written).join(', ')}]` : JSON.stringify(items);
  const key = path.at(-1);
  const field = yaml && typeof key === 'string' ? `${key}: ` : '';
  // A text in brackets ("[Update]") is a list to YAML: in quotes, it is text (`text`: any text is expected).
  const asText = yaml && text ? ` (or, to print the brackets, ${field}"${list}")` : '';
  return items.length === 1
    ? `, ${list}: it takes one value, without brackets: write ${field}${written(items[0])}${asText}`
    : `, ${list}: it takes one value: write ${field}${written(items[0])}, or the one meant`;
}

/** What zod's own messages mean, in an editor's words; a schema's own message is kept. */
function inWords(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.code === 'invalid_type') return `expected ${typeWords[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union') {
    const types = issue.errors
      .map((errors) => errors[0])
      .flatMap((one) => (one?.code === 'invalid_type' ? [typeWords[one.expected] ?? one.expected] : []));
    // "text, a number, true or false": the last "or" is the list's own when the last type has one.
    const last = types.at(-1) ?? '';
    if (types.length === issue.errors.length)
      return `expected ${types.slice(0, -1).join(', ')}${types.length < 2 ? '' : last.includes(' or ') ? ', ' : ' or '}${last}`;
  }
  return issue.message;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  date: 'a date',
};

/**
 * `value` as an editor wrote it. YAML reads 2024 as a number, Null, ~ and nothing as empty (null), true as true or
 * false: where text was `expected`, that is said, with the quotes that keep it text.
 */
function valueRead(
  value: unknown,
  expected: string | undefined,
  yaml: { written: string | undefined } | undefined,
): string {
  const written = yaml?.written;
  if (yaml && (value === null || typeof value === 'number' || typeof value === 'boolean')) {
    if (written === '' || written === undefined)
      return value === null ? 'nothing (an empty value)' : JSON.stringify(value);
    const as = value === null ? 'empty (null)' : typeof value === 'number' ? 'a number' : `the value ${String(value)}`;
    return expected === 'string'
      ? `${written}, which YAML reads as ${as}, not text: write it in quotes, ${JSON.stringify(written)}`
      : value === null
        ? `${written}, which YAML reads as empty (null)`
        : written;
  }
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return yaml ? 'a set of fields' : 'an object';
  return JSON.stringify(value) ?? String(value);
}

/** The value at `path` in `input`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Whether the object at path's parent lacks path's last key (a field not written at all). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  return parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path.at(-1)!);
}

/**
 * Fields other tools name otherwise, with the field meant here: Astro's blog template writes `description` and
 * `pubDate`, Hugo `lastmod` and `categories`, a translator `translation_of`. None is a typo of the field meant.
 */
const otherNames: Record<string, string> = {
  description: 'summary',
  dek: 'summary',
  excerpt: 'summary',
  standfirst: 'summary',
  subtitle: 'summary',
  pubdate: 'date',
  pub_date: 'date',
  publishdate: 'date',
  publish_date: 'date',
  published: 'date',
  published_at: 'date',
  publication_date: 'date',
  updateddate: 'updated',
  updated_at: 'updated',
  last_updated: 'updated',
  lastmod: 'updated',
  modified: 'updated',
  byline: 'authors',
  categories: 'tags',
  keywords: 'tags',
  country: 'countries',
  language: 'lang',
  locale: 'lang',
  translation: 'translationKey',
  translation_of: 'translationKey',
  translationof: 'translationKey',
  translated_from: 'translationKey',
  original: 'translationKey',
};

/** The fields one kind of page has and the other has not (src/schemas/case.ts, story.ts). */
const caseFields = ['subject', 'country', 'status', 'notice'];
const storyFields = ['lead', 'cases'];

function unknownKeys(issue: z.core.$ZodIssue, known: string[] | undefined): string {
  const keys = (issue as { keys?: string[] }).keys ?? [];
  const fix = known?.length
    ? `expected one of ${known.join(', ')}`
    : `check the spelling, or remove ${keys.length === 1 ? 'it' : 'them'}`;
  // A field a typo away from a known one (darft: true, countires:) is named, as a misspelt column is: in the list of
  // every field, "draft" was there to be found, but not pointed at.
  const named = (key: string) => {
    const other = otherNames[key.toLowerCase()];
    const meant = known && (other && known.includes(other) ? other : nearestName(key, known));
    // A story's fields in a case file, or a case file's in a story (the schema lists the kind's own).
    const kind =
      known?.includes('lead') && caseFields.includes(key)
        ? "a case file's field"
        : known?.includes('subject') && storyFields.includes(key)
          ? "a story's field"
          : undefined;
    // "country: RU" in a story means its countries, as otherNames says, before it is a case file's field.
    if (kind && !meant) return `"${key}" (${kind})`;
    // A dataset's "chart" is told what a <Chart> is told of the same option ("color": there is none, and why).
    if (known && chartOptions.every((option) => known.includes(option))) return `"${key}"${optionHint(key)}`;
    return meant ? `"${key}" (did you mean "${meant}"?)` : `"${key}"`;
  };
  return `unknown field${keys.length === 1 ? '' : 's'} ${keys.map(named).join(', ')}: ${fix}`;
}

/** The field names of the object `schema` describes at `path` (through records, lists, optional and defaults). */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  type Def = {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    valueType?: z.core.$ZodType;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
    out?: z.core.$ZodType;
  };
  let current: z.core.$ZodType | undefined = schema;
  let rest = [...path];
  while (current) {
    const def = current._zod.def as unknown as Def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.out;
    else if (rest.length === 0) return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
    else if (def.type === 'object') current = def.shape?.[String(rest.shift())];
    else if (def.type === 'record') [current, rest] = [def.valueType, rest.slice(1)];
    else if (def.type === 'array') [current, rest] = [def.element, rest.slice(1)];
    else return undefined;
  }
  return undefined;
}
