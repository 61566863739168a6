/**
 * Stacked horizontal bars: one bar per category (`x`), split into series coloured by series, with the category's
 * label above (wrapped as a bar chart's: bar.ts) and its total at the end. Null parts are left out of the stack; a
 * category whose parts are all null reads "no data". A stack that lacks any series (a null part, or no row for it)
 * is partial: its sum is not the category's total, so its label says so ("213 (partial)"): the known parts are
 * drawn and add up to that much, and a bare "213" at the end of the bar would read as the total. The summary leaves
 * partial stacks out of its largest and smallest totals and names them (summary.ts).
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { sharedDecimalsFormatter, valueFormatter } from './format.ts';
import { edgeClearance, valueRoom } from './layout.ts';
import { barBands, barScale } from './bar.ts';
import { distinct, seriesScale } from './palette.ts';
import { totalQualifier } from './qualified.ts';
import { withQualifier } from '../lib/qualifiers.ts';
import type { ChartKind, Column, Row } from './types.ts';

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

/** A category's stack: the sum of its known parts (null when none is known) and whether a series' part is missing. */
export interface Stack {
  key: string;
  sum: number | null;
  partial: boolean;
}

/** Each category's stack, in the order categories first appear: complete when every series has a number. */
export function stacks(rows: Row[], x: string, y: string, series: string): Stack[] {
  const keys = distinct(rows, series);
  return [...totals(rows, x, y)].map(([key, sum]) => {
    const known = new Set(
      rows.filter((row) => String(row[x]) === key && typeof row[y] === 'number').map((row) => String(row[series])),
    );
    return { key, sum, partial: sum !== null && keys.some((k) => !known.has(k)) };
  });
}

/**
 * How a stacked bar chart writes its totals of `y`, at its bars' ends and in its summary (summary.ts): every one with
 * the decimals the most precise shows, as a bar chart's values (bar.ts, barValues): "131.00" beside "150.25".
 */
export function totalValues(stacks: Stack[], y: string, columns: Record<string, Column>, lang: string) {
  return sharedDecimalsFormatter(
    y,
    columns[y],
    lang,
    stacks.map((stack) => stack.sum),
  );
}

export const stackedBar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const series = options.series!;
  const category = valueFormatter(x, options.columns[x], options.lang);
  const say = t(options.lang);
  const keys = distinct(rows, series);
  const sums = stacks(rows, x, y, series).map((stack) => ({
    ...stack,
    label: category(rows.find((r) => String(r[x]) === stack.key)![x]!),
    // "about 150" when a part is "about 100" (qualified.ts).
    qualifier: totalQualifier(
      rows.filter((row) => String(row[x]) === stack.key),
      options.qualifier,
    ),
  }));
  const value = totalValues(sums, y, options.columns, options.lang);
  const total = (stack: Stack & { qualifier?: string | undefined }) => withQualifier(value(stack.sum), stack.qualifier);
  const shown = (stack: Stack & { qualifier?: string | undefined }) =>
    stack.sum === null
      ? say('value.missing')
      : stack.partial
        ? say('chart.partialTotal', { value: total(stack) })
        : total(stack);
  const bands = barBands(
    sums.map((s) => s.label),
    options.width,
    edgeClearance,
  );
  return {
    width: options.width,
    height: bands.height,
    marginTop: 4,
    marginBottom: edgeClearance,
    marginLeft: edgeClearance,
    marginRight: valueRoom(sums.map(shown)),
    x: barScale(sums.map((stack) => stack.sum)),
    y: { axis: null, domain: sums.map((s) => s.key), ...bands.bands },
    color: seriesScale(keys),
    marks: [
      Plot.barX(
        rows.filter((row) => row[y] !== null),
        { x: y, y: (row) => String(row[x]), fill: (row) => String(row[series]), insetTop: bands.insetTop, order: keys },
      ),
      Plot.text(sums, { y: 'key', text: (_, i) => bands.labels[i]!, ...bands.label }),
      Plot.text(sums, { x: (s) => s.sum ?? 0, y: 'key', text: shown, textAnchor: 'start', dx: 4, dy: bands.valueDy }),
    ],
  };
};
