/**
 * A line or area chart with one value: no line or area can be drawn through a single point, so the point is drawn as
 * a dot with its value written above it, and the summary says the value and where it is ("15,548 in 2009") rather
 * than a range from 2009 to 2009 and a highest value with nothing to be higher than.
 */
import * as Plot from '@observablehq/plot';
import type { Scaled } from './axes.ts';
import { valueFormatter } from './format.ts';
import { qualifiedFigure } from './qualified.ts';
import type { KindOptions, Row } from './types.ts';

/** The one row with a value and a place on x, when a chart's rows have exactly one; else undefined. */
export function singlePoint(rows: Row[], y: string, getX: (row: Row) => unknown): Row | undefined {
  const valued = rows.filter((row) => typeof row[y] === 'number' && getX(row) !== null && getX(row) !== undefined);
  return valued.length === 1 ? valued[0] : undefined;
}

/**
 * The marks of a chart's single point (see `singlePoint`): its dot, when the kind draws none of its own (an area),
 * and its value above it, formatted as the summary and the table write it. None when the chart has more points.
 */
export function singlePointMarks(
  rows: Row[],
  options: KindOptions,
  frame: { getX: (row: Row) => Scaled; getY: (row: Row) => Scaled },
  fill: string | ((row: Row) => string) | undefined,
  dot: boolean,
): Plot.Markish[] {
  const y = options.y!;
  const point = singlePoint(rows, y, frame.getX);
  if (!point) return [];
  const format = valueFormatter(y, options.columns[y], options.lang);
  return [
    dot ? Plot.dot([point], { x: frame.getX, y: frame.getY, fill, r: 2.5 }) : null,
    Plot.text([point], {
      x: frame.getX,
      y: frame.getY,
      text: (row: Row) => qualifiedFigure(format(row[y]), row, options.qualifier),
      dy: -10,
      lineAnchor: 'bottom',
    }),
  ];
}
