import { describe, expect, it } from 'vitest';
import { referencedCountries, rowsAbout } from '../../src/lib/countries.ts';

const dataset = {
  columns: {
    country: { type: 'string' as const, description: 'c', ref: 'country' as const },
    n: { type: 'integer' as const, description: 'n' },
  },
  rows: [
    { country: 'RU', n: 1 },
    { country: null, n: 2 },
    { country: 'SV', n: 3 },
  ],
};

describe('countries', () => {
  it('collects the codes of pages (countries and case country) and of dataset country columns, once, sorted', () => {
    expect(referencedCountries([{ countries: ['RU', 'KG'] }, { countries: [], country: 'PE' }], [dataset])).toEqual([
      'KG',
      'PE',
      'RU',
      'SV',
    ]);
  });

  it('finds the dataset rows about a country', () => {
    expect(rowsAbout(dataset, 'SV')).toEqual([{ country: 'SV', n: 3 }]);
    expect(rowsAbout(dataset, 'FR')).toEqual([]);
  });
});
