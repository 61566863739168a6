/**
 * Axes for charts with a continuous x (time or numbers) and a numeric y: the accessor that turns a row's value
 * into what Plot scales (coarse dates become UTC dates), tick counts that fit the width, tick labels formatted
 * with Intl for the page's language, and a light grid in --chart-grid.
 */
import * as Plot from '@observablehq/plot';
import { extent, nice, ticks } from 'd3-array';
import { isYearColumn, parseDate, tickDate, tickNumber } from './format.ts';
import { tickCount, widest } from './layout.ts';
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
 * Ticks and labels for a continuous axis of `length` pixels over `values`; vertical axes fit more ticks. A vertical
 * axis is a value axis: its domain is the values' extent widened to round ticks (d3's `nice` at the same tick
 * count), and the ticks run from one end of it to the other, so the lowest and highest gridlines enclose every
 * value (and a scale from zero has its 0). Plot must draw exactly that domain: see `valueScale`. A horizontal axis
 * keeps its ticks inside the values (its scale is not niced).
 */
export function numberAxis(name: string, column: Column | undefined, values: Scaled[], length: number, lang: string, vertical = false): NumberAxis {
  const count = tickCount(length, vertical ? 12 : 48);
  if (column?.type === 'date') return { axis: { ticks: count, tickFormat: tickDate(lang) } };
  const year = isYearColumn(name, column);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const format = tickNumber(lang, year, column);
  // Integer columns (years, counts) get integer ticks only: "2,007.5" is not a year.
  const integer = column?.type === 'integer';
  // d3's extent, not Math.min(...numbers): a chart may draw 100,000 values, more arguments than a call takes.
  let [min, max] = numbers.length ? (extent(numbers) as [number, number]) : [Infinity, -Infinity];
  let domain: [number, number] | undefined;
  if (vertical && numbers.length && min < max) {
    [min, max] = nice(min, max, count);
    domain = [min, max];
  }
  const candidates = numbers.length ? ticks(min, max, count) : [];
  return { axis: { ticks: integer ? candidates.filter(Number.isInteger) : candidates, tickFormat: (v: number) => format(v) }, domain };
}

/** Ticks and labels for a continuous axis (see `numberAxis`), as Plot axis options. */
export function axisOptions(name: string, column: Column | undefined, values: Scaled[], length: number, lang: string, vertical = false): Plot.AxisOptions {
  return numberAxis(name, column, values, length, lang, vertical).axis;
}

/**
 * Plot scale options for a value axis: its niced domain, drawn as is (Plot's own `nice` counts ten ticks and could
 * widen the scale past the last gridline), or Plot's niced domain when the axis sets none (one value, no values).
 */
export function valueScale(axis: NumberAxis, zero: boolean): Plot.ScaleOptions {
  return axis.domain ? { domain: axis.domain, nice: false } : { zero, nice: true };
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
  const yTicks = (yAxis.ticks as number[]).map((v) => (yAxis.tickFormat as (v: number) => string)(v));
  const marginLeft = widest(yTicks) + 10;
  // Date ticks ("May 2024") are wider than numbers and the last one is centred on the frame's edge.
  const marginRight = options.columns[x]?.type === 'date' ? 32 : 20;
  const xAxis = axisOptions(x, options.columns[x], rows.map(getX), options.width - marginLeft - marginRight, options.lang);
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
