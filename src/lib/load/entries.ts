/** Reading and validating the stories or case files of one folder. */
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { z } from 'astro/zod';
import { ContentError } from '../content-error.ts';
import { storySchema } from '../../schemas/story.ts';
import { caseSchema } from '../../schemas/case.ts';
import { slugFromPath } from '../slug.ts';
import { listContent } from '../content-files.ts';
import { yamlPlaces } from '../yaml-places.ts';
import { curlyQuotedValues } from './curly-quotes.ts';
import { commentedValues } from './yaml-comments.ts';
import { delimiterProblem } from './frontmatter-delimiters.ts';
import { addIssues } from './issues.ts';
import { misplacedFile } from './misplaced-file.ts';
import type { Entry, Project } from './project.ts';
import { duplicateKeyHint, yamlHint } from './yaml-hint.ts';
import { withFieldLine } from './field-line.ts';
import { entryLocale } from '../translations.ts';

/**
 * What the build's preflight finds wrong with the stories or case files of `folder` (content/stories, content/cases)
 * taken one by one, their frontmatter read as the build reads it: YAML, the closing "---", the schema. Only the page
 * `only` (its path below `folder`, "fr/x.mdx") when given, with the pages at its address if there are others (x.mdx
 * beside x/index.mdx, whichever came last: the build says so of the second in its order, which may be the one that was
 * there). For the dev server (src/lib/page-loader.ts), whose Astro loader reads the YAML otherwise (2026-02-31 becomes
 * 3 March) and says less ("****: Unrecognized key").
 */
export function pageProblems(root: string, folder: 'content/stories' | 'content/cases', only?: string): ContentError[] {
  const errors: ContentError[] = [];
  const schema = folder === 'content/stories' ? storySchema : caseSchema;
  const id = only === undefined ? undefined : slugFromPath(only);
  const pages =
    only === undefined
      ? undefined
      : listContent(join(root, folder)).files.filter((name) => name === only || slugFromPath(name) === id);
  const read = { invalid: new Set<string>(), unlisted: [], frontmatter: new Map(), pages: [], leftOut: [] };
  const entries = loadEntries(root, folder, schema, errors, read, pages);
  // A `lang` its folder contradicts, which the preflight reports too (validate-project.ts): said here with its line,
  // where the page's render stopped on the message without it.
  for (const entry of entries) {
    try {
      entryLocale(entry, entry.file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(withFieldLine(read, error));
    }
  }
  return errors;
}

export function loadEntries<S extends z.ZodType>(
  root: string,
  folder: string,
  schema: S,
  errors: ContentError[],
  {
    invalid,
    unlisted,
    frontmatter,
    pages,
    leftOut,
  }: Pick<Project, 'invalid' | 'unlisted' | 'frontmatter' | 'pages' | 'leftOut'>,
  /** The pages to read (paths below `folder`), in the build's order; every page of the folder if not given. */
  only?: string | string[],
): Entry<z.infer<S>>[] {
  const kind = folder.split('/').pop();
  const entries: Entry<z.infer<S>>[] = [];
  const seen = new Map<string, string>();
  const listed =
    only === undefined
      ? listContent(join(root, folder))
      : { files: [only].flat().filter((name) => existsSync(join(root, folder, name))), leftOut: [] };
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
      parsed = matter(source.slice(start), {
        engines: { yaml: (text) => loadYaml(text, { schema: CORE_SCHEMA }) as object },
      });
    } catch (error) {
      const reason = (error as { reason?: string; mark?: { line: number } }).reason ?? (error as Error).message;
      // js-yaml counts lines from 0 in the text gray-matter hands it, which starts with the newline after the opening
      // ---: its line 1 is the file's line 2 (after any blank lines before the ---).
      const line = (error as { mark?: { line: number } }).mark?.line;
      const lines = source.split('\n');
      const hint =
        line === undefined
          ? undefined
          : ((reason === 'duplicated mapping key' ? duplicateKeyHint(lines, line + 1 + blankLines) : undefined) ??
            yamlHint(lines, line + 1 + blankLines));
      const at = hint?.line ?? (line === undefined ? undefined : line + 1 + blankLines);
      errors.push(
        new ContentError(
          file,
          'frontmatter',
          `malformed YAML${at !== undefined ? ` at line ${at}` : ''}: ${hint?.text ?? reason}`,
        ),
      );
      invalid.add(`${kind}:${id}`);
      continue;
    }
    // Values in curly quotes, and text fields a "#" cuts short (yaml-comments.ts).
    const quoting = [
      ...curlyQuotedValues(parsed.matter, blankLines + 1),
      ...commentedValues(parsed.matter, blankLines + 1),
    ].map(({ line, field, text }) => new ContentError(file, `line ${line}: ${field}`, text));
    errors.push(...quoting);
    const result = schema.safeParse(parsed.data);
    const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
    frontmatter.set(file, { yaml: parsed.matter, firstLine: blankLines + 1 });
    if (!result.success) {
      // A value in curly quotes (or cut by a "#") is reported once, as such: not also as, say, a tag that is no identifier.
      const issues: ContentError[] = [];
      // The block runs from the opening "---" to the closing one, the line before the body's first.
      addIssues(
        issues,
        file,
        result.error,
        schema,
        parsed.data,
        'frontmatter',
        yamlPlaces(parsed.matter, blankLines + 1),
        { first: blankLines + 1, last: bodyLine },
      );
      errors.push(...issues.filter((issue) => !quoting.some((one) => one.field === issue.field)));
      invalid.add(`${kind}:${id}`);
      unlisted.push({ file, body: parsed.content, bodyLine, frontmatter: parsed.data });
      continue;
    }
    entries.push({ id, file, data: result.data, body: parsed.content, bodyLine });
  }
  return entries;
}
