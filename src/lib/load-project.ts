/**
 * Reads the editors' files from disk and validates each against its schema, collecting every problem as a
 * ContentError that names the file and the field. Cross references are checked afterwards by validate-project.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, join, relative, extname } from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { z } from 'astro/zod';
import { ContentError, formatPath } from './content-error.ts';
import { storySchema, type StoryData } from '../schemas/story.ts';
import { caseSchema, type CaseData } from '../schemas/case.ts';
import { datasetColumnsSchema, datasetExpected, datasetSchema, type Column, type DatasetWithId } from '../schemas/dataset.ts';
import { sourceSchema, sourcesSchema, type SourceWithId } from '../schemas/source.ts';
import { chartMessageInJson } from '../schemas/chart.ts';
import { slugFromPath } from './slug.ts';
import { fileNameProblem } from './file-name.ts';
import { listContent } from './content-files.ts';
import { yamlPlaces, type YamlPlace } from './yaml-places.ts';
import { resolveRows, rowIssuePlace, type ResolvedRows, type RowsFile } from './dataset-rows.ts';
import { nearestName } from './edit-distance.ts';
import { parse as parseJsonc, printParseErrorCode, visit as visitJson, type JSONPath, type ParseError } from 'jsonc-parser';

export interface Entry<T> {
  /** The id Astro gives the entry (its path below the collection folder, slugified, without extension). */
  id: string;
  /** The file, relative to the project root, for messages. */
  file: string;
  data: T;
  body: string;
  /** Lines before the body (the frontmatter block), to turn body lines into file lines. */
  bodyLine: number;
}

export interface Project {
  root: string;
  stories: Entry<StoryData>[];
  cases: Entry<CaseData>[];
  /** Each valid dataset, with its file and, for rows read from a CSV, that file and the line of each row. */
  datasets: Map<string, DatasetWithId & { file: string; rowsFile?: RowsFile }>;
  sources: Map<string, SourceWithId>;
  /** Ids of entries and datasets whose file exists but failed validation: already reported, not "unknown". */
  invalid: Set<string>;
  /**
   * The columns of each invalid dataset whose `columns` are valid (the problem is in its rows, say): a chart's or a
   * Fact's column names are still checked against them, so that one build reports both.
   */
  declaredColumns: Map<string, Record<string, Column>>;
  /** The rows (as written) and key of each dataset in declaredColumns, for the checks that read cells (source ids). */
  declaredRows: Map<string, { rows: unknown[]; key?: string; rowsFile?: RowsFile }>;
  /** The CSV files ("data/x.csv") datasets' `rows` name, read or not: the others in data/ are not read. */
  csvNamed: Set<string>;
  /**
   * The bodies of stories and case files whose frontmatter failed validation: their citations, facts and charts are
   * still checked, so that an editor sees every problem of the file at once rather than the body's after the
   * frontmatter is fixed.
   */
  unlisted: { file: string; body: string; bodyLine: number; frontmatter: Record<string, unknown> }[];
  /**
   * Each page's frontmatter as written (the text between its lines "---", from the file's line `firstLine`), so that a
   * check reporting a field can name its line (see fieldLine).
   */
  frontmatter: Map<string, { yaml: string; firstLine: number }>;
  /** Every story and case file read, valid or not ("content/stories/fr/x.mdx"): where they are is checked too. */
  pages: string[];
  /**
   * What the site and the checks leave out for its "_" name (src/lib/content-files.ts), from the project's root: each
   * topmost file or folder once ("content/stories/_drafts/"), so that an editor is told it is not published.
   */
  leftOut: string[];
}

export function loadProject(root: string): { project: Project; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const project: Project = {
    root,
    stories: [],
    cases: [],
    datasets: new Map(),
    sources: new Map(),
    invalid: new Set(),
    declaredColumns: new Map(),
    declaredRows: new Map(),
    csvNamed: new Set(),
    unlisted: [],
    frontmatter: new Map(),
    pages: [],
    leftOut: [],
  };
  project.stories = loadEntries(root, 'content/stories', storySchema, errors, project);
  project.cases = loadEntries(root, 'content/cases', caseSchema, errors, project);

  const sourcesFile = 'data/sources.json';
  const sources = readJson(root, sourcesFile, errors);
  // An unreadable sources.json is one error, not one "unknown source" per citation of every page.
  if (sources === undefined && existsSync(join(root, sourcesFile))) project.invalid.add('source:*');
  if (sources !== undefined) {
    const parsed = sourcesSchema.safeParse(sources);
    if (parsed.success) {
      for (const [id, source] of Object.entries(parsed.data)) project.sources.set(id, { ...source, id });
    } else {
      addIssues(errors, sourcesFile, parsed.error, sourcesSchema, sources);
      // The entries that are fine are still known, and the faulty ones are marked as such: a story citing either is
      // not also reported for an "unknown source".
      if (typeof sources === 'object' && sources !== null && !Array.isArray(sources)) {
        for (const [id, entry] of Object.entries(sources)) {
          const one = sourceSchema.safeParse(entry);
          if (one.success) project.sources.set(id, { ...one.data, id });
          else project.invalid.add(`source:${id}`);
        }
      }
    }
  }

  const data = listContent(join(root, 'data'));
  project.leftOut.push(...data.leftOut.map((name) => `data/${name}`));
  for (const name of data.files.filter((file) => extname(file) === '.json')) {
    if (name === 'sources.json') continue;
    const file = `data/${name}`;
    // Astro reads data/*.json, not data/<folder>/*.json: a dataset there would pass here and be unknown to pages.
    if (name.includes('/')) {
      errors.push(new ContentError(file, 'file name', `datasets are read from data/ itself, not from its folders: move it to data/${basename(name)} (a folder whose name starts with "_" is not read)`));
      continue;
    }
    const misnamed = fileNameProblem(file, "the dataset's id (what <Fact dataset>, <Chart dataset> and datasets: name, and its address)", { identifier: true });
    if (misnamed) {
      errors.push(new ContentError(file, 'file name', misnamed));
      // Reported here once: a page naming the dataset by the id Astro would give it is not also "unknown".
      project.invalid.add(`dataset:${slugFromPath(name)}`);
    }
    const json = readJson(root, file, errors);
    if (json === undefined) {
      project.invalid.add(`dataset:${name.slice(0, -5)}`);
      continue;
    }
    const id = name.slice(0, -5);
    // {} is one problem, not one "missing" per field.
    if (json !== null && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 0) {
      errors.push(new ContentError(file, '(top level)', `empty: ${datasetExpected}`));
      project.invalid.add(`dataset:${id}`);
      continue;
    }
    // Rows named as a CSV file are read and typed first (src/lib/dataset-rows.ts), as Astro's loader reads them.
    const resolved = resolveRows(json, join(root, 'data'), file);
    const named = (json as { rows?: unknown } | null)?.rows;
    if (typeof named === 'string') project.csvNamed.add(`data/${named}`);
    errors.push(...resolved.problems);
    const parsed = datasetSchema.safeParse(resolved.data);
    if (parsed.success && resolved.problems.length === 0) project.datasets.set(id, { ...parsed.data, id, file, ...(resolved.rowsFile ? { rowsFile: resolved.rowsFile } : {}) });
    else {
      project.invalid.add(`dataset:${id}`);
      if (!parsed.success) addDatasetIssues(errors, file, parsed.error, resolved);
      const columns = datasetColumnsSchema.safeParse((json as { columns?: unknown } | null)?.columns);
      if (columns.success) {
        project.declaredColumns.set(id, columns.data);
        const { rows, key } = resolved.data as { rows?: unknown; key?: unknown };
        if (Array.isArray(rows)) project.declaredRows.set(id, { rows, ...(typeof key === 'string' ? { key } : {}), ...(resolved.rowsFile ? { rowsFile: resolved.rowsFile } : {}) });
      }
    }
  }
  return { project, errors };
}

/**
 * The schema's issues with a dataset whose rows may come from a CSV: an issue with a row names the CSV and the row's
 * line; one the CSV's own problems already report (a cell that could not be typed, rows that could not be read) is
 * left out, so that a mistake is told once.
 */
function addDatasetIssues(errors: ContentError[], file: string, error: z.ZodError, resolved: ResolvedRows): void {
  const { rowsFile, untyped } = resolved;
  const fromCsv = rowsFile !== undefined || resolved.problems.some((problem) => problem.file === file && problem.field === 'rows');
  const issues = error.issues.filter((issue) => {
    if (!fromCsv || issue.path[0] !== 'rows') return true;
    if (issue.path.length === 1) return false;
    return !untyped.has(`${String(issue.path[1])}\n${String(issue.path[2])}`);
  });
  const own = issues.filter((issue) => !rowsFile || !rowIssuePlace(rowsFile, issue.path, issue.message));
  if (own.length > 0) addIssues(errors, file, new z.ZodError(own), datasetSchema, resolved.data);
  if (!rowsFile) return;
  for (const issue of issues) {
    const place = rowIssuePlace(rowsFile, issue.path, issue.message);
    if (place) errors.push(new ContentError(place.file, place.field, place.message));
  }
}

/**
 * Why a file under content/stories or content/cases cannot be a page, if it looks like one: Markdown rather than MDX
 * (the components would print as text, or fail the HTML check); .MDX or .Mdx, or .mdx followed by another extension
 * (.mdx.txt, .mdx.bak), which the site does not read: a renamed original would vanish from the site, and its
 * translations be published as pages of their own. Other files (images beside a page) are no pages.
 */
function misplacedFile(name: string): string | undefined {
  const base = name.split('/').pop()!;
  const markdown = /^(.*)\.(?:md|markdown)$/i.exec(base);
  if (markdown) {
    return `stories and case files are MDX: rename it to ${markdown[1]}.mdx (in Markdown, <Chart>, <Cite>, <Fact> and <Response> are not components)`;
  }
  const mdx = /^(.*?)\.mdx(?:\.[^.]+)*$/i.exec(base);
  if (mdx && !base.endsWith('.mdx')) {
    return `the site reads files ending in .mdx, in lower case: rename it to ${mdx[1]}.mdx, or prefix its name with _ to keep it out of the site`;
  }
  return undefined;
}

/**
 * What an editor most likely got wrong when YAML stops at `line` (1-based, in the file), in words rather than the
 * parser's ("bad indentation of a mapping entry"): a value with ": " in it, unquoted, or a quote left open on that line
 * or one before it (the parser notices it only lines later). Undefined when neither fits.
 */
function yamlHint(lines: string[], line: number): { line: number; text: string } | undefined {
  // A tab where YAML wants a space (a word processor's, or an editor's Tab key): js-yaml says "deficient indentation"
  // or "tab characters must not be used in indentation", neither of which names the tab. In a quoted value it is text.
  for (let n = line; n >= 2 && n >= line - 1; n--) {
    const text = lines[n - 1] ?? '';
    const after = /^\s*(?:-\s*)?([A-Za-z_][\w-]*):\t/.exec(text) ?? /^\s*(-)\t/.exec(text);
    const spaces = ' after a colon or a dash and to indent';
    if (after) return { line: n, text: `a tab after "${after[1] === '-' ? '-' : `${after[1]}:`}": YAML reads spaces only,${spaces}: replace the tab with a space` };
    if (/^ *\t/.test(text)) return { line: n, text: `a tab indents the line: YAML reads spaces only,${spaces}: replace the tab with spaces (two)` };
  }
  for (let n = line; n >= 2 && n >= line - 3; n--) {
    const field = /^(\s*[A-Za-z_][\w-]*):\s+(.*)$/.exec(lines[n - 1] ?? '');
    if (!field) continue;
    const name = field[1]!.trim();
    const value = field[2] ?? '';
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : undefined;
    // Open from its line to the one the parser stopped at (a quoted value may span lines, closed further down).
    const rest = [value.slice(1), ...lines.slice(n, line)].join('\n');
    if (quote && !rest.includes(quote)) {
      return { line: n, text: `the value of ${name} opens a ${quote === '"' ? 'double' : 'single'} quote and never closes it: end it with ${quote}` };
    }
    // "He said "no" to it": the value ends at the second quote, and what follows cannot be read.
    const close = quote ? value.indexOf(quote, 1) : -1;
    const after = close > 0 ? value.slice(close + 1).trim() : '';
    if (quote && after !== '' && !after.startsWith('#') && value.trimEnd().endsWith(quote) && n === line) {
      const inner = value.trimEnd().slice(1, -1);
      const requoted = quote === '"' ? `'${inner.replaceAll("'", "''")}'` : JSON.stringify(inner);
      return { line: n, text: `the value of ${name} ends at its second ${quote}, and the text after it cannot be read: quote the whole value with the other kind of quote, ${name}: ${requoted}` };
    }
    if (!quote && !/^[[{|>&*!]/.test(value) && /:\s/.test(value) && n === line) {
      // Curly quotes around it were meant as YAML's quotes (see curlyQuotedValues): the fix has straight ones instead.
      const curly = curlyQuotedText(value);
      if (curly !== undefined) {
        return { line: n, text: `the value of ${name} has ": " in it, and curly quotes are text, not quotation marks: write ${name}: ${straightQuoted(curly)} with straight quotes` };
      }
      return { line: n, text: `the value of ${name} has ": " in it: put it in quotes, ${name}: ${JSON.stringify(value.trim())}` };
    }
  }
  return undefined;
}

/** Quotation marks a word processor puts where an editor typed YAML's straight ones ("smart quotes"), and guillemets. */
const curlyOpen = '‘’“”«';
const curlyClose = '’‘”“»';

/** `value` without the curly quotes or guillemets around it, if it has them (‘The files’ -> The files); else undefined. */
export function curlyQuotedText(value: string): string | undefined {
  const text = value.trim();
  if (text.length < 2 || !curlyOpen.includes(text[0]!) || !curlyClose.includes(text.at(-1)!)) return undefined;
  return text.slice(1, -1).trim();
}

/** `text` quoted for YAML with straight quotes: single ones, unless it has one itself. */
function straightQuoted(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
}

/**
 * Frontmatter values written without YAML's quotes but between curly quotes or guillemets (title: ‘Extradition’,
 * authors: [“A. Reporter”]): YAML reads the marks as part of the text, and the site would print them. A word
 * processor turns straight quotes into curly ones ("smart quotes"; French autocorrection into « »), so they are
 * almost always meant as YAML's. Marks meant as text (a title that is a quotation) are written inside straight quotes,
 * title: '« Nous ne savions pas »', and are then not reported. Only a file with such a mark is looked at closely.
 */
function curlyQuotedValues(yaml: string, firstLine: number): { line: number; field: string; text: string }[] {
  if (!/[‘’“”«]/.test(yaml)) return [];
  const found: { line: number; field: string; text: string }[] = [];
  for (const [field, { line, written }] of yamlPlaces(yaml, firstLine)) {
    const name = /^[A-Za-z_][\w-]*$/.test(field) ? `${field}: ` : '';
    // Opened with a curly quote and closed with a straight one (“A. Reporter"): half-converted by a word processor,
    // or typed so; YAML reads both marks as text, and the byline printed “A. Reporter".
    const mixed = written === undefined ? undefined : /^\s*([‘’“”«])(.*?)(["'])\s*$/.exec(written);
    if (mixed && mixed[2]!.trim() !== '') {
      found.push({ line, field, text: `${mixed[1]} opens it and ${mixed[3]} closes it, and YAML reads both as text, which the site would print: write ${name}${straightQuoted(mixed[2]!.trim())} with straight quotes at both ends` });
      continue;
    }
    const inner = written === undefined ? undefined : curlyQuotedText(written);
    if (inner === undefined) continue;
    found.push({
      line,
      field,
      text: `curly quotes are text, not quotation marks: write ${name}${straightQuoted(inner)} with straight quotes (to print the marks, put the whole value in straight quotes: ${name}${straightQuoted(written!.trim())})`,
    });
  }
  return found;
}

/**
 * What is wrong with the lines "---" that open and close a page's frontmatter (`text`, from its opening line on, which
 * is the file's line `blankLines` + 1), with the line where one belongs; undefined when both are there. Without the
 * opening line, gray-matter (and Astro) read no frontmatter at all and every field would be "missing"; without the
 * closing one, the page's text is read as YAML, and the parser's error says nothing of why.
 */
function delimiterProblem(text: string, blankLines: number): { line: number; text: string } | undefined {
  // As gray-matter reads them: "---" opens unless a fourth hyphen follows; a line starting with "---" closes.
  const opened = text.startsWith('---') && text[3] !== '-';
  if (opened && text.indexOf('\n---', 3) !== -1) return undefined;
  const lines = text.split('\n');
  const key = (line: string | undefined) => /^\uFEFF?([A-Za-z_][\w-]*|"[^"]*"|'[^']*'):(?:\s|$)/.exec(line ?? '')?.[1];
  if (!opened) {
    const first = lines.findIndex((line) => line.trim() !== '');
    const field = key(lines[first]);
    if (field) return { line: first + 1, text: `expected a line "---" before ${field}: the frontmatter starts and ends with a line of three hyphens` };
    return { line: 1, text: 'missing: a page starts with its frontmatter (title, summary, date…) between two lines "---"' };
  }
  // The frontmatter runs over lines that read as YAML (a field, an item, an indented line); the page's text starts at
  // the first that does not. Blank lines and comments go either way.
  let last = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!(key(line) || /^(?:\s|-(?:\s|$))/.test(line))) break;
    last = n;
  }
  const field = lines.slice(1, last + 1).reverse().map(key).find((name) => name !== undefined);
  return {
    line: blankLines + last + 2,
    text: `expected a line "---"${field ? ` after ${field}` : ''}, to end the frontmatter: without it, the text below is read as frontmatter`,
  };
}

/**
 * What the build's preflight finds wrong with the stories or case files of `folder` (content/stories, content/cases)
 * taken one by one, their frontmatter read as the build reads it: YAML, the closing "---", the schema. Only the page
 * `only` (its path below `folder`, "fr/x.mdx") when given. For the dev server (src/lib/page-loader.ts), whose Astro
 * loader reads the YAML otherwise (2026-02-31 becomes 3 March) and says less ("****: Unrecognized key").
 */
export function pageProblems(root: string, folder: 'content/stories' | 'content/cases', only?: string): ContentError[] {
  const errors: ContentError[] = [];
  const schema = folder === 'content/stories' ? storySchema : caseSchema;
  loadEntries(root, folder, schema, errors, { invalid: new Set(), unlisted: [], frontmatter: new Map(), pages: [], leftOut: [] }, only);
  return errors;
}

function loadEntries<S extends z.ZodType>(
  root: string,
  folder: string,
  schema: S,
  errors: ContentError[],
  { invalid, unlisted, frontmatter, pages, leftOut }: Pick<Project, 'invalid' | 'unlisted' | 'frontmatter' | 'pages' | 'leftOut'>,
  only?: string,
): Entry<z.infer<S>>[] {
  const kind = folder.split('/').pop();
  const entries: Entry<z.infer<S>>[] = [];
  const seen = new Map<string, string>();
  const listed = only === undefined ? listContent(join(root, folder)) : { files: existsSync(join(root, folder, only)) ? [only] : [], leftOut: [] };
  leftOut.push(...listed.leftOut.map((name) => `${folder}/${name}`));
  for (const name of listed.files) {
    const file = `${folder}/${name}`;
    const id = slugFromPath(name);
    const misplaced = misplacedFile(name);
    if (!misplaced && extname(name) !== '.mdx') continue;
    pages.push(file);
    if (misplaced) {
      errors.push(new ContentError(file, '', `not read: ${misplaced}`));
      invalid.add(`${kind}:${id}`);
      continue;
    }
    const other = seen.get(id);
    if (other) {
      errors.push(new ContentError(file, 'slug', `"${id}" is already used by ${other}: rename one of the files`));
      continue;
    }
    seen.set(id, file);
    const source = readFileSync(join(root, file), 'utf8');
    // Astro reads the frontmatter after blank lines too (and a byte-order mark, which gray-matter drops itself).
    const start = /^\uFEFF?(?:\s*\n)?(?=---)/.exec(source)?.[0].length ?? 0;
    const blankLines = start === 0 ? 0 : source.slice(0, start).split('\n').length - 1;
    const delimiter = delimiterProblem(source.slice(start), blankLines);
    if (delimiter) {
      errors.push(new ContentError(file, `line ${delimiter.line}: frontmatter`, delimiter.text));
      invalid.add(`${kind}:${id}`);
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      // YAML's core schema keeps dates as the text the editor wrote, so the schema can reject 2026-02-31 (the
      // default schema silently rolls it over to 3 March). Passing options also turns gray-matter's cache off.
      parsed = matter(source.slice(start), { engines: { yaml: (text) => loadYaml(text, { schema: CORE_SCHEMA }) as object } });
    } catch (error) {
      const reason = (error as { reason?: string; mark?: { line: number } }).reason ?? (error as Error).message;
      // js-yaml counts lines from 0 in the text gray-matter hands it, which starts with the newline after the opening
      // ---: its line 1 is the file's line 2 (after any blank lines before the ---).
      const line = (error as { mark?: { line: number } }).mark?.line;
      const hint = line === undefined ? undefined : yamlHint(source.split('\n'), line + 1 + blankLines);
      const at = hint?.line ?? (line === undefined ? undefined : line + 1 + blankLines);
      errors.push(new ContentError(file, 'frontmatter', `malformed YAML${at !== undefined ? ` at line ${at}` : ''}: ${hint?.text ?? reason}`));
      invalid.add(`${kind}:${id}`);
      continue;
    }
    const curly = curlyQuotedValues(parsed.matter, blankLines + 1).map(({ line, field, text }) => new ContentError(file, `line ${line}: ${field}`, text));
    errors.push(...curly);
    const result = schema.safeParse(parsed.data);
    const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
    frontmatter.set(file, { yaml: parsed.matter, firstLine: blankLines + 1 });
    if (!result.success) {
      // A value in curly quotes is reported once, as such: not also as, say, a tag that is no identifier.
      const issues: ContentError[] = [];
      // The block runs from the opening "---" to the closing one, the line before the body's first.
      addIssues(issues, file, result.error, schema, parsed.data, 'frontmatter', yamlPlaces(parsed.matter, blankLines + 1), { first: blankLines + 1, last: bodyLine });
      errors.push(...issues.filter((issue) => !curly.some((one) => one.field === issue.field)));
      invalid.add(`${kind}:${id}`);
      unlisted.push({ file, body: parsed.content, bodyLine, frontmatter: parsed.data });
      continue;
    }
    entries.push({ id, file, data: result.data, body: parsed.content, bodyLine });
  }
  return entries;
}

function readJson(root: string, file: string, errors: ContentError[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    errors.push(new ContentError(file, '', 'missing: the bibliography must exist, even if empty ({})'));
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push(new ContentError(relative(root, path), '', `invalid JSON${jsonProblem(text) ?? `: ${(error as Error).message}`}`));
    return undefined;
  }
  for (const { path: at, line } of repeatedKeys(text, json)) {
    const name = at.at(-1)!;
    const field = at.length === 1 ? `line ${line}` : `line ${line}: ${formatPath(at)}`;
    errors.push(new ContentError(file, field, `${JSON.stringify(name)} is written twice; the second would replace the first${rowOf(json, at)}`));
  }
  return json;
}

/**
 * The keys written twice in one object of `text` (JSON.parse keeps the last silently), with the path and the 1-based
 * line of the second. Cheap when there are none, as in almost every file: the keys written (a `"` before a `:`, which
 * may overcount, never undercount) are counted against those `json` kept, and the text is walked only when they differ.
 */
function repeatedKeys(text: string, json: unknown): { path: JSONPath; line: number }[] {
  if (keysWritten(text) === keysKept(json)) return [];
  const found: { path: JSONPath; line: number }[] = [];
  const objects: Set<string>[] = [];
  visitJson(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (name, _offset, _length, line, _character, path) => {
      const keys = objects.at(-1)!;
      if (keys.has(name)) found.push({ path: [...path(), name], line: line + 1 });
      keys.add(name);
    },
  });
  return found;
}

/** How many `"…":` `text` has, outside escapes: every key written, and a text value starting with ":" (so never fewer). */
function keysWritten(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let at = colon - 1;
    while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t') at--;
    if (text[at] !== '"') continue;
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** How many keys the objects in `value` have, at every depth. */
function keysKept(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += keysKept(item);
  else for (const item of Object.values(value)) count += 1 + keysKept(item);
  return count;
}

/** " (the row where year is 2005)" for a path inside a dataset's row, as the dataset's own messages name rows. */
function rowOf(json: unknown, path: JSONPath): string {
  if (path[0] !== 'rows' || typeof path[1] !== 'number' || path.length !== 3) return '';
  const { key, columns, rows } = json as { key?: unknown; columns?: unknown; rows?: unknown };
  const name = typeof key === 'string' ? key : columns && typeof columns === 'object' ? Object.keys(columns)[0] : undefined;
  const value = Array.isArray(rows) ? (rows[path[1]] as Record<string, unknown> | undefined)?.[name ?? ''] : undefined;
  return name !== undefined && path[2] !== name && (typeof value === 'string' || typeof value === 'number') ? ` (the row where ${name} is ${JSON.stringify(value)})` : '';
}

/**
 * Where and why `text` is not JSON, in an editor's words (" at line 4, column 2: …"): JSON.parse names neither the
 * line nor, for a trailing comma, what is wrong. jsonc-parser, held to strict JSON, gives the first error's offset.
 */
export function jsonProblem(text: string): string | undefined {
  const found: ParseError[] = [];
  parseJsonc(text, found, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = found[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const at = text[first.offset];
  // Notepad and Excel can save UTF-8 with a byte-order mark, which JSON does not allow; the editor cannot see it.
  if (first.offset === 0 && at === '\uFEFF') return ' at line 1, column 1: the file begins with an invisible byte-order mark: save it as "UTF-8", not "UTF-8 with BOM"';
  const afterComma = /,\s*$/.test(before) && (at === ']' || at === '}');
  // A figure typed with commas, "issued": 1,200 or "rate": 13,5: JSON reads 1, then a comma, then a field name it does
  // not find. The error is at the 200; what to write is the figure JSON reads (figureWithCommas). Looked for at the end
  // of what comes before only: matched against all of it, a list of 20,000 figures before the error took seconds.
  const head = /(?<=[:[,]\s*)-?\d+(?:,\d+)*,$/.exec(before.slice(-200));
  const rest = /^\d+(?:,\d+)*(?:\.\d+)?(?=\s*[,}\]])/.exec(text.slice(first.offset));
  const figure = head && rest ? figureWithCommas(`${head[0]}${rest[0]}`) : undefined;
  if (figure) return ` at line ${line}, column ${column - head![0].length}: ${figure}`;
  const why = afterComma
    ? `a comma with nothing after it: remove the comma before "${at}"`
    : (jsonReasons[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error));
  return ` at line ${line}, column ${column}: ${why.replace('{char}', JSON.stringify(at ?? ''))}`;
}

/**
 * What to say of a figure typed with commas in JSON: thousands separators (1,200; 12,345,678.5), written without them,
 * or a decimal comma, as French and German write decimals (13,5; 0,125: no figure's thousands begin with 0), written
 * with a point, as figureAsText reads a figure typed as text. Undefined for anything else.
 */
function figureWithCommas(written: string): string | undefined {
  if (/^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(written)) {
    return `${written} is a figure with thousands separators, which JSON cannot read: write it without them, ${written.replaceAll(',', '')}`;
  }
  if (/^-?\d+,\d+$/.test(written)) return `${written} is a figure with a decimal comma, which JSON cannot read: write it with a point, ${Number(written.replace(',', '.'))}`;
  return undefined;
}

const jsonReasons: Record<string, string> = {
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  CommaExpected: 'expected a comma between two entries',
  ColonExpected: 'expected a colon after the field name',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected nothing after the end of the JSON',
  InvalidSymbol: 'unexpected {char} (text goes in double quotes)',
  InvalidNumberFormat: 'a number JSON cannot read (no leading zeros or thousands separators)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text that is not closed with a double quote',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after a backslash',
  InvalidCharacter: 'a character JSON does not allow in text (a tab or a line break: write \\t or \\n)',
};

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
    const place = (unknown === undefined ? undefined : places?.get(formatPath([...issue.path, unknown]))) ?? places?.get(formatPath(issue.path));
    const where = place ? `line ${place.line}` : places && input !== undefined && isMissing(input, issue.path) ? missingPlace(places, issue.path, block) : undefined;
    const field = where ? `${where}: ${named}` : named;
    const known = schema && issue.code === 'unrecognized_keys' ? fieldsAt(schema, issue.path) : undefined;
    const message = issueMessage(issue, known, input, places && { written: place?.written });
    // A dataset's own chart is written in JSON, where the chart options' examples (y="issued") are MDX.
    errors.push(new ContentError(file, field, issue.path[0] === 'chart' && file.endsWith('.json') ? chartMessageInJson(message) : message));
  }
}

/** Where a field that is not written belongs: the line of the nearest item or field holding it, else the block's lines. */
function missingPlace(places: Map<string, YamlPlace>, path: readonly PropertyKey[], block: { first: number; last: number } | undefined): string | undefined {
  for (let length = path.length - 1; length > 0; length--) {
    const holder = places.get(formatPath(path.slice(0, length)));
    if (holder) return `line ${holder.line}`;
  }
  return block && `lines ${block.first}–${block.last}`;
}

const placesOf = new WeakMap<object, Map<string, YamlPlace>>();

/**
 * The line of the frontmatter field `field` ("date", "datasets[1]") of the page `file` (relative to the project's
 * root), when the page writes it; undefined otherwise (another file, a field not written, "body", "line 9: …").
 */
export function fieldLine(project: Pick<Project, 'frontmatter'>, file: string, field: string): number | undefined {
  const written = project.frontmatter.get(file);
  if (!written || /^lines? /.test(field)) return undefined;
  let places = placesOf.get(written);
  if (!places) placesOf.set(written, (places = yamlPlaces(written.yaml, written.firstLine)));
  return places.get(field)?.line;
}

/**
 * What an editor is told about one zod issue: the schema's own words (zod's, "Invalid input: expected string, received
 * number", put in words), said as a missing field or a bad key where it is one, and followed by what was read when the
 * words do not say it. `yaml` is set for frontmatter, with the value as written when it is a plain scalar.
 */
function issueMessage(issue: z.core.$ZodIssue, known: string[] | undefined, input: unknown, yaml?: { written: string | undefined }): string {
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue, known);
  // A record's key (a source id) that its key schema refused: that schema's message, not zod's "Invalid key in record".
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  const words = inWords(issue);
  const missable = issue.code === 'invalid_type' || issue.code === 'invalid_value';
  if (missable && input !== undefined && isMissing(input, issue.path)) return `missing: ${words}`;
  const typed = issue.code === 'invalid_type' || (issue.code === 'invalid_union' && words !== issue.message);
  if (!typed || input === undefined || /\bgot\b/.test(words)) return words;
  const expected = issue.code === 'invalid_type' ? issue.expected : undefined;
  return `${words}, got ${valueRead(valueAt(input, issue.path), expected, yaml)}`;
}

/** What zod's own messages mean, in an editor's words; a schema's own message is kept. */
function inWords(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.code === 'invalid_type') return `expected ${typeWords[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_union') {
    const types = issue.errors.map((errors) => errors[0]).flatMap((one) => (one?.code === 'invalid_type' ? [typeWords[one.expected] ?? one.expected] : []));
    // "text, a number, true or false": the last "or" is the list's own when the last type has one.
    const last = types.at(-1) ?? '';
    if (types.length === issue.errors.length) return `expected ${types.slice(0, -1).join(', ')}${types.length < 2 ? '' : last.includes(' or ') ? ', ' : ' or '}${last}`;
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
function valueRead(value: unknown, expected: string | undefined, yaml: { written: string | undefined } | undefined): string {
  const written = yaml?.written;
  if (yaml && (value === null || typeof value === 'number' || typeof value === 'boolean')) {
    if (written === '' || written === undefined) return value === null ? 'nothing (an empty value)' : JSON.stringify(value);
    const as = value === null ? 'empty (null)' : typeof value === 'number' ? 'a number' : `the value ${String(value)}`;
    return expected === 'string' ? `${written}, which YAML reads as ${as}, not text: write it in quotes, ${JSON.stringify(written)}` : value === null ? `${written}, which YAML reads as empty (null)` : written;
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

function unknownKeys(issue: z.core.$ZodIssue, known: string[] | undefined): string {
  const keys = (issue as { keys?: string[] }).keys ?? [];
  const fix = known?.length ? `expected one of ${known.join(', ')}` : `check the spelling, or remove ${keys.length === 1 ? 'it' : 'them'}`;
  // A field a typo away from a known one (darft: true, countires:) is named, as a misspelt column is: in the list of
  // every field, "draft" was there to be found, but not pointed at.
  const named = (key: string) => {
    const meant = known && nearestName(key, known);
    return meant ? `"${key}" (did you mean "${meant}"?)` : `"${key}"`;
  };
  return `unknown field${keys.length === 1 ? '' : 's'} ${keys.map(named).join(', ')}: ${fix}`;
}

/** The field names of the object `schema` describes at `path` (through records, lists, optional and defaults). */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  type Def = { type: string; shape?: Record<string, z.core.$ZodType>; valueType?: z.core.$ZodType; element?: z.core.$ZodType; innerType?: z.core.$ZodType; out?: z.core.$ZodType };
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
