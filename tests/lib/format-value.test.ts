import { describe, expect, it } from 'vitest';
import { formatValue, numberFormatProblem } from '../../src/lib/format-value.ts';
import { keyFigure } from '../../src/lib/social-card-figure.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';

/** A dataset keyed by a country column, as a Fact and a social card read it. */
const byCountry = {
  title: 'Red notices by country',
  description: 'x',
  sources: ['s'],
  license: 'x',
  updated: new Date('2026-01-01'),
  key: 'country',
  columns: {
    country: { type: 'string', ref: 'country', description: 'Country' },
    requested: { type: 'string', ref: 'country', description: 'Country that asked' },
    notices: { type: 'integer', unit: 'notices', description: 'Red notices' },
  },
  rows: [{ country: 'TR', requested: 'TR', notices: 120 }],
  notes: [],
  corrections: [],
} as unknown as Dataset;
const datasets = new Map([['by-country', byCountry]]);

describe('dataset values for readers', () => {
  it('groups integers in the page locale, leaves years alone and writes gaps as "no data"', () => {
    expect(formatValue(15548, { type: 'integer' }, 'en')).toBe('15,548');
    expect(formatValue(15548, { type: 'integer' }, 'fr')).toBe('15\u202f548');
    expect(formatValue(2024, { type: 'integer', name: 'year' }, 'en')).toBe('2024');
    expect(formatValue(null, { type: 'integer' }, 'en')).toBe('no data');
  });

  it('writes a gap in a figure, a date or a yes/no as "no data", and an empty text cell (no note, no source) as nothing', () => {
    for (const type of ['number', 'integer', 'date', 'boolean'] as const)
      expect(formatValue(null, { type }, 'en'), type).toBe('no data');
    expect(formatValue(null, { type: 'integer' }, 'fr')).toBe('pas de données');
    // A note, a second source, a nationality where the row counts by requesting country: nothing is missing.
    expect(formatValue(null, { type: 'string' }, 'en')).toBe('');
    expect(formatValue(undefined, { type: 'string', ref: 'source' }, 'fr')).toBe('');
    expect(formatValue(null, { type: 'string', ref: 'country' }, 'en')).toBe('');
  });

  it('prints "%" columns as percentages of 100 and applies a format preset', () => {
    expect(formatValue(6.1, { type: 'number', unit: '%' }, 'en')).toBe('6.1%');
    expect(formatValue(86000, { type: 'number' }, 'en', 'compact')).toBe('86k');
    expect(formatValue(5, { type: 'number' }, 'en', 'decimal')).toBe('5.0');
  });

  it('writes days and months out in the page language and leaves years as they are', () => {
    expect(formatValue('2026-01-26', { type: 'date' }, 'en')).toBe('26 Jan 2026');
    expect(formatValue('2023-05', { type: 'date' }, 'en')).toBe('May 2023');
    expect(formatValue('2023-05', { type: 'date' }, 'fr')).toBe('mai 2023');
    expect(formatValue('2023', { type: 'date' }, 'en')).toBe('2023');
  });

  it('names the country of a country column (ref: "country") in the page language, where a Fact or a card prints it', () => {
    expect(formatValue('TR', { type: 'string', ref: 'country' }, 'en')).toBe('Turkey');
    expect(formatValue('TR', { type: 'string', ref: 'country' }, 'fr')).toBe('Turquie');
    expect(formatValue('TR', { type: 'string' }, 'en')).toBe('TR');
    // A card labels a figure by its row's country, and prints a Fact on a country column as the country.
    const figure = '<Fact dataset="by-country" row="TR" column="notices" />';
    expect(keyFigure('content/stories/x.mdx', figure, datasets, 'en')?.label).toBe('Red notices (Turkey)');
    expect(keyFigure('content/stories/fr/x.mdx', figure, datasets, 'fr')?.label).toBe('Red notices (Turquie)');
    const country = '<Fact dataset="by-country" row="TR" column="requested" />';
    expect(keyFigure('content/stories/x.mdx', country, datasets, 'en')?.value).toBe('Turkey');
    expect(keyFigure('content/stories/fr/x.mdx', country, datasets, 'fr')?.value).toBe('Turquie');
  });

  it('writes a figure too large for decimals (1e21 and up, which JavaScript writes with an exponent) grouped, without stopping', () => {
    expect(formatValue(1e21, { type: 'number' }, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatValue(1.5e21, { type: 'number' }, 'en')).toBe('1,500,000,000,000,000,000,000');
  });
});

describe("a Fact's format", () => {
  it('refuses a name that is only an inherited property of an object ("toString"), not a preset', () => {
    expect(numberFormatProblem('compact')).toBeUndefined();
    for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
      expect(numberFormatProblem(name)).toBe(
        `expected "compact" (15,548 as 15.5k), "decimal" (as 15,548.0) or Intl.NumberFormat options in double braces (format={{ maximumFractionDigits: 0 }}), got "${name}"`,
      );
    }
  });

  it('takes style "percent" on a whole fraction of 1 (1 prints "100%"), and refuses it on anything above', () => {
    expect(numberFormatProblem({ style: 'percent' }, { value: 1, percent: false })).toBeUndefined();
    expect(numberFormatProblem({ style: 'percent' }, { value: -1, percent: false })).toBeUndefined();
    expect(numberFormatProblem({ style: 'percent' }, { value: 1.01, percent: false })).toMatch(
      /^style "percent" multiplies/,
    );
  });

  it('tells a percentage asked for by name, in English or French, that the column says it', () => {
    for (const name of ['%', 'percent', 'percentage', 'per cent', 'pour cent', 'Pourcent']) {
      expect(numberFormatProblem(name)).toMatch(
        /, got ".+": a column whose "unit" is "%" prints its figures as percentages$/,
      );
    }
  });
});
