/** The source ids a dataset's rows use, against data/sources.json and the dataset's own `sources`. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { keyColumn } from '../facts.ts';
import { rowsSuffix, type Column } from '../../schemas/dataset.ts';
import { inLines, rowIssuePlace, type RowsFile } from '../rows-file.ts';
import { knownSource, unknownSourceMessage } from './sources.ts';

/**
 * The source ids in a dataset's source columns that data/sources.json does not have: one mistake however many rows
 * repeat it, reported once, at its first row, with the others.
 */
export function unknownRowSources(
  errors: ContentError[],
  file: string,
  columns: Record<string, Column>,
  rows: readonly Record<string, unknown>[],
  key: string,
  project: Project,
  rowsFile?: RowsFile,
): void {
  for (const [name, column] of Object.entries(columns)) {
    if (column.ref !== 'source') continue;
    const unknown = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const value = row[name];
      // A cell that is no text is the schema's to report (in a dataset with other problems).
      if (typeof value !== 'string' || knownSource(project, value)) return;
      unknown.set(value, [...(unknown.get(value) ?? []), i]);
    });
    for (const [id, at] of unknown) {
      const message = `${unknownSourceMessage(id, project)}${rowsSuffix(rows, key, name, at)}`;
      // Rows read from a CSV are found by their line in it (src/lib/dataset-rows.ts).
      const place = rowsFile && rowIssuePlace(rowsFile, ['rows', at[0]!, name], message);
      errors.push(
        place
          ? new ContentError(place.file, place.field, place.message)
          : new ContentError(file, `rows[${at[0]}].${name}`, message),
      );
    }
  }
}

/**
 * Source ids a dataset's rows use that its `sources` does not list: its page credits only the sources listed, while
 * its charts and /sources/ credit every source its rows use, so a reader would find the dataset under a source its
 * page does not name. One error for the dataset, naming each id missing and where the rows use it (ids
 * data/sources.json lacks are unknownRowSources' to report).
 */
export function unlistedRowSources(
  errors: ContentError[],
  file: string,
  columns: Record<string, Column>,
  rows: readonly Record<string, unknown>[],
  key: string,
  listed: readonly string[],
  project: Project,
  rowsFile?: RowsFile,
): void {
  // A listed id data/sources.json lacks is most likely the one the rows use, misspelt: its error says so, alone.
  if (listed.some((id) => !knownSource(project, id))) return;
  const unlisted = new Map<string, { column: string; at: number[] }>();
  for (const [name, column] of Object.entries(columns)) {
    if (column.ref !== 'source') continue;
    rows.forEach((row, i) => {
      const value = row[name];
      if (typeof value !== 'string' || listed.includes(value) || !knownSource(project, value)) return;
      const found = unlisted.get(value) ?? unlisted.set(value, { column: name, at: [] }).get(value)!;
      if (found.column === name) found.at.push(i);
    });
  }
  if (unlisted.size === 0) return;
  const ids = [...unlisted.keys()].map((id) => JSON.stringify(id));
  const one = ids.length === 1;
  const where = [...unlisted].map(([id, { column, at }]) => {
    const suffix = rowsSuffix(rows, key, column, at);
    if (rowsFile)
      return `${JSON.stringify(id)} in ${rowsFile.file}, line ${rowsFile.lines[at[0]!]}, column ${column}${inLines(rowsFile, suffix)}`;
    return `${JSON.stringify(id)} in rows[${at[0]}].${column}${suffix}`;
  });
  errors.push(
    new ContentError(
      file,
      'sources',
      `the rows use ${one ? 'a source' : 'sources'} this list leaves out: ${where.join('; ')}. The dataset's page credits only the sources listed, while its charts and /sources/ credit every source its rows use: add ${ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids[0]} to "sources"`,
    ),
  );
}

/** A dataset with another problem in its rows (a misspelt column): its source ids are checked in the same build. */
export function checkDeclaredRowSources(errors: ContentError[], project: Project): void {
  for (const [id, columns] of project.declaredColumns) {
    const declared = project.declaredRows.get(id);
    if (!declared) continue;
    const rows = declared.rows.filter(
      (row): row is Record<string, unknown> => row !== null && typeof row === 'object' && !Array.isArray(row),
    );
    if (rows.length === declared.rows.length)
      unknownRowSources(
        errors,
        `data/${id}.json`,
        columns,
        rows,
        keyColumn({ key: declared.key, columns }),
        project,
        declared.rowsFile,
      );
  }
}
