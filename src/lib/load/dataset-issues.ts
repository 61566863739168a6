/** A dataset's schema issues, with its CSV's lines. */
import { z } from 'astro/zod';
import { ContentError } from '../content-error.ts';
import { datasetSchema } from '../../schemas/dataset.ts';
import type { ResolvedRows } from '../dataset-rows.ts';
import { rowIssuePlace } from '../rows-file.ts';
import { addIssues } from './issues.ts';

/**
 * What a dataset's top-level text fields are for, said when one is left out: "license: missing: expected text" named
 * the field but not what to write in it (the schema's doc comments, src/schemas/dataset.ts, in an editor's words).
 */
const missingFieldHints: Record<string, string> = {
  title: "the dataset's name, the heading of its page and its entry in the data catalog and search",
  description: 'what the dataset counts, how, and its limits, in a paragraph',
  license: 'the licence of the data as republished here, e.g. "CC BY 4.0"',
  updated: 'the day the dataset was last checked against its sources, e.g. "2026-02-01"',
};

/**
 * The schema's issues with a dataset whose rows may come from a CSV: an issue with a row names the CSV and the row's
 * line; one the CSV's own problems already report (a cell that could not be typed, rows that could not be read) is
 * left out, so that a mistake is told once.
 */
export function addDatasetIssues(
  errors: ContentError[],
  file: string,
  error: z.ZodError,
  resolved: ResolvedRows,
): void {
  const { rowsFile, untyped } = resolved;
  const fromCsv =
    rowsFile !== undefined || resolved.problems.some((problem) => problem.file === file && problem.field === 'rows');
  const issues = error.issues.filter((issue) => {
    if (!fromCsv || issue.path[0] !== 'rows') return true;
    if (issue.path.length === 1) return false;
    return !untyped.has(`${String(issue.path[1])}\n${String(issue.path[2])}`);
  });
  const own = issues.filter((issue) => !rowsFile || !rowIssuePlace(rowsFile, issue.path, issue.message));
  const first = errors.length;
  if (own.length > 0) addIssues(errors, file, new z.ZodError(own), datasetSchema, resolved.data);
  for (let i = first; i < errors.length; i++) {
    const { field, detail } = errors[i]!;
    const hint = Object.hasOwn(missingFieldHints, field) ? missingFieldHints[field] : undefined;
    if (hint && /^missing: expected [^,:]+$/.test(detail))
      errors[i] = new ContentError(file, field, `${detail}, ${hint}`);
  }
  if (!rowsFile) return;
  for (const issue of issues) {
    const place = rowIssuePlace(rowsFile, issue.path, issue.message);
    if (place) errors.push(new ContentError(place.file, place.field, place.message));
  }
}
