/**
 * A map's legend tells a country that is not in the chart's rows ("Not in the data": the dataset counts only some
 * countries) from a row whose value is null ("No data": a gap), in the page's language, and shows each only when
 * the map has one.
 */
import { describe, expect, it } from 'vitest';
import { legendFor } from '../../src/charts/legend.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import type { Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';

const columns = {
  country: column('string', { ref: 'country', label: 'Country' }),
  count: column('integer', { label: 'Public red notices' }),
};
const spec: ChartSpec = { type: 'map', x: 'country', y: 'count', title: 'T' };
const counted = [
  { country: 'RU', count: 3038 },
  { country: 'SV', count: 999 },
  { country: 'AR', count: 345 },
  { country: 'IN', count: 203 },
  { country: 'US', count: 105 },
];

describe('map legend', () => {
  it('a map of some countries, none null: the classes and "Not in the data", not "No data"', () => {
    const labels = legendFor(spec, counted, columns, 'en').map((item) => item.label);
    expect(labels.at(-1)).toBe('Not in the data');
    expect(labels).not.toContain('No data');
  });

  it('a null value is "No data", hatched; a country without a row is "Not in the data", flat', () => {
    const legend = legendFor(spec, [...counted, { country: 'FR', count: null }], columns, 'en');
    const [gap, absent] = legend.slice(-2);
    expect(gap).toMatchObject({ label: 'No data', color: 'url(#plot-hatch-1)' });
    expect(absent).toMatchObject({ label: 'Not in the data', color: 'var(--chart-empty)' });
    expect(gap!.swatch).not.toBe(absent!.swatch);
  });

  it('in French', () => {
    const labels = legendFor(spec, [...counted, { country: 'FR', count: null }], columns, 'fr').map(
      (item) => item.label,
    );
    expect(labels.slice(-2)).toEqual(['Pas de données', 'Absent des données']);
  });
});

describe('a map with a single class', () => {
  const same = [
    { country: 'RU', count: 12 },
    { country: 'SV', count: 12 },
    { country: 'AR', count: 12 },
  ];
  // Nine countries at 1 and one at 12: every quintile is 1, so the one limit is 12, the next value (thresholds).
  const spread = [
    ...['RU', 'SV', 'AR', 'IN', 'US', 'FR', 'DE', 'GB', 'IT'].map((country) => ({ country, count: 1 })),
    { country: 'ES', count: 12 },
  ];

  it('says the one value when every country has it, not "12 or more"', () => {
    expect(legendFor(spec, same, columns, 'en')[0]!.label).toBe('12');
    expect(legendFor(spec, same, columns, 'fr')[0]!.label).toBe('12');
  });

  it('tells the values above the minimum apart when every quintile is the minimum, in en and fr', () => {
    const classes = (lang: string) =>
      legendFor(spec, spread, columns, lang)
        .filter((item) => /^swatch-(seq|rise)-/.test(item.swatch))
        .map((item) => item.label);
    expect(classes('en')).toEqual(['1 to 11', '12']);
    expect(classes('fr')).toEqual(['De 1 à 11', '12']);
  });
});

describe('a map of values either side of zero', () => {
  const change = {
    country: column('string', { ref: 'country', label: 'Country' }),
    count: column('integer', { label: 'Change in notices' }),
  };
  const rows = [
    { country: 'RU', count: -5 },
    { country: 'SV', count: -3 },
    { country: 'AR', count: -1 },
    { country: 'IN', count: 1 },
    { country: 'US', count: 2 },
    { country: 'FR', count: 3 },
  ];
  const classes = (lang: string) =>
    legendFor(spec, rows, change, lang)
      .filter((item) => /^swatch-(seq|rise)-/.test(item.swatch))
      .map((item) => item.label);

  const decimals = { ...change, count: column('number', { label: 'Change in notices' }) };
  const classesOf = (lang: string, columns = change, shown: Row[] = rows) =>
    legendFor(spec, shown, columns, lang)
      .filter((item) => /^swatch-(seq|rise)-/.test(item.swatch))
      .map((item) => item.label);

  it('has a class that ends below 0 and one that starts at 0, in en and fr', () => {
    const en = classesOf('en', decimals);
    expect(en.filter((label) => /^(Less than 0|.* to less than 0)$/.test(label))).toHaveLength(1);
    expect(en.filter((label) => /^0 (to less than|or more)/.test(label))).toHaveLength(1);
    const fr = classesOf('fr', decimals);
    expect(fr.filter((label) => /^(Moins de 0|De .* à moins de 0)$/.test(label))).toHaveLength(1);
    expect(fr.filter((label) => /^(De 0 à moins de|0 ou plus)/.test(label))).toHaveLength(1);
    expect(fr).toHaveLength(en.length);
    // Whole numbers: a class that ends at −1 and one that starts at 0.
    expect(classes('en').filter((label) => /^(\u22121|.* to \u22121)$/.test(label))).toHaveLength(1);
    expect(classes('en').filter((label) => /^0( to .*)?$/.test(label))).toHaveLength(1);
    expect(classes('fr').filter((label) => /^(\u22121|De .* à \u22121)$/.test(label))).toHaveLength(1);
  });

  it('paints the classes below 0 in the swatches of falls and those from 0 up in those of rises, in order', () => {
    const counts = ['RU', 'SV', 'AR', 'IN', 'US', 'FR', 'DE'].map((country, i) => ({
      country,
      count: [-8, -6, -5, -3, 2, 4, 9][i]!,
    }));
    const legend = legendFor(spec, counts, change, 'en').filter((item) => /^swatch-(seq|rise)-/.test(item.swatch));
    // The text says the direction (a minus sign), for a reader who cannot tell the hues apart; the swatch, the hue.
    expect(legend.map((item) => [item.label, item.swatch.includes('swatch-fall')])).toEqual([
      ['\u22128 to \u22127', true],
      ['\u22126 to \u22125', true],
      ['\u22124 to \u22121', true],
      ['0 to 3', false],
      ['4 to 9', false],
    ]);
    // Lightest next to 0 on both sides: the first step of each ramp.
    expect(legend[2]!.swatch).toBe('swatch-rise-0 swatch-fall');
    expect(legend[3]!.swatch).toBe('swatch-rise-0');
  });

  it('writes the classes of whole numbers as the whole numbers each holds, none shared and none left out', () => {
    const counts = ['RU', 'SV', 'AR', 'IN', 'US', 'FR', 'DE'].map((country, i) => ({
      country,
      count: [-8, -6, -5, -4, -3, -2, 1][i]!,
    }));
    expect(classesOf('en', change, counts)).toEqual([
      '\u22128 to \u22127',
      '\u22126',
      '\u22125 to \u22124',
      '\u22123 to \u22121',
      '0 to 1',
    ]);
    expect(classesOf('fr', change, counts)).toEqual([
      'De \u22128 à \u22127',
      '\u22126',
      'De \u22125 à \u22124',
      'De \u22123 à \u22121',
      'De 0 à 1',
    ]);
    // Counts in the thousands: the classes meet without a gap, from the lowest count to the highest.
    expect(classesOf('en', change, counted)).toEqual([
      '105 to 179',
      '180 to 289',
      '290 to 609',
      '610 to 1,399',
      '1,400 to 3,038',
    ]);
  });
});

describe('map legend with the editor’s breaks', () => {
  it('lists the classes the breaks make, open at both ends, whatever the values (a count: whole numbers)', () => {
    const labels = legendFor({ ...spec, breaks: [100, 200, 1000] }, counted, columns, 'en').map((item) => item.label);
    expect(labels).toEqual(['Less than 100', '100 to 199', '200 to 999', '1,000 or more', 'Not in the data']);
    // A class of one whole number says it alone.
    expect(legendFor({ ...spec, breaks: [100, 101] }, counted, columns, 'en')[1]!.label).toBe('100');
    expect(legendFor({ ...spec, breaks: [100, 200] }, counted, columns, 'fr').map((item) => item.label)).toEqual([
      'Moins de 100',
      'De 100 à 199',
      '200 ou plus',
      'Absent des données',
    ]);
  });

  it('writes the classes of decimal values from one limit to less than the next', () => {
    const rates = { ...columns, count: column('number', { label: 'Rate' }) };
    const labels = legendFor({ ...spec, breaks: [0.5, 1.5] }, counted, rates, 'en').map((item) => item.label);
    expect(labels).toEqual(['Less than 0.5', '0.5 to less than 1.5', '1.5 or more', 'Not in the data']);
  });
});
