/**
 * The sources a chart shows figures from: those of the rows it draws (a filter may leave some of the dataset's
 * sources out), in the order the dataset lists its sources; the dataset's own list when its rows do not name theirs.
 * The chart's source line names them, and the page's sources list includes them (src/lib/page-sources.ts).
 */
import type { ChartSpec } from '../schemas/chart.ts';
import { sourceColumnOf, type Dataset } from '../schemas/dataset.ts';
import { shownRows } from './rows.ts';
import { tableColumns } from './table.ts';
import type { Row } from './types.ts';

export function chartSourceIds(spec: ChartSpec, dataset: Pick<Dataset, 'columns' | 'rows' | 'sources'>): string[] {
  const shown = shownRows(dataset, spec);
  const table = tableColumns(spec, dataset.columns, shown);
  const isSource = (name: string) => dataset.columns[name]?.ref === 'source';
  // A source column is left out when it is the source of figures the chart shows nowhere, in its drawing or its
  // table, and of none it shows (an alternative figure's `sourceColumn` when no row shown has one, or the main
  // figure's source on a chart of the alternative); one that is nobody's own source ("also reported by") stays.
  // The figures are what the chart draws against its x axis; the x column's own source says nothing about them.
  const figures = table.filter((name) => !isSource(name) && (name !== spec.x || table.length === 1));
  const shownSources = new Set(figures.flatMap((name) => sourceColumnOf(dataset, name) ?? []));
  const unshownSources = new Set(
    Object.keys(dataset.columns)
      .filter((name) => !isSource(name) && !table.includes(name))
      .flatMap((name) => sourceColumnOf(dataset, name) ?? []),
  );
  const sourceColumns = Object.keys(dataset.columns).filter(
    (name) => isSource(name) && (shownSources.has(name) || !unshownSources.has(name)),
  );
  const rowSources = new Set(
    shown.flatMap((row) => sourceColumns.map((name) => row[name]).filter((v): v is string => typeof v === 'string')),
  );
  if (rowSources.size === 0) return dataset.sources;
  return dataset.sources
    .filter((id) => rowSources.has(id))
    .concat([...rowSources].filter((id) => !dataset.sources.includes(id)));
}
