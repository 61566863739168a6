/**
 * Stacked horizontal bars: one bar per category (`x`), split into series coloured by series, with the category's
 * label above and its total at the end. Null parts are left out of the stack (and out of the total); a category
 * whose parts are all null reads "no data".
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { valueFormatter } from './format.ts';
import { widest } from './layout.ts';
import { barBand } from './bar.ts';
import { distinct, seriesScale } from './palette.ts';
import type { ChartKind, Row } from './types.ts';

/** Each category's total of `y`, or null when every part is null. */
export function totals(rows: Row[], x: string, y: string): Map<string, number | null> {
  const sums = new Map<string, number | null>();
  for (const row of rows) {
    const key = String(row[x]);
    const part = row[y];
    const sum = sums.get(key) ?? null;
    sums.set(key, typeof part === 'number' ? (sum ?? 0) + part : sum);
  }
  return sums;
}

export const stackedBar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const series = options.series!;
  const category = valueFormatter(x, options.columns[x], options.lang);
  const value = valueFormatter(y, options.columns[y], options.lang);
  const missing = t(options.lang)('value.missing');
  const sums = [...totals(rows, x, y)].map(([key, total]) => ({ key, total, label: category(rows.find((r) => String(r[x]) === key)![x]!) }));
  const shown = (total: number | null) => (total === null ? missing : value(total));
  const keys = distinct(rows, series);
  return {
    width: options.width,
    height: sums.length * barBand + 4,
    marginTop: 4,
    marginBottom: 0,
    marginLeft: 1,
    marginRight: widest(sums.map((s) => shown(s.total))) + 8,
    x: { axis: null },
    y: { axis: null, domain: sums.map((s) => s.key), paddingInner: 0.1, paddingOuter: 0 },
    color: seriesScale(keys),
    marks: [
      Plot.barX(
        rows.filter((row) => row[y] !== null),
        { x: y, y: (row) => String(row[x]), fill: (row) => String(row[series]), insetTop: 15, order: keys },
      ),
      Plot.text(sums, { y: 'key', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: -8 }),
      Plot.text(sums, { x: (s) => s.total ?? 0, y: 'key', text: (s) => shown(s.total), textAnchor: 'start', dx: 4, dy: 7 }),
    ],
  };
};
