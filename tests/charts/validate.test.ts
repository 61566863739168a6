import { describe, expect, it } from 'vitest';
import { validateChart } from '../../src/charts/validate.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { column } from './golden.ts';

const dataset = (rows: Dataset['rows'], columns: Dataset['columns']): Dataset => ({
  title: 't',
  description: 'd',
  sources: ['s'],
  license: 'l',
  updated: new Date('2026-01-01'),
  columns,
  rows,
  notes: [],
  corrections: [],
});
const issued = dataset([{ year: 2024, issued: 1, kind: 'a' }], { year: column('integer'), issued: column('integer'), kind: column('string') });

describe('chart validation', () => {
  it('names a missing column and lists the ones there are', () => {
    expect(validateChart({ type: 'line', x: 'year', y: 'isued', title: 'T' }, issued)).toEqual([
      { field: 'y', message: 'the dataset has no column "isued" (columns: year, issued, kind)' },
    ]);
  });

  it('names a filter value no row has, with the values there are, and a chart left with nothing to draw', () => {
    const snapshots = dataset(
      [
        { snapshot: '2022-10', country: 'RU', count: 3000 },
        { snapshot: '2023-05', country: 'RU', count: 3038 },
        { snapshot: '2023-05', country: 'FR', count: null },
      ],
      { snapshot: column('date'), country: column('string', { ref: 'country' }), count: column('integer') },
    );
    // "2023-5" for "2023-05" crashed the map's drawing; a line chart published an empty drawing.
    expect(validateChart({ type: 'map', x: 'country', y: 'count', filter: { snapshot: '2023-5' }, title: 'T' }, snapshots)).toEqual([
      { field: 'filter.snapshot', message: 'no row has snapshot = "2023-5" (values: "2022-10", "2023-05")' },
    ]);
    expect(validateChart({ type: 'map', x: 'country', y: 'count', filter: { snapshot: '2022-10', country: 'FR' }, title: 'T' }, snapshots)).toEqual([
      { field: 'filter', message: 'no row matches every value of the filter {"snapshot":"2022-10","country":"FR"}' },
    ]);
    expect(validateChart({ type: 'map', x: 'country', y: 'count', filter: { country: 'FR' }, title: 'T' }, snapshots)).toEqual([
      { field: 'y', message: 'every row the chart shows is empty in "count": there is nothing to draw' },
    ]);
    expect(validateChart({ type: 'map', x: 'country', y: 'count', filter: { snapshot: '2023-05' }, title: 'T' }, snapshots)).toEqual([]);
  });

  it('names a column of the wrong type for the kind', () => {
    expect(validateChart({ type: 'line', x: 'year', y: 'kind', title: 'T' }, issued)).toEqual([
      { field: 'y', message: 'column "kind" is string, but a line chart\'s y must be number or integer' },
    ]);
  });

  it('names an unknown custom chart and the known ones', () => {
    expect(validateChart({ spec: 'nope', title: 'T' }, issued)).toEqual([
      { field: 'spec', message: 'no custom chart "nope" (src/charts/custom/nope.ts); known: small-multiples' },
    ]);
  });

  it('checks a custom chart\'s columns like a built-in kind', () => {
    expect(validateChart({ spec: 'small-multiples', x: 'year', y: 'issued', title: 'T' }, issued)).toEqual([
      { field: 'series', message: 'a custom chart needs "series": one of year, issued, kind' },
    ]);
  });

  it('refuses more series than the palette has colours', () => {
    const many = dataset(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((kind) => ({ year: 2024, issued: 1, kind })),
      { year: column('integer'), issued: column('integer'), kind: column('string') },
    );
    expect(validateChart({ type: 'line', x: 'year', y: 'issued', series: 'kind', title: 'T' }, many)).toEqual([
      { field: 'series', message: 'column "kind" has 6 values; a chart tells at most 5 series apart: filter the rows or use spec="small-multiples"' },
    ]);
  });

  it('leaves an option written as an expression to the render-time check', () => {
    expect(validateChart({ type: 'line', x: 'year', y: undefined, title: 'T' }, issued)).toEqual([]);
  });
});
