/**
 * The options of a chart, as an editor writes them on `<Chart … />` in MDX or under `chart` in a dataset file.
 * Which columns a kind needs, and of what type, is checked against the dataset by `src/charts/validate.ts`.
 */
import { z } from 'astro/zod';
import { oneOfMessage } from './fields.ts';

/** The chart kinds `<Chart type="…">` accepts. */
export const chartKinds = ['bar', 'grouped-bar', 'stacked-bar', 'line', 'dot', 'area', 'map', 'timeline'] as const;
export type ChartKind = (typeof chartKinds)[number];

/** The orders `sort="…"` accepts. */
const sortOrders = ['value', 'none'] as const;

const shape = {
  /** The kind of chart; omit it when `spec` names a custom chart module. */
  type: z.enum(chartKinds, { error: (issue) => oneOfMessage(chartKinds, issue.input) }).optional(),
  /** A custom chart module in src/charts/custom/<spec>.ts, used instead of a built-in kind. */
  spec: z.string().optional(),
  /** The headline of the figure: what the reader should see in it. */
  title: z.string({ error: 'expected a title: every chart needs one' }).min(1, { error: 'expected a title: every chart needs one' }),
  /** A line under the title: the measure and its unit. */
  subtitle: z.string().optional(),
  /** The column along the horizontal axis (bar: the category; line/area/dot: time or a number; map: country code). */
  x: z.string().optional(),
  /** The column along the vertical axis (bar: the value; map: the value that colours each country). */
  y: z.string().optional(),
  /** A column whose values split the data into series (grouped/stacked bars, several lines, dot colour). */
  series: z.string().optional(),
  /** Bar charts: keep only the N largest values (in the dataset's order with `sort="none"`). */
  top: z.number({ error: 'expected a whole number, written in braces: top={10}' }).int({ error: 'expected a whole number' }).positive({ error: 'expected a number above 0' }).optional(),
  /** Bar charts: order of bars; "value" (largest first, the default) or "none" (dataset order, which grouped and stacked bars always keep). */
  sort: z.enum(sortOrders, { error: (issue) => oneOfMessage(sortOrders, issue.input) }).optional(),
  /** Timeline: the column with the event's label. */
  label: z.string().optional(),
  /** Timeline: the column with the event's end date, when events have a span. */
  end: z.string().optional(),
  /** Keep only rows whose column equals the value, e.g. `{ "snapshot": "2023-05" }`. */
  filter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** A sentence the generated summary cannot know: context the reader needs (shown after the summary). */
  note: z.string().optional(),
};

/** The options `<Chart>` takes, in the order they are documented above. */
export const chartOptions = Object.keys(shape);

export const chartSpecSchema = z.strictObject(shape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown option${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}: expected ${chartOptions.join(', ')} (and dataset)`
      : undefined,
});

export type ChartSpec = z.infer<typeof chartSpecSchema>;
