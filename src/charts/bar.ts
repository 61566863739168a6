/**
 * Horizontal bars, one per row, in the order given (render prepares the sort and top N). Each category's label sits
 * above its bar and the value at its end, so long labels and narrow screens need no axis margin. A negative value's
 * bar runs left from zero (a rule marks zero) and its value sits beyond its left end, in a margin made for it,
 * never over the bar's own fill; the category labels then stand at the zero line, clear of it. One colour: a bar
 * chart has no series (validate.ts refuses one). A label wider than the chart wraps onto lines above its bar, and
 * every band grows to hold the longest, so no label leaves the SVG ("Israel and the Occupied Palestinian Territories
 * (including East Jerusalem and Gaza)" at 340 px).
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { sharedDecimalsFormatter, valueFormatter } from './format.ts';
import { edgeClearance, valueRoom, wrapText } from './layout.ts';
import { qualifiedFigure } from './qualified.ts';
import { seriesColors } from './palette.ts';
import type { ChartKind, Column, Row } from './types.ts';

/** Height of one bar's band: its label line, the bar and the gap below it. */
export const barBand = 34;

/**
 * Room between one bar and the next band's label, in pixels. A fixed gap, not a share of the band (Plot's paddingInner
 * alone): a share grew with a wrapped label's band, and took from the bar what the label added, 16 px bars at one
 * line, 14 at two, 13 at three; Plot's rounding of the band moved them a pixel more.
 */
const barGap = 3;

/** Height of a label's line in pixels: 1.25em of the 12px chart font, as the timeline's. */
const lineHeight = 15;

/**
 * The bands of a chart of horizontal bars with their category `labels` above them (bar, stacked-bar), `width` pixels
 * wide with a left margin of `marginLeft`: a label wider than the chart wraps onto lines (it may run over the values'
 * margin, not past the SVG's edge), and every band grows to hold the longest. Returns the labels as drawn, the band's
 * height, how far the bars are inset from its top, the label marks' options and the values' offset.
 */
export function barBands(texts: string[], width: number, marginLeft: number) {
  const wrapped = texts.map((text) => wrapText(text, width - marginLeft - 2));
  const lines = Math.max(1, ...wrapped.map((label) => label.length));
  const extra = (lines - 1) * lineHeight;
  const band = barBand + extra;
  // Each band is its label's lines, the bar (barBand - 15 - barGap: 16 px, whatever the lines) and the gap: the scale
  // spans the bands less the last gap, so that a step of the band scale is exactly `band` (paddingInner barGap/band,
  // unrounded). A wrapped label's last line ends just above its bar, and the others above it: the bar's top is
  // found from the band's centre.
  const bandwidth = band - barGap;
  const label: Plot.TextOptions = {
    frameAnchor: 'left',
    textAnchor: 'start',
    ...(lines === 1 ? { dy: -8 } : { dy: 15 + extra - bandwidth / 2 - 3, lineHeight: 1.25, lineAnchor: 'bottom' }),
  };
  const insetTop = 15 + extra;
  return {
    labels: wrapped.map((lines) => lines.join('\n')),
    /** The bars' height in pixels, margins included (4 above, edgeClearance below). */
    height: texts.length * band - barGap + 4 + edgeClearance,
    /** The band scale's layout options. */
    // (d3 sizes one band as if it had no inner padding: none is asked of it.)
    bands: { paddingInner: texts.length > 1 ? barGap / band : 0, paddingOuter: 0, round: false },
    insetTop,
    label,
    // A value sits at its bar's middle: the band's centre moved down to it.
    valueDy: insetTop + (bandwidth - insetTop) / 2 - bandwidth / 2,
  };
}

/**
 * The value scale of horizontal bars: from zero, as Plot sets it, but from 0 to 1 when no value differs from zero.
 * Plot drew a scale from 0 to 0 as every bar the chart's full width, labelled "0"; a bar of zero has no length.
 */
export function barScale(values: unknown[]): Plot.ScaleOptions {
  return {
    axis: null,
    ...(values.some((value) => typeof value === 'number' && value !== 0) ? {} : { domain: [0, 1] }),
  };
}

/**
 * A bar's label as the chart draws it and its summary says it: the category in the page's language, after its number
 * in the `rank` column when the chart names one, as a ranked list writes it ("1. Russia", "25. Kyrgyzstan"); a row
 * without a rank keeps its name alone.
 */
export function barLabel(
  x: string,
  rank: string | undefined,
  columns: Record<string, Column>,
  lang: string,
): (row: Row) => string {
  const category = valueFormatter(x, columns[x], lang);
  if (!rank) return (row) => category(row[x]);
  const number = valueFormatter(rank, columns[rank], lang);
  const say = t(lang);
  return (row) =>
    row[rank] === null || row[rank] === undefined
      ? category(row[x])
      : say('chart.rankLabel', { rank: number(row[rank]), label: category(row[x]) });
}

/**
 * How a bar chart writes the values of `y`, at its bars' ends and in its summary (summary.ts): every one with the
 * decimals the most precise shows ("131.00" beside "150.25", not "131"), so the summary's "Highest: 2.0" is the "2.0"
 * the reader sees on the bar, not "2".
 */
export function barValues(rows: Row[], y: string, columns: Record<string, Column>, lang: string) {
  return sharedDecimalsFormatter(
    y,
    columns[y],
    lang,
    rows.map((row) => row[y]),
  );
}

export const bar: ChartKind = (rows, options) => {
  const x = options.x!;
  const y = options.y!;
  const label = barLabel(x, options.rank, options.columns, options.lang);
  const value = barValues(rows, y, options.columns, options.lang);
  const missing = t(options.lang)('value.missing');
  const key = (row: (typeof rows)[number]) => String(row[x]);
  const shown = (row: (typeof rows)[number]) =>
    row[y] === null ? missing : qualifiedFigure(value(row[y]), row, options.qualifier);
  const negative = rows.filter((row) => typeof row[y] === 'number' && row[y] < 0);
  const rest = negative.length ? rows.filter((row) => !negative.includes(row)) : rows;
  const marginLeft = negative.length ? valueRoom(negative.map(shown)) : edgeClearance;
  const marginRight = valueRoom(rest.map(shown));
  // With negative values, the category labels stand at the zero line, not the frame's left edge: there, a negative
  // value written left of its bar sat just under its category's label ("2019" over "−15" at 360 px read "2019 −15").
  // They start at zero, over the side the positive bars take, or end there when no bar is positive.
  const numbers = rows.map((row) => row[y]).filter((v): v is number => typeof v === 'number');
  const [lo, hi] = [Math.min(0, ...numbers), Math.max(0, ...numbers)];
  const zeroX = marginLeft + (lo < hi ? (-lo / (hi - lo)) * (options.width - marginLeft - marginRight) : 0);
  const endAtZero = negative.length > 0 && hi === 0;
  const texts = rows.map(label);
  const bands = !negative.length
    ? barBands(texts, options.width, marginLeft)
    : endAtZero
      ? barBands(texts, zeroX, edgeClearance - 2)
      : barBands(texts, options.width, zeroX);
  const labelAt: Plot.TextOptions = !negative.length
    ? {}
    : { x: () => 0, textAnchor: endAtZero ? 'end' : 'start', ...(endAtZero ? { dx: -4 } : {}) };
  return {
    width: options.width,
    height: bands.height,
    marginTop: 4,
    marginBottom: edgeClearance,
    marginLeft,
    marginRight,
    x: barScale(rows.map((row) => row[y])),
    y: { axis: null, domain: rows.map(key), ...bands.bands },
    marks: [
      Plot.barX(rows, { x: y, y: key, fill: seriesColors[0], insetTop: bands.insetTop }),
      negative.length ? Plot.ruleX([0], { insetTop: bands.insetTop }) : null,
      Plot.text(rows, { y: key, text: (_, i) => bands.labels[i]!, ...bands.label, ...labelAt }),
      Plot.text(rest, { x: (row) => row[y] ?? 0, y: key, text: shown, textAnchor: 'start', dx: 4, dy: bands.valueDy }),
      negative.length
        ? Plot.text(negative, { x: y, y: key, text: shown, textAnchor: 'end', dx: -4, dy: bands.valueDy })
        : null,
    ],
  };
};
