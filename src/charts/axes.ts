/**
 * Axes for charts with a continuous x (time or numbers) and a numeric y: the accessor that turns a row's value
 * into what Plot scales (coarse dates become UTC dates), tick counts that fit the width, tick labels formatted
 * with Intl for the page's language, and a light grid in --chart-grid.
 */
import * as Plot from '@observablehq/plot';
import { extent, nice, ticks } from 'd3-array';
import { isYearColumn, parseDate, tickDate, tickNumber } from './format.ts';
import { edgeClearance, tickCount, valueRoom, widest } from './layout.ts';
import { textWidth } from './text-width.ts';
import { gridColor } from './palette.ts';
import type { Column, KindOptions, Row } from './types.ts';

export type Scaled = number | Date | null;

/** How a column's values are placed along a continuous axis. */
export function accessor(name: string, column: Column | undefined): (row: Row) => Scaled {
  if (column?.type === 'date') return (row) => (typeof row[name] === 'string' ? parseDate(row[name]) : null);
  return (row) => (typeof row[name] === 'number' ? row[name] : null);
}

/** A numeric axis: its ticks and labels, and the domain its scale must draw when the axis sets it. */
export interface NumberAxis {
  axis: Plot.AxisOptions;
  /** The values' extent widened to the first and last ticks (a value axis); undefined to leave the scale's domain to Plot. */
  domain?: [number, number];
}

/**
 * The steps a time axis may tick at, finest first (Plot's interval names), with their length in days: d3's month and
 * year steps (utcTicks never ticks every six months), then years as tickStep counts them.
 */
const timeSteps = [
  ['month', 30.44],
  ['3 months', 91.31],
  ['year', 365.25],
  ['2 years', 730.5],
  ['5 years', 1826.25],
  ['10 years', 3652.5],
  ['20 years', 7305],
  ['50 years', 18262.5],
  ['100 years', 36525],
] as const;

/** Room beside a horizontal axis, in pixels: the margins a label centred on a tick near either end may run into. */
export interface AxisRoom {
  left: number;
  right: number;
}

/** Space kept between two tick labels, beyond their widths (text-width.ts). */
const labelGap = 8;

/**
 * Ticks for a horizontal time axis of `length` pixels over `dates`. The step starts where Plot's would for
 * tickCount's count (the one closest to the span divided by it) and grows until the labels, as tickDate writes them
 * in `lang`, fit side by side. A count alone assumed 48 px labels: Plot ticked a 48-month line every three months at
 * 680 px and "2021Apr 2021Jul 2021…" ran together; the labels' widths depend on the step and the language, so each
 * step is tried with its own. A tick whose label would run past the axis's `room` (out of the SVG) is left out. The
 * scale is assumed to draw the dates' extent over `length`, as Plot's utc scale does without nice.
 */
export function timeTicks(
  dates: Date[],
  length: number,
  lang: string,
  room: AxisRoom = { left: Infinity, right: Infinity },
): Date[] {
  const [min, max] = extent(dates.map((d) => d.getTime())) as [number | undefined, number | undefined];
  if (min === undefined || max === undefined) return [];
  const format = tickDate(lang);
  const at = (date: Date) => (max === min ? length / 2 : ((date.getTime() - min) / (max - min)) * length);
  const target = (max - min) / 86_400_000 / tickCount(length);
  const distance = (days: number) => Math.abs(Math.log(days / target));
  const first = timeSteps.reduce((best, [, days], i) => (distance(days) < distance(timeSteps[best]![1]) ? i : best), 0);
  let shown: Date[] = [];
  for (const [step] of timeSteps.slice(first)) {
    const placed = Plot.utcInterval(step)!
      .range(new Date(min), new Date(max + 1))
      .map((date) => ({ date, x: at(date), half: textWidth(format(date)) / 2 }))
      .filter(({ x, half }) => x - half >= -room.left && x + half <= length + room.right);
    shown = placed.map(({ date }) => date);
    if (placed.every((tick, i) => i === 0 || tick.x - placed[i - 1]!.x >= tick.half + placed[i - 1]!.half + labelGap))
      return shown;
  }
  return shown;
}

/**
 * Ticks for a horizontal number axis of `length` pixels from `min` to `max` (the scale draws that extent, unniced):
 * d3's ticks for as many labels as fit, counted from the wider of the ends' labels as `format` writes them, then
 * fewer while two labels would come within labelGap of each other. A tick whose label would run past the axis's
 * `room` (out of the SVG) is left out. A count from a fixed 48 px label knew neither the labels' widths nor where
 * the last one ends: "100,000" centred on the frame's right edge ran 5 px past a 20 px margin.
 */
function numberTicks(
  min: number,
  max: number,
  length: number,
  format: (value: number) => string,
  room: AxisRoom,
): number[] {
  const at = (value: number) => (max === min ? length / 2 : ((value - min) / (max - min)) * length);
  let shown: number[] = [];
  for (let count = tickCount(length, widest([format(min), format(max)])); count >= 1; count--) {
    const placed = ticks(min, max, count)
      .map((value) => ({ value, x: at(value), half: textWidth(format(value)) / 2 }))
      .filter(({ x, half }) => x - half >= -room.left && x + half <= length + room.right);
    shown = placed.map(({ value }) => value);
    if (placed.every((tick, i) => i === 0 || tick.x - placed[i - 1]!.x >= tick.half + placed[i - 1]!.half + labelGap))
      return shown;
  }
  return shown;
}

/**
 * Ticks and labels for a continuous axis of `length` pixels over `values`; vertical axes fit more ticks. A vertical
 * axis is a value axis: its domain is the values' extent widened to round ticks (d3's `nice` at the same tick
 * count), and the ticks run from one end of it to the other, so the lowest and highest gridlines enclose every
 * value (and a scale from zero has its 0). Plot must draw exactly that domain: see `valueScale`. A horizontal axis
 * keeps its ticks inside the values (its scale is not niced).
 */
export function numberAxis(
  name: string,
  column: Column | undefined,
  values: Scaled[],
  length: number,
  lang: string,
  vertical = false,
  room?: AxisRoom,
): NumberAxis {
  const count = tickCount(length, vertical ? 12 : 48);
  if (column?.type === 'date') {
    // Vertical date labels are stacked, not side by side: a count keeps them apart.
    const ticks = vertical
      ? count
      : timeTicks(
          values.filter((v): v is Date => v instanceof Date),
          length,
          lang,
          room,
        );
    return { axis: { ticks, tickFormat: tickDate(lang) } };
  }
  const year = isYearColumn(name, column);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const format = tickNumber(lang, year, column);
  // Integer columns (years, counts) get integer ticks only: "2,007.5" is not a year.
  const integer = column?.type === 'integer';
  // d3's extent, not Math.min(...numbers): a chart may draw 100,000 values, more arguments than a call takes.
  let [min, max] = numbers.length ? (extent(numbers) as [number, number]) : [Infinity, -Infinity];
  let domain: [number, number] | undefined;
  // Zeros alone (a count of nothing): a scale from 0 to 1, its 0 at the bottom. Plot centred a scale from 0 to 0, and
  // a line of zeros floated mid-chart above an empty half that read as room for negative values.
  if (vertical && numbers.length && min === 0 && max === 0) max = 1;
  if (vertical && numbers.length && min < max) {
    [min, max] = nice(min, max, count);
    domain = [min, max];
  }
  const candidates = !numbers.length
    ? []
    : vertical
      ? ticks(min, max, count)
      : numberTicks(min, max, length, (v) => format(v), room ?? { left: Infinity, right: Infinity });
  return {
    axis: { ticks: integer ? candidates.filter(Number.isInteger) : candidates, tickFormat: (v: number) => format(v) },
    domain,
  };
}

/** Ticks and labels for a continuous axis (see `numberAxis`), as Plot axis options. */
export function axisOptions(
  name: string,
  column: Column | undefined,
  values: Scaled[],
  length: number,
  lang: string,
  vertical = false,
  room?: AxisRoom,
): Plot.AxisOptions {
  return numberAxis(name, column, values, length, lang, vertical, room).axis;
}

/**
 * Plot scale options for a value axis: its niced domain, drawn as is (Plot's own `nice` counts ten ticks and could
 * widen the scale past the last gridline), or Plot's niced domain when the axis sets none (one value, no values).
 */
export function valueScale(axis: NumberAxis, zero: boolean): Plot.ScaleOptions {
  return axis.domain ? { domain: axis.domain, nice: false } : { zero, nice: true };
}

/**
 * The left margin that holds a vertical axis's tick `labels`: Plot right-aligns them 9 px left of the frame (its tick
 * size and padding), and the widest keeps valueRoom's clearance from the SVG's left edge, in wide figures too
 * (widest + 10 set "100,000" 0.4 px from it in DejaVu Sans). Every chart with a y axis on the left takes its margin
 * from here: a fixed margin cut "1,000,000" and "sept. 2024".
 */
export function yAxisMargin(labels: string[]): number {
  return valueRoom(labels, 9);
}

/** The labels of a value axis's ticks (see `numberAxis`), as it writes them. */
export function tickLabels(axis: Plot.AxisOptions): string[] {
  const format = axis.tickFormat as (value: number) => string;
  return Array.isArray(axis.ticks) ? (axis.ticks as number[]).map((value) => format(value)) : [];
}

/**
 * Every label a vertical date axis over `dates` may show: Plot picks its ticks from a count, so which months it
 * labels is not known here; the widest month name of the first and the last year bounds them ("sept. 2024").
 */
export function dateTickLabels(dates: Date[], lang: string): string[] {
  const years = extent(dates, (date) => date.getUTCFullYear());
  if (years[0] === undefined) return [];
  const format = tickDate(lang);
  return [...new Set(years)].flatMap((year) =>
    Array.from({ length: 12 }, (_, month) => format(new Date(Date.UTC(year, month, 1)))),
  );
}

/** The least right margin beside a horizontal axis: room for the last value's dot (r 4 at most). */
const leastRight = 20;

/**
 * The right margin of a chart `width` pixels wide beside its horizontal axis over `values`, and that axis, as
 * `axisFor(length, room)` draws it over the `length` the margins leave: leastRight, or as much as the last tick's label
 * reaches past the frame and edgeClearance from the SVG's edge (half its width, centred on a tick at the domain's end),
 * up to an eighth of the width. Fixed at 32 px for dates and 20 for numbers, a last label that did not fit was left
 * out rather than the margin grown: "100,000" at the end of a 340 px line chart's axis, whose last value then went
 * unlabelled. The scale is assumed to draw the extent of `values` over `length`, unniced, as numberAxis assumes.
 */
export function fittedRight(
  width: number,
  marginLeft: number,
  values: Scaled[],
  axisFor: (length: number, room: AxisRoom) => Plot.AxisOptions,
): { marginRight: number; axis: Plot.AxisOptions } {
  const most = Math.max(leastRight, Math.round(width / 8));
  const length = (right: number) => width - marginLeft - right;
  const [lo, hi] = extent(values.filter((v) => v !== null).map(Number)) as [number | undefined, number | undefined];
  /** How far the axis's labels reach past the frame's right edge, over `length` pixels. */
  const overhang = (axis: Plot.AxisOptions, length: number) => {
    if (!Array.isArray(axis.ticks) || lo === undefined || hi === undefined) return 0;
    const format = axis.tickFormat as (value: unknown) => string;
    const at = (tick: number) => (hi === lo ? length / 2 : ((tick - lo) / (hi - lo)) * length);
    return Math.max(
      0,
      ...(axis.ticks as (number | Date)[]).map((t) => at(Number(t)) + textWidth(format(t)) / 2 - length),
    );
  };
  // The ticks are chosen again over the length each margin leaves, as they fit it, for at most three rounds; the axis
  // returned keeps its labels within the margin the last round found, whatever ticks that length gives.
  let right = leastRight;
  for (let round = 0; round < 3; round++) {
    const axis = axisFor(length(right), { left: marginLeft, right: most - edgeClearance });
    const need = Math.min(most, Math.max(leastRight, Math.ceil(overhang(axis, length(right))) + edgeClearance));
    if (need === right) break;
    right = need;
  }
  return { marginRight: right, axis: axisFor(length(right), { left: marginLeft, right: right - edgeClearance }) };
}

/** Plot options for a continuous x and a numeric y: margins, scales, axes and grid. */
export function continuousFrame(rows: Row[], options: KindOptions, yZero: boolean) {
  const x = options.x!;
  const y = options.y!;
  const getX = accessor(x, options.columns[x]);
  const getY = accessor(y, options.columns[y]);
  const ys = rows.map(getY).filter((v): v is number => typeof v === 'number');
  const height = Math.round(Math.min(360, Math.max(220, options.width * 0.5)));
  const yValues = numberAxis(y, options.columns[y], yZero ? [0, ...ys] : ys, height - 60, options.lang, true);
  const yAxis = yValues.axis;
  const marginLeft = yAxisMargin(tickLabels(yAxis));
  const xValues = rows.map(getX);
  const { marginRight, axis: xAxis } = fittedRight(options.width, marginLeft, xValues, (length, room) =>
    axisOptions(x, options.columns[x], xValues, length, options.lang, false, room),
  );
  return {
    getX,
    getY,
    plot: {
      width: options.width,
      height,
      marginLeft,
      marginRight,
      marginTop: 16,
      marginBottom: 28,
      x: { type: options.columns[x]?.type === 'date' ? 'utc' : 'linear', label: null },
      y: { ...valueScale(yValues, yZero), label: null },
    } satisfies Plot.PlotOptions,
    axes: [
      Plot.gridY(yAxis.ticks as number[], { stroke: gridColor, strokeOpacity: 1 }),
      Plot.axisY({ ...yAxis, tickSize: 0, label: null }),
      Plot.axisX({ ...xAxis, label: null }),
    ],
  };
}
