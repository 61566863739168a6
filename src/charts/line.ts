/**
 * A line over time or another ordered x, one line per series. A null value breaks the line: no interpolation
 * across missing data. Each value also gets a dot when the points stand apart at the chart's width (see
 * `dotSpacing`); a value between two gaps (a segment of one point) always gets its dot, so it still shows, and each
 * gap gets a dashed rule (gaps.ts). A chart of one value writes it beside its dot (single-point.ts).
 */
import * as Plot from '@observablehq/plot';
import { continuousFrame, type Scaled } from './axes.ts';
import { gapMarks, sortedAlong } from './gaps.ts';
import { singlePointMarks } from './single-point.ts';
import { distinct, seriesColors, seriesScale } from './palette.ts';
import type { ChartKind, Row } from './types.ts';

/**
 * The fewest pixels between two neighbouring x positions at which every value gets a dot: a dot is 5 px across (r
 * 2.5), so 12 px leaves 7 px of line between two dots and each reads as a point. Closer, the dots of a long series
 * merged into a thick, noisy band (500 points at 680 px: one dot every 1.3 px) and only the line is drawn.
 */
export const dotSpacing = 12;

/**
 * The rows whose value no line segment shows: a value with no value beside it in its series (between two gaps, or
 * beside a gap at either end of the line). `data` is sorted along x.
 */
export function isolatedRows(data: Row[], y: string, getX: (row: Row) => Scaled, series?: string): Row[] {
  const placed = data.filter((row) => getX(row) !== null);
  const bySeries = Map.groupBy(placed, (row) => (series ? String(row[series]) : ''));
  return [...bySeries.values()].flatMap((line) =>
    line.filter(
      (row, i) =>
        typeof row[y] === 'number' && typeof line[i - 1]?.[y] !== 'number' && typeof line[i + 1]?.[y] !== 'number',
    ),
  );
}

export const line: ChartKind = (rows, options) => {
  const { y, series } = options;
  // Counts start at zero; a measure that goes negative gets a domain fitted to its values.
  const nonNegative = rows.every((row) => typeof row[y!] !== 'number' || (row[y!] as number) >= 0);
  const frame = continuousFrame(rows, options, nonNegative);
  const data = sortedAlong(rows, frame.getX);
  const colour = series ? (row: (typeof rows)[number]) => String(row[series]) : seriesColors[0];
  const positions = new Set(
    data
      .map((row) => frame.getX(row))
      .filter((x) => x !== null)
      .map(Number),
  ).size;
  const inner = frame.plot.width - frame.plot.marginLeft - frame.plot.marginRight;
  const spaced = positions < 2 || inner / (positions - 1) >= dotSpacing;
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
      Plot.dot(spaced ? data : isolatedRows(data, y!, frame.getX, series), {
        x: frame.getX,
        y: frame.getY,
        fill: colour,
        r: 2.5,
      }),
      ...singlePointMarks(data, options, frame, colour, false),
    ],
  };
};
