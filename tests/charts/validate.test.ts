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
