/**
 * A dataset of figures that count different things says what each row counts in a text `unit` column (as
 * headline-figures and ccf-decisions do), and its figure column has no unit of its own. A chart of that column that
 * shows rows of one unit (a filter on one measure) names that unit as the column's: its table header says
 * "Count (deletions or cancellations)" and its summary "Bar chart of deletions or cancellations by period", where the
 * column alone would say "Count": the label, written for rows that count different things, names none of them.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { shownRows } from './rows.ts';
import type { Column, Row } from './types.ts';

/**
 * `dataset` with the chart's `y` column given the unit every row the chart shows with a value shares, and that unit's
 * translations (the `unit` column's `values`); the dataset unchanged when the column has a unit of its own, the rows
 * name none, or they name more than one.
 */
export function withRowUnit(dataset: Dataset, spec: ChartSpec): Dataset {
  const y = spec.y;
  const column = y === undefined ? undefined : dataset.columns[y];
  if (!y || !column || y === 'unit' || column.unit !== undefined || dataset.columns.unit?.type !== 'string')
    return dataset;
  const units = new Set(
    shownRows(dataset, spec)
      .filter((row) => row[y] !== null && row[y] !== undefined)
      .map((row) => row.unit),
  );
  const [unit] = units;
  if (units.size !== 1 || typeof unit !== 'string') return dataset;
  const translations = Object.fromEntries(
    Object.entries(dataset.translations ?? {}).map(([lang, translation]) => {
      const translated = translation.columns?.unit?.values?.[unit];
      if (translated === undefined) return [lang, translation];
      return [
        lang,
        { ...translation, columns: { ...translation.columns, [y]: { ...translation.columns?.[y], unit: translated } } },
      ];
    }),
  );
  const marked: Column = { ...column, unit, rowUnit: true };
  return {
    ...dataset,
    columns: { ...dataset.columns, [y]: marked },
    ...(dataset.translations ? { translations } : {}),
  };
}
