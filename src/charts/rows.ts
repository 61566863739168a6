/**
 * The rows a chart shows: the dataset's rows kept by `filter`, then, for bar charts, ordered by value (largest
 * first, nulls last) unless `sort="none"`, and cut to `top` N. With `sort="none"`, `top` still keeps the N highest
 * (what the summary says: "the 3 highest of 6"), in the dataset's order. Rows tied with the last of the N are kept
 * too: which of two equal values made the cut would be the dataset's order's choice, not the data's (the summary
 * says how many more). The data table under the chart shows exactly these.
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

/** Whether `row` is kept by a filter's `value` for `column`: the value itself, or any of a list of values. */
export function filterKeeps(row: Row, column: string, value: ChartFilterValue): boolean {
  return Array.isArray(value) ? value.includes(row[column] as never) : row[column] === value;
}

type ChartFilterValue = NonNullable<ChartSpec['filter']>[string];

export function shownRows(
  dataset: { rows: readonly unknown[]; columns: Record<string, Column> },
  spec: ChartSpec,
): Row[] {
  const rows = dataset.rows as Row[];
  const filter = Object.entries(spec.filter ?? {});
  let shown = filter.length
    ? rows.filter((row) => filter.every(([column, value]) => filterKeeps(row, column, value)))
    : rows;
  if (spec.type && rankedKinds.has(spec.type) && spec.y) {
    const y = spec.y;
    const value = (row: Row) => (typeof row[y] === 'number' ? row[y] : -Infinity);
    // Largest first; a stable sort keeps the dataset's order between equal values.
    const ranked = [...shown].sort((a, b) => value(b) - value(a));
    let cut = spec.top ? Math.min(spec.top, ranked.length) : ranked.length;
    const last = cut > 0 ? value(ranked[cut - 1]!) : -Infinity;
    // Rows without a value are not tied with each other for a place among the highest.
    if (last !== -Infinity) while (cut < ranked.length && value(ranked[cut]!) === last) cut++;
    const kept = ranked.slice(0, cut);
    if (barOrder(spec, dataset.columns) === 'value') shown = kept;
    else if (spec.top) {
      const highest = new Set(kept);
      shown = shown.filter((row) => highest.has(row));
    }
  }
  return shown;
}
