/**
 * Which column names the source of a figure, and which columns hold figures a source gives.
 */
import { isYearColumn } from '../../lib/format-value.ts';
import type { Column } from './column.ts';

/**
 * The column naming the source of `column`'s values: its `sourceColumn`, else the column named `source`, else the
 * first column with `ref: "source"` that no other column claims as its `sourceColumn`; undefined when the dataset
 * has none (its rows all come from its `sources`).
 */
export function sourceColumnOf(
  dataset: { columns: Record<string, Pick<Column, 'ref' | 'sourceColumn'>> },
  column: string,
): string | undefined {
  const declared = dataset.columns[column]?.sourceColumn;
  if (declared) return declared;
  const sources = Object.entries(dataset.columns)
    .filter(([, c]) => c.ref === 'source')
    .map(([name]) => name);
  if (sources.includes('source')) return 'source';
  // A source column another column claims (the alternative figure's) is not the rows' own source.
  const claimed = new Set(Object.values(dataset.columns).flatMap((c) => c.sourceColumn ?? []));
  return sources.find((name) => !claimed.has(name)) ?? sources[0];
}

/**
 * Whether `name` holds figures a source gives, so that a row with a value there must name that source: a number that
 * is not the row's key nor a year, and that says what it counts (a `unit`, or the rows' own `unit` column, as in a
 * table of headline figures) or has a source column of its own. Numbers that name or place a row (a month, a rank,
 * a latitude) carry no unit, and are there even in a row whose figure is a gap, with no source.
 */
export function holdsFigures(
  name: string,
  column: Column,
  key: string | undefined,
  columns: Record<string, Column>,
): boolean {
  if ((column.type !== 'number' && column.type !== 'integer') || name === key || isYearColumn(name, column))
    return false;
  return column.unit !== undefined || column.sourceColumn !== undefined || columns.unit?.type === 'string';
}
