/**
 * A timeline of events: one row per event, in date order, with its label on a line of its own and a dot at its
 * date (or a bar from its date to its `end`) on a shared time axis. Labels wrap to the width, so the narrow
 * rendering stays readable. Dates may be coarse (YYYY, YYYY-MM): an event dated "2024" spans the year on the axis
 * only when it has an end; otherwise it sits at the year's start.
 */
import * as Plot from '@observablehq/plot';
import { parseDate, tickDate } from './format.ts';
import { tickCount } from './layout.ts';
import { gridColor, seriesColors } from './palette.ts';
import type { ChartKind, Row } from './types.ts';

const lineHeight = 15;

/** Events in date order (then by label), without rows whose date is null. */
export function eventsInOrder(rows: Row[], date: string, label: string): Row[] {
  return rows
    .filter((row) => typeof row[date] === 'string')
    .sort((a, b) => String(a[date]).localeCompare(String(b[date])) || String(a[label]).localeCompare(String(b[label])));
}

export const timeline: ChartKind = (rows, options) => {
  const date = options.x!;
  const label = options.label!;
  const end = options.end;
  const events = eventsInOrder(rows, date, label).map((row, index) => ({
    index,
    start: parseDate(String(row[date])),
    end: end && typeof row[end] === 'string' ? parseDate(String(row[end])) : null,
    text: String(row[label] ?? ''),
  }));
  // Labels wrap at the frame's width in ems of the 12px chart font; an average character is about 0.55em.
  const ems = (options.width - 20) / 12;
  const charsPerLine = Math.floor(ems / 0.55);
  const lines = events.map((e) => Math.ceil(Math.max(1, e.text.length) / charsPerLine));
  const top = lines.map((_, i) => lines.slice(0, i).reduce((sum, n) => sum + n * lineHeight + 18, 0));
  const height = (top.at(-1) ?? 0) + (lines.at(-1) ?? 1) * lineHeight + 18 + 32;
  const y = (e: (typeof events)[number]) => top[e.index]! + lines[e.index]! * lineHeight + 8;
  const spans = events.filter((e) => e.end);
  return {
    width: options.width,
    height,
    marginTop: 4,
    marginBottom: 28,
    marginLeft: 8,
    marginRight: 12,
    x: { type: 'utc', insetLeft: 18, insetRight: 8 },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX({ ticks: tickCount(options.width), stroke: gridColor, strokeOpacity: 1 }),
      Plot.axisX({ ticks: tickCount(options.width), tickFormat: tickDate(options.lang), label: null }),
      Plot.text(events, { y: (e) => top[e.index]! + 4, text: 'text', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', lineWidth: ems, lineHeight: 1.25 }),
      Plot.ruleY(spans, { x1: 'start', x2: 'end', y, stroke: seriesColors[0], strokeWidth: 4 }),
      Plot.dot(events, { x: 'start', y, fill: seriesColors[0], r: 4 }),
    ],
  };
};
