/**
 * The rows a chart shows: the dataset's rows kept by `filter`, then, for bar charts, ordered by value (largest
 * first, nulls last) unless `sort="none"`, and cut to `top` N. The data table under the chart shows exactly these.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Row } from './types.ts';

export function shownRows(rows: Row[], spec: ChartSpec): Row[] {
  const filter = Object.entries(spec.filter ?? {});
  let shown = filter.length ? rows.filter((row) => filter.every(([column, value]) => row[column] === value)) : rows;
  if (spec.type === 'bar' && spec.y) {
    const y = spec.y;
    if ((spec.sort ?? 'value') === 'value') {
      const value = (row: Row) => (typeof row[y] === 'number' ? row[y] : -Infinity);
      shown = [...shown].sort((a, b) => value(b) - value(a));
    }
    if (spec.top) shown = shown.slice(0, spec.top);
  }
  return shown;
}
