/**
 * An area over time or another ordered x. A null value breaks the area (no interpolation across missing data, and
 * never a dip to zero) and the gap is marked with a dashed rule (gaps.ts). Several series overlap, translucent,
 * rather than stack: a stack cannot show one series' gap without distorting the others. An area of one value, which
 * draws nothing, is drawn as a dot with its value (single-point.ts).
 */
import * as Plot from '@observablehq/plot';
import { continuousFrame } from './axes.ts';
import { gapMarks, sortedAlong } from './gaps.ts';
import { singlePointMarks } from './single-point.ts';
import { distinct, seriesColors, seriesScale } from './palette.ts';
import type { ChartKind } from './types.ts';

export const area: ChartKind = (rows, options) => {
  const { y, series } = options;
  const frame = continuousFrame(rows, options, true);
  const data = sortedAlong(rows, frame.getX);
  const key = series ? (row: (typeof rows)[number]) => String(row[series]) : undefined;
  const fill = key ?? seriesColors[0];
  return {
    ...frame.plot,
    ...(series ? { color: seriesScale(distinct(rows, series)) } : {}),
    marks: [
      ...frame.axes,
      gapMarks(data, y!, frame.getX, series),
      Plot.areaY(data, { x: frame.getX, y1: 0, y2: frame.getY, z: key, fill, fillOpacity: 0.3 }),
      Plot.lineY(data, { x: frame.getX, y: frame.getY, z: key, stroke: fill, strokeWidth: 2 }),
      Plot.ruleY([0]),
      ...singlePointMarks(data, options, frame, fill, true),
    ],
  };
};
