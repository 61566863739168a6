/**
 * The legend of a chart, as data for the figure's HTML (text a reader can select, search and translate): series
 * and their colours, or a map's classes. Charts without colour encoding have none.
 */
import { extent } from 'd3-array';
import { t } from '../i18n/index.ts';
import type { ChartSpec } from '../schemas/chart.ts';
import { valueFormatter } from './format.ts';
import { absentFill, hasAbsent, hasGaps, mapClasses, noDataFill, wholeValues } from './map.ts';
import { distinct, fallSteps, riseSteps, sequentialSteps, seriesColors } from './palette.ts';
import type { Column, Row } from './types.ts';

export interface LegendItem {
  label: string;
  /** A CSS colour (custom properties, color-mix), as the chart uses it. */
  color: string;
  /** The classes that paint the swatch in that colour (the site's CSP allows no inline styles). */
  swatch: string;
  /** The label's language when it is not the page's (a series value the dataset does not translate). */
  lang?: string;
}

/**
 * The swatch class of a chart colour: swatch-chart-2 (a series), swatch-seq-0 to swatch-seq-4 (a map's class; a fall
 * on a map of changes is swatch-rise-0 to swatch-rise-4, a fall adds swatch-fall), swatch-no-data (the map's hatching for a null value), swatch-absent (a
 * country not in the data).
 */
export function swatchClass(color: string): string {
  const series = /^var\(--chart-(\d)\)$/.exec(color);
  if (series) return `swatch-chart-${series[1]}`;
  const step = (sequentialSteps as readonly string[]).indexOf(color);
  if (step >= 0) return `swatch-seq-${step}`;
  // A fall on a map of changes: the sequential swatch of the same step, with --chart-fall as its hue.
  // A fall on a map of changes: the rise's swatch of the same step, with --chart-fall as its hue.
  const fall = fallSteps.indexOf(color);
  if (fall >= 0) return `swatch-rise-${fall} swatch-fall`;
  const rise = riseSteps.indexOf(color);
  if (rise >= 0) return `swatch-rise-${rise}`;
  if (color === noDataFill) return 'swatch-no-data';
  if (color === absentFill) return 'swatch-absent';
  throw new Error(`no legend swatch for the chart colour ${color}`);
}

function item(label: string, color: string): LegendItem {
  return { label, color, swatch: swatchClass(color) };
}

export function legendFor(spec: ChartSpec, rows: Row[], columns: Record<string, Column>, lang: string): LegendItem[] {
  const say = t(lang);
  if (spec.type === 'map' && spec.y) {
    const { limits, colors } = mapClasses(rows, spec.y, columns[spec.y], spec.breaks);
    const value = valueFormatter(spec.y, columns[spec.y], lang);
    const [low, high] = extent(rows, (r) => (typeof r[spec.y!] === 'number' ? (r[spec.y!] as number) : undefined));
    const items = colors.map((color, i) => {
      // One class (every value the same, or too few apart for a quintile to split them) has no limit to be "or
      // more" than: it says the values it holds, "12" or "1 to 12".
      if (limits.length === 0) {
        if (low === undefined || low === high) return item(value(low ?? null), color);
        return item(say('chart.range', { from: value(low), to: value(high!) }), color);
      }
      // The editor's breaks are the same from one map to the next, whatever its values: the first and last classes
      // are open ("Less than 100", "1,000 or more"), and may hold no country. Whole numbers (validate.ts refuses other
      // breaks for them) run to one less than the next limit: "100 to 199".
      if (spec.breaks) {
        if (i === 0) return item(say('chart.lessThan', { value: value(limits[0]!) }), color);
        if (i === limits.length) return item(say('chart.orMore', { value: value(limits[i - 1]!) }), color);
        const [from, to] = [limits[i - 1]!, limits[i]!];
        if (!wholeValues(columns[spec.y!]))
          return item(say('chart.between', { from: value(from), to: value(to) }), color);
        return item(
          to - 1 === from ? value(from) : say('chart.range', { from: value(from), to: value(to - 1) }),
          color,
        );
      }
      // Whole numbers (whole limits: thresholds) are each in one class, written as the numbers it runs over, from
      // the lowest value to the highest: "−8 to −7", "−6 to −1", "0 to 45", neither overlapping nor leaving a gap.
      if (wholeValues(columns[spec.y!]) && low !== undefined && high !== undefined) {
        const from = i === 0 ? low : limits[i - 1]!;
        const to = i === limits.length ? high : limits[i]! - 1;
        return item(from === to ? value(from) : say('chart.range', { from: value(from), to: value(to) }), color);
      }
      if (i === 0) return item(say('chart.lessThan', { value: value(limits[0]!) }), color);
      if (i === limits.length) return item(say('chart.orMore', { value: value(limits[i - 1]!) }), color);
      return item(say('chart.between', { from: value(limits[i - 1]!), to: value(limits[i]!) }), color);
    });
    // A null value is a gap ("No data", hatched); a country without a row is outside what the dataset counts.
    if (hasGaps(rows, spec.x!, spec.y)) items.push(item(say('chart.noData'), noDataFill));
    if (hasAbsent(rows, spec.x!)) items.push(item(say('chart.notInData'), absentFill));
    return items;
  }
  const series = spec.series;
  if (!series || spec.spec) return [];
  const format = valueFormatter(series, columns[series], lang);
  return distinct(rows, series).map((key, i) =>
    item(format(rows.find((r) => String(r[series]) === key)![series]!), seriesColors[i]!),
  );
}
