import { describe, expect, it } from 'vitest';
import { countryRanking, keyFigures, rankGaps } from '../../src/lib/key-figures.ts';

describe('home page figures', () => {
  it('reads one figure per row: key, first numeric column, label, qualifier, period, percent unit', () => {
    const dataset = {
      key: 'id',
      columns: {
        id: { type: 'string' as const, description: '' },
        figure: { type: 'string' as const, description: '' },
        value: { type: 'number' as const, description: '' },
        qualifier: { type: 'string' as const, description: '' },
        unit: { type: 'string' as const, description: '' },
        refers_to: { type: 'string' as const, description: '' },
        source: { type: 'string' as const, description: '', ref: 'source' as const },
      },
      rows: [
        {
          id: 'active',
          figure: 'Active red notices',
          value: 86000,
          qualifier: 'about',
          unit: 'red notices',
          refers_to: 'Jan 2026',
          source: 's',
        },
        {
          id: 'share',
          figure: 'Public share',
          value: 10,
          qualifier: 'under',
          unit: '%',
          refers_to: 'Jan 2026',
          source: 's',
        },
        { id: 'gap', figure: 'Unknown', value: null, qualifier: null, unit: null, refers_to: null, source: 's' },
      ],
    };
    expect(keyFigures(dataset)).toEqual([
      {
        row: 'active',
        column: 'value',
        label: 'Active red notices',
        qualifier: 'about',
        refersTo: 'Jan 2026',
        labelColumn: 'figure',
        percent: false,
      },
      {
        row: 'share',
        column: 'value',
        label: 'Public share',
        labelColumn: 'figure',
        qualifier: 'under',
        refersTo: 'Jan 2026',
        percent: true,
      },
    ]);
  });

  it("takes a year for the figure's date, not the figure: the qualifier qualifies the first other number, as charts say it", () => {
    const dataset = {
      key: 'label',
      columns: {
        year: { type: 'integer' as const, description: '', label: 'Year' },
        label: { type: 'string' as const, description: '' },
        value: { type: 'integer' as const, description: '' },
        qualifier: { type: 'string' as const, description: '' },
      },
      rows: [{ year: 2016, label: 'Deletions', value: 170, qualifier: 'about' }],
    };
    expect(keyFigures(dataset)).toEqual([
      {
        row: 'Deletions',
        column: 'value',
        label: 'Deletions',
        labelColumn: 'label',
        qualifier: 'about',
        percent: false,
      },
    ]);
  });

  /** A per-country dataset with the given rows, and a `rank` column unless `ranked` is false. */
  const countryDataset = (rows: Record<string, string | number>[], ranked = true) => ({
    key: 'country',
    columns: {
      country: { type: 'string' as const, description: '', ref: 'country' as const },
      ...(ranked ? { rank: { type: 'integer' as const, description: '' } } : {}),
      active: { type: 'integer' as const, unit: 'red notices', description: '' },
    },
    rows,
  });

  it('ranks a per-country dataset by its measure (the numeric column with a unit), largest first', () => {
    const dataset = countryDataset([
      { country: 'PE', rank: 2, active: 4457 },
      { country: 'RU', rank: 1, active: 4817 },
    ]);
    expect(countryRanking(dataset)).toEqual([
      { code: 'RU', column: 'active', rank: 1 },
      { code: 'PE', column: 'active', rank: 2 },
    ]);
  });

  it('keeps the ranks of a partial table: the 25th country stays 25th, and the unknown ranks are named', () => {
    const ranking = countryRanking(
      countryDataset([
        { country: 'KG', rank: 25, active: 917 },
        { country: 'RU', rank: 1, active: 4817 },
        { country: 'TJ', rank: 3, active: 3493 },
        { country: 'PE', rank: 2, active: 4457 },
      ]),
    );
    expect(ranking.map(({ code, rank }) => [code, rank])).toEqual([
      ['RU', 1],
      ['PE', 2],
      ['TJ', 3],
      ['KG', 25],
    ]);
    expect(rankGaps(ranking)).toEqual([{ from: 4, to: 24 }]);
  });

  it('numbers a ranking without a rank column by its order, with no gap', () => {
    const dataset = countryDataset(
      [
        { country: 'PE', active: 4457 },
        { country: 'KG', active: 917 },
        { country: 'RU', active: 4817 },
      ],
      false,
    );
    const ranking = countryRanking(dataset);
    expect(ranking.map(({ code, rank }) => [code, rank])).toEqual([
      ['RU', 1],
      ['PE', 2],
      ['KG', 3],
    ]);
    expect(rankGaps(ranking)).toEqual([]);
  });
});
