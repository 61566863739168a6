/**
 * Reads the editors' files from disk and validates each against its schema, collecting every problem as a
 * ContentError that names the file and the field. Cross references are checked afterwards by validate-project.ts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { storySchema } from '../schemas/story.ts';
import { caseSchema } from '../schemas/case.ts';
import { datasetColumnsSchema, datasetExpected, datasetSchema } from '../schemas/dataset.ts';
import { sourceSchema, sourcesSchema } from '../schemas/source.ts';
import { slugFromPath } from './slug.ts';
import { fileNameProblem } from './file-name.ts';
import { listContent } from './content-files.ts';
import { yamlPlaces } from './yaml-places.ts';
import { resolveRows, rowIssuePlace, type ResolvedRows } from './dataset-rows.ts';
import { addIssues } from './load/issues.ts';
import { readJson } from './load/json.ts';
import type { Entry, Project } from './load/project.ts';

export type { Entry, Project } from './load/project.ts';
export { jsonProblem } from './load/json.ts';
export { addIssues } from './load/issues.ts';
export { fieldLine } from './load/field-line.ts';

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
