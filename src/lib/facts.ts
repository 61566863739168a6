/**
 * One figure from a dataset, as <Fact> prints it: the row chosen by its key (never by position), the value of one
 * column, and the source that row comes from.
 */
import { ContentError } from './content-error.ts';
import { figureAsText, sourceColumnOf, type Column, type Dataset, type Row } from '../schemas/dataset.ts';
import { isYearColumn } from './format-value.ts';
import { columnHint, nearestName, spacedName } from './edit-distance.ts';
import { countryByName } from '../schemas/fields/country-code.ts';

/** The column that identifies a row: the dataset's `key`, else its first column. */
export function keyColumn(dataset: Pick<Dataset, 'key' | 'columns'>): string {
  return dataset.key ?? Object.keys(dataset.columns)[0] ?? '';
}

/** The row whose key equals `row` (compared as text, so row={2024} and row="2024" both find 2024). */
export function findRow(dataset: Pick<Dataset, 'key' | 'columns' | 'rows'>, row: unknown): Row | undefined {
  const key = keyColumn(dataset);
  return (dataset.rows as Row[]).find((r) => String(r[key]) === String(row));
}

/** The column naming the source of a column's values (defined with the schema, which checks every row has it). */
export { sourceColumnOf };

export interface FactValue {
  /** Never empty: a Fact on an empty cell is an error. */
  value: string | number | boolean;
  row: Row;
  /**
   * The source id of the value: its row's cell in sourceColumnOf; the dataset's first source when the dataset has no
   * source column (a row whose cell is empty is refused).
   */
  source: string;
}

/**
 * The value at (`row`, `column`) of dataset `id`. Throws a ContentError naming `file` (the page) when the column or
 * the row does not exist, so a figure can never silently go missing.
 */
/** Whether dataset has the column a Fact names. */
export function hasColumn(dataset: Pick<Dataset, 'columns'>, column: unknown): column is string {
  return typeof column === 'string' && dataset.columns[column] !== undefined;
}

/** What a Fact naming a column the dataset does not have is told. */
export function unknownColumnMessage(
  id: string,
  dataset: Pick<Dataset, 'columns'> & Partial<Pick<Dataset, 'translations' | 'key'>>,
  column: unknown,
): string {
  const names = Object.keys(dataset.columns);
  if (column === undefined) {
    // No column at all: the first figure that is not the row's key, as an example.
    const key = dataset.key ?? names[0];
    const figure =
      names.find((name) => name !== key && ['number', 'integer'].includes(dataset.columns[name]!.type)) ?? names[0];
    return `missing: expected the column whose figure to print, e.g. column="${figure}" (columns: ${names.join(', ')})`;
  }
  return `dataset "${id}" has no column ${JSON.stringify(column)}${columnHint(column, names, dataset)} (columns: ${names.join(', ')})`;
}

/**
 * The column a Fact's value is formatted by (src/lib/format-value.ts): the dataset's, or, in a dataset of figures
 * with a text `unit` column, the same column with unit "%" when the row's unit is "%" (headline-figures: the share of
 * public notices prints "10%"). The row's unit describes its figure: a numeric column without a unit of its own, not
 * the key or a year.
 */
export function factColumn(
  dataset: Pick<Dataset, 'key' | 'columns'>,
  column: string,
  row: Row,
): Column & { name: string } {
  const written = { ...dataset.columns[column]!, name: column };
  const figure =
    (written.type === 'number' || written.type === 'integer') &&
    !written.unit &&
    column !== keyColumn(dataset) &&
    !isYearColumn(column, written);
  return figure && row.unit === '%' && dataset.columns.unit?.type === 'string' ? { ...written, unit: '%' } : written;
}

/** The rows there are, by key, when few enough to list: " (rows: 2017, 2021, 2024)"; else how many, first to last. */
/** "Did you mean" for a row named by text a typo away from one key (a key of numbers, years, gets none). */
function rowHint(dataset: Dataset, row: unknown): string {
  if (typeof row !== 'string') return '';
  const key = keyColumn(dataset);
  const spaced = spacedName(
    row,
    (dataset.rows as Row[]).map((r) => r[key]),
  );
  if (spaced)
    return `: the row is ${JSON.stringify(spaced.name)}, without ${spaced.spaces}: write row="${String(spaced.name)}"`;
  // A key typed with its thousands separator ("2,024", "2 024"), as the prose around it prints it: the key as the data
  // writes it, a number in braces or text in quotes.
  const typed = figureAsText(row);
  if (typed?.kind === 'separators') {
    const readings = [typed.figure, typed.alternative].filter((figure) => figure !== undefined).map(String);
    const found = (dataset.rows as Row[]).find((r) => readings.includes(String(r[key])));
    if (found) {
      const written = typeof found[key] === 'string' ? JSON.stringify(found[key]) : `{${found[key]}}`;
      return `: the data writes this ${key} ${JSON.stringify(found[key])}, without a thousands separator: write row=${written}`;
    }
  }
  // A row named by what another column says of it (row="Myanmar" where the key is the country code, MM): the key
  // that row has. Compared without case or accents, as an editor types a name.
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
  for (const r of dataset.rows as Row[]) {
    const named = Object.entries(r).find(
      ([column, value]) => column !== key && typeof value === 'string' && fold(value) === fold(row),
    );
    if (named) return `: the row whose ${named[0]} is ${JSON.stringify(named[1])} is row=${JSON.stringify(r[key])}`;
  }
  // A row named by its country's name (row="Pérou", as the page prints it) where the key holds country codes.
  const code = dataset.columns[key]?.ref === 'country' ? countryByName(row) : undefined;
  if (code && (dataset.rows as Row[]).some((r) => r[key] === code))
    return `: ${JSON.stringify(row)} is the country ${code}, as the key writes it: write row="${code}"`;
  const keys = (dataset.rows as Row[]).map((r) => r[key]).filter((value): value is string => typeof value === 'string');
  const near = nearestName(row, keys);
  return near === undefined ? '' : `: did you mean ${JSON.stringify(near)}?`;
}

function rowsWritten(dataset: Dataset): string {
  const keys = (dataset.rows as Row[]).map((r) => JSON.stringify(r[keyColumn(dataset)]));
  return keys.length <= 12
    ? ` (rows: ${keys.join(', ')})`
    : ` (${keys.length} rows, from ${keys[0]} to ${keys.at(-1)})`;
}

/**
 * What a Fact on a column of source ids (`ref: "source"`) is told, with the row's id when it is known: it would print
 * the id (rnm-numbers) in the prose, where the source's note belongs.
 */
export function sourceIdColumnMessage(column: string, id?: unknown): string {
  const known = typeof id === 'string' && id !== '';
  return `"${column}" names each row's source by its id (ref: "source"): a Fact would print the id${known ? `, ${id},` : ''} in the text; cite the source with <Cite id="${known ? id : '…'}" /> instead`;
}

export function factValue(file: string, id: string, dataset: Dataset, row: unknown, column: unknown): FactValue {
  const where = `<Fact dataset="${id}">`;
  if (!hasColumn(dataset, column))
    throw new ContentError(file, `${where} column`, unknownColumnMessage(id, dataset, column));
  if (dataset.columns[column]!.ref === 'source')
    throw new ContentError(file, `${where} column`, sourceIdColumnMessage(column, findRow(dataset, row)?.[column]));
  const key = keyColumn(dataset);
  if (row === undefined) {
    const first = (dataset.rows as Row[])[0]?.[key];
    throw new ContentError(
      file,
      `${where} row`,
      `expected the row, named by its ${key}: e.g. row={${JSON.stringify(first ?? 2024)}}`,
    );
  }
  const matching = (dataset.rows as Row[]).filter((r) => String(r[key]) === String(row)).length;
  if (matching > 1) {
    throw new ContentError(
      file,
      `${where} row`,
      `${matching} rows of dataset "${id}" have ${key} = ${JSON.stringify(row)}: a Fact names one row, so give the dataset a "key" column whose values are unique`,
    );
  }
  const found = findRow(dataset, row);
  if (!found) {
    throw new ContentError(
      file,
      `${where} row`,
      `dataset "${id}" has no row with ${keyColumn(dataset)} = ${JSON.stringify(row)}${rowHint(dataset, row)}${rowsWritten(dataset)}`,
    );
  }
  const value = found[column] ?? null;
  // An empty cell is a figure no source gives (a gap the dataset keeps open): a Fact would print "no data" beside a
  // link to a source that does not say it.
  if (value === null) {
    throw new ContentError(
      file,
      `${where} row`,
      `the row where ${key} is ${JSON.stringify(row)} has no ${column}: the cell is empty, and a Fact prints a figure a source gives`,
    );
  }
  // Only a dataset whose rows do not name their sources credits its own: a row that names none is not credited to
  // another source (loading refuses a figure without one).
  const sourceColumn = sourceColumnOf(dataset, column);
  const rowSource = sourceColumn ? found[sourceColumn] : dataset.sources[0];
  // Loading refuses a figure without its source only where a column says what it counts (a unit): a Fact on another
  // column of such a row (a text, a date) would be printed with no source at all.
  if (typeof rowSource !== 'string') {
    throw new ContentError(
      file,
      `${where} row`,
      `the row where ${key} is ${JSON.stringify(row)} names no source in "${sourceColumn}": a Fact links its figure to its source; name it in the dataset`,
    );
  }
  return { value, row: found, source: rowSource };
}

/** The fragment id of a row on its dataset page, from its key value: `/data/<id>/#row-2024`. */
export function rowAnchor(key: unknown): string {
  return `row-${String(key)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;
}
