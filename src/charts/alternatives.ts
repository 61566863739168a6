/**
 * Other figures for what a chart draws: a column that gives, for the same rows and in the same unit, the figure of
 * another source, with a source column of its own (`"issued_alt": { …, "sourceColumn": "alt_source" }`). A chart
 * draws one figure a row; its data table carries the others, each figure beside its source, so that a disputed
 * value is shown disputed wherever it is shown.
 */
import { sourceColumnOf } from '../schemas/dataset.ts';
import type { Column, Row } from './types.ts';

const numeric = (column: Column | undefined) => column?.type === 'number' || column?.type === 'integer';
const written = (column: Column) => column.written ?? column;

/** The columns of `columns` that give another source's figure for `y`: numeric, in y's unit, with their own source column. */
export function alternativesOf(columns: Record<string, Column>, y: string | undefined): string[] {
  const drawn = y === undefined ? undefined : columns[y];
  if (!y || !drawn || !numeric(drawn)) return [];
  const own = sourceColumnOf({ columns }, y);
  return Object.entries(columns)
    .filter(
      ([name, column]) =>
        name !== y &&
        numeric(column) &&
        column.sourceColumn !== undefined &&
        column.sourceColumn !== own &&
        written(column).unit === written(drawn).unit,
    )
    .map(([name]) => name);
}

/**
 * The columns a chart's table adds after the ones it draws: for `y`, its own source column and each alternative
 * figure with its source column, when a row shown has an alternative figure; none otherwise.
 */
export function alternativeColumns(columns: Record<string, Column>, rows: Row[], y: string | undefined): string[] {
  const alternatives = alternativesOf(columns, y).filter((name) =>
    rows.some((row) => row[name] !== null && row[name] !== undefined),
  );
  if (alternatives.length === 0) return [];
  const own = sourceColumnOf({ columns }, y!);
  return [...new Set([...(own ? [own] : []), ...alternatives.flatMap((name) => [name, columns[name]!.sourceColumn!])])];
}
