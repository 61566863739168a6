/**
 * A line over time or another ordered x, one line per series. A null value breaks the line: no interpolation
 * across missing data. Each value also gets a dot, so a value between two gaps (a segment of one point) still
 * shows, and each gap gets a dashed rule (gaps.ts). A chart of one value writes it beside its dot (single-point.ts).
 */
import * as Plot from '@observablehq/plot';
import { continuousFrame } from './axes.ts';
import { gapMarks, sortedAlong } from './gaps.ts';
import { singlePointMarks } from './single-point.ts';
import { distinct, seriesColors, seriesScale } from './palette.ts';
import type { ChartKind } from './types.ts';

export const line: ChartKind = (rows, options) => {
  const { y, series } = options;
  // Counts start at zero; a measure that goes negative gets a domain fitted to its values.
  const nonNegative = rows.every((row) => typeof row[y!] !== 'number' || (row[y!] as number) >= 0);
  const frame = continuousFrame(rows, options, nonNegative);
  const data = sortedAlong(rows, frame.getX);
  const colour = series ? (row: (typeof rows)[number]) => String(row[series]) : seriesColors[0];
  return {
    ...frame.plot,
    ...(series ? { color: seriesScale(distinct(rows, series)) } : {}),
    marks: [
      ...frame.axes,
      gapMarks(data, y!, frame.getX, series),
      Plot.lineY(data, {
        x: frame.getX,
        y: frame.getY,
        z: series ? (row) => String(row[series]) : undefined,
        stroke: colour,
        strokeWidth: 2,
      }),
      Plot.dot(data, { x: frame.getX, y: frame.getY, fill: colour, r: 2.5 }),
      ...singlePointMarks(data, options, frame, colour, false),
    ],
  };
};
