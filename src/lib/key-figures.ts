/**
 * The key figures of the home page, read from a dataset (`headline-figures`): one figure per row, its value the
 * row's first numeric column, its label the row's `label` column (else its first text column that is not the key
 * and not a reference). The home page prints each value through <Fact>, so it is linked to its row and source.
 */
import type { Dataset, Row } from '../schemas/dataset.ts';
import { keyColumn } from './facts.ts';

export interface KeyFigure {
  /** The row's key, for <Fact row>. */
  row: string | number;
  /** The column holding the figure, for <Fact column>. */
  column: string;
  label: string;
}

/** One key figure per row that has a value, in dataset order. */
export function keyFigures(dataset: Pick<Dataset, 'columns' | 'rows' | 'key'>): KeyFigure[] {
  const key = keyColumn(dataset);
  const columns = Object.entries(dataset.columns);
  const value = columns.find(([, c]) => c.type === 'number' || c.type === 'integer')?.[0];
  const label =
    columns.find(([name, c]) => name === 'label' && c.type === 'string')?.[0] ??
    columns.find(([name, c]) => c.type === 'string' && name !== key && !c.ref)?.[0];
  if (!value || !label) return [];
  return (dataset.rows as Row[])
    .filter((row) => typeof row[value] === 'number' && (typeof row[key] === 'string' || typeof row[key] === 'number'))
    .map((row) => ({ row: row[key] as string | number, column: value, label: String(row[label] ?? '') }));
}
