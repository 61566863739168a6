/**
 * A dataset's rows kept in a CSV file beside its JSON: `"rows": "<file>.csv"` in data/<id>.json names a file directly
 * in data/ whose header row names the declared `columns` (each once, in any order) and whose other lines are the rows,
 * each cell typed by its column: a newsroom keeps its tables in spreadsheets, and retyping them as JSON is where
 * figures go wrong. The metadata (title, sources, columns, chart, notes…) stays in the JSON.
 *
 * Both readers resolve rows here, before the schema, so that they see the same rows: Astro's content collection
 * (src/lib/dataset-loader.ts) and the preflight (src/lib/load-project.ts). The schema then checks typed rows exactly
 * as it checks rows written in the JSON.
 *
 * The file's format, and how its lines and cells are read: csv-rows.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error.ts';
import { nearestName } from './edit-distance.ts';
import { datasetColumnsSchema } from '../schemas/dataset.ts';
import type { RowsFile } from './rows-file.ts';
import { csvText } from './csv-text.ts';
import { csvRows } from './csv-rows.ts';

export interface ResolvedRows {
  /** The dataset's JSON with `rows` a list: as written, or read from the CSV (empty when the CSV could not be read). */
  data: unknown;
  /** The CSV the rows come from, when `rows` names one that was read. */
  rowsFile?: RowsFile;
  /** The CSV's text, as read, for what must change when it changes (the content layer's digest). */
  text?: string;
  /** What is wrong with the CSV or with `rows` naming it, each naming its file. */
  problems: ContentError[];
  /**
   * The cells that could not be typed ("<row index>\n<column>"): they stay in the rows as written, and the schema's
   * issue about them repeats a problem already in `problems`.
   */
  untyped: Set<string>;
}

/** The name `rows` may give: a .csv file directly in data/, not left out by "_" nor hidden by ".". */
const csvName = /^[^/\\_.][^/\\]*\.csv$/;

/**
 * The dataset `json` (read from `jsonFile`, "data/x.json") with its rows, read from the CSV its `rows` names in
 * `dataDir`; anything else (rows written as a list, a file that is no dataset) as it is.
 */
export function resolveRows(json: unknown, dataDir: string, jsonFile: string): ResolvedRows {
  const none = { data: json, problems: [], untyped: new Set<string>() };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return none;
  const named = (json as { rows?: unknown }).rows;
  if (typeof named !== 'string') return none;
  const id = jsonFile.replace(/^.*\//, '').replace(/\.json$/, '');
  const withoutRows = { ...json, rows: [] };
  const problem = (message: string) => ({
    ...none,
    data: withoutRows,
    problems: [new ContentError(jsonFile, 'rows', message)],
  });
  if (!csvName.test(named))
    return problem(
      `expected the rows as a list, or the name of a CSV file directly in data/, e.g. "${id}.csv", got ${JSON.stringify(named)}`,
    );
  const file = `data/${named}`;
  const path = join(dataDir, named);
  if (!existsSync(path)) {
    const others = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => csvName.test(name)) : [];
    const near = nearestName(named, others);
    return problem(
      `${file} does not exist${near ? `: did you mean "${near}"?` : `: add it beside ${jsonFile}, or write the rows in the JSON`}`,
    );
  }
  const columns = datasetColumnsSchema.safeParse((json as { columns?: unknown }).columns);
  // Undeclared columns cannot type the cells: the schema reports them, and the CSV is read once they are right.
  if (!columns.success) return { ...none, data: withoutRows };
  const { text, problem: encoding } = csvText(readFileSync(path));
  const read = encoding
    ? {
        rows: [],
        lines: [],
        untyped: new Set<string>(),
        problems: [new ContentError(file, encoding.field, encoding.message)],
      }
    : csvRows(text, columns.data, file, jsonFile);
  return {
    data: { ...json, rows: read.rows },
    rowsFile: { file, lines: read.lines },
    text,
    problems: read.problems,
    untyped: read.untyped,
  };
}
