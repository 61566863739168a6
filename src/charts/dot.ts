/**
 * Dots: a scatter of two numeric columns, or values placed by a category or a date. Coloured by series when one
 * is given. Rows with a null on either axis are not drawn (the summary says how many). Categories always run down
 * the y axis, one line each, largest value first as a bar chart's do: a category written on x is drawn there too.
 */
import * as Plot from '@observablehq/plot';
import { descending, group, max } from 'd3-array';
import {
  accessor,
  dateTickLabels,
  fittedRight,
  numberAxis,
  tickLabels,
  valueScale,
  yAxisMargin,
  type AxisRoom,
  type NumberAxis,
  type Scaled,
} from './axes.ts';
import { tickDate, valueFormatter } from './format.ts';
import { tickCount, wrapText } from './layout.ts';
import { distinct, gridColor, seriesColors, seriesScale } from './palette.ts';
import type { ChartKind, Column, Row } from './types.ts';

function channel(name: string, column: Column | undefined): (row: Row) => unknown {
  return column?.type === 'string' || column?.type === 'boolean'
    ? (row) => (row[name] === null ? null : String(row[name]))
    : accessor(name, column);
}

function axis(
  name: string,
  column: Column | undefined,
  values: Scaled[],
  lang: string,
  length: number,
  vertical = false,
  room?: AxisRoom,
): NumberAxis {
  if (column?.type === 'date' && vertical)
    return { axis: { ticks: tickCount(length), tickFormat: tickDate(lang), label: null } };
  if (column?.type === 'string' || column?.type === 'boolean') {
    const format = valueFormatter(name, column, lang);
    return { axis: { tickFormat: (v: string) => format(v), label: null } };
  }
  const numbers = numberAxis(name, column, values, length, lang, vertical, room);
  return { ...numbers, axis: { ...numbers.axis, label: null } };
}

const isCategory = (column: Column | undefined) => column?.type === 'string' || column?.type === 'boolean';

/**
 * Whether the numbers of `name` are all zero (a count of nothing): their scale is then from 0 to 1, the dots at its
 * left end. Plot centred a scale from 0 to 0, and dots of zero sat mid-chart beside an empty half that read as room
 * for negative values (as a line of zeros did: numberAxis, axes.ts).
 */
function zerosAlone(rows: Row[], name: string): boolean {
  const numbers = rows.map((row) => row[name]).filter((value) => typeof value === 'number');
  return numbers.length > 0 && numbers.every((value) => value === 0);
}

/**
 * A category's values, largest first (as bar charts rank), categories without a value last; ties, and the categories
 * without a value, in the order the dataset gives them. d3's groupSort broke ties by name: alphabetical, which is no
 * order the editor chose.
 */
export function byValue(rows: Row[], category: string, value: string): string[] {
  const named = rows.filter((row) => row[category] !== null && row[category] !== undefined);
  const groups = group(named, (row) => String(row[category]));
  const best = (key: string) =>
    max(groups.get(key)!, (row) => (typeof row[value] === 'number' ? row[value] : undefined)) ?? -Infinity;
  // Map keeps first appearance; Array.prototype.sort is stable.
  return [...groups.keys()].sort((a, b) => descending(best(a), best(b)));
}

export const dot: ChartKind = (rows, options) => {
  // Categories side by side on x are set in alphabetical order at equal spacing, where long names run into each
  // other: the dot plot of categories a reader expects has them down the y axis, each on a line of its own.
  if (isCategory(options.columns[options.x!]) && !isCategory(options.columns[options.y!]))
    return dot(rows, { ...options, x: options.y, y: options.x });
  const x = options.x!;
  const y = options.y!;
  const { series, columns, lang, width } = options;
  const categoricalY = isCategory(columns[y]);
  // Against numbers, categories are ranked by value (their largest, with series) as a bar chart's are; against dates
  // or other categories they keep Plot's order.
  const ranked = categoricalY && (columns[x]?.type === 'number' || columns[x]?.type === 'integer');
  const yFormat = valueFormatter(y, columns[y], lang);
  // Numbers or dates on y: a margin as wide as their widest tick label (a fixed 56 px cut "500,000" at 340 px).
  const valueHeight = Math.round(Math.min(360, Math.max(220, width * 0.5)));
  const valueAxis = categoricalY
    ? undefined
    : axis(y, columns[y], rows.map(accessor(y, columns[y])) as Scaled[], lang, valueHeight - 44, true);
  const yDates = rows.map(accessor(y, columns[y])).filter((v): v is Date => v instanceof Date);
  const marginLeft = categoricalY
    ? Math.min(width * 0.4, yAxisMargin(distinct(rows, y).map((v) => yFormat(v))))
    : yAxisMargin(columns[y]?.type === 'date' ? dateTickLabels(yDates, lang) : tickLabels(valueAxis!.axis));
  // A category wider than the margin (at most 40% of the chart) wraps onto lines, ending 9 px before the frame as
  // Plot's axis sets them, and each category's row grows to hold the longest: cut, it ran past the SVG's left edge.
  const labelRoom = marginLeft - 10;
  const wrapped = (v: string) => wrapText(yFormat(v), labelRoom);
  const lines = categoricalY ? Math.max(1, ...distinct(rows, y).map((v) => wrapped(v).length)) : 1;
  const height = categoricalY ? distinct(rows, y).length * (24 + (lines - 1) * 15) + 40 : valueHeight;
  const fill = series ? (row: Row) => String(row[series]) : seriesColors[0];
  const yValues =
    valueAxis ?? axis(y, columns[y], rows.map(accessor(y, columns[y])) as Scaled[], lang, height - 44, true);
  const yAxis =
    lines > 1 ? { ...yValues.axis, tickFormat: (v: string) => wrapped(v).join('\n'), lineHeight: 1.25 } : yValues.axis;
  // Categories against numbers compare magnitudes, as bars do: the value axis starts at zero (Plot's `zero: true`)
  // and ticks it. Fitted to the values, a dot plot of 21 to 240 had no tick at its left edge, labelled 100 and 200
  // only, and a dot at 21 read as nothing.
  const xValues = rows.map(accessor(x, columns[x])) as Scaled[];
  const xScaled = ranked ? [0, ...xValues] : xValues;
  const { marginRight, axis: xAxis } = fittedRight(
    width,
    marginLeft,
    xScaled,
    (length, room) => axis(x, columns[x], xScaled, lang, length, false, room).axis,
  );
  return {
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 16,
    marginBottom: 28,
    ...(series ? { color: seriesScale(distinct(rows, series)) } : {}),
    x:
      columns[x]?.type === 'date'
        ? { type: 'utc' }
        : zerosAlone(rows, x)
          ? { domain: [0, 1] }
          : ranked
            ? { zero: true }
            : {},
    y: categoricalY
      ? { padding: 0.5, ...(ranked ? { domain: byValue(rows, y, x) } : {}) }
      : columns[y]?.type === 'date'
        ? { nice: true }
        : valueScale(yValues, false),
    marks: [
      Plot.gridY({ stroke: gridColor, strokeOpacity: 1, ...(yAxis.ticks ? { ticks: yAxis.ticks } : {}) }),
      Plot.axisY({ ...yAxis, tickSize: 0 }),
      Plot.axisX(xAxis),
      Plot.dot(rows, {
        x: channel(x, columns[x]),
        y: channel(y, columns[y]),
        fill,
        stroke: 'var(--bg)',
        strokeWidth: 0.5,
        r: 4,
      }),
    ],
  };
};
