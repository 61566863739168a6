/**
 * The options of a chart, as an editor writes them on `<Chart … />` in MDX or under `chart` in a dataset file.
 * Which columns a kind needs, and of what type, is checked against the dataset by `src/charts/validate.ts`.
 */
import { z } from 'astro/zod';
import { oneOfMessage } from './fields.ts';
import { nearestName } from '../lib/edit-distance.ts';

/** The chart kinds `<Chart type="…">` accepts. */
export const chartKinds = ['bar', 'grouped-bar', 'stacked-bar', 'line', 'dot', 'area', 'map', 'timeline'] as const;
export type ChartKind = (typeof chartKinds)[number];

/**
 * The kinds as a newsroom names them in Datawrapper, Flourish or Excel, in English or French, with the kind meant
 * and what to know of it; a kind there is none of here says so.
 */
const kindsByName: Readonly<Record<string, string>> = {
  column: '"bar" (bars here are horizontal, one per category)',
  columns: '"bar" (bars here are horizontal, one per category)',
  'column chart': '"bar" (bars here are horizontal, one per category)',
  'bar chart': '"bar"',
  bars: '"bar"',
  'horizontal bar': '"bar"',
  'grouped bar': '"grouped-bar"',
  'grouped column': '"grouped-bar" (bars here are horizontal)',
  'stacked bar': '"stacked-bar"',
  'stacked column': '"stacked-bar" (bars here are horizontal)',
  'line chart': '"line"',
  lines: '"line"',
  scatter: '"dot"',
  'scatter plot': '"dot"',
  scatterplot: '"dot"',
  dots: '"dot"',
  'dot plot': '"dot"',
  'area chart': '"area"',
  choropleth: '"map"',
  'choropleth map': '"map"',
  'world map': '"map"',
  pie: 'there is no pie chart: a bar chart shows the same parts, easier to compare: write "bar"',
  'pie chart': 'there is no pie chart: a bar chart shows the same parts, easier to compare: write "bar"',
  donut: 'there is no donut chart: a bar chart shows the same parts, easier to compare: write "bar"',
  doughnut: 'there is no donut chart: a bar chart shows the same parts, easier to compare: write "bar"',
  camembert: 'there is no pie chart: a bar chart shows the same parts, easier to compare: write "bar"',
};

/** The message for a `type` that is none of the kinds, with the kind meant where a name says it. */
function kindMessage(input: unknown): string {
  const meant = typeof input === 'string' ? kindsByName[input.trim().toLowerCase()] : undefined;
  if (meant === undefined) return oneOfMessage(chartKinds, input, kindsInFrench);
  const expected = `expected one of ${chartKinds.join(', ')}, got ${JSON.stringify(input)}`;
  return meant.startsWith('"') ? `${expected}: write ${meant}` : `${expected}: ${meant}`;
}

/** The kinds as a French newsroom names them, with the kind each means. */
const kindsInFrench: Readonly<Record<string, ChartKind>> = {
  barres: 'bar',
  barre: 'bar',
  histogramme: 'bar',
  'barres groupées': 'grouped-bar',
  'barres empilées': 'stacked-bar',
  ligne: 'line',
  courbe: 'line',
  points: 'dot',
  'nuage de points': 'dot',
  aire: 'area',
  carte: 'map',
  chronologie: 'timeline',
  frise: 'timeline',
  'frise chronologique': 'timeline',
};

/** What a map shows: the whole world, or the part of it that holds the countries its rows name (map.ts). */
export const mapZooms = ['world', 'data'] as const;

/** The most class limits a map takes: five classes, the colours of its ramp (src/charts/palette.ts). */
const maxBreaks = 4;

/** The message for `breaks` that is not a list of numbers. */
function breaksExpected(input: unknown): string {
  return `expected the class limits as a list of numbers, such as breaks={[100, 500, 1000]}, got ${written(input)}`;
}

/** The orders `sort="…"` accepts. */
const sortOrders = ['value', 'none'] as const;

/** Orders as a spreadsheet or a database names them, with the one meant: a chart sorts largest first, or not at all. */
const sortsByName: Record<string, string> = {
  desc: '"value" (largest first)',
  descending: '"value" (largest first)',
  largest: '"value" (largest first)',
  original: '"none" (the dataset\'s order)',
  dataset: '"none" (the dataset\'s order)',
  unsorted: '"none" (the dataset\'s order)',
};

function sortMessage(input: unknown): string {
  const meant = typeof input === 'string' ? sortsByName[input.trim().toLowerCase()] : undefined;
  return meant ? `${oneOfMessage(sortOrders, input)}: write ${meant}` : oneOfMessage(sortOrders, input);
}

/** What an option's value was, in an editor's words. */
function written(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'nothing';
  if (typeof input === 'object') return 'an object';
  return typeof input === 'string'
    ? JSON.stringify(input)
    : `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

/** An option naming one column of the dataset. A list is said to be one: a chart has one x, one y, one series. */
function column(option: string, example: string) {
  return z
    .string({
      error: (issue) => {
        const one = Array.isArray(issue.input)
          ? `: a chart has one ${option} column${option === 'y' ? '; to draw several measures, give the rows a column that names their measure and pass that as series' : ''}`
          : '';
        return `expected the name of one column, in quotes, such as ${option}="${example}", got ${written(issue.input)}${one}`;
      },
    })
    .optional();
}

/** An option of text, in quotes. */
function text(option: string, example: string) {
  return z
    .string({
      error: (issue) => `expected text in quotes, such as ${option}="${example}", got ${written(issue.input)}`,
    })
    .optional();
}

function filterExpected(input: unknown): string {
  return `expected the rows to keep as column and value, in double braces: filter={{ "measure": "Deletions" }}, got ${written(input)}`;
}

/** One value a filter keeps: text, a number or a yes or no, as the rows write it. */
const filterValue = z.union([z.string(), z.number(), z.boolean()]);

const shape = {
  /** The kind of chart; omit it when `spec` names a custom chart module. */
  type: z.enum(chartKinds, { error: (issue) => kindMessage(issue.input) }).optional(),
  /** A custom chart module in src/charts/custom/<spec>.ts, used instead of a built-in kind. */
  spec: text('spec', 'my-chart'),
  /** The headline of the figure: what the reader should see in it. */
  title: z.string({ error: 'expected a title: every chart needs one' }).refine((title) => title.trim() !== '', {
    error: 'expected a title, got an empty one: every chart needs one, such as title="Red notices issued per year"',
  }),
  /** A line under the title: the measure and its unit. */
  subtitle: text('subtitle', 'Admissible requests per year'),
  /** The column along the horizontal axis (bar: the category; line/area/dot: time or a number; map: country code). */
  x: column('x', 'year'),
  /** The column along the vertical axis (bar: the value; map: the value that colours each country). */
  y: column('y', 'issued'),
  /** A column whose values split the data into series (grouped/stacked bars, several lines, dot colour). */
  series: column('series', 'measure'),
  /** Bar charts: keep only the N largest values (in the dataset's order with `sort="none"`). */
  top: z
    .number({ error: 'expected a whole number, written in braces: top={10}' })
    .int({ error: 'expected a whole number' })
    .positive({ error: 'expected a number above 0' })
    .optional(),
  /** Bar charts: order of bars; "value" (largest first) or "none" (dataset order, which grouped and stacked bars always keep). The default is "value", or "none" when x is a date or whole-number column (years): see barOrder in src/charts/rows.ts. */
  sort: z.enum(sortOrders, { error: (issue) => sortMessage(issue.input) }).optional(),
  /**
   * Bar charts: a column of whole numbers written before each bar's label, as a ranked list numbers its entries:
   * `rank="rank"` labels the bars "1. Russia" … "25. Kyrgyzstan", so that a ranking with ranks left out (4 to 24)
   * says so on every bar. The summary and the data table give the numbers too.
   */
  rank: column('rank', 'rank'),
  /** Timeline: the column with the event's label. */
  label: column('label', 'event'),
  /** Timeline: the column with the event's end date, when events have a span. */
  end: column('end', 'until'),
  /**
   * Maps: "world" (the default) draws the whole world; "data" fits the map to the countries the rows name, each by its
   * main land (France without French Guiana: src/charts/map.ts), so that a map of one region is not a speck of it.
   */
  zoom: z.enum(mapZooms, { error: (issue) => oneOfMessage(mapZooms, issue.input) }).optional(),
  /**
   * Maps: the class limits, in increasing order, at most four (five classes: the ramp's five colours), in place of
   * the quintiles: `breaks={[100, 200, 500, 1000]}` colours values below 100, 100 to less than 200, and so on, and
   * keeps the same classes from one map to the next (a count that changed between two years). Checked against the
   * values by src/charts/validate.ts: whole numbers for a count, and 0 among them when the values run either side of it.
   */
  breaks: z
    .array(z.number({ error: (issue) => breaksExpected(issue.input) }), {
      error: (issue) => breaksExpected(issue.input),
    })
    .min(1, { error: 'expected at least one class limit, such as breaks={[100, 500, 1000]}' })
    .max(maxBreaks, {
      error: (issue) =>
        `expected at most ${maxBreaks} class limits (a map has ${maxBreaks + 1} colours), got ${(issue.input as unknown[]).length}`,
    })
    .refine((limits) => limits.every((limit, i) => i === 0 || limit > limits[i - 1]!), {
      error: (issue) =>
        `expected the class limits in increasing order, each once, such as breaks={[100, 500, 1000]}, got [${(issue.input as number[]).join(', ')}]`,
    })
    .optional(),
  /**
   * Keep only rows whose column equals the value, e.g. `{ "snapshot": "2023-05" }`, or holds any of a list of values,
   * e.g. `{ "region": ["Alpha", "Bravo"] }`.
   */
  filter: z
    .record(
      z.string(),
      z.union([filterValue, z.array(filterValue).min(1)], {
        error: (issue) =>
          `expected a value to keep, such as "Deletions", 2023 or true, or a list of them, such as ["Alpha", "Bravo"], got ${written(issue.input)}`,
      }),
      { error: (issue) => filterExpected(issue.input) },
    )
    .optional(),
  /** A sentence the generated summary cannot know: context the reader needs (shown after the summary). */
  note: text('note', 'No figure for 2019.'),
};

/** The options `<Chart>` takes, in the order they are documented above. */
export const chartOptions = Object.keys(shape);

/**
 * Options a Datawrapper or Flourish editor looks for, which a chart here does another way or not at all, with what to
 * write instead. Its colours come from the site's theme (src/charts/palette.ts), chosen to keep their contrast in the
 * light and the dark theme: `color="#1f77b4"` has no place, and series are coloured apart by naming their column.
 */
const noColour =
  "there is no colour option: a chart's colours come from the site's theme, so that they keep their contrast in the light and the dark theme; to colour lines or bars apart, name the column that tells them apart as series";
const meantAs: Record<string, string> = {
  ...Object.fromEntries(
    ['colour', 'color', 'colours', 'colors', 'fill', 'palette', 'stroke'].map((name) => [name, noColour]),
  ),
  highlight:
    'there is no highlight option: every series is drawn alike; say what to look at in the title, or chart only the rows that matter with filter',
  format:
    "there is no number format option: figures are written as the column's type and unit say, in the page's language",
  numberformat:
    "there is no number format option: figures are written as the column's type and unit say, in the page's language",
  annotation: 'there are no annotations: write what the reader needs in note, shown after the summary',
  annotations: 'there are no annotations: write what the reader needs in note, shown after the summary',
  data: 'did you mean "dataset"?',
  datasets: 'did you mean "dataset"?',
  dataid: 'did you mean "dataset"?',
  kind: 'did you mean "type"?',
  chart: 'did you mean "type"?',
};

/**
 * ' (did you mean "y"?)' for an unknown option `key` that is a typo of one (nearestName: "titel", "lable"), an option
 * with a letter typed twice ("yy", which at two letters is no typo by nearestName's measure: any other short name is
 * as close), or what a chart does another way ("colour"); nothing when none is close.
 */
export function optionHint(key: string): string {
  const options = [...chartOptions, 'dataset'];
  const meant = meantAs[key.toLowerCase().replace(/[-_\s]/g, '')];
  if (meant) return ` (${meant})`;
  const undoubled = key.replace(/(.)\1+/g, '$1');
  const near = nearestName(key, options) ?? (undoubled !== key && options.includes(undoubled) ? undoubled : undefined);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

export const chartSpecSchema = z.strictObject(shape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown option${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"${optionHint(key)}`).join(', ')}: expected ${chartOptions.join(', ')} (and dataset)`
      : undefined,
});

export type ChartSpec = z.infer<typeof chartSpecSchema>;

/**
 * A chart option's message written for a dataset's "chart" in JSON: the schema's examples are MDX (`y="issued"`,
 * `top={10}`, `filter={{ … }}`).
 */
export function chartMessageInJson(message: string): string {
  return message
    .replace(/\b(\w+)=\{\{ (.*?) \}\}/g, '"$1": { $2 }')
    .replace(/\b(\w+)=\{([^{}]*)\}/g, '"$1": $2')
    .replace(/\b(\w+)="([^"]*)"/g, '"$1": "$2"')
    .replace(/(?:written in|in double) braces: /, 'such as ')
    .replace(', in quotes,', ', as a string,')
    .replace('text in quotes', 'a string');
}
