/**
 * Small multiples: one small line chart per value of `series` (a country, a category), on a shared y scale so
 * panels compare honestly. Useful where one chart with many coloured lines would need more than five colours:
 * e.g. public red notices by nationality across snapshots, one panel per nationality.
 *
 * `<Chart spec="small-multiples" dataset="…" x="snapshot" y="notices" series="nationality" title="…" />`
 */
import * as Plot from '@observablehq/plot';
import { extent, range } from 'd3-array';
import { t } from '../../i18n/index.ts';
import { accessor, axisOptions, numberAxis, tickLabels, valueScale, yAxisMargin, type Scaled } from '../axes.ts';
import { columnLabel, formatList, valueFormatter } from '../format.ts';
import { sortedAlong } from '../gaps.ts';
import { isNarrow, wrapText } from '../layout.ts';
import { textWidth } from '../text-width.ts';
import { categorical, numeric, ordered } from '../needs.ts';
import { distinct, gridColor, seriesColors } from '../palette.ts';
import { extremesAndGaps, filteredTo, inSentence, labelContext, plotted, seriesInSentence } from '../summary.ts';
import type { CustomChart } from './index.ts';
import type { Row } from '../types.ts';

const panelHeight = 110;
/** A panel name's width: the names are drawn bold. */
const boldWidth = (text: string) => textWidth(text, 'bold');
/** Height of a line of a panel's name: 1.25em of the 12px chart font, as a bar chart's wrapped labels (bar.ts). */
const lineHeight = 15;
// Room above each panel for its name on as many lines as the longest takes: a name of four lines ran off the SVG's
// top, or over the panel above.
const labelHeight = (lines: number) => lines * lineHeight + 10;
/**
 * The most lines a panel's name takes before the panels go one column fewer: a name of five lines over a panel
 * 150 px wide at 360 px read a word or two at a time; one panel across the phone, it took two. "Article 3 (caractère
 * politique, militaire, religieux ou racial)" takes three there, in bold. Newsroom small multiples reflow so on phones
 * rather than shrink the text.
 */
const nameLines = 3;

/** The room between panels as a share of a panel's step (Plot's band padding; none beside the outer ones for fx). */
const fxPadding = 0.12;

/** Room right of the last column, for its last x label's overhang. */
const marginRight = 12;

/**
 * The columns' fx scale, `across` panels between `marginLeft` and the right margin: declared here, and given to Plot
 * as it is, so the panels' width is read from the scale Plot draws them with (its bandwidth) rather than estimated.
 * Estimated as a third of the width less the margins, names were wrapped to 205 px over panels Plot drew 193 px
 * wide, and a long one reached into the gap, up to the next panel's name. Rounded, as Plot rounds it by default.
 */
function columnScale(width: number, marginLeft: number, across: number) {
  return { domain: range(across), range: [marginLeft, width - marginRight], padding: fxPadding, round: true };
}

/**
 * The rows' fy scale, `count` rows of panelHeight each with `gap` pixels between two, from `top` down: declared here
 * so that every panel draws panelHeight tall, one row as several. Padded by gap/step alone, Plot's band scale took the
 * padding out of a lone row's band: the demo's three panels in a row were drawn 65 px tall of 110, under an empty band
 * of 45 px, and squatter still the more lines their names took.
 */
function rowScale(top: number, count: number, gap: number) {
  const bottom = top + count * panelHeight + (count - 1) * gap;
  return {
    domain: range(count),
    range: [top, bottom],
    paddingInner: count > 1 ? gap / (panelHeight + gap) : 0,
    paddingOuter: 0,
    // Unrounded: rounded, the step's floating-point 186.99… floored to 186, and panels below the first row drew 109 px.
    round: false,
  };
}

/**
 * Pixels between a panel's side and its first and last values (Plot's scale `inset`), so that their dots (r 2) are
 * drawn whole: set on the panel's edge, the last value's dot was cut in half by the next panel's gap, or by the SVG's
 * right edge.
 */
const xInset = 4;

/** The width of each of `across` panels, as Plot draws them (columnScale). */
function panelWidth(width: number, marginLeft: number, across: number): number {
  return Plot.scale({ fx: columnScale(width, marginLeft, across) }).bandwidth!;
}

/** Room below each panel for its x axis (a 6 px tick, 3 px of padding, a line of 10 px text), above the next row's names. */
const xAxisHeight = 22;

/** Space kept between two tick labels, as axes.ts keeps it. */
const labelGap = 8;

/**
 * The x axis of every panel `band` pixels wide over `values`: the first and last values labelled at the panel's
 * edges, the first's label starting at its left edge and the last's ending at its right (as Datawrapper labels a
 * small multiple's range), and those of `axis`'s ticks between them whose labels keep clear of both. Ticks chosen
 * for their spacing alone left the ends off: panels of 2022 to 2024 were labelled "2023" only, of 2018 to 2024
 * "2020, 2022", and a reader could not tell where a range began or ended. A label centred on a panel's edge ran
 * into the next panel's ("20072005" at 340 px); anchored inside it, it stays in its own. The panels' x scale draws
 * the extent of `values` across each panel, unniced, xInset in from its sides.
 */
function panelAxes(axis: Plot.AxisOptions, values: Scaled[], band: number, date: boolean): Plot.Markish[] {
  const numbers = values.filter((v): v is number | Date => v !== null).map(Number);
  const [lo, hi] = extent(numbers) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return [];
  const format = axis.tickFormat as (value: unknown) => string;
  const value = (n: number) => (date ? new Date(n) : n);
  // Every panel has its axis, the top rows' too: Plot draws an x axis only under the bottom panel of each column.
  const common = { tickFormat: format, label: null, facetAnchor: null } as const;
  if (hi === lo) return [Plot.axisX({ ...common, ticks: [value(lo)] })];
  const [first, last] = [textWidth(format(value(lo))), textWidth(format(value(hi)))];
  const inner = Array.isArray(axis.ticks)
    ? (axis.ticks as (number | Date)[]).filter((tick) => {
        const at = xInset + ((Number(tick) - lo) / (hi - lo)) * (band - 2 * xInset);
        const half = textWidth(format(tick)) / 2;
        return at - half >= first + labelGap && at + half <= band - last - labelGap;
      })
    : [];
  return [
    Plot.axisX({ ...common, ticks: [value(lo)], textAnchor: 'start' }),
    Plot.axisX({ ...common, ticks: inner }),
    Plot.axisX({ ...common, ticks: [value(hi)], textAnchor: 'end' }),
  ];
}

export const smallMultiples: CustomChart = {
  needs: [
    { field: 'x', types: ordered, required: true },
    { field: 'y', types: numeric, required: true },
    { field: 'series', types: categorical, required: true },
  ],
  plot(rows, options) {
    const x = options.x!;
    const y = options.y!;
    const series = options.series!;
    const panels = distinct(rows, series);
    const panel = (row: Row) => String(row[series]);
    const getX = accessor(x, options.columns[x]);
    const getY = accessor(y, options.columns[y]);
    const data = sortedAlong(rows, getX);
    const name = valueFormatter(series, options.columns[series], options.lang);
    const ys = rows.map(getY).filter((v): v is number => typeof v === 'number');
    // Ticks counted over the whole panel: counted over half of it, d3's nice rounded 2,157 up to 4,000 and left the
    // top half of every panel empty (3,000 now; at worst about two thirds of the panel is drawn on).
    const yValues = numberAxis(y, options.columns[y], [0, ...ys], panelHeight, options.lang, true);
    const yAxis = yValues.axis;
    // As wide as the widest tick label: a fixed 44 px cut "2,000,000" at the SVG's left edge.
    const marginLeft = yAxisMargin(tickLabels(yAxis));
    // Names wrapped here (layout.ts), not by Plot, so that the room above the panels holds every line, each line
    // within its panel's width (it starts at the panel's left edge): over as many columns as the width takes (two on
    // a phone, three wider), fewer while a name would take more than nameLines. Measured in bold, as they are drawn.
    const names = panels.map((key) => name(rows.find((r) => panel(r) === key)![series]!));
    const columns = (across: number) => Math.min(across, panels.length);
    const wrapped = (across: number) =>
      names.map((text) => wrapText(text, panelWidth(options.width, marginLeft, columns(across)), boldWidth));
    let across = isNarrow(options.width) ? 2 : 3;
    while (across > 1 && wrapped(across).some((lines) => lines.length > nameLines)) across--;
    const band = panelWidth(options.width, marginLeft, columns(across));
    const place = new Map(panels.map((key, i) => [key, { fx: i % across, fy: Math.floor(i / across) }]));
    const labels = wrapped(across).map((lines, i) => ({ key: panels[i]!, lines, ...place.get(panels[i]!)! }));
    const labelRoom = labelHeight(Math.max(1, ...labels.map((label) => label.lines.length)));
    // Between two rows: the upper panels' x axis, then the lower panels' names.
    const gap = xAxisHeight + labelRoom;
    const rowCount = Math.ceil(panels.length / across);
    const xAxes = panelAxes(
      axisOptions(x, options.columns[x], rows.map(getX) as Scaled[], band * 0.6, options.lang),
      rows.map(getX),
      band,
      options.columns[x]?.type === 'date',
    );
    const facet = { fx: (row: Row) => place.get(panel(row))!.fx, fy: (row: Row) => place.get(panel(row))!.fy };
    return {
      width: options.width,
      height: labelRoom + 24 + rowCount * panelHeight + (rowCount - 1) * gap,
      marginLeft,
      marginRight,
      marginTop: labelRoom,
      marginBottom: 24,
      x: { type: options.columns[x]?.type === 'date' ? 'utc' : 'linear', inset: xInset, label: null },
      y: { ...valueScale(yValues, true), label: null },
      fx: { ...columnScale(options.width, marginLeft, columns(across)), axis: null },
      fy: { ...rowScale(labelRoom, rowCount, gap), axis: null },
      marks: [
        Plot.gridY(yAxis.ticks as number[], { stroke: gridColor, strokeOpacity: 1 }),
        Plot.frame({ anchor: 'bottom', stroke: gridColor }),
        Plot.axisY({ ...yAxis, tickSize: 0, label: null }),
        ...xAxes,
        // Panel names wrap onto lines above the panel rather than run into the next one.
        Plot.text(labels, {
          fx: 'fx',
          fy: 'fy',
          text: (label) => label.lines.join('\n'),
          frameAnchor: 'top-left',
          lineAnchor: 'bottom',
          lineHeight: lineHeight / 12,
          dy: -6,
          fontWeight: 'bold',
        }),
        Plot.ruleX(
          data.filter((row) => row[y] === null && getX(row) !== null),
          { x: getX, ...facet, stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '3,3' },
        ),
        Plot.lineY(data, { x: getX, y: getY, ...facet, stroke: seriesColors[0], strokeWidth: 1.5 }),
        Plot.dot(data, { x: getX, y: getY, ...facet, fill: seriesColors[0], r: 2 }),
      ],
    };
  },
  summary(input) {
    const { spec, rows, columns, lang } = input;
    const say = t(lang);
    const series = spec.series!;
    // Panels named as the other kinds name their series mid-sentence (seriesInSentence).
    const name = seriesInSentence(series, rows, columns, lang);
    const list = formatList(
      distinct(rows, series).map((key) => name(rows.find((r) => String(r[series]) === key)![series]!)),
      lang,
    );
    // What the panels plot as the other kinds say it (plotted): with its unit, or the unit the rows shown share in their
    // own unit column (row-unit.ts), "deletions or cancellations", not "count".
    const head = say('chart.summary.panels', {
      kind: say('chart.kind.custom'),
      what: plotted(spec.y!, columns, lang),
      x: inSentence(columnLabel(spec.x, columns), lang, labelContext(spec.x, columns)),
      series: inSentence(columnLabel(series, columns), lang, labelContext(series, columns)),
      list,
    });
    // What the filter kept, after what the chart plots, as the other kinds say it (filteredTo).
    const filter = filteredTo(input, head);
    return [head, ...(filter ? [filter] : []), ...extremesAndGaps(input, true)].join(' ');
  },
};
