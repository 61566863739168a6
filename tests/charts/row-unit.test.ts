import { describe, expect, it } from 'vitest';
import { withRowUnit } from '../../src/charts/row-unit.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { column } from './golden.ts';

/** A dataset of figures that count different things, each row saying what in its `unit` column (as ccf-decisions does). */
const dataset = {
  title: 'T',
  columns: {
    period: column('string', { label: 'Period' }),
    measure: column('string', { label: 'Measure' }),
    value: column('integer', { label: 'Count' }),
    unit: column('string', { label: 'Unit' }),
  },
  rows: [
    { period: '2011', measure: 'Requests processed', value: 258, unit: 'requests' },
    { period: '2011', measure: 'Deletions or cancellations', value: 32, unit: 'deletions or cancellations' },
    { period: '2024', measure: 'Deletions or cancellations', value: 322, unit: 'deletions or cancellations' },
    { period: '2025', measure: 'Deletions or cancellations', value: null, unit: null },
  ],
  translations: {
    fr: {
      columns: {
        value: { label: 'Nombre' },
        unit: { values: { 'deletions or cancellations': 'suppressions ou annulations' } },
      },
    },
  },
} as unknown as Dataset;

describe('a chart of figures whose rows say their unit', () => {
  it('gives the figure column the unit its rows share, in each language the dataset translates it into', () => {
    const charted = withRowUnit(dataset, {
      type: 'bar',
      x: 'period',
      y: 'value',
      title: 'T',
      filter: { measure: 'Deletions or cancellations' },
    });
    expect(charted.columns.value?.unit).toBe('deletions or cancellations');
    expect(charted.translations?.fr?.columns?.value).toEqual({ label: 'Nombre', unit: 'suppressions ou annulations' });
    // The dataset itself is left as it is.
    expect(dataset.columns.value?.unit).toBeUndefined();
  });

  it('gives none when the rows it shows count different things, or the column has a unit of its own', () => {
    expect(
      withRowUnit(dataset, { type: 'bar', x: 'period', y: 'value', title: 'T', filter: { period: '2011' } }).columns
        .value?.unit,
    ).toBeUndefined();
    const own = { ...dataset, columns: { ...dataset.columns, value: { ...dataset.columns.value!, unit: 'cases' } } };
    expect(
      withRowUnit(own, {
        type: 'bar',
        x: 'period',
        y: 'value',
        title: 'T',
        filter: { measure: 'Deletions or cancellations' },
      }).columns.value?.unit,
    ).toBe('cases');
  });
});
