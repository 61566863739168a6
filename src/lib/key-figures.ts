/**
 * The key figures of the home page, read from a dataset (`headline-figures`): one figure per row. The value is the
 * row's first numeric column that is not a year (qualifiers.ts's figureColumn, which a `qualifier` qualifies in charts
 * and tables too); the label its `label` column, else its first text column that is not the key and not
 * a reference. Optional text columns add context: `qualifier` ("about", "at least"), `unit` (a row whose unit is
 * "%" prints as a percentage) and `refers_to` (the date or period). The home page prints each value through <Fact>,
 * so it is linked to its row and its source.
 */
import type { Dataset, Row } from '../schemas/dataset.ts';
import { keyColumn } from './facts.ts';
import { figureColumn } from './qualifiers.ts';

export interface KeyFigure {
  /** The row's key, for <Fact row>. */
  row: string | number;
  /** The column holding the figure, for <Fact column>. */
  column: string;
  label: string;
  /** The column the label comes from (its values may be translated: src/lib/dataset-locale.ts). */
  labelColumn: string;
  qualifier?: string;
  refersTo?: string;
  /** Print the value as a percentage (the row's unit is "%"). */
  percent: boolean;
}

/** One key figure per row that has a value, in dataset order. */
export function keyFigures(dataset: Pick<Dataset, 'columns' | 'rows' | 'key'>): KeyFigure[] {
  const key = keyColumn(dataset);
  const columns = Object.entries(dataset.columns);
  const value = figureColumn(dataset.columns);
  const label =
    columns.find(([name, c]) => name === 'label' && c.type === 'string')?.[0] ??
    columns.find(([name, c]) => c.type === 'string' && name !== key && !c.ref)?.[0];
  if (!value || !label) return [];
  const text = (row: Row, name: string) =>
    typeof row[name] === 'string' && row[name] ? (row[name] as string) : undefined;
  return (dataset.rows as Row[])
    .filter((row) => typeof row[value] === 'number' && (typeof row[key] === 'string' || typeof row[key] === 'number'))
    .map((row) => ({
      row: row[key] as string | number,
      column: value,
      label: String(row[label] ?? ''),
      labelColumn: label,
      qualifier: text(row, 'qualifier'),
      refersTo: text(row, 'refers_to'),
      percent: row.unit === '%',
    }));
}

export interface CountryFigure {
  /** ISO code: the row's key and the country page's address. */
  code: string;
  /** The column holding the figure, for <Fact column>. */
  column: string;
  /** The country's place in the source's table: its `rank` column, else its place in this list. */
  rank: number;
}

/**
 * A per-country dataset (`top-requesting-countries-2024`) as a ranking: the rows keyed by their `ref: "country"`
 * column, ordered by the first numeric column that has a unit (the measure, not a rank), largest first. A dataset
 * that holds only some rows of a longer table (the top three and the 25th) says where each stands in an integer
 * `rank` column: the ranking then keeps those ranks, so that a list never numbers the 25th country 4th.
 */
export function countryRanking(dataset: Pick<Dataset, 'columns' | 'rows' | 'key'>): CountryFigure[] {
  const columns = Object.entries(dataset.columns);
  const country = columns.find(([, c]) => c.ref === 'country')?.[0];
  const measure = columns.find(([, c]) => (c.type === 'number' || c.type === 'integer') && c.unit)?.[0];
  if (!country || !measure || keyColumn(dataset) !== country) return [];
  const ranked = dataset.columns.rank?.type === 'integer';
  return (dataset.rows as Row[])
    .filter((row) => typeof row[country] === 'string' && typeof row[measure] === 'number')
    .sort((a, b) => (b[measure] as number) - (a[measure] as number))
    .map((row, index) => ({
      code: row[country] as string,
      column: measure,
      rank: ranked && typeof row.rank === 'number' ? row.rank : index + 1,
    }));
}

/** The ranks a ranking skips (4 to 24 when it lists 1, 2, 3 and 25), as inclusive ranges, in order. */
export function rankGaps(ranking: readonly Pick<CountryFigure, 'rank'>[]): { from: number; to: number }[] {
  const ranks = ranking.map((figure) => figure.rank).toSorted((a, b) => a - b);
  const gaps: { from: number; to: number }[] = [];
  ranks.forEach((rank, index) => {
    const next = ranks[index + 1];
    if (next !== undefined && next > rank + 1) gaps.push({ from: rank + 1, to: next - 1 });
  });
  return gaps;
}
