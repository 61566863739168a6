/**
 * Axes for charts with a continuous x (time or numbers) and a numeric y: the accessor that turns a row's value
 * into what Plot scales (coarse dates become UTC dates), tick counts that fit the width, tick labels formatted
 * with Intl for the page's language, and a light grid in --chart-grid.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
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

/** Ticks and labels for a continuous axis of `length` pixels over `values`; vertical axes fit more ticks. */
export function axisOptions(name: string, column: Column | undefined, values: Scaled[], length: number, lang: string, vertical = false): Plot.AxisOptions {
  const count = tickCount(length, vertical ? 12 : 48);
  if (column?.type === 'date') return { ticks: count, tickFormat: tickDate(lang) };
  const year = isYearColumn(name, column);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  const format = tickNumber(lang, year, column);
  // Integer columns (years, counts) get integer ticks only: "2,007.5" is not a year.
  const integer = column?.type === 'integer';
  const candidates = numbers.length ? ticks(min, max, count) : [];
  return { ticks: integer ? candidates.filter(Number.isInteger) : candidates, tickFormat: (v: number) => format(v) };
}

/** Plot options for a continuous x and a numeric y: margins, scales, axes and grid. */
export function continuousFrame(rows: Row[], options: KindOptions, yZero: boolean) {
  const x = options.x!;
  const y = options.y!;
  const getX = accessor(x, options.columns[x]);
  const getY = accessor(y, options.columns[y]);
  const ys = rows.map(getY).filter((v): v is number => typeof v === 'number');
  const height = Math.round(Math.min(360, Math.max(220, options.width * 0.5)));
  const yAxis = axisOptions(y, options.columns[y], yZero ? [0, ...ys] : ys, height - 60, options.lang, true);
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
      y: { zero: yZero, label: null, nice: true },
    } satisfies Plot.PlotOptions,
    axes: [
      Plot.gridY(yAxis.ticks as number[], { stroke: gridColor, strokeOpacity: 1 }),
      Plot.axisY({ ...yAxis, tickSize: 0, label: null }),
      Plot.axisX({ ...xAxis, label: null }),
    ],
  };
}
