/**
 * A line over time or another ordered x, one line per series. A null value breaks the line: no interpolation
 * across missing data. Each value of a series also gets a dot when that series' points all stand apart at the
 * chart's width (see `dotSpacing`; a sparse series beside a dense one keeps its dots); a value between two gaps (a
 * segment of one point) always gets its dot, so it still shows, and each gap gets a dashed rule (gaps.ts). A chart
 * of one value writes it beside its dot (single-point.ts).
 */
import * as Plot from '@observablehq/plot';
import { extent } from 'd3-array';
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

/**
 * The rows that get a dot: every value of each series whose neighbouring values all stand at least `dotSpacing`
 * apart, at `inner` pixels for the extent of the chart's x (Plot's scale, not niced, draws every row's x over it),
 * and the isolated values (isolatedRows) of the other series. The closest two values decide, not the average: ten
 * yearly values and two more in the week after one of them averaged over 50 px at 680 px, and three dots drew one
 * blot. Decided series by
 * series: from the distinct x of the whole chart, a yearly series beside a monthly one lost its dots to the monthly
 * one's crowding. `data` is sorted along x.
 */
export function dottedRows(data: Row[], y: string, getX: (row: Row) => Scaled, inner: number, series?: string): Row[] {
  // d3's extent, not Math.min(...xs): a chart may draw 100,000 values, more arguments than a call takes.
  const [min, max] = extent(data, (row) => {
    const x = getX(row);
    return x === null ? undefined : Number(x);
  });
  const pixels = inner / (max! - min!);
  const dotted = new Set<Row>();
  for (const line of Map.groupBy(data, (row) => (series ? String(row[series]) : '')).values()) {
    const positions = [
      ...new Set(
        line
          .filter((row) => typeof row[y] === 'number' && getX(row) !== null)
          .map(getX)
          .map(Number),
      ),
    ].sort((a, b) => a - b);
    let closest = Infinity;
    for (let i = 1; i < positions.length; i++)
      closest = Math.min(closest, (positions[i]! - positions[i - 1]!) * pixels);
    for (const row of closest >= dotSpacing ? line : isolatedRows(line, y, getX, series)) dotted.add(row);
  }
  return data.filter((row) => dotted.has(row));
}

export const line: ChartKind = (rows, options) => {
  const { y, series } = options;
  // Counts start at zero; a measure that goes negative gets a domain fitted to its values.
  const nonNegative = rows.every((row) => typeof row[y!] !== 'number' || (row[y!] as number) >= 0);
  const frame = continuousFrame(rows, options, nonNegative);
  const data = sortedAlong(rows, frame.getX);
  const colour = series ? (row: (typeof rows)[number]) => String(row[series]) : seriesColors[0];
  const inner = frame.plot.width - frame.plot.marginLeft - frame.plot.marginRight;
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
      Plot.dot(dottedRows(data, y!, frame.getX, inner, series), {
        x: frame.getX,
        y: frame.getY,
        fill: colour,
        r: 2.5,
      }),
      ...singlePointMarks(data, options, frame, colour, false),
    ],
  };
};
