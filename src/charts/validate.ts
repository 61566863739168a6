/**
 * Checks a chart's options against its dataset before anything is drawn: the columns it names exist and have a
 * type the chart kind can draw, a custom chart module exists, a map's country codes are ISO codes, and series fit
 * the palette. Returns problems as `{ field, message }` so callers can say where (the MDX file, the chart's
 * title) in their own terms. The preflight runs it on every chart it can read; Chart.astro runs it again when
 * it renders (for charts whose options are expressions), and throws the first problem as a ContentError.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { customCharts } from './custom/index.ts';
import { categorical, numeric, ordered, type Need } from './needs.ts';
import { seriesColors } from './palette.ts';
import { shownRows } from './rows.ts';
import { isCountryCode } from './world.ts';

export interface ChartProblem {
  field: string;
  message: string;
}

/** What each kind needs of its columns. */
const needs: Record<string, Need[]> = {
  bar: [
    { field: 'x', types: categorical, required: true },
    { field: 'y', types: numeric, required: true },
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

export function validateChart(spec: ChartSpec, dataset: Dataset): ChartProblem[] {
  const problems: ChartProblem[] = [];
  if (!spec.type && !spec.spec) {
    return [{ field: 'type', message: `expected a chart type (${Object.keys(needs).join(', ')}) or a custom "spec"` }];
  }
  const columns = Object.keys(dataset.columns);
  for (const column of Object.keys(spec.filter ?? {})) {
    if (!dataset.columns[column]) {
      problems.push({ field: `filter.${column}`, message: `the dataset has no column "${column}" (columns: ${columns.join(', ')})` });
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
      if (need.required) problems.push({ field: need.field, message: `a ${kind} chart needs "${need.field}": one of ${columns.join(', ')}` });
      continue;
    }
    const column = dataset.columns[name];
    if (!column) {
      problems.push({ field: need.field, message: `the dataset has no column "${name}" (columns: ${columns.join(', ')})` });
    } else if (!need.types.includes(column.type)) {
      problems.push({
        field: need.field,
        message: `column "${name}" is ${column.type}, but a ${kind} chart's ${need.field} must be ${need.types.join(' or ')}`,
      });
    }
  }
  // "admissible per admissible": a chart of a column against itself says nothing.
  const roles = (['x', 'y', 'series'] as const).filter((field) => typeof spec[field] === 'string');
  for (const [i, field] of roles.entries()) {
    const same = roles.slice(0, i).find((other) => spec[other] === spec[field]);
    if (same) problems.push({ field, message: `"${spec[field]}" is already the chart's ${same}: ${field} must be another column` });
  }
  if (problems.length > 0) return problems;
  const rows = shownRows(dataset.rows as Parameters<typeof shownRows>[0], spec);
  if (rows.length === 0) {
    // A filter value no row has (a typo, or a date written another way): say which, and what the column holds.
    for (const [column, value] of Object.entries(spec.filter ?? {})) {
      const values = [...new Set(dataset.rows.map((row) => row[column]))];
      if (!values.includes(value)) {
        // The number written as text (filter={{ "year": "2022" }}) or the text written as a number.
        const retyped = typeof value === 'string' ? Number(value) : String(value);
        if (value !== '' && values.includes(retyped) && !Number.isNaN(retyped)) {
          const written = `filter={{ ${JSON.stringify(column)}: ${JSON.stringify(retyped)} }}`;
          return [{ field: `filter.${column}`, message: `"${column}" holds ${typeof retyped === 'number' ? 'numbers' : 'text'}: write ${written}` }];
        }
        const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ');
        return [{ field: `filter.${column}`, message: `no row has ${column} = ${JSON.stringify(value)} (values: ${shown}${values.length > 8 ? ', …' : ''})` }];
      }
    }
    return [{ field: 'filter', message: `no row matches every value of the filter ${JSON.stringify(spec.filter)}` }];
  }
  if (spec.y && rows.every((row) => row[spec.y!] === null || row[spec.y!] === undefined)) {
    return [{ field: 'y', message: `every row the chart shows is empty in "${spec.y}": there is nothing to draw` }];
  }
  if (spec.type === 'map' && spec.x) {
    const x = spec.x;
    dataset.rows.forEach((row, i) => {
      const code = row[x];
      if (code !== null && !isCountryCode(code)) {
        problems.push({ field: 'x', message: `unknown country code ${JSON.stringify(code)} in rows[${i}].${x}: expected an ISO 3166-1 alpha-2 code such as "FR"` });
      }
    });
  }
  // One mark per x (per x and series): a second row would draw a second bar under the same label, a line that doubles
  // back, or a country coloured by whichever row came last.
  // Rows without an x draw nothing (a map leaves a row without a country out), and a map has no series.
  if (spec.type && oneMarkPerX.has(spec.type) && spec.x) {
    const series = spec.type === 'map' ? undefined : spec.series;
    const seen = new Map<string, number>();
    for (const row of rows) {
      if (row[spec.x] === null || row[spec.x] === undefined) continue;
      const key = JSON.stringify([row[spec.x], series ? row[series] : null]);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const repeated = [...seen].find(([, count]) => count > 1);
    if (repeated) {
      const [x, value] = JSON.parse(repeated[0]) as [unknown, unknown];
      const which = series ? `${JSON.stringify(x)} with ${series} ${JSON.stringify(value)}` : JSON.stringify(x);
      const fix = series || spec.type === 'map' ? 'keep one row with filter' : 'keep one row with filter, or split them with series';
      problems.push({ field: 'x', message: `${repeated[1]} rows have ${spec.x} ${which}: a ${spec.type} chart draws one mark for each${series ? ' pair' : ''} (${fix})` });
    }
  }
  if (spec.series && !custom) {
    const series = new Set(rows.map((row) => row[spec.series!]).filter((v) => v !== null));
    if (series.size > seriesColors.length) {
      problems.push({
        field: 'series',
        message: `column "${spec.series}" has ${series.size} values; a chart tells at most ${seriesColors.length} series apart: filter the rows or use spec="small-multiples"`,
      });
    }
  }
  return problems;
}
