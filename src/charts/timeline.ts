/**
 * A timeline of events: one row per event, in date order, with its label on a line of its own and a dot at its
 * date (or a bar from its date to its `end`) on a shared time axis. Labels wrap to the width, with room for a
 * reader's text spacing (WCAG 1.4.12), so the narrow rendering stays readable. Dates may be coarse (YYYY, YYYY-MM):
 * an event known only to its year is drawn as a dashed bar across that year ("some time in 2022"), not as a dot on
 * its first day, which would date it to 1 January and put it before everything else that year; events are ordered by
 * the middle of their period, so "2022" comes after "February 2022" and before "2023". The dashes, not a paler
 * colour, tell it from an event that lasted (a solid bar): every mark keeps the series colour at full strength, 3:1
 * against the page in both schemes (WCAG 1.4.11).
 */
import * as Plot from '@observablehq/plot';
import { extent } from 'd3-array';
import { formatCoarseDate, parseDate, tickDate } from './format.ts';
import { timeTicks, type AxisRoom } from './axes.ts';
import { spacedTextWidth, wrapBalanced } from './layout.ts';
import { textWidth } from './text-width.ts';
import { curlyApostrophes } from '../lib/typography.ts';
import { gridColor, haloColor, seriesColors } from './palette.ts';
import type { ChartKind, Row } from './types.ts';

const lineHeight = 15;

/** The period a coarse date stands for: [its first day, the first day after it). A full date is one day. */
export function period(value: string): [Date, Date] {
  const start = parseDate(value);
  const parts = value.split('-').length;
  const after = new Date(start);
  if (parts === 1) after.setUTCFullYear(after.getUTCFullYear() + 1);
  else if (parts === 2) after.setUTCMonth(after.getUTCMonth() + 1);
  else after.setUTCDate(after.getUTCDate() + 1);
  return [start, after];
}

const middle = (value: string) => {
  const [start, after] = period(value);
  return (start.getTime() + after.getTime()) / 2;
};

/** Whether a date is known only to its year ("2022"). */
export const yearOnly = (value: unknown): boolean => typeof value === 'string' && value.length === 4;

/** Whether a timeline draws an event known only to its year (a dated row without an end): the figure explains the dashes. */
export function hasYearOnlyEvents(rows: Row[], date: string, end?: string): boolean {
  return rows.some((row) => yearOnly(row[date]) && !(end && typeof row[end] === 'string'));
}

/** The dash pattern of an event known only to its year. */
export const yearOnlyDash = '5,3';

/** Events in date order, by the middle of the period each date stands for (then by label), without undated rows. */
export function eventsInOrder(rows: Row[], date: string, label: string): Row[] {
  return rows
    .filter((row) => typeof row[date] === 'string')
    .sort(
      (a, b) =>
        middle(String(a[date])) - middle(String(b[date])) || String(a[label]).localeCompare(String(b[label]), 'en'),
    );
}

/**
 * The axis of a timeline whose dates fall between two of any step's ticks (one event, or days of one month), which
 * had no date at all: the first and the last events' own dates, as written ("3 May 2009"). A label that would run
 * past the axis's `room` is set from its tick inwards (the first starts at it, the last ends at it), and the last is
 * left out when it would run into the first. The x scale spans `spanned`, unniced.
 */
function ownDates(
  events: { start: Date; written: string }[],
  spanned: Date[],
  length: number,
  lang: string,
  room: AxisRoom,
) {
  const [lo, hi] = extent(spanned, (date) => date.getTime()) as [number, number];
  const at = (date: Date) => (hi === lo ? length / 2 : ((date.getTime() - lo) / (hi - lo)) * length);
  const written = new Map(events.map((e) => [e.start.getTime(), formatCoarseDate(e.written, lang)]));
  const tickFormat = (date: Date) => written.get(date.getTime()) ?? '';
  const ends = [events[0]?.start, events.at(-1)?.start].filter((date): date is Date => date !== undefined);
  const placed = ends
    .filter((date, i) => i === 0 || date.getTime() !== ends[0]!.getTime())
    .map((date) => {
      const [x, width] = [at(date), textWidth(tickFormat(date))];
      const anchor = x - width / 2 < -room.left ? 'start' : x + width / 2 > length + room.right ? 'end' : 'middle';
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      return { date, anchor, left, right: left + width } as const;
    });
  const shown = placed.length === 2 && placed[1]!.left < placed[0]!.right + 8 ? placed.slice(0, 1) : placed;
  return {
    ticks: shown.map((tick) => tick.date),
    axes: shown.map((tick) => Plot.axisX({ ticks: [tick.date], tickFormat, textAnchor: tick.anchor, label: null })),
  };
}

export const timeline: ChartKind = (rows, options) => {
  const date = options.x!;
  const label = options.label!;
  const end = options.end;
  const events = eventsInOrder(rows, date, label).map((row, index) => {
    const written = String(row[date]);
    const [start, after] = period(written);
    return {
      index,
      written,
      start,
      end: end && typeof row[end] === 'string' ? parseDate(String(row[end])) : null,
      // Known only to its year: the year it happened in (a month is as narrow as a dot at a timeline's scale).
      within: yearOnly(written) ? after : null,
      // Typeset as a table cell is (formatValue): Disclose's -> Disclose’s.
      text: curlyApostrophes(String(row[label] ?? '')),
    };
  });
  // Labels are broken here, at the frame's width, with room for a reader's text spacing (spacedTextWidth): Plot's own
  // lineWidth filled a phone's line to 97% of the frame, and under the spacing three labels of eight ran off it. The
  // chart makes room for the lines it draws, which are balanced rather than filled (no word alone on a last line).
  const labelLines = events.map((e) => wrapBalanced(e.text, options.width - 20, spacedTextWidth));
  const lines = labelLines.map((l) => l.length);
  const top = lines.map((_, i) => lines.slice(0, i).reduce((sum, n) => sum + n * lineHeight + 18, 0));
  const height = (top.at(-1) ?? 0) + (lines.at(-1) ?? 1) * lineHeight + 18 + 32;
  const y = (e: (typeof events)[number]) => top[e.index]! + lines[e.index]! * lineHeight + 8;
  const spans = events.filter((e) => e.end);
  const vague = events.filter((e) => !e.end && e.within);
  const dots = events.filter((e) => e.end || !e.within);
  // Ticks whose labels fit side by side (axes.ts), over the dates the x scale spans, inside the margins and insets.
  const [marginLeft, marginRight, insetLeft, insetRight] = [8, 12, 18, 8];
  const spanned = events.flatMap((e) => [e.start, e.end ?? e.start, e.within ?? e.start]);
  const length = options.width - marginLeft - marginRight - insetLeft - insetRight;
  const room = { left: marginLeft + insetLeft, right: marginRight + insetRight };
  const periodic = timeTicks(spanned, length, options.lang, room);
  const { ticks, axes } = periodic.length
    ? { ticks: periodic, axes: [Plot.axisX({ ticks: periodic, tickFormat: tickDate(options.lang), label: null })] }
    : ownDates(events, spanned, length, options.lang, room);
  return {
    width: options.width,
    height,
    marginTop: 4,
    marginBottom: 28,
    marginLeft,
    marginRight,
    x: { type: 'utc', insetLeft, insetRight },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX({ ticks, stroke: gridColor, strokeOpacity: 1 }),
      ...axes,
      // A halo in the page's colour keeps the gridlines from running through the labels.
      Plot.text(events, {
        y: (e) => top[e.index]! + 4,
        text: (e) => labelLines[e.index]!.join('\n'),
        frameAnchor: 'left',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: 1.25,
        fill: 'currentColor',
        stroke: haloColor,
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
      Plot.ruleY(vague, {
        x1: 'start',
        x2: 'within',
        y,
        stroke: seriesColors[0],
        strokeWidth: 4,
        strokeDasharray: yearOnlyDash,
      }),
      Plot.ruleY(spans, { x1: 'start', x2: 'end', y, stroke: seriesColors[0], strokeWidth: 4 }),
      Plot.dot(dots, { x: 'start', y, fill: seriesColors[0], r: 4 }),
    ],
  };
};
