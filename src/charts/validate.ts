/**
 * Checks a chart's options against its dataset before anything is drawn: the columns it names exist and have a
 * type the chart kind can draw, the kind reads every option given (a `top` on a map, a `series` on a plain bar chart
 * would be silently ignored), a custom chart module exists, a map's country codes are ISO codes, series fit the
 * palette, and no row the chart shows would be drawn wrong or not at all while its table lists it: a value without a
 * series or a country, an event that ends before it starts, a negative part in a stack. Returns problems as `{ field, message }` so callers can say where (the MDX file, the chart's
 * title) in their own terms. The preflight runs it on every chart it can read; Chart.astro runs it again when
 * it renders (for charts whose options are expressions), and throws the first problem as a ContentError.
 */
import { chartKinds, type ChartSpec } from '../schemas/chart.ts';
import { figureAsText, rowsSuffix, type Dataset, type Row } from '../schemas/dataset.ts';
import { customCharts } from './custom/index.ts';
import { parseDate } from './format.ts';
import { qualifierOf, qualifierWords } from './qualified.ts';
import { categorical, numeric, ordered, type Need } from './needs.ts';
import { seriesColors } from './palette.ts';
import { rankedKinds, shownRows } from './rows.ts';
import { isCountryCode } from './world.ts';
import { closestNames, columnHint } from '../lib/edit-distance.ts';
import { countryCodeHint } from '../schemas/fields.ts';

export interface ChartProblem {
  field: string;
  message: string;
}

/** What each kind needs of its columns. */
const needs: Record<string, Need[]> = {
  bar: [
    { field: 'x', types: categorical, required: true },
    { field: 'y', types: numeric, required: true },
    // Each bar's number before its label (bar.ts): "1. Russia".
    { field: 'rank', types: ['integer'], required: false },
  ],
  'grouped-bar': [
    { field: 'x', types: categorical, required: true },
    { field: 'y', types: numeric, required: true },
    { field: 'series', types: categorical, required: true },
  ],
  'stacked-bar': [
    { field: 'x', types: categorical, required: true },
    { field: 'y', types: numeric, required: true },
    { field: 'series', types: categorical, required: true },
  ],
  line: [
    { field: 'x', types: ordered, required: true },
    { field: 'y', types: numeric, required: true },
    { field: 'series', types: categorical, required: false },
  ],
  area: [
    { field: 'x', types: ordered, required: true },
    { field: 'y', types: numeric, required: true },
    { field: 'series', types: categorical, required: false },
  ],
  dot: [
    { field: 'x', types: [...ordered, 'string'], required: true },
    { field: 'y', types: [...numeric, 'string'], required: true },
    { field: 'series', types: categorical, required: false },
  ],
  map: [
    { field: 'x', types: ['string'], required: true },
    { field: 'y', types: numeric, required: true },
  ],
  timeline: [
    { field: 'x', types: ['date'], required: true },
    { field: 'label', types: ['string'], required: true },
    { field: 'end', types: ['date'], required: false },
  ],
};

/** The kinds that draw one mark for each value of x (and of series): bars, lines, areas, countries. */
const oneMarkPerX = new Set(['bar', 'grouped-bar', 'stacked-bar', 'line', 'area', 'map']);

/** Kinds that draw their categories in the dataset's order: `sort="none"` says what they do, `sort="value"` is refused. */
const datasetOrder = new Set(['grouped-bar', 'stacked-bar']);

/** The options that name a column, and those that rank a bar chart's rows (rows.ts): which kinds read each. */
const columnOptions = ['x', 'y', 'series', 'rank', 'label', 'end'] as const;
const rankOptions = ['top', 'sort'] as const;
/** The options only a map reads (map.ts). */
const mapOptions = ['zoom', 'breaks'] as const;
type KindOption = (typeof columnOptions)[number] | (typeof rankOptions)[number] | (typeof mapOptions)[number];

/** Whether a kind (its column needs, its name for top and sort, and for a map's own options) reads an option. */
function reads(kindNeeds: Need[], type: string | undefined, option: KindOption): boolean {
  if ((mapOptions as readonly string[]).includes(option)) return type === 'map';
  return (rankOptions as readonly string[]).includes(option)
    ? type !== undefined && rankedKinds.has(type)
    : kindNeeds.some((need) => need.field === option);
}

/** "a, b and c". */
function inWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "a, b or c". */
function orWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The built-in kinds that read an option, in the order the schema lists kinds. */
function kindsReading(option: KindOption): string {
  return inWords(chartKinds.filter((kind) => reads(needs[kind] ?? [], kind, option)));
}

/** Where a chart is written: `<Chart … />` in MDX, or a dataset's "chart" in its JSON (hints are written in its syntax). */
export interface ChartContext {
  syntax?: 'mdx' | 'json';
  /** Check the options against the dataset's columns only, not its rows (a dataset whose rows are invalid). */
  columnsOnly?: boolean;
}

/** The column that names a dataset's rows: its key, else its first column. */
function datasetKey(dataset: Dataset): string | undefined {
  return dataset.key !== undefined && dataset.columns[dataset.key] ? dataset.key : Object.keys(dataset.columns)[0];
}

/**
 * Rows named as the dataset names them, by its key (its first column when it declares none): `the row where id is
 * "d"`, `the rows where year is 2019 and 2020`; by position (`rows[3]`) when a row has no key value. Five at most,
 * then how many more.
 */
function rowsNamed(dataset: Dataset, picked: Row[]): string {
  const key = datasetKey(dataset);
  const keys = picked.map((row) => (key === undefined ? undefined : row[key]));
  const named = keys.every((value) => typeof value === 'string' || typeof value === 'number');
  const names = named
    ? keys.map((value) => JSON.stringify(value))
    : picked.map((row) => `rows[${dataset.rows.indexOf(row)}]`);
  const shown = names.length > 5 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return named ? `${picked.length === 1 ? 'the row' : 'the rows'} where ${key} is ${inWords(shown)}` : inWords(shown);
}

const hasValue = (value: unknown) => value !== null && value !== undefined;

export function validateChart(spec: ChartSpec, dataset: Dataset, context: ChartContext = {}): ChartProblem[] {
  const problems: ChartProblem[] = [];
  if (!spec.type && !spec.spec) {
    return [{ field: 'type', message: `expected a chart type (${Object.keys(needs).join(', ')}) or a custom "spec"` }];
  }
  const columns = Object.keys(dataset.columns);
  for (const column of Object.keys(spec.filter ?? {})) {
    if (!dataset.columns[column]) {
      problems.push({
        field: `filter.${column}`,
        message: `the dataset has no column "${column}"${columnHint(column, columns, dataset)} (columns: ${columns.join(', ')})`,
      });
    }
  }
  const custom = spec.spec === undefined ? undefined : customCharts[spec.spec];
  if (spec.spec !== undefined && !custom) {
    return [
      {
        field: 'spec',
        message: `no custom chart "${spec.spec}": expected one of ${Object.keys(customCharts).join(', ')} (a chart in src/charts/custom/${spec.spec}.ts is used once src/charts/custom/index.ts lists it)`,
      },
    ];
  }
  const kind = spec.type ?? 'custom';
  const kindNeeds = custom ? custom.needs : spec.type ? needs[spec.type] : undefined;
  if (!kindNeeds) return problems;
  for (const need of kindNeeds) {
    const name = spec[need.field];
    // Present but undefined: written as an expression the preflight cannot read; checked when the chart renders.
    if (name === undefined && Object.hasOwn(spec, need.field)) continue;
    if (name === undefined) {
      if (need.required)
        problems.push({
          field: need.field,
          message: `a ${kind} chart needs "${need.field}": one of ${columns.join(', ')}`,
        });
      continue;
    }
    const column = dataset.columns[name];
    // Several columns in one option (y="balance, share"), as a spreadsheet tool takes them: a chart draws one.
    const several = name.split(/\s*[,;]\s*|\s+and\s+/).filter((part) => part !== '');
    if (!column && several.length > 1 && several.every((part) => dataset.columns[part])) {
      problems.push({
        field: need.field,
        message: `a chart draws one ${need.field} column, got ${several.length} (${several.join(', ')}): to draw several measures, give the dataset one row per measure, with a column naming it (such as "measure"), and pass that column as series`,
      });
    } else if (!column) {
      problems.push({
        field: need.field,
        message: `the dataset has no column "${name}"${columnHint(name, columns, dataset)} (columns: ${columns.join(', ')})`,
      });
    } else if (!need.types.includes(column.type)) {
      // x and y written the other way round: each would fit the other's place.
      const other = need.field === 'x' ? 'y' : need.field === 'y' ? 'x' : undefined;
      const otherNeed = kindNeeds.find((n) => n.field === other);
      const otherName = other === undefined ? undefined : spec[other];
      const otherColumn = otherName === undefined ? undefined : dataset.columns[otherName];
      const swapped =
        otherNeed !== undefined &&
        otherColumn !== undefined &&
        need.types.includes(otherColumn.type) &&
        otherNeed.types.includes(column.type);
      const bars = spec.type === 'bar' || spec.type === 'grouped-bar' || spec.type === 'stacked-bar';
      const swap = swapped
        ? `: x and y look swapped, write x="${spec.y}" y="${spec.x}"${bars ? ' (x names the bars, listed down the side: bars here are horizontal; y is their length)' : ''}`
        : '';
      problems.push({
        field: need.field,
        message: `column "${name}" is ${column.type}, but a ${kind} chart's ${need.field} must be ${need.types.join(' or ')}${swap}`,
      });
    }
  }
  // An option the kind does not read would be silently ignored: the chart would not be the one the editor wrote.
  // Reported beside any other problem, and the rows are checked as the kind reads them (without the option).
  const uses = (option: KindOption) => reads(kindNeeds, spec.type, option);
  const ignored: ChartProblem[] = [];
  for (const option of [...columnOptions.slice(0, 4), ...rankOptions, ...columnOptions.slice(4), ...mapOptions]) {
    if (spec[option] === undefined || uses(option)) continue;
    if (option === 'series' && spec.type === 'bar') {
      ignored.push({ field: option, message: 'a bar chart has no series: use type="grouped-bar" or "stacked-bar"' });
    } else if (option === 'sort' && spec.type && datasetOrder.has(spec.type)) {
      // Their order is the dataset's: sort="none" says so (and the demo's refusals chart writes it).
      if (spec.sort !== 'none') {
        ignored.push({
          field: option,
          message: `a ${kind} chart keeps the dataset's order: sort="${spec.sort}" is for ${kindsReading(option)} charts (write sort="none", or no sort)`,
        });
      }
    } else {
      ignored.push({
        field: option,
        message: `a ${kind} chart does not use "${option}": ${option} is for ${kindsReading(option)} charts`,
      });
    }
  }
  // "admissible per admissible": a chart of a column against itself says nothing.
  const roles = (['x', 'y', 'series'] as const).filter((field) => typeof spec[field] === 'string' && uses(field));
  for (const [i, field] of roles.entries()) {
    const same = roles.slice(0, i).find((other) => spec[other] === spec[field]);
    if (same)
      problems.push({
        field,
        message: `"${spec[field]}" is already the chart's ${same}: ${field} must be another column`,
      });
  }
  if (problems.length > 0 || context.columnsOnly) return [...problems, ...ignored];
  problems.push(...ignored);
  const rows = shownRows(dataset, spec);
  // Each value of a list (filter={{ "region": ["Alpha", "Bravo"] }}) is checked as one value is: one that no row has
  // would be dropped silently while the others still draw.
  const written = Object.entries(spec.filter ?? {}).flatMap(([column, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => [column, one] as const),
  );
  const listed = Object.values(spec.filter ?? {}).some(Array.isArray);
  if (rows.length === 0 || (listed && written.some(([c, v]) => !dataset.rows.some((row) => row[c] === v)))) {
    // A filter value no row has (a typo, or a date written another way): say which, and what the column holds.
    for (const [column, value] of written) {
      const values = [...new Set(dataset.rows.map((row) => row[column]))];
      if (!values.includes(value)) {
        // The number written as text (filter={{ "year": "2022" }}) or the text written as a number.
        const retyped = typeof value === 'string' ? figureHeld(value, values) : String(value);
        if (retyped !== undefined && values.includes(retyped)) {
          // In a list, the list with that value retyped (["2021", 2022] -> [2021, 2022]).
          const list = spec.filter?.[column];
          const fixedValue = Array.isArray(list)
            ? `[${list.map((one) => JSON.stringify(one === value ? retyped : one)).join(', ')}]`
            : JSON.stringify(retyped);
          const pair = `${JSON.stringify(column)}: ${fixedValue}`;
          const fixed = context.syntax === 'json' ? `"filter": { ${pair} }` : `filter={{ ${pair} }}`;
          return [
            ...problems,
            {
              field: `filter.${column}`,
              message: `"${column}" holds ${typeof retyped === 'number' ? 'numbers' : 'text'}: write ${fixed}`,
            },
          ];
        }
        const shown = values
          .slice(0, 8)
          .map((v) => JSON.stringify(v))
          .join(', ');
        // The values closest to the one written ("2023-05" for "2023-5", "Deletions" for "deletions"), which the list
        // of the first eight may not show.
        const closest =
          typeof value === 'string'
            ? closestNames(
                value,
                values.filter((v): v is string => typeof v === 'string'),
              )
            : [];
        const hint = closest.length > 0 ? `: did you mean ${orWords(closest.map((v) => JSON.stringify(v)))}?` : '';
        return [
          ...problems,
          {
            field: `filter.${column}`,
            message: `no row has ${column} = ${JSON.stringify(value)}${hint} (values: ${shown}${values.length > 8 ? ', …' : ''})`,
          },
        ];
      }
    }
    return [
      ...problems,
      { field: 'filter', message: `no row matches every value of the filter ${JSON.stringify(spec.filter)}` },
    ];
  }
  if (spec.y && uses('y') && rows.every((row) => !hasValue(row[spec.y!]))) {
    return [
      ...problems,
      { field: 'y', message: `every row the chart shows is empty in "${spec.y}": there is nothing to draw` },
    ];
  }
  // A timeline leaves undated events out (timeline.ts): with none dated, it drew an empty frame and said nothing.
  if (spec.type === 'timeline' && spec.x && rows.every((row) => !hasValue(row[spec.x!]))) {
    return [
      ...problems,
      { field: 'x', message: `every row the chart shows is empty in "${spec.x}": there is nothing to draw` },
    ];
  }
  const series = spec.series !== undefined && uses('series') ? spec.series : undefined;
  if (series) {
    // A series column empty throughout: the rows are not split at all (and "2 rows have year 2019 with group null" would
    // not say why).
    if (rows.every((row) => !hasValue(row[series]))) {
      const required = kindNeeds.find((need) => need.field === 'series')?.required;
      const fix = !required
        ? 'or leave series out'
        : spec.type && datasetOrder.has(spec.type)
          ? 'or use type="bar" without series'
          : `or use a chart without series`;
      return [
        ...problems,
        {
          field: 'series',
          message: `column "${series}" is empty in every row the chart shows: name each row's ${series}, ${fix}`,
        },
      ];
    }
    // A value without a series is drawn in no series (or not at all), while the table lists it.
    const unseries = rows.filter((row) => hasValue(row[spec.y ?? '']) && !hasValue(row[series]));
    if (unseries.length > 0) {
      const one = unseries.length === 1;
      problems.push({
        field: 'series',
        message: `${rowsNamed(dataset, unseries)} ${one ? 'has' : 'have'} a value but no ${series}: name ${one ? 'its' : 'their'} ${series}, or leave ${one ? 'it' : 'them'} out with filter`,
      });
    }
  }
  // A value with nothing on x is drawn nowhere (a line, an area, dots) or as a bar without a name, while the table and
  // the summary list it. A map says so in its own terms (below); a timeline leaves its undated events out.
  // A dot chart of categories placed by a number on x (x="notices" y="country") draws its categories down y: there the
  // value is x, and a category without one is a gap in the data, as on any chart, not a value without a place.
  if (spec.x && spec.y && uses('x') && uses('y') && spec.type !== 'map') {
    // As the summary reads such a chart (summary.ts): categories placed by a date are the dates' values.
    const isCategory = (name: string) => ['string', 'boolean'].includes(dataset.columns[name]?.type ?? '');
    const isNumber = (name: string) => ['number', 'integer'].includes(dataset.columns[name]?.type ?? '');
    const swapped = spec.type === 'dot' && isCategory(spec.y) && isNumber(spec.x);
    const [field, place, value] = swapped ? (['y', spec.y, spec.x] as const) : (['x', spec.x, spec.y] as const);
    const unplaced = rows.filter((row) => hasValue(row[value]) && !hasValue(row[place]));
    if (unplaced.length > 0) {
      const one = unplaced.length === 1;
      problems.push({
        field,
        message: `${rowsNamed(dataset, unplaced)} ${one ? 'has' : 'have'} a value but no ${place}: name ${one ? 'its' : 'their'} ${place}, or leave ${one ? 'it' : 'them'} out with filter`,
      });
    }
  }
  if (spec.type === 'map' && spec.x) {
    const x = spec.x;
    // One mistake, however many rows repeat it (names written for codes, mostly): reported at its first row with how
    // many more, as the dataset's own row problems are, not one line per country.
    const unknown = dataset.rows.flatMap((row, i) => (row[x] !== null && !isCountryCode(row[x]) ? [i] : []));
    if (unknown.length > 0) {
      const first = dataset.rows[unknown[0]!]![x];
      // A column that holds the codes ("ref": "country") is most likely the one meant.
      const coded = Object.entries(dataset.columns).find(
        ([name, column]) => name !== x && column.ref === 'country',
      )?.[0];
      const hint = coded
        ? `; column "${coded}" holds country codes: write ${context.syntax === 'json' ? `"x": "${coded}"` : `x="${coded}"`}`
        : '';
      // What the first value most likely meant ("Türkiye's code is "TR""), in place of an example code.
      const meant = countryCodeHint(first);
      problems.push({
        field: 'x',
        message: `unknown country code ${JSON.stringify(first)} in rows[${unknown[0]}].${x}${rowsSuffix(dataset.rows, datasetKey(dataset), x, unknown)}: expected an ISO 3166-1 alpha-2 code${meant || ' such as "FR"'}${hint}`,
      });
    }
    // A value without a country colours nothing, while the legend and the summary counted it.
    const nowhere = rows.filter((row) => hasValue(row[spec.y ?? '']) && !hasValue(row[x]));
    if (nowhere.length > 0) {
      const one = nowhere.length === 1;
      problems.push({
        field: 'x',
        message: `${rowsNamed(dataset, nowhere)} ${one ? 'has' : 'have'} a value but no ${x}: write ${one ? 'its ISO 3166-1 alpha-2 code' : 'their ISO 3166-1 alpha-2 codes'} (such as "FR"), or leave ${one ? 'it' : 'them'} out with filter`,
      });
    }
  }
  // Class limits a map's values cannot be read by: a count's class "100 to 149.5", or one class for a fall and a rise.
  if (spec.type === 'map' && spec.y && spec.breaks && dataset.columns[spec.y]) {
    const [y, breaks] = [spec.y, spec.breaks];
    const fractional = breaks.filter((limit) => !Number.isInteger(limit));
    if (dataset.columns[y]!.type === 'integer' && fractional.length > 0)
      problems.push({
        field: 'breaks',
        message: `column "${y}" holds whole numbers: its class limits must be whole numbers too, got ${inWords(fractional.map(String))}`,
      });
    const values = rows.map((row) => row[y]).filter((value): value is number => typeof value === 'number');
    if (values.some((value) => value < 0) && values.some((value) => value > 0) && !breaks.includes(0)) {
      const fixed = [...breaks, 0].sort((a, b) => a - b).slice(0, 4);
      problems.push({
        field: 'breaks',
        message: `the values run either side of zero (${Math.min(...values)} to ${Math.max(...values)}): add 0 to breaks, so that no class holds both a fall and a rise, such as ${context.syntax === 'json' ? `"breaks": [${fixed.join(', ')}]` : `breaks={[${fixed.join(', ')}]}`}`,
      });
    }
  }
  // A dated event without a label is a dot beside no text, and its summary's "First: null".
  if (spec.type === 'timeline' && spec.x && spec.label) {
    const [date, label] = [spec.x, spec.label];
    const unnamed = rows.filter(
      (row) => hasValue(row[date]) && (!hasValue(row[label]) || String(row[label]).trim() === ''),
    );
    if (unnamed.length > 0) {
      const one = unnamed.length === 1;
      problems.push({
        field: 'label',
        message: `${rowsNamed(dataset, unnamed)} ${one ? 'has' : 'have'} a date but no ${label}: write ${one ? 'its' : 'their'} ${label}, or leave ${one ? 'it' : 'them'} out with filter`,
      });
    }
  }
  // An event whose end comes before its start would be drawn backwards, from its end to its start.
  if (spec.type === 'timeline' && spec.x && spec.end) {
    const [start, end] = [spec.x, spec.end];
    for (const row of rows) {
      const [from, to] = [row[start], row[end]];
      if (typeof from === 'string' && typeof to === 'string' && parseDate(to) < parseDate(from)) {
        problems.push({
          field: 'end',
          message: `${rowsNamed(dataset, [row])} ends before it starts: ${end} is ${JSON.stringify(to)}, ${start} is ${JSON.stringify(from)}`,
        });
      }
    }
  }
  // A stack adds its parts into one total: a negative part takes away from it and is drawn back across the others.
  if (spec.type === 'stacked-bar' && spec.y) {
    const y = spec.y;
    const negative = rows.filter((row) => typeof row[y] === 'number' && row[y] < 0);
    if (negative.length > 0) {
      const one = negative.length === 1;
      const values = one ? `a negative value, ${String(negative[0]![y])}` : 'negative values';
      problems.push({
        field: 'y',
        message: `${rowsNamed(dataset, negative)} ${one ? 'has' : 'have'} ${values}: a stacked bar adds its parts into one total, and parts of both signs misread: use type="grouped-bar"`,
      });
    }
  }
  // A stack whose parts are qualified in different words ("about", "at least") has a total no one word is true of.
  const qualifier = spec.type === 'stacked-bar' ? qualifierOf(dataset.columns, spec) : undefined;
  if (qualifier && spec.x && spec.y) {
    const [x, y] = [spec.x, spec.y];
    const valued = rows.filter((row) => typeof row[y] === 'number');
    for (const parts of Map.groupBy(valued, (row) => String(row[x])).values()) {
      const words = qualifierWords(parts, qualifier);
      if (words.length > 1)
        problems.push({
          field: 'y',
          message: `${rowsNamed(dataset, parts)} make one stack of figures qualified ${inWords(words.map((word) => JSON.stringify(word)))}: no one word says how exact its total is: use type="grouped-bar", which prints each figure with its own`,
        });
    }
  }
  // One mark per x (per x and series): a second row would draw a second bar under the same label, a line that doubles
  // back, or a country coloured by whichever row came last.
  // Rows without an x draw nothing (a map refuses a value without a country, above), and rows without a series are
  // reported above.
  if (spec.type && oneMarkPerX.has(spec.type) && spec.x) {
    const seen = new Map<string, Row[]>();
    for (const row of rows) {
      if (!hasValue(row[spec.x]) || (series && !hasValue(row[series]))) continue;
      const key = JSON.stringify([row[spec.x], series ? row[series] : null]);
      seen.set(key, [...(seen.get(key) ?? []), row]);
    }
    const repeated = [...seen].find(([, same]) => same.length > 1);
    if (repeated) {
      const [x, value] = JSON.parse(repeated[0]) as [unknown, unknown];
      const which = series ? `${JSON.stringify(x)} with ${series} ${JSON.stringify(value)}` : JSON.stringify(x);
      // A bar chart has no series: the kinds that split a category by series are named instead.
      const fix =
        series || spec.type === 'map'
          ? 'keep one row with filter'
          : spec.type === 'bar'
            ? 'keep one row with filter, or split them with series in a grouped-bar or stacked-bar chart'
            : 'keep one row with filter, or split them with series';
      // Where they are in the file: a row typed twice is found by its place, not by the value it shares.
      const indexes = repeated[1].map((row) => dataset.rows.indexOf(row)).sort((a, b) => a - b);
      const places = indexes.includes(-1)
        ? ''
        : ` (${inWords(indexes.slice(0, 5).map((i) => `rows[${i}]`))}${indexes.length > 5 ? ', …' : ''} of the dataset)`;
      problems.push({
        field: 'x',
        message: `${repeated[1].length} rows have ${spec.x} ${which}${places}: a ${spec.type} chart draws one mark for each${series ? ' pair' : ''} (${fix})`,
      });
    }
  }
  if (series && !custom) {
    const values = new Set(rows.map((row) => row[series]).filter((v) => v !== null));
    if (values.size > seriesColors.length) {
      problems.push({
        field: 'series',
        message: `column "${series}" has ${values.size} values; a chart tells at most ${seriesColors.length} series apart: filter the rows to at most ${seriesColors.length} of them (filter={{ "${series}": [${[
          ...values,
        ]
          .slice(0, 2)
          .map((value) => JSON.stringify(value))
          .join(', ')}] }}) or use spec="small-multiples"`,
      });
    }
  }
  return problems;
}

/**
 * The figure a filter's text stands for, among the `values` a column holds: the text as JSON writes a number
 * ("2022"), or as a figure is typed ("4 817", "1,200"; of "1.200", 1.2 or 1200, whichever the column holds, see
 * figureAsText). Not what JavaScript's Number reads besides: " " is no 0, "0x7E6" and "2.022e3" no 2022.
 */
function figureHeld(text: string, values: readonly unknown[]): number | undefined {
  if (/^-?\d+(?:\.\d+)?$/.test(text.trim()) && values.includes(Number(text))) return Number(text);
  const typed = figureAsText(text);
  if (!typed || typed.kind === 'percent') return undefined;
  return [typed.figure, typed.alternative].find((figure) => figure !== undefined && values.includes(figure));
}
