/**
 * An area over time or another ordered x. A null value breaks the area (no interpolation across missing data, and
 * never a dip to zero) and the gap is marked with a dashed rule (gaps.ts). An area of one value, which draws nothing,
 * is drawn as a dot with its value (single-point.ts).
 *
 * Several series overlap, each from zero, rather than stack: the series this site compares are often nested, not
 * parts of a whole (all valid red notices and the public ones among them), and a stack would draw the public
 * notices on top of all of them, a total of both that no source gives; a stack also cannot show one series' gap
 * without moving every series above it. Overlapping, the areas are legible by their lines: each series' line is
 * drawn in its legend colour at full strength, and its fill is faint (`seriesFillOpacity`), so that where fills
 * blend (at 0.3, two blends matched no legend colour) the blend reads as shading, not as a third series. The
 * summary says the areas overlap and are not stacked (summary.ts). Parts of a whole are a `stacked-bar`.
 */
import * as Plot from '@observablehq/plot';
import { continuousFrame } from './axes.ts';
import { gapMarks, sortedAlong } from './gaps.ts';
import { singlePointMarks } from './single-point.ts';
import { distinct, seriesColors, seriesScale } from './palette.ts';
import type { ChartKind } from './types.ts';

/** The fill of one area, and of each of several, which overlap: faint enough that a blend of two reads as shading. */
export const areaFillOpacity = 0.3;
export const seriesFillOpacity = 0.12;

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
      Plot.areaY(data, {
        x: frame.getX,
        y1: 0,
        y2: frame.getY,
        z: key,
        fill,
        fillOpacity: series ? seriesFillOpacity : areaFillOpacity,
      }),
      Plot.lineY(data, { x: frame.getX, y: frame.getY, z: key, stroke: fill, strokeWidth: 2 }),
      Plot.ruleY([0]),
      ...singlePointMarks(data, options, frame, fill, true),
    ],
  };
};
