/**
 * Grouped horizontal bars: one group per category (`x`), one bar per series inside it, coloured by series. The
 * category label sits above its group and values at the bars' ends, as in the bar chart. Every category has a place
 * for every series: where it has no value, no bar is drawn and the place says why, so an empty place never reads as
 * zero: "no data" for a null value (a gap in the data), "not in the data" for a series the dataset has no row for
 * in that category (a source that counted only the largest). A category label wider than the chart wraps onto
 * lines above its group, as a bar chart's does, so none runs past the SVG's edge at 340 px.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { barScale } from './bar.ts';
import { sharedDecimalsFormatter, valueFormatter } from './format.ts';
import { edgeClearance, valueRoom, wrapText } from './layout.ts';
import { qualifiedFigure } from './qualified.ts';
import { distinct, seriesScale } from './palette.ts';
import type { ChartKind, Column, Row } from './types.ts';

const barHeight = 15;
/** Room between two bars of a group, and between one group's last bar and the next group's label, in pixels. */
const barGap = 2;
const groupGap = 8;
/** Room above a group for its label's first line. */
const labelHeight = 18;
/** Height of each further line of a wrapped label: 1.25em of the 12px chart font, as bar.ts's. */
const lineHeight = 15;
/** How far below the top of its room a label's text starts (the first line's top, as Plot anchors it). */
const labelTop = 4;
/**
 * Plot sets a label's first line 0.71 line-heights below its anchor: 0.71em for one line, but 0.71 × 1.25em for a
 * label that wraps, 2 px lower at 12 px. Moving a wrapped label up by that much puts its first line where a one-line
 * label's is, so its last line ends as far above the bars as a one-line label does, whatever the number of lines.
 */
const wrappedShift = 0.71 * (1.25 - 1) * 12;

/** One place of the chart: a category and a series, with its row when the dataset has one. */
interface Place {
  group: string;
  member: string;
  value: Row[string];
  row?: Row;
}

/** Every category with every series, in the order they first appear. */
export function places(rows: Row[], x: string, y: string, series: string): Place[] {
  const keys = distinct(rows, series);
  return distinct(rows, x).flatMap((group) =>
    keys.map((member) => {
      const row = rows.find((r) => String(r[x]) === group && String(r[series]) === member);
      return { group, member, value: row ? row[y]! : null, row };
    }),
  );
}

/**
 * How a grouped bar chart writes the values of `y`, at its bars' ends and in its summary (summary.ts): every one
 * with the decimals the most precise shows, as a bar chart's (bar.ts, barValues).
 */
export function groupedValues(
  rows: Row[],
  x: string,
  y: string,
  series: string,
  columns: Record<string, Column>,
  lang: string,
) {
  return sharedDecimalsFormatter(
    y,
    columns[y],
    lang,
    places(rows, x, y, series).map((place) => place.value),
  );
}

export const groupedBar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const series = options.series!;
  const category = valueFormatter(x, options.columns[x], options.lang);
  const say = t(options.lang);
  const categories = distinct(rows, x);
  const keys = distinct(rows, series);
  const all = places(rows, x, y, series);
  const value = groupedValues(rows, x, y, series, options.columns, options.lang);
  const shown = (place: Place) =>
    !place.row
      ? say('value.absent')
      : place.value === null
        ? say('value.missing')
        : qualifiedFigure(value(place.value), place.row, options.qualifier);
  // A negative value's bar runs left from zero: its value sits beyond the bar's left end, not over its fill.
  const negative = all.filter((place) => typeof place.value === 'number' && place.value < 0);
  const rest = negative.length ? all.filter((place) => !negative.includes(place)) : all;
  const marginLeft = negative.length ? valueRoom(negative.map(shown)) : edgeClearance;
  // A label wider than the chart wraps onto lines above its group (it may run over the values' margin, not past the
  // SVG's edge), as a bar chart's do (bar.ts), and every group's label room grows to hold the longest.
  const wrapped = categories.map((key) =>
    wrapText(category(rows.find((r) => String(r[x]) === key)![x]!), options.width - marginLeft - 2),
  );
  const lines = Math.max(1, ...wrapped.map((label) => label.length));
  const labelRoom = labelHeight + (lines - 1) * lineHeight;
  // A group is its label's room and its bars, every bar barHeight high, barGap apart, and groups groupGap apart: fixed
  // sizes, where shares of the bands (Plot's padding) thinned the bars as a wrapped label's room grew (15 px at one
  // line, 11 at three) and Plot's rounding moved them a pixel more. Each scale spans its bands less the last gap, so
  // that its step is exactly a band and a gap (d3 sizes a single band as if it had no padding: none is asked of it).
  const group = labelRoom + keys.length * barHeight + (keys.length - 1) * barGap;
  const padding = (count: number, gap: number, band: number) => ({
    paddingInner: count > 1 ? gap / (band + gap) : 0,
    paddingOuter: 0,
    round: false,
  });
  return {
    width: options.width,
    height: categories.length * (group + groupGap) - groupGap + 2 * edgeClearance,
    marginTop: edgeClearance,
    marginBottom: edgeClearance,
    marginLeft,
    marginRight: valueRoom(rest.map(shown)),
    x: barScale(all.map((place) => place.value)),
    // The bars start at the foot of the label room (align 0): centred, they moved down 0 to 1 px as Plot rounded the
    // bands, and the gap under a label changed from chart to chart.
    y: { axis: null, domain: keys, insetTop: labelRoom, ...padding(keys.length, barGap, barHeight) },
    fy: { axis: null, domain: categories, ...padding(categories.length, groupGap, group) },
    color: seriesScale(keys),
    marks: [
      Plot.barX(
        all.filter((place) => typeof place.value === 'number'),
        { x: 'value', y: 'member', fy: 'group', fill: 'member' },
      ),
      Plot.text(categories, {
        fy: (d) => d,
        text: (_, i) => wrapped[i]!.join('\n'),
        frameAnchor: 'top-left',
        ...(lines > 1 ? { dy: labelTop - wrappedShift, lineHeight: 1.25 } : { dy: labelTop }),
      }),
      Plot.text(rest, {
        x: (place: Place) => (typeof place.value === 'number' ? place.value : 0),
        y: 'member',
        fy: 'group',
        text: shown,
        textAnchor: 'start',
        dx: 4,
      }),
      negative.length
        ? Plot.text(negative, { x: 'value', y: 'member', fy: 'group', text: shown, textAnchor: 'end', dx: -4 })
        : null,
      Plot.ruleX([0], { insetTop: labelRoom }),
    ],
  };
};
