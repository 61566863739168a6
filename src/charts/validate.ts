/**
 * Checks a chart's options against its dataset before anything is drawn: the columns it names exist and have a
 * type the chart kind can draw. Returns problems as `{ field, message }` so callers can say where (the MDX file,
 * the chart's title) in their own terms.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { ColumnType, Dataset } from '../schemas/dataset.ts';

export interface ChartProblem {
  field: string;
  message: string;
}

const numeric: ColumnType[] = ['number', 'integer'];
const ordered: ColumnType[] = ['number', 'integer', 'date'];
const categorical: ColumnType[] = ['string', 'integer', 'date', 'boolean'];

type Need = { field: 'x' | 'y' | 'series' | 'label' | 'end'; types: ColumnType[]; required: boolean };

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
  if (!spec.type) return problems;
  for (const need of needs[spec.type] ?? []) {
    const name = spec[need.field];
    if (name === undefined) {
      if (need.required) problems.push({ field: need.field, message: `a ${spec.type} chart needs "${need.field}": one of ${columns.join(', ')}` });
      continue;
    }
    const column = dataset.columns[name];
    if (!column) {
      problems.push({ field: need.field, message: `the dataset has no column "${name}" (columns: ${columns.join(', ')})` });
    } else if (!need.types.includes(column.type)) {
      problems.push({
        field: need.field,
        message: `column "${name}" is ${column.type}, but a ${spec.type} chart's ${need.field} must be ${need.types.join(' or ')}`,
      });
    }
  }
  return problems;
}
