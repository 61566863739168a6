/**
 * Reads the editors' files from disk and validates each against its schema, collecting every problem as a
 * ContentError that names the file and the field. Cross references are checked afterwards by validate-project.ts.
 */
import { existsSync } from 'node:fs';
import { basename, join, extname } from 'node:path';
import { z } from 'astro/zod';
import { ContentError, formatPath } from './content-error.ts';
import { storySchema } from '../schemas/story.ts';
import { caseSchema } from '../schemas/case.ts';
import { datasetColumnsSchema, datasetExpected, datasetSchema } from '../schemas/dataset.ts';
import { sourceSchema, sourcesSchema } from '../schemas/source.ts';
import { asIdentifier, identifierPattern } from '../schemas/fields.ts';
import { slugFromPath } from './slug.ts';
import { fileNameProblem } from './file-name.ts';
import { listContent } from './content-files.ts';
import { resolveRows } from './dataset-rows.ts';
import { addDatasetIssues } from './load/dataset-issues.ts';
import { loadEntries } from './load/entries.ts';
import { addIssues } from './load/issues.ts';
import { readJson } from './load/json.ts';
import type { Project } from './load/project.ts';

export type { Entry, Project } from './load/project.ts';
export { curlyQuotedText } from './load/curly-quotes.ts';
export { pageProblems } from './load/entries.ts';
export { jsonProblem } from './load/json.ts';
export { addIssues } from './load/issues.ts';
export { fieldLine, withFieldLine } from './load/field-line.ts';

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

  loadSources(root, project, errors);
  loadDatasets(root, project, errors);
  return { project, errors };
}

/**
 * Reads data/sources.json into `project` (its sources, and the ids of those that fail their checks), its problems into
 * `errors`: on its own for the dev server's checks of a page's citations (src/lib/dev-link-check.ts), which read the
 * sources again when data/ changes while it runs.
 */
export function loadSources(root: string, project: Pick<Project, 'sources' | 'invalid'>, errors: ContentError[]): void {
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
      // not also reported for an "unknown source". An id written otherwise ("RNM-Numbers") is marked as the id meant,
      // which the pages cite: told to write the faulty one, they would cite a source that is about to be renamed.
      if (typeof sources === 'object' && sources !== null && !Array.isArray(sources)) {
        for (const [id, entry] of Object.entries(sources)) {
          const one = sourceSchema.safeParse(entry);
          if (!identifierPattern.test(id)) project.invalid.add(`source:${asIdentifier(id)}`);
          else if (one.success) project.sources.set(id, { ...one.data, id });
          else project.invalid.add(`source:${id}`);
        }
      } else project.invalid.add('source:*');
    }
  }
}

/**
 * Reads data/'s datasets into `project` (its datasets, the ids of those that fail their checks, the CSV files they
 * name), their problems into `errors`: on its own for the dev server's link checks (src/lib/dev-link-check.ts), which
 * read the datasets again when data/ changes while it runs.
 */
export function loadDatasets(
  root: string,
  project: Pick<Project, 'datasets' | 'invalid' | 'csvNamed' | 'declaredColumns' | 'declaredRows' | 'leftOut'>,
  errors: ContentError[],
): void {
  const data = listContent(join(root, 'data'));
  project.leftOut.push(...data.leftOut.map((name) => `data/${name}`));
  for (const name of data.files.filter((file) => extname(file) === '.json')) {
    if (name === 'sources.json') continue;
    const file = `data/${name}`;
    // Astro reads data/*.json, not data/<folder>/*.json: a dataset there would pass here and be unknown to pages.
    if (name.includes('/')) {
      errors.push(
        new ContentError(
          file,
          'file name',
          `datasets are read from data/ itself, not from its folders: move it to data/${basename(name)} (a folder whose name starts with "_" is not read)`,
        ),
      );
      continue;
    }
    const misnamed = fileNameProblem(
      file,
      "the dataset's id (what <Fact dataset>, <Chart dataset> and datasets: name, and its address)",
      { identifier: true },
    );
    if (misnamed) {
      errors.push(new ContentError(file, 'file name', misnamed));
      // Reported here once: a page naming the dataset by the id Astro would give it is not also "unknown".
      project.invalid.add(`dataset:${slugFromPath(name)}`);
    }
    const inexact = new Set<string>();
    const json = readJson(root, file, errors, inexact);
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
    if (parsed.success && resolved.problems.length === 0)
      project.datasets.set(id, {
        ...parsed.data,
        id,
        file,
        ...(resolved.rowsFile ? { rowsFile: resolved.rowsFile } : {}),
      });
    else {
      project.invalid.add(`dataset:${id}`);
      // A figure with too many digits is reported once, as written (readJson), not also as the one JSON made of it.
      const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => !inexact.has(formatPath(issue.path)));
      if (issues.length > 0) addDatasetIssues(errors, file, new z.ZodError(issues), resolved);
      const columns = datasetColumnsSchema.safeParse((json as { columns?: unknown } | null)?.columns);
      if (columns.success) {
        project.declaredColumns.set(id, columns.data);
        const { rows, key } = resolved.data as { rows?: unknown; key?: unknown };
        if (Array.isArray(rows))
          project.declaredRows.set(id, {
            rows,
            ...(typeof key === 'string' ? { key } : {}),
            ...(resolved.rowsFile ? { rowsFile: resolved.rowsFile } : {}),
          });
      }
    }
  }
}
