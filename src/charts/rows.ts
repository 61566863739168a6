/**
 * The rows a chart shows: the dataset's rows kept by `filter`, then, for bar charts, ordered by value (largest
 * first, nulls last) unless `sort="none"`, and cut to `top` N. With `sort="none"`, `top` still keeps the N highest
 * (what the summary says: "the 3 highest of 6"), in the dataset's order. The data table under the chart shows
 * exactly these.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Column, Row } from './types.ts';

/** The kinds that read `sort` and `top` (validate.ts refuses them on the others). */
export const rankedKinds: ReadonlySet<string> = new Set(['bar']);

/**
 * The order of a bar chart that names none: largest first, unless its categories are dates or whole numbers (years,
 * mostly), which ranked by value would read as a time line out of order; those keep the dataset's order.
 */
export function barOrder(spec: ChartSpec, columns: Record<string, Column>): 'value' | 'none' {
  if (spec.sort) return spec.sort;
  const type = spec.x === undefined ? undefined : columns[spec.x]?.type;
  return type === 'date' || type === 'integer' ? 'none' : 'value';
}

export function shownRows(dataset: { rows: readonly unknown[]; columns: Record<string, Column> }, spec: ChartSpec): Row[] {
  const rows = dataset.rows as Row[];
  const filter = Object.entries(spec.filter ?? {});
  let shown = filter.length ? rows.filter((row) => filter.every(([column, value]) => row[column] === value)) : rows;
  if (spec.type && rankedKinds.has(spec.type) && spec.y) {
    const y = spec.y;
    const value = (row: Row) => (typeof row[y] === 'number' ? row[y] : -Infinity);
    // Largest first; a stable sort keeps the dataset's order between equal values.
    const ranked = [...shown].sort((a, b) => value(b) - value(a));
    const kept = spec.top ? ranked.slice(0, spec.top) : ranked;
    if (barOrder(spec, dataset.columns) === 'value') shown = kept;
    else if (spec.top) {
      const highest = new Set(kept);
      shown = shown.filter((row) => highest.has(row));
    }
  }
  return shown;
}
