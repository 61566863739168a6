import { describe, expect, it } from 'vitest';
import { summarize, inSentence } from '../../src/charts/summary.ts';
import { smallMultiples } from '../../src/charts/custom/small-multiples.ts';
import { bar } from '../../src/charts/bar.ts';
import { groupedBar } from '../../src/charts/grouped-bar.ts';
import { stackedBar } from '../../src/charts/stacked-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { shownRows } from '../../src/charts/rows.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { withRowUnit } from '../../src/charts/row-unit.ts';
import { localiseDataset } from '../../src/lib/dataset-locale.ts';
import type { Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';
import { en } from '../../src/i18n/en.ts';
import { dictionaries, type Dictionary } from '../../src/i18n/index.ts';

const issued = {
  year: column('integer', { label: 'Year' }),
  issued: column('integer', { label: 'Red notices issued' }),
};
const years: Row[] = [
  { year: 2005, issued: 2343 },
  { year: 2006, issued: null },
  { year: 2007, issued: 3126 },
  { year: 2008, issued: null },
  { year: 2009, issued: 15548 },
];
/** The summary of `rows`, drawn from `filtered` (the rows the filter kept, before `top` cut them: all of them by default). */
const say = (
  spec: Partial<ChartSpec>,
  rows: Row[],
  columns: Record<string, ReturnType<typeof column>>,
  lang = 'en',
  filtered = rows,
) => summarize({ spec: { title: 'T', ...spec } as ChartSpec, rows, filtered, columns, lang });

describe('chart summaries', () => {
  it('a line chart: range, highest, lowest and the years without data', () => {
    expect(say({ type: 'line', x: 'year', y: 'issued' }, years, issued)).toBe(
      'Line chart of red notices issued per year, 2005 to 2009. Highest: 15,548 in 2009. Lowest: 2,343 in 2005. No data for 2006 and 2008.',
    );
  });

  it('a line or area chart of one value says the value and where it is, not a range from 2009 to 2009', () => {
    const one = [{ year: 2009, issued: 15548 }];
    expect(say({ type: 'line', x: 'year', y: 'issued' }, one, issued)).toBe(
      'Line chart of red notices issued: 15,548 in 2009.',
    );
    expect(say({ type: 'area', x: 'year', y: 'issued' }, one, issued, 'fr')).toBe(
      'Graphique en aires\u00a0: red notices issued, 15\u202f548 en 2009.',
    );
    // A second year without a value is still a range, with its gap.
    expect(say({ type: 'line', x: 'year', y: 'issued' }, [...one, { year: 2010, issued: null }], issued)).toBe(
      'Line chart of red notices issued per year, 2009 to 2010. Only value: 15,548 in 2009. No data for 2010.',
    );
  });

  it('a dot chart of one value says the value and where it is, not a range from 2009 to 2009', () => {
    const one = [{ year: 2009, issued: 15548 }];
    expect(say({ type: 'dot', x: 'year', y: 'issued' }, one, issued)).toBe(
      'Dot chart of red notices issued: 15,548 in 2009.',
    );
    expect(say({ type: 'dot', x: 'year', y: 'issued' }, one, issued, 'fr')).toBe(
      'Nuage de points\u00a0: red notices issued, 15\u202f548 en 2009.',
    );
  });

  it("writes a negative value with the minus sign U+2212, as the chart's ticks and labels do", () => {
    const columns = { year: column('integer', { label: 'Year' }), change: column('number', { label: 'Change' }) };
    const rows = [
      { year: 2020, change: -1250.5 },
      { year: 2021, change: 12 },
    ];
    expect(say({ type: 'line', x: 'year', y: 'change' }, rows, columns)).toBe(
      'Line chart of change per year, 2020 to 2021. Highest: 12 in 2021. Lowest: \u22121,250.5 in 2020.',
    );
    expect(say({ type: 'line', x: 'year', y: 'change' }, rows, columns, 'fr')).toContain(
      'Minimum\u00a0: \u22121\u202f250,5 en 2020.',
    );
  });

  it('places values on a number that is not a year by naming its column, not "in 12.5", which reads as a year', () => {
    const columns = {
      distance: column('number', { label: 'Distance', unit: 'km' }),
      age: column('integer', { label: 'Age' }),
      cases: column('integer', { label: 'Cases' }),
    };
    const rows = [
      { distance: 12.5, cases: 40 },
      { distance: 20, cases: 5 },
      { distance: 30, cases: null },
    ];
    expect(say({ type: 'line', x: 'distance', y: 'cases' }, rows, columns)).toBe(
      'Line chart of cases per distance, 12.5 to 30. Highest: 40 where distance (km) is 12.5. Lowest: 5 where distance (km) is 20. No data where distance (km) is 30.',
    );
    expect(say({ type: 'line', x: 'distance', y: 'cases' }, rows, columns, 'fr')).toBe(
      'Courbe\u00a0: cases, par distance, de 12,5 à 30. Maximum\u00a0: 40 pour distance (km)\u00a0=\u00a012,5. Minimum\u00a0: 5 pour distance (km)\u00a0=\u00a020. Pas de données pour distance (km)\u00a0=\u00a030.',
    );
    // One value, values all equal, rows all at one number; an integer that is not a year.
    expect(say({ type: 'dot', x: 'distance', y: 'cases' }, rows.slice(0, 1), columns)).toBe(
      'Dot chart of cases: 40 where distance (km) is 12.5.',
    );
    expect(say({ type: 'area', x: 'distance', y: 'cases' }, rows.slice(0, 1), columns, 'fr')).toBe(
      'Graphique en aires\u00a0: cases, 40 pour distance (km)\u00a0=\u00a012,5.',
    );
    const ages = [30, 40].map((age) => ({ age, cases: 7 }));
    expect(say({ type: 'line', x: 'age', y: 'cases' }, ages, columns)).toBe(
      'Line chart of cases per age, 30 to 40. Equal values: 7 where age is 30 and 40.',
    );
    expect(say({ type: 'line', x: 'age', y: 'cases' }, [...ages.slice(0, 1), { age: 30, cases: 9 }], columns)).toBe(
      'Line chart of cases where age is 30. Highest: 9. Lowest: 7.',
    );
    // Years keep "in".
    expect(say({ type: 'line', x: 'year', y: 'issued' }, years, issued)).toContain('Highest: 15,548 in 2009.');
  });

  it('gives the value first and where it is after, whatever the kind: "in 2009" on bars of years as on a line, "for" a name', () => {
    const bars = { type: 'bar', x: 'year', y: 'issued', sort: 'none' } as const;
    expect(say(bars, years, issued)).toBe(
      'Bar chart of red notices issued by year. Highest: 15,548 in 2009. Lowest: 2,343 in 2005. No data for 2006 and 2008.',
    );
    expect(say({ type: 'line', x: 'year', y: 'issued' }, years, issued)).toContain(
      'Highest: 15,548 in 2009. Lowest: 2,343 in 2005.',
    );
    expect(say(bars, years, issued, 'fr')).toBe(
      'Diagramme en barres\u00a0: red notices issued, par year. Maximum\u00a0: 15\u202f548 en 2009. Minimum\u00a0: 2\u202f343 en 2005. Pas de données pour 2006 et 2008.',
    );
    const countries = { country: column('string', { label: 'Country' }), issued: issued.issued };
    const named = [
      { country: 'Russia', issued: 9 },
      { country: 'Peru', issued: 4 },
    ];
    expect(say({ type: 'bar', x: 'country', y: 'issued' }, named, countries)).toBe(
      'Bar chart of red notices issued by country. Highest: 9 for Russia. Lowest: 4 for Peru.',
    );
    // French names a country without the article « pour » would need (« pour la Russie »): after the value.
    expect(say({ type: 'bar', x: 'country', y: 'issued' }, named, countries, 'fr')).toBe(
      'Diagramme en barres\u00a0: red notices issued, par country. Maximum\u00a0: 9, Russia. Minimum\u00a0: 4, Peru.',
    );
  });

  it('says the series in a sentence, lower-casing a value only where the dataset writes its first word so', () => {
    const columns = {
      date: column('date', { label: 'Date' }),
      measure: column('string', {
        label: 'Measure',
        description: 'What was counted: all valid red notices, or only those Interpol makes public.',
      }),
      count: column('integer', { label: 'Red notices', unit: 'red notices' }),
    };
    const rows = [
      { date: '2019-03', measure: 'All valid red notices', count: 58000 },
      { date: '2023-05', measure: 'Public red notices', count: 6934 },
    ];
    expect(say({ type: 'dot', x: 'date', y: 'count', series: 'measure' }, rows, columns)).toContain(
      '. One series for each measure: all valid red notices and public red notices. ',
    );
    expect(say({ type: 'dot', x: 'date', y: 'count', series: 'measure' }, rows, columns, 'fr')).toContain(
      '. Une série par measure\u00a0: all valid red notices et public red notices. ',
    );
    // A name the dataset never writes in lower case stays one.
    const agencies = { ...columns, measure: column('string', { label: 'Agency', description: 'Who counted.' }) };
    const named = [
      { date: '2019-03', measure: 'Interpol', count: 58000 },
      { date: '2023-05', measure: 'Europol', count: 6934 },
    ];
    expect(say({ type: 'line', x: 'date', y: 'count', series: 'measure' }, named, agencies)).toContain(
      '. One series for each agency: Interpol and Europol. ',
    );
  });

  it('names series mid-sentence as the series sentence does: in brackets, after "for", and as panels', () => {
    const columns = {
      date: column('date', { label: 'Date' }),
      measure: column('string', {
        label: 'Measure',
        description: 'What was counted: all valid red notices, or only those Interpol makes public.',
      }),
      count: column('integer', { label: 'Red notices', unit: 'red notices' }),
    };
    const rows = [
      { date: '2019-03', measure: 'All valid red notices', count: 58000 },
      { date: '2019-03', measure: 'Public red notices', count: 7000 },
      { date: '2023-05', measure: 'All valid red notices', count: null },
      { date: '2023-05', measure: 'Public red notices', count: 6934 },
    ];
    const line = { type: 'line', x: 'date', y: 'count', series: 'measure' } as const;
    expect(say(line, rows, columns)).toContain(
      'Highest: 58,000 in March 2019 (all valid red notices). Lowest: 6,934 in May 2023 (public red notices). No data for May 2023 (all valid red notices).',
    );
    expect(say(line, rows, columns, 'fr')).toContain(
      'Maximum\u00a0: 58\u202f000 en mars 2019 (all valid red notices). Minimum\u00a0: 6\u202f934 en mai 2023 (public red notices). Pas de données pour mai 2023 (all valid red notices).',
    );
    // Series at the one x the first sentence gave are named after "for".
    const one = rows.slice(0, 2);
    expect(say(line, one, columns)).toContain(
      'Highest: 58,000 for all valid red notices. Lowest: 7,000 for public red notices.',
    );
    // Small multiples' panels, and their brackets.
    const panels = smallMultiples.summary({
      spec: { ...line, type: undefined, spec: 'small-multiples', title: 'T' },
      rows,
      filtered: rows,
      columns,
      lang: 'en',
    });
    expect(panels).toContain('one panel for each measure: all valid red notices and public red notices. ');
    expect(panels).toContain('(all valid red notices)');
    // A grouped bar chart's bars not in the data, for each series.
    const grouped = say({ type: 'grouped-bar', x: 'date', y: 'count', series: 'measure' }, rows.slice(0, 3), columns);
    expect(grouped).toContain('Not in the data for public red notices: May 2023.');
    // Names keep their capitals: an agency, an acronym, a country.
    const named = [
      { date: '2019-03', measure: 'Interpol', count: 58000 },
      { date: '2023-05', measure: 'CCF requests', count: 6934 },
      { date: '2023-05', measure: 'Interpol', count: null },
    ];
    const agencies = { ...columns, measure: column('string', { label: 'Agency', description: 'Who counted.' }) };
    expect(say(line, named, agencies)).toContain(
      'Highest: 58,000 in March 2019 (Interpol). Lowest: 6,934 in May 2023 (CCF requests). No data for May 2023 (Interpol).',
    );
    const countries = { ...columns, measure: column('string', { label: 'Country', ref: 'country' }) };
    expect(
      say(
        line,
        [
          { date: '2019-03', measure: 'RU', count: 5 },
          { date: '2023-05', measure: 'RU', count: 2 },
        ],
        countries,
      ),
    ).toContain('(Russia)');
  });

  it('says the numbers a ranked bar chart writes before its labels (rank="rank"), which the ranks left out show', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Requesting country' }),
      rank: column('integer', { label: 'Rank' }),
      notices: column('integer', { label: 'Active red notices' }),
    };
    const rows = [
      { country: 'RU', rank: 1, notices: 4817 },
      { country: 'PE', rank: 2, notices: 4457 },
      { country: 'TJ', rank: 3, notices: 3493 },
      { country: 'KG', rank: 25, notices: 917 },
    ];
    const spec = { type: 'bar', x: 'country', y: 'notices', rank: 'rank' } as const;
    expect(say(spec, rows, columns)).toBe(
      'Bar chart of active red notices by requesting country. Bars numbered by rank: 1. Russia, 2. Peru, 3. Tajikistan and 25. Kyrgyzstan. Highest: 4,817 for Russia. Lowest: 917 for Kyrgyzstan.',
    );
    expect(say(spec, rows, columns, 'fr')).toContain(
      '. Barres numérotées par rank\u00a0: 1. Russie, 2. Pérou, 3. Tadjikistan et 25. Kirghizstan. ',
    );
    // Without the option, no numbers.
    expect(say({ ...spec, rank: undefined }, rows, columns)).not.toContain('numbered');
  });

  it('says what a filtered chart is filtered to, which its subtitle alone said', () => {
    const columns = {
      snapshot: column('date', { label: 'Snapshot' }),
      basis: column('string', { label: 'Counted by' }),
      age: column('integer', { label: 'Age' }),
      nationality: column('string', { label: 'Nationality', ref: 'country' }),
      count: column('integer', { label: 'Public red notices', unit: 'red notices' }),
    };
    const rows = [
      { snapshot: '2023-05', basis: 'nationality', age: 30, nationality: 'RU', count: 3038 },
      { snapshot: '2023-05', basis: 'nationality', age: 30, nationality: 'SV', count: 999 },
    ];
    const map = { type: 'map', x: 'nationality', y: 'count', filter: { snapshot: '2023-05' } } as const;
    expect(say(map, rows, columns)).toBe(
      'Map of public red notices by nationality, 2 countries with data. Only the data for May 2023 is shown. Highest: 3,038 for Russia. Lowest: 999 for El Salvador.',
    );
    expect(say(map, rows, columns, 'fr')).toContain(
      'pays avec des données. Données représentées\u00a0: mai 2023 seulement. Maximum',
    );
    // A map fitted to its countries says that it shows part of the world, after what else it says of its countries.
    expect(say({ ...map, zoom: 'data' }, rows, columns)).toMatch(
      /999 for El Salvador\. The map shows only the part of the world around the countries in the data\.$/,
    );
    expect(say({ ...map, zoom: 'data' }, rows, columns, 'fr')).toMatch(
      /La carte ne montre que la partie du monde autour des pays présents dans les données\.$/,
    );
    expect(say({ ...map, zoom: 'world' }, rows, columns)).toBe(say(map, rows, columns));
    // A number that is not a year is said with its column; several filters as a list.
    expect(say({ ...map, filter: { snapshot: '2023-05', age: 30 } }, rows, columns)).toContain(
      '. Only the data for May 2023 and where age is 30 is shown. ',
    );
    expect(say({ ...map, filter: { age: 30 } }, rows, columns, 'fr')).toContain(
      '. Données représentées\u00a0: age\u00a0=\u00a030 seulement. ',
    );
    // The value as the page writes it: the rows shown are translated, the rows the filter kept before `top` are not.
    const translated = rows.map((row) => ({ ...row, basis: 'par nationalité' }));
    expect(
      summarize({
        spec: { title: 'T', ...map, filter: { basis: 'nationality' } },
        rows: translated,
        filtered: rows,
        columns,
        lang: 'fr',
      }),
    ).toContain('. Données représentées\u00a0: par nationalité seulement. ');
    // A value the first sentence says already is not said again: "by nationality".
    expect(say({ ...map, filter: { basis: 'nationality' } }, rows, columns)).not.toContain('Only the data');
  });

  // filter={{ "region": ["Alpha", "Bravo"] }} keeps the rows holding any of the values: the sentence names them all.
  it('says every value of a filter given a list, as the rows the filter kept write them', () => {
    const columns = {
      region: column('string', { label: 'Region' }),
      year: column('integer', { label: 'Year' }),
      count: column('integer', { label: 'Requests' }),
    };
    const rows = [
      { region: 'Alpha', year: 2021, count: 10 },
      { region: 'Bravo', year: 2022, count: 12 },
    ];
    const bar = { type: 'bar', x: 'year', y: 'count', series: 'region' } as const;
    expect(say({ ...bar, filter: { region: ['Alpha', 'Bravo'] } }, rows, columns)).toContain(
      '. Only the data for Alpha and Bravo is shown. ',
    );
    const line = { type: 'line', x: 'region', y: 'count' } as const;
    expect(say({ ...line, filter: { year: [2021, 2022] } }, rows, columns)).toContain(
      '. Only the data for 2021 and 2022 is shown. ',
    );
    // In French, as the rows the filter kept are translated (figure.ts translates them).
    const translated = rows.map((row) => ({ ...row, region: row.region === 'Alpha' ? 'Alpha (fr)' : 'Bravo (fr)' }));
    expect(say({ ...bar, filter: { region: ['Alpha', 'Bravo'] } }, translated, columns, 'fr')).toContain(
      '. Données représentées\u00a0: Alpha (fr) et Bravo (fr) seulement. ',
    );
  });

  it('numbers follow the page language', () => {
    expect(say({ type: 'line', x: 'year', y: 'issued' }, years, issued, 'fr')).toContain(
      'Maximum\u00a0: 15\u202f548 en 2009.',
    );
  });

  it('a bar chart cut to its top N says so', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      notices: column('integer', { label: 'Active notices' }),
    };
    const rows = [
      { country: 'RU', notices: 4817 },
      { country: 'PE', notices: 4457 },
    ];
    const others = Array.from({ length: 22 }, (_, i) => ({ country: 'FR', notices: i }));
    expect(say({ type: 'bar', x: 'country', y: 'notices', top: 2 }, rows, columns, 'en', [...rows, ...others])).toBe(
      'Bar chart of active notices by country. The 2 highest of 24 are shown. Highest: 4,817 for Russia. Lowest: 4,457 for Peru.',
    );
    // The top one is "the highest", in the singular: not "the 1 highest … are shown", « les 1 valeurs ».
    const top1 = { type: 'bar', x: 'country', y: 'notices', top: 1 } as const;
    expect(say(top1, rows.slice(0, 1), columns, 'en', [...rows, ...others])).toContain(
      '. Only the highest of 24 is shown.',
    );
    expect(say(top1, rows.slice(0, 1), columns, 'fr', [...rows, ...others])).toContain(
      '. Seule la valeur la plus élevée sur 24 est représentée.',
    );
    const withEmpty = [...rows, ...others, { country: 'TR', notices: null }];
    expect(say(top1, rows.slice(0, 1), columns, 'en', withEmpty)).toContain(
      '. Only the highest of 24 is shown. 1 more has no data.',
    );
    expect(say(top1, rows.slice(0, 1), columns, 'fr', withEmpty)).toContain(
      '. Seule la valeur la plus élevée sur 24 est représentée. 1\u00a0autre n’a pas de données.',
    );
  });

  it('a bar chart cut to its top N counts only the rows with a value, and says how many have none', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      notices: column('integer', { label: 'Active notices' }),
    };
    const all = [
      { country: 'RU', notices: 4817 },
      { country: 'PE', notices: 4457 },
      { country: 'TJ', notices: 3493 },
      { country: 'KG', notices: 917 },
      { country: 'TR', notices: null },
    ];
    const spec = { type: 'bar', x: 'country', y: 'notices', top: 3 } as const;
    expect(say(spec, all.slice(0, 3), columns, 'en', all)).toBe(
      'Bar chart of active notices by country. The 3 highest of 4 are shown. 1 more has no data. Highest: 4,817 for Russia. Lowest: 3,493 for Tajikistan.',
    );
    expect(say(spec, all.slice(0, 3), columns, 'fr', all)).toContain(
      'Seules les 3\u00a0valeurs les plus élevées sur 4 sont représentées. 1\u00a0autre n’a pas de données.',
    );
    const twoEmpty = [...all, { country: 'PK', notices: null }];
    expect(say(spec, all.slice(0, 3), columns, 'en', twoEmpty)).toContain(
      'The 3 highest of 4 are shown. 2 more have no data.',
    );
    // Every row with a value is shown: no "highest of", only the rows left out for having none.
    expect(say({ ...spec, top: 4 }, all.slice(0, 4), columns, 'en', all)).toBe(
      'Bar chart of active notices by country. 1 more has no data. Highest: 4,817 for Russia. Lowest: 917 for Kyrgyzstan.',
    );
    // A gap among the bars shown is named, as on any bar chart.
    expect(say({ ...spec, top: 6 }, twoEmpty, columns, 'en', twoEmpty)).toContain('No data for Turkey and Pakistan.');
  });

  it('top={N} keeps the rows tied with the last of the N, and the summary says how many more it shows', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      notices: column('integer', { label: 'Active notices' }),
    };
    const all = [
      { country: 'RU', notices: 40 },
      { country: 'PE', notices: 30 },
      { country: 'TJ', notices: 20 },
      { country: 'KG', notices: 20 },
      { country: 'TR', notices: 20 },
      { country: 'FR', notices: 5 },
      { country: 'DE', notices: null },
    ];
    const spec = { type: 'bar', x: 'country', y: 'notices', top: 3, title: 'T' } as const;
    const shown = shownRows({ rows: all, columns }, spec);
    expect(shown.map((row) => row.country)).toEqual(['RU', 'PE', 'TJ', 'KG', 'TR']);
    expect(say(spec, shown, columns, 'en', all)).toBe(
      'Bar chart of active notices by country. The 3 highest of 6 are shown. 2 more, tied with the last of them, are shown too. 1 more has no data. Highest: 40 for Russia. Lowest: 20 for Tajikistan, Kyrgyzstan and Turkey.',
    );
    expect(say(spec, shown, columns, 'fr', all)).toContain(
      '2\u00a0autres, à égalité avec la dernière, sont aussi représentées. ',
    );
    // No tie at the cut: the N highest, as written.
    expect(shownRows({ rows: all, columns }, { ...spec, top: 2 }).map((row) => row.country)).toEqual(['RU', 'PE']);
    // Rows without a value are not tied with each other.
    expect(shownRows({ rows: all, columns }, { ...spec, top: 7 })).toHaveLength(7);
  });

  it('"Highest" and "Lowest" name every row tied for them, and say how many more past five', () => {
    const columns = {
      country: column('string', { label: 'Country' }),
      notices: column('integer', { label: 'Notices' }),
    };
    const rows = [
      { country: 'A', notices: 9 },
      { country: 'B', notices: 9 },
      ...'CDEFGHIJ'.split('').map((country) => ({ country, notices: 1 })),
    ];
    expect(say({ type: 'bar', x: 'country', y: 'notices' }, rows, columns)).toBe(
      'Bar chart of notices by country. Highest: 9 for A and B. Lowest: 1 for C, D, E, F, G and 3 more.',
    );
    expect(say({ type: 'bar', x: 'country', y: 'notices' }, rows, columns, 'fr')).toContain(
      'Minimum\u00a0: 1, C, D, E, F, G et 3\u00a0autres.',
    );
    // Every value equal: said to be, not a highest with none lower nor a lowest that repeats it.
    expect(say({ type: 'dot', x: 'country', y: 'notices' }, rows.slice(0, 2), columns)).toBe(
      'Dot chart of notices by country. Equal values: 9 for A and B.',
    );
    expect(say({ type: 'dot', x: 'country', y: 'notices' }, rows.slice(0, 2), columns, 'fr')).toMatch(
      /\. Valeurs égales\u00a0: 9, A et B\.$/,
    );
    const years = { year: column('integer', { label: 'Year' }), notices: column('integer', { label: 'Notices' }) };
    const flat = [2019, 2020, 2021].map((year) => ({ year, notices: 4 }));
    expect(say({ type: 'line', x: 'year', y: 'notices' }, flat, years)).toBe(
      'Line chart of notices per year, 2019 to 2021. Equal values: 4 in 2019, 2020 and 2021.',
    );
  });

  it('equal values of several series say each date once, and not the one date the first sentence gave', () => {
    const columns = { ...issued, agency: column('string', { label: 'Agency' }) };
    const at2009 = [
      { year: 2009, agency: 'A', issued: 5 },
      { year: 2009, agency: 'B', issued: 5 },
    ];
    expect(say({ type: 'line', x: 'year', y: 'issued', series: 'agency' }, at2009, columns)).toBe(
      'Line chart of red notices issued in 2009. One series for each agency: A and B. Equal values: 5 for A and B.',
    );
    expect(say({ type: 'dot', x: 'year', y: 'issued', series: 'agency' }, at2009, columns, 'fr')).toBe(
      'Nuage de points\u00a0: red notices issued, en 2009. Une série par agency\u00a0: A et B. Valeurs égales\u00a0: 5, A et B.',
    );
    // Over several years, each year once with the series that have the value there.
    const twoYears = [...at2009, { year: 2010, agency: 'A', issued: 5 }, { year: 2010, agency: 'B', issued: 5 }];
    expect(say({ type: 'line', x: 'year', y: 'issued', series: 'agency' }, twoYears, columns)).toBe(
      'Line chart of red notices issued per year, 2009 to 2010. One series for each agency: A and B. Equal values: 5 in 2009 and 2010 (A and B).',
    );
    const gap = [...at2009, { year: 2010, agency: 'A', issued: 5 }, { year: 2010, agency: 'B', issued: null }];
    expect(say({ type: 'area', x: 'year', y: 'issued', series: 'agency' }, gap, columns)).toBe(
      'Area chart of red notices issued per year, 2009 to 2010. One series for each agency: A and B. The areas overlap, each drawn from zero: they are not stacked, and none adds to another. Equal values: 5 in 2009 (A and B) and 2010 (A). No data for 2010 (B).',
    );
  });

  it('the values of a chart without series whose rows all fall on one x do not say again the x the first sentence gave', () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      age: column('integer', { label: 'Age' }),
      date: column('date', { label: 'Date' }),
      cases: column('integer', { label: 'Cases' }),
    };
    const line = (x: string, rows: Row[], lang = 'en') => say({ type: 'line', x, y: 'cases' }, rows, columns, lang);
    expect(
      line('age', [
        { age: 30, cases: 9 },
        { age: 30, cases: 2 },
      ]),
    ).toBe('Line chart of cases where age is 30. Highest: 9. Lowest: 2.');
    expect(
      line('year', [
        { year: 2009, cases: 9 },
        { year: 2009, cases: 9 },
        { year: 2009, cases: 2 },
      ]),
    ).toBe('Line chart of cases in 2009. Highest: 9. Lowest: 2.');
    expect(
      line(
        'year',
        [
          { year: 2009, cases: 9 },
          { year: 2009, cases: 2 },
        ],
        'fr',
      ),
    ).toBe('Courbe\u00a0: cases, en 2009. Maximum\u00a0: 9. Minimum\u00a0: 2.');
    // Values all equal, one value; the rows without one are counted, not placed again at the one x.
    expect(
      line('year', [
        { year: 2009, cases: 9 },
        { year: 2009, cases: 9 },
      ]),
    ).toBe('Line chart of cases in 2009. Equal values: 9.');
    expect(
      line(
        'year',
        [
          { year: 2009, cases: 9 },
          { year: 2009, cases: 9 },
        ],
        'fr',
      ),
    ).toBe('Courbe\u00a0: cases, en 2009. Valeurs égales\u00a0: 9.');
    expect(
      line('date', [
        { date: '2009-05-03', cases: 9 },
        { date: '2009-05-03', cases: null },
      ]),
    ).toBe('Line chart of cases on 3 May 2009. Only value: 9. 1 more has no data.');
    expect(
      line(
        'date',
        [
          { date: '2009-05-03', cases: 9 },
          { date: '2009-05-03', cases: null },
          { date: '2009-05-03', cases: null },
        ],
        'fr',
      ),
    ).toBe('Courbe\u00a0: cases, le 3\u00a0mai 2009. Seule valeur\u00a0: 9. 2\u00a0autres n’ont pas de données.');
    // No value at all: the one x without data, said once.
    expect(
      line('year', [
        { year: 2009, cases: null },
        { year: 2009, cases: null },
      ]),
    ).toBe('Line chart of cases in 2009. No data for 2009.');
  });

  it('a chart without series names an x that several of its rows fall on once: not "in 2009 and 2009"', () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      age: column('integer', { label: 'Age' }),
      cases: column('integer', { label: 'Cases' }),
    };
    const rows = [
      { year: 2009, cases: 9 },
      { year: 2009, cases: 9 },
      { year: 2010, cases: 2 },
      { year: 2011, cases: null },
      { year: 2011, cases: null },
    ];
    expect(say({ type: 'line', x: 'year', y: 'cases' }, rows, columns)).toBe(
      'Line chart of cases per year, 2009 to 2011. Highest: 9 in 2009. Lowest: 2 in 2010. No data for 2011.',
    );
    const ages = rows.map(({ year, ...row }) => ({ ...row, age: year - 1979 }));
    expect(say({ type: 'dot', x: 'age', y: 'cases' }, ages, columns, 'fr')).toBe(
      'Nuage de points\u00a0: cases, par age, de 30 à 32. Maximum\u00a0: 9 pour age\u00a0=\u00a030. Minimum\u00a0: 2 pour age\u00a0=\u00a031. Pas de données pour age\u00a0=\u00a032.',
    );
  });

  it('the extremes and gaps of several series on one date name the series, and not the date the first sentence gave', () => {
    const columns = { ...issued, agency: column('string', { label: 'Agency' }) };
    const at2009 = [
      { year: 2009, agency: 'A', issued: 3 },
      { year: 2009, agency: 'B', issued: 5 },
      { year: 2009, agency: 'C', issued: 5 },
      { year: 2009, agency: 'D', issued: null },
    ];
    expect(say({ type: 'line', x: 'year', y: 'issued', series: 'agency' }, at2009, columns)).toBe(
      'Line chart of red notices issued in 2009. One series for each agency: A, B, C and D. Highest: 5 for B and C. Lowest: 3 for A. No data for D.',
    );
    expect(say({ type: 'area', x: 'year', y: 'issued', series: 'agency' }, at2009, columns, 'fr')).toBe(
      'Graphique en aires\u00a0: red notices issued, en 2009. Une série par agency\u00a0: A, B, C et D. Les aires se superposent, chacune tracée depuis zéro\u00a0: elles ne sont pas empilées, et aucune ne s’ajoute à une autre. Maximum\u00a0: 5, B et C. Minimum\u00a0: 3, A. Pas de données\u00a0: D.',
    );
    // On one day, or one number that is not a year, as in one year.
    const columnsByDay = {
      date: column('date', { label: 'Date' }),
      agency: column('string', { label: 'Agency' }),
      issued: column('integer', { label: 'Notices' }),
    };
    const onDay = at2009.map(({ year, ...row }) => ({ ...row, date: '2009-05-03' }));
    expect(say({ type: 'dot', x: 'date', y: 'issued', series: 'agency' }, onDay, columnsByDay, 'fr')).toBe(
      'Nuage de points\u00a0: notices, le 3\u00a0mai 2009. Une série par agency\u00a0: A, B, C et D. Maximum\u00a0: 5, B et C. Minimum\u00a0: 3, A. Pas de données\u00a0: D.',
    );
    const columnsByAge = {
      age: column('integer', { label: 'Age' }),
      agency: column('string', { label: 'Agency' }),
      issued: column('integer', { label: 'Notices' }),
    };
    const atAge = at2009.map(({ year, ...row }) => ({ ...row, age: 30 }));
    expect(say({ type: 'line', x: 'age', y: 'issued', series: 'agency' }, atAge, columnsByAge)).toBe(
      'Line chart of notices where age is 30. One series for each agency: A, B, C and D. Highest: 5 for B and C. Lowest: 3 for A. No data for D.',
    );
  });

  it('a chart with series names them and says where each extreme is', () => {
    const columns = {
      date: column('date', { label: 'Date' }),
      measure: column('string', { label: 'Measure' }),
      count: column('integer', { label: 'Red notices' }),
    };
    const rows = [
      { date: '2019-03', measure: 'All', count: 58000 },
      { date: '2023-05', measure: 'Public', count: 6934 },
      { date: '2024', measure: 'Public', count: null },
    ];
    expect(say({ type: 'dot', x: 'date', y: 'count', series: 'measure' }, rows, columns)).toBe(
      'Dot chart of red notices per date, March 2019 to 2024. One series for each measure: All and Public. Highest: 58,000 in March 2019 (All). Lowest: 6,934 in May 2023 (Public). No data for 2024 (Public).',
    );
  });

  it('a grouped bar chart names the bars the dataset has no row for, apart from its null values', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      snapshot: column('date', { label: 'Snapshot' }),
      count: column('integer', { label: 'Public red notices' }),
    };
    const rows = [
      { country: 'RU', snapshot: '2022-10', count: 3047 },
      { country: 'RU', snapshot: '2023-05', count: 3038 },
      { country: 'SV', snapshot: '2022-10', count: null },
      { country: 'SV', snapshot: '2023-05', count: 999 },
      { country: 'GT', snapshot: '2023-05', count: 132 },
    ];
    const spec = { type: 'grouped-bar', x: 'country', y: 'count', series: 'snapshot' } as const;
    expect(say(spec, rows, columns)).toBe(
      'Grouped bar chart of public red notices by country. One series for each snapshot: October 2022 and May 2023. Highest: 3,047 for Russia (October 2022). Lowest: 132 for Guatemala (May 2023). No data for El Salvador (October 2022). Not in the data for October 2022: Guatemala.',
    );
    expect(say(spec, rows, columns, 'fr')).toContain(
      'Pas de données\u00a0: Salvador (octobre 2022). Absent des données pour octobre 2022\u00a0: Guatemala.',
    );
  });

  it('a grouped bar chart names each series its bars are not in the data for once, not once a category', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      snapshot: column('date', { label: 'Snapshot' }),
      count: column('integer', { label: 'Public red notices' }),
    };
    const rows = [
      { country: 'RU', snapshot: '2022-10', count: 3047 },
      { country: 'RU', snapshot: '2023-05', count: 3038 },
      { country: 'GT', snapshot: '2023-05', count: 132 },
      { country: 'BO', snapshot: '2023-05', count: 120 },
      { country: 'PY', snapshot: '2023-05', count: 98 },
    ];
    const spec = { type: 'grouped-bar', x: 'country', y: 'count', series: 'snapshot' } as const;
    expect(say(spec, rows, columns)).toContain('Not in the data for October 2022: Guatemala, Bolivia and Paraguay.');
    expect(say(spec, rows, columns, 'fr')).toContain(
      'Absent des données pour octobre 2022\u00a0: Guatemala, Bolivie et Paraguay.',
    );
    // Bars missing from several series: a clause for each, in the order of the series.
    const both = [...rows, { country: 'CL', snapshot: '2022-10', count: 50 }];
    expect(say(spec, both, columns)).toContain(
      'Not in the data for October 2022: Guatemala, Bolivia and Paraguay; for May 2023: Chile.',
    );
    expect(say(spec, both, columns, 'fr')).toContain(
      'Absent des données pour octobre 2022\u00a0: Guatemala, Bolivie et Paraguay\u202f; pour mai 2023\u00a0: Chili.',
    );
    // A series of days takes « le » in French, as gaps do.
    const days = rows.map((row) => ({ ...row, snapshot: `${row.snapshot}-03` }));
    expect(say(spec, days, columns)).toContain('Not in the data for 3 October 2022: Guatemala, Bolivia and Paraguay.');
    expect(say(spec, days, columns, 'fr')).toContain(
      'Absent des données pour le 3\u00a0octobre 2022\u00a0: Guatemala, Bolivie et Paraguay.',
    );
  });

  it('a stacked bar chart gives the largest and smallest totals of complete stacks', () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Refusals' }),
    };
    const rows = [
      { year: 2023, ground: 'Political', count: 120 },
      { year: 2023, ground: 'Military', count: 30 },
      { year: 2024, ground: 'Political', count: 200 },
      { year: 2024, ground: 'Military', count: 40 },
      { year: 2025, ground: 'Political', count: null },
    ];
    expect(say({ type: 'stacked-bar', x: 'year', y: 'count', series: 'ground' }, rows, columns)).toBe(
      'Stacked bar chart of refusals by year. One series for each ground: Political and Military. Largest total: 240 in 2024. Smallest total: 150 in 2023. No data for 2025.',
    );
  });

  it('a stacked bar chart names every stack tied for the largest or the smallest total', () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Refusals' }),
    };
    const stack = (year: number, political: number, military: number) => [
      { year, ground: 'Political', count: political },
      { year, ground: 'Military', count: military },
    ];
    const rows = [
      ...stack(2021, 100, 50),
      ...stack(2022, 200, 40),
      ...stack(2023, 120, 30),
      ...stack(2024, 210, 30),
      ...stack(2025, 140, 10),
    ];
    expect(say({ type: 'stacked-bar', x: 'year', y: 'count', series: 'ground' }, rows, columns)).toBe(
      'Stacked bar chart of refusals by year. One series for each ground: Political and Military. Largest total: 240 in 2022 and 2024. Smallest total: 150 in 2021, 2023 and 2025.',
    );
    // Every stack tied: one total, said once.
    expect(
      say(
        { type: 'stacked-bar', x: 'year', y: 'count', series: 'ground' },
        [...stack(2021, 100, 50), ...stack(2023, 120, 30)],
        columns,
      ),
    ).toBe(
      'Stacked bar chart of refusals by year. One series for each ground: Political and Military. Equal totals: 150 in 2021 and 2023.',
    );
  });

  it("a stacked bar chart does not give a partial stack as a total: it names the partial ones (the demo's refusals)", () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Refused or cancelled' }),
    };
    const grounds = ['Article 2', 'Article 3', 'Other grounds'];
    const counts: Record<number, (number | null)[]> = {
      2017: [26, 187, null],
      2020: [null, 609, null],
      2021: [150, 353, 767],
      2023: [null, null, null],
      2024: [111, 194, 2157],
    };
    const rows = Object.entries(counts).flatMap(([year, values]) =>
      values.map((count, i) => ({ year: Number(year), ground: grounds[i]!, count })),
    );
    const spec = { type: 'stacked-bar', x: 'year', y: 'count', series: 'ground' } as const;
    expect(say(spec, rows, columns)).toBe(
      'Stacked bar chart of refused or cancelled by year. One series for each ground: Article 2, Article 3 and Other grounds. Largest total: 2,462 in 2024. Smallest total: 1,270 in 2021. Incomplete breakdown for 2017 and 2020: some figures are missing, so no total is given. No data for 2023.',
    );
    expect(say(spec, rows, columns, 'fr')).toContain(
      'Total le plus faible\u00a0: 1\u202f270 en 2021. Répartition incomplète pour 2017 et 2020\u00a0: il manque des chiffres, aucun total n’est donc donné. Pas de données pour 2023.',
    );
    // A series with no row at all for a category leaves its stack partial too.
    const absent = rows.filter((row) => !(row.year === 2021 && row.ground === 'Other grounds'));
    expect(say(spec, absent, columns)).toContain(
      'Only total: 2,462 in 2024. Incomplete breakdown for 2017, 2020 and 2021:',
    );
  });

  it('a stacked bar chart of days lists its stacks saying each month and year once, as the other charts do', () => {
    const columns = {
      date: column('date', { label: 'Date' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Refusals' }),
    };
    const stack = (date: string, political: number | null, military: number | null) => [
      { date, ground: 'Political', count: political },
      { date, ground: 'Military', count: military },
    ];
    const rows = [
      ...stack('2009-05-03', 200, 40),
      ...stack('2009-05-04', 140, 100),
      ...stack('2009-05-10', 100, 50),
      ...stack('2009-05-11', 120, 30),
      ...stack('2009-05-20', 10, null),
      ...stack('2009-06-01', null, 5),
      ...stack('2009-06-02', null, null),
      ...stack('2009-06-03', null, null),
    ];
    const spec = { type: 'stacked-bar', x: 'date', y: 'count', series: 'ground' } as const;
    expect(say(spec, rows, columns)).toBe(
      'Stacked bar chart of refusals by date. One series for each ground: Political and Military. Largest total: 240 on 3 and 4 May 2009. Smallest total: 150 on 10 and 11 May 2009. ' +
        'Incomplete breakdown for 20 May and 1 June 2009: some figures are missing, so no total is given. No data for 2 and 3 June 2009.',
    );
    // French says « le » before one day and « les » before several, as in the other charts' gaps.
    expect(say(spec, rows, columns, 'fr')).toBe(
      'Diagramme en barres empilées\u00a0: refusals, par date. Une série par ground\u00a0: Political et Military. Total le plus élevé\u00a0: 240 les 3 et 4\u00a0mai 2009. Total le plus faible\u00a0: 150 les 10 et 11\u00a0mai 2009. ' +
        'Répartition incomplète pour les 20\u00a0mai et 1er\u00a0juin 2009\u00a0: il manque des chiffres, aucun total n’est donc donné. Pas de données pour les 2 et 3\u00a0juin 2009.',
    );
    const one = [...stack('2009-05-03', 200, 40), ...stack('2009-05-04', 10, null), ...stack('2009-05-05', null, null)];
    expect(say(spec, one, columns, 'fr')).toMatch(
      /\. Répartition incomplète pour le 4\u00a0mai 2009\u00a0: .*\. Pas de données pour le 5\u00a0mai 2009\.$/,
    );
    // Months likewise; equal totals.
    const months = [...stack('2009-05', 100, 50), ...stack('2009-06', 120, 30)];
    expect(say(spec, months, columns)).toMatch(/\. Equal totals: 150 in May and June 2009\.$/);
  });

  it('a map counts the countries with data and names those too small to draw', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      count: column('integer', { label: 'Public red notices' }),
    };
    const rows = [
      { country: 'RU', count: 3038 },
      { country: 'SG', count: 4 },
      { country: 'FR', count: null },
    ];
    expect(say({ type: 'map', x: 'country', y: 'count' }, rows, columns)).toBe(
      'Map of public red notices by country, 2 countries with data. Highest: 3,038 for Russia. Lowest: 4 for Singapore. No data for France. Too small to show on this map: Singapore.',
    );
    // French agrees the words with the number of countries named: one is "trop petit", two "trop petits"; and names
    // the countries without data after a colon, as no article fits every name (« la France », « le Pérou »).
    expect(say({ type: 'map', x: 'country', y: 'count' }, rows, columns, 'fr')).toMatch(
      /\. Pas de données\u00a0: France\. Pays trop petit pour figurer sur cette carte\u00a0: Singapour\.$/,
    );
    const two = [...rows, { country: 'MV', count: 7 }];
    expect(say({ type: 'map', x: 'country', y: 'count' }, two, columns, 'fr')).toMatch(
      /\. Pays trop petits pour figurer sur cette carte\u00a0: Singapour et Maldives\.$/,
    );
  });

  it('a map says what its rows are by, from the label of its country column: a nationality is not a requesting country', () => {
    const columns = {
      nationality: column('string', { ref: 'country', label: 'Nationality' }),
      count: column('integer', { label: 'Public red notices' }),
    };
    const rows = [
      { nationality: 'RU', count: 3038 },
      { nationality: 'SV', count: 999 },
    ];
    expect(say({ type: 'map', x: 'nationality', y: 'count' }, rows, columns)).toBe(
      'Map of public red notices by nationality, 2 countries with data. Highest: 3,038 for Russia. Lowest: 999 for El Salvador.',
    );
    expect(
      say(
        { type: 'map', x: 'nationality', y: 'count' },
        rows,
        { ...columns, nationality: { ...columns.nationality, label: 'Nationalité' } },
        'fr',
      ),
    ).toMatch(/^Carte\u00a0: public red notices, par nationalité\u202f; 2\u00a0pays avec des données\./);
  });

  it('a timeline gives its span and its first and last events', () => {
    const columns = { date: column('date'), label: column('string') };
    const rows = [
      { date: '2026-01-26', label: 'Publication' },
      { date: '2024-09', label: 'Files leaked' },
      { date: '2025', label: 'Requests filed' },
    ];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, rows, columns)).toBe(
      'Timeline of 3 events, September 2024 to 26 January 2026. First: Files leaked (September 2024). Last: Publication (26 January 2026).',
    );
  });

  it('a chart whose rows all fall on one year says that year, not a range from 2009 to 2009', () => {
    const columns = { ...issued, agency: column('string', { label: 'Agency' }) };
    const rows = [
      { year: 2009, agency: 'A', issued: 3 },
      { year: 2009, agency: 'B', issued: 5 },
    ];
    for (const type of ['line', 'area', 'dot'] as const) {
      expect(say({ type, x: 'year', y: 'issued', series: 'agency' }, rows, columns)).toMatch(
        /^\w+ chart of red notices issued in 2009\. One series for each agency: A and B\.( The areas overlap[^.]+\.)? Highest: 5 for B\./,
      );
    }
    expect(say({ type: 'line', x: 'year', y: 'issued', series: 'agency' }, rows, columns, 'fr')).toMatch(
      /^Courbe\u00a0: red notices issued, en 2009\. /,
    );
  });

  it('a timeline of one event, or of events on one date, says so without a range from a date to itself', () => {
    const columns = { date: column('date'), label: column('string') };
    const one = [{ date: '2009-05-03', label: 'Notice issued' }];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, one, columns)).toBe(
      'Timeline of 1 event: Notice issued (3 May 2009).',
    );
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, one, columns, 'fr')).toBe(
      'Chronologie d\u2019un événement\u00a0: Notice issued (3\u00a0mai 2009).',
    );
    const same = [
      { date: '2009', label: 'A' },
      { date: '2009', label: 'B' },
    ];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, same, columns)).toBe(
      'Timeline of 2 events, all in 2009. First: A (2009). Last: B (2009).',
    );
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, same, columns, 'fr')).toBe(
      'Chronologie de 2\u00a0événements, tous en 2009. Premier événement\u00a0: A (2009). Dernier événement\u00a0: B (2009).',
    );
  });

  it('counts events and bars in the form the page language picks: Polish 2 and 22 "few", 5 "many"', () => {
    const registered = dictionaries as unknown as Record<string, Dictionary>;
    registered.pl = {
      ...en,
      'chart.summary.events.few': '{kind}: {count} wydarzenia, {from} {to}.',
      'chart.summary.events.many': '{kind}: {count} wydarzeń, {from} {to}.',
      'chart.summary.sameLabel.few': '{label} ({count} słupki)',
    } satisfies Dictionary;
    try {
      const columns = { date: column('date'), label: column('string') };
      const events = (count: number) =>
        Array.from({ length: count }, (_, i) => ({ date: `${2000 + i}`, label: `Event ${i + 1}` }));
      const spans = [2, 5, 22].map(
        (count) => say({ type: 'timeline', x: 'date', label: 'label' }, events(count), columns, 'pl').split(',')[0],
      );
      expect(spans).toEqual(['Timeline: 2 wydarzenia', 'Timeline: 5 wydarzeń', 'Timeline: 22 wydarzenia']);
      const bars = { country: column('string', { label: 'Country' }), count: column('integer', { label: 'Notices' }) };
      const rows = [
        { country: "Cote d'Ivoire", count: 9 },
        { country: 'Cote d’Ivoire', count: 9 },
        { country: 'France', count: 2 },
      ];
      expect(say({ type: 'bar', x: 'country', y: 'count' }, rows, bars, 'pl')).toContain('Cote d’Ivoire (2 słupki)');
    } finally {
      delete registered.pl;
    }
  });

  it('a map of one country says "1 country with data"', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      count: column('integer', { label: 'Notices' }),
    };
    expect(say({ type: 'map', x: 'country', y: 'count' }, [{ country: 'FR', count: 12 }], columns)).toBe(
      'Map of notices by country, 1 country with data. Only value: 12 for France.',
    );
    expect(say({ type: 'map', x: 'country', y: 'count' }, [{ country: 'FR', count: 12 }], columns, 'fr')).toMatch(
      /; 1\u00a0pays avec des données\./,
    );
  });

  it('a dot chart of categories down its y axis, placed by a number on x, is summarised by category, as the other way round', () => {
    const columns = {
      country: column('string', { label: 'Country' }),
      notices: column('integer', { label: 'Notices' }),
    };
    const rows = [
      { country: 'A', notices: 10 },
      { country: 'B', notices: 30 },
    ];
    const byCountry = 'Dot chart of notices by country. Highest: 30 for B. Lowest: 10 for A.';
    expect(say({ type: 'dot', x: 'notices', y: 'country' }, rows, columns)).toBe(byCountry);
    expect(say({ type: 'dot', x: 'country', y: 'notices' }, rows, columns)).toBe(byCountry);
    expect(say({ type: 'dot', x: 'notices', y: 'country' }, rows, columns, 'fr')).toBe(
      'Nuage de points\u00a0: notices, par country. Maximum\u00a0: 30, B. Minimum\u00a0: 10, A.',
    );
  });

  it('says "on" a day, as English and French write a date: not "in 3 May 2009", "en 3 mai 2009"', () => {
    const columns = { date: column('date', { label: 'Date' }), count: column('integer', { label: 'Notices' }) };
    const days = [
      { date: '2009-05-03', count: 5 },
      { date: '2009-05-20', count: 2 },
    ];
    expect(say({ type: 'line', x: 'date', y: 'count' }, days, columns)).toBe(
      'Line chart of notices per date, 3 to 20 May 2009. Highest: 5 on 3 May 2009. Lowest: 2 on 20 May 2009.',
    );
    expect(say({ type: 'line', x: 'date', y: 'count' }, days, columns, 'fr')).toBe(
      'Courbe\u00a0: notices, par date, du 3 au 20\u00a0mai 2009. Maximum\u00a0: 5 le 3\u00a0mai 2009. Minimum\u00a0: 2 le 20\u00a0mai 2009.',
    );
    expect(say({ type: 'dot', x: 'date', y: 'count' }, days.slice(0, 1), columns)).toBe(
      'Dot chart of notices: 5 on 3 May 2009.',
    );
    expect(say({ type: 'dot', x: 'date', y: 'count' }, days.slice(0, 1), columns, 'fr')).toBe(
      'Nuage de points\u00a0: notices, 5 le 3\u00a0mai 2009.',
    );
    const timeline = { date: column('date'), label: column('string') };
    expect(
      say(
        { type: 'timeline', x: 'date', label: 'label' },
        [
          { date: '2009-05-03', label: 'A' },
          { date: '2009-05-03', label: 'B' },
        ],
        timeline,
      ),
    ).toMatch(/^Timeline of 2 events, all on 3 May 2009\. /);
    // Months and years are "in", as before.
    expect(
      say(
        { type: 'line', x: 'date', y: 'count' },
        [
          { date: '2009-05', count: 5 },
          { date: '2009-06', count: 2 },
        ],
        columns,
      ),
    ).toContain('Highest: 5 in May 2009.');
  });

  it('lists days saying each month and year once, as a person writes them: "on 3 and 4 May 2009", « les 3 et 4 mai 2009 »', () => {
    const columns = { date: column('date', { label: 'Date' }), count: column('integer', { label: 'Notices' }) };
    const rows = [
      { date: '2009-05-03', count: 5 },
      { date: '2009-05-04', count: 5 },
      { date: '2009-05-10', count: null },
      { date: '2009-05-11', count: null },
      { date: '2009-05-20', count: 1 },
      { date: '2009-06-01', count: 1 },
      { date: '2009-06-04', count: 3 },
    ];
    const line = (list: Row[], lang = 'en') => say({ type: 'line', x: 'date', y: 'count' }, list, columns, lang);
    expect(line(rows)).toBe(
      'Line chart of notices per date, 3 May to 4 June 2009. Highest: 5 on 3 and 4 May 2009. Lowest: 1 on 20 May and 1 June 2009. No data for 10 and 11 May 2009.',
    );
    // French says "les" before several days, and "le" before one day without data, as before one highest.
    expect(line(rows, 'fr')).toBe(
      'Courbe\u00a0: notices, par date, du 3\u00a0mai au 4\u00a0juin 2009. Maximum\u00a0: 5 les 3 et 4\u00a0mai 2009. Minimum\u00a0: 1 les 20\u00a0mai et 1er\u00a0juin 2009. Pas de données pour les 10 et 11\u00a0mai 2009.',
    );
    expect(
      line(
        rows.filter((row) => row.date !== '2009-05-11'),
        'fr',
      ),
    ).toMatch(/ Pas de données pour le 10\u00a0mai 2009\.$/);
    // Days of several years say each year once; months of one year, the year once.
    expect(
      line([
        { date: '2009-12-31', count: 2 },
        { date: '2010-01-01', count: 2 },
        { date: '2010-01-02', count: 1 },
      ]),
    ).toContain('Highest: 2 on 31 December 2009 and 1 January 2010.');
    expect(
      line(
        [
          { date: '2009-05', count: 2 },
          { date: '2009-06', count: 2 },
          { date: '2009-07', count: 1 },
        ],
        'fr',
      ),
    ).toContain('Maximum\u00a0: 2 en mai et juin 2009.');
    // Past five days, the first five and how many more.
    const week = Array.from({ length: 7 }, (_, i) => ({ date: `2009-05-0${i + 1}`, count: 4 }));
    expect(line(week)).toBe(
      'Line chart of notices per date, 1 to 7 May 2009. Equal values: 4 on 1, 2, 3, 4 and 5 May 2009 and 2 more.',
    );
    // Names of bars; equal values of several series, each day once; days each with its series, in full.
    expect(say({ type: 'bar', x: 'date', y: 'count' }, rows.slice(0, 2), columns, 'fr')).toMatch(
      /\. Valeurs égales\u00a0: 5 les 3 et 4\u00a0mai 2009\.$/,
    );
    const withSeries = { ...columns, agency: column('string', { label: 'Agency' }) };
    const both = ['A', 'B'].flatMap((agency) => rows.slice(0, 2).map((row) => ({ ...row, agency })));
    expect(say({ type: 'line', x: 'date', y: 'count', series: 'agency' }, both, withSeries, 'fr')).toMatch(
      /\. Valeurs égales\u00a0: 5 les 3 et 4\u00a0mai 2009 \(A et B\)\.$/,
    );
    const apart = [
      { date: '2009-05-03', agency: 'A', count: 5 },
      { date: '2009-05-04', agency: 'B', count: 5 },
      { date: '2009-05-04', agency: 'A', count: 1 },
    ];
    expect(say({ type: 'line', x: 'date', y: 'count', series: 'agency' }, apart, withSeries, 'fr')).toContain(
      'Maximum\u00a0: 5 les 3\u00a0mai 2009 (A) et 4\u00a0mai 2009 (B).',
    );
  });

  it('spans days from "du" to "au" in French, as a French reader writes them: not « de 3 mai 2009 à 20 mai 2009 »', () => {
    const columns = { date: column('date', { label: 'Date' }), count: column('integer', { label: 'Notices' }) };
    const line = (dates: string[], lang = 'fr') =>
      say(
        { type: 'line', x: 'date', y: 'count' },
        dates.map((date, i) => ({ date, count: i + 1 })),
        columns,
        lang,
      );
    expect(line(['2021', '2026-01-28'])).toMatch(
      /^Courbe\u00a0: notices, par date, de 2021 au 28\u00a0janvier 2026\. /,
    );
    expect(line(['2009-05-03', '2009-06'])).toMatch(
      /^Courbe\u00a0: notices, par date, du 3\u00a0mai 2009 à juin 2009\. /,
    );
    expect(line(['2009-05-01', '2009-06-01'])).toMatch(
      /^Courbe\u00a0: notices, par date, du 1er\u00a0mai au 1er\u00a0juin 2009\. /,
    );
    // Years and months are "de … à …", as before; English spans take no preposition.
    expect(line(['2009-05', '2009-06'])).toMatch(/^Courbe\u00a0: notices, par date, de mai à juin 2009\. /);
    expect(line(['2021', '2026-01-28'], 'en')).toMatch(/^Line chart of notices per date, 2021 to 28 January 2026\. /);
    const timeline = { date: column('date'), label: column('string') };
    const events = [
      { date: '2021', label: 'A' },
      { date: '2026-01-28', label: 'B' },
    ];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, events, timeline, 'fr')).toMatch(
      /^Chronologie de 2\u00a0événements, de 2021 au 28\u00a0janvier 2026\. /,
    );
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, events, timeline)).toMatch(
      /^Timeline of 2 events, 2021 to 28 January 2026\. /,
    );
  });

  it('spans dates saying the month and year its ends share once: "3 to 20 May 2009", « du 3 mai au 4 juin 2009 »', () => {
    const columns = { date: column('date', { label: 'Date' }), count: column('integer', { label: 'Notices' }) };
    const line = (dates: string[], lang = 'en') =>
      say(
        { type: 'line', x: 'date', y: 'count' },
        dates.map((date, i) => ({ date, count: i + 1 })),
        columns,
        lang,
      );
    expect(line(['2009-05-03', '2009-05-20'])).toMatch(/^Line chart of notices per date, 3 to 20 May 2009\. /);
    expect(line(['2009-05-03', '2009-06-04'])).toMatch(/^Line chart of notices per date, 3 May to 4 June 2009\. /);
    expect(line(['2009-05', '2009-06'])).toMatch(/^Line chart of notices per date, May to June 2009\. /);
    expect(line(['2009-05-03', '2009-05-20'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, du 3 au 20\u00a0mai 2009\. /,
    );
    expect(line(['2009-05-03', '2009-06-04'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, du 3\u00a0mai au 4\u00a0juin 2009\. /,
    );
    // French writes the first of the month « 1er » at either end.
    expect(line(['2009-05-01', '2009-05-20'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, du 1er au 20\u00a0mai 2009\. /,
    );
    expect(line(['2009-04-20', '2009-05-01'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, du 20\u00a0avril au 1er\u00a0mai 2009\. /,
    );
    // Different years stay in full, as do ends of different precision.
    expect(line(['2009-12-31', '2010-01-02'])).toMatch(
      /^Line chart of notices per date, 31 December 2009 to 2 January 2010\. /,
    );
    expect(line(['2009-12', '2010-01'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, de décembre 2009 à janvier 2010\. /,
    );
    expect(line(['2009-05-03', '2009-06'])).toMatch(/^Line chart of notices per date, 3 May 2009 to June 2009\. /);
    // A timeline's span likewise.
    const timeline = { date: column('date'), label: column('string') };
    const events = [
      { date: '2009-05-03', label: 'A' },
      { date: '2009-05-20', label: 'B' },
    ];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, events, timeline)).toMatch(
      /^Timeline of 2 events, 3 to 20 May 2009\. /,
    );
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, events, timeline, 'fr')).toMatch(
      /^Chronologie de 2\u00a0événements, du 3 au 20\u00a0mai 2009\. /,
    );
  });

  it('spans days of one month in American English as Intl\'s range says them: "May 3 – 20, 2009", not "May 3 to 20, 2009"', () => {
    const columns = { date: column('date', { label: 'Date' }), count: column('integer', { label: 'Notices' }) };
    const line = (dates: string[], lang: string) =>
      say(
        { type: 'line', x: 'date', y: 'count' },
        dates.map((date, i) => ({ date, count: i + 1 })),
        columns,
        lang,
      );
    expect(line(['2009-05-03', '2009-05-20'], 'en-US')).toMatch(
      /^Line chart of notices per date, May 3\u2009–\u200920, 2009\. Highest: 2 on May 20, 2009\. /,
    );
    // Ends that say what they do not share still read "to".
    expect(line(['2009-05-03', '2009-06-04'], 'en-US')).toMatch(
      /^Line chart of notices per date, May 3 to June 4, 2009\. /,
    );
    // British English and French as before.
    expect(line(['2009-05-03', '2009-05-20'], 'en')).toMatch(/^Line chart of notices per date, 3 to 20 May 2009\. /);
    expect(line(['2009-05-03', '2009-05-20'], 'fr')).toMatch(
      /^Courbe\u00a0: notices, par date, du 3 au 20\u00a0mai 2009\. /,
    );
    const timeline = { date: column('date'), label: column('string') };
    const events = [
      { date: '2009-05-03', label: 'A' },
      { date: '2009-05-20', label: 'B' },
    ];
    expect(say({ type: 'timeline', x: 'date', label: 'label' }, events, timeline, 'en-US')).toMatch(
      /^Timeline of 2 events, May 3\u2009–\u200920, 2009\. First: A \(May 3, 2009\)\. /,
    );
  });

  it('a chart of one value calls it the only value, not the highest with nothing to be higher than', () => {
    const columns = {
      country: column('string', { ref: 'country', label: 'Country' }),
      group: column('string', { label: 'Group' }),
      count: column('integer', { label: 'Notices' }),
    };
    const one = [{ country: 'FR', group: 'A', count: 12 }];
    expect(say({ type: 'bar', x: 'country', y: 'count' }, one, columns)).toBe(
      'Bar chart of notices by country. Only value: 12 for France.',
    );
    expect(say({ type: 'map', x: 'country', y: 'count' }, one, columns, 'fr')).toMatch(
      /\. Seule valeur\u00a0: 12, France\.$/,
    );
    expect(say({ type: 'grouped-bar', x: 'country', y: 'count', series: 'group' }, one, columns)).toBe(
      'Grouped bar chart of notices by country. One series for each group: A. Only value: 12 for France (A).',
    );
    expect(say({ type: 'stacked-bar', x: 'country', y: 'count', series: 'group' }, one, columns)).toBe(
      'Stacked bar chart of notices by country. One series for each group: A. Only total: 12 for France.',
    );
    expect(say({ type: 'stacked-bar', x: 'country', y: 'count', series: 'group' }, one, columns, 'fr')).toMatch(
      /\. Seul total\u00a0: 12, France\.$/,
    );
    // One value of a series along a year, a day.
    const years = {
      year: column('integer', { label: 'Year' }),
      group: column('string', { label: 'Group' }),
      count: column('integer', { label: 'Notices' }),
    };
    expect(
      say({ type: 'line', x: 'year', y: 'count', series: 'group' }, [{ year: 2009, group: 'A', count: 5 }], years),
    ).toBe('Line chart of notices in 2009. One series for each group: A. Only value: 5 for A.');
    const days = {
      date: column('date', { label: 'Date' }),
      group: column('string', { label: 'Group' }),
      count: column('integer', { label: 'Notices' }),
    };
    expect(
      say(
        { type: 'dot', x: 'date', y: 'count', series: 'group' },
        [{ date: '2009-05-03', group: 'A', count: 5 }],
        days,
        'fr',
      ),
    ).toBe(
      'Nuage de points\u00a0: notices, le 3\u00a0mai 2009. Une série par group\u00a0: A. Seule valeur\u00a0: 5, A.',
    );
    // Two rows of one value are equal (both named).
    expect(
      say({ type: 'bar', x: 'country', y: 'count' }, [...one, { country: 'DE', group: 'A', count: 12 }], columns),
    ).toBe('Bar chart of notices by country. Equal values: 12 for France and Germany.');
  });

  it('small multiples name their panels', () => {
    const columns = {
      snapshot: column('date', { label: 'Snapshot' }),
      country: column('string', { ref: 'country', label: 'Nationality' }),
      count: column('integer', { label: 'Public red notices' }),
    };
    const rows = [
      { snapshot: '2022-10', country: 'RU', count: 3047 },
      { snapshot: '2023-05', country: 'RU', count: 3038 },
      { snapshot: '2022-10', country: 'SV', count: 1094 },
      { snapshot: '2023-05', country: 'SV', count: null },
    ];
    const spec = { spec: 'small-multiples', x: 'snapshot', y: 'count', series: 'country', title: 'T' };
    expect(smallMultiples.summary({ spec, rows, filtered: rows, columns, lang: 'en' })).toBe(
      'Chart of public red notices per snapshot, one panel for each nationality: Russia and El Salvador. Highest: 3,047 in October 2022 (Russia). Lowest: 1,094 in October 2022 (El Salvador). No data for May 2023 (El Salvador).',
    );
  });

  it("square a series' own brackets inside the sentence's, in English and French", () => {
    const columns = {
      year: column('integer', { label: 'Year' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Requests refused' }),
    };
    const rows = [
      { year: 2017, ground: 'Article 2 (human rights)', count: 26 },
      { year: 2024, ground: 'Article 2 (human rights)', count: 111 },
      { year: 2017, ground: 'Other grounds', count: null },
      { year: 2024, ground: 'Other grounds', count: 2157 },
    ];
    const spec = { spec: 'small-multiples', x: 'year', y: 'count', series: 'ground', title: 'T' };
    const en = smallMultiples.summary({ spec, rows, filtered: rows, columns, lang: 'en' });
    expect(en).toContain('Lowest: 26 in 2017 (Article 2 [human rights]).');
    expect(en).toContain('No data for 2017 (Other grounds).');
    // The panels' list keeps the name as written: its brackets are the only ones there.
    expect(en).toContain('one panel for each ground: Article 2 (human rights) and Other grounds.');
    const fr = smallMultiples.summary({ spec, rows, filtered: rows, columns, lang: 'fr' });
    expect(fr).toMatch(/26 en 2017 \(Article 2 \[human rights\]\)/);
  });

  it('small multiples say the unit their rows share and what the filter kept, as the other kinds do', () => {
    const dataset = {
      id: 'd',
      title: 'D',
      description: 'D',
      notes: [],
      corrections: [],
      columns: {
        snapshot: column('date', { label: 'Snapshot' }),
        basis: column('string', { label: 'Counted by' }),
        country: column('string', { ref: 'country', label: 'Nationality' }),
        value: column('integer', { label: 'Count' }),
        unit: column('string', { label: 'Unit' }),
      },
      rows: [
        { snapshot: '2022-10', basis: 'nationality', country: 'RU', value: 3047, unit: 'public red notices' },
        { snapshot: '2023-05', basis: 'nationality', country: 'RU', value: 3038, unit: 'public red notices' },
        { snapshot: '2022-10', basis: 'nationality', country: 'SV', value: 1094, unit: 'public red notices' },
        { snapshot: '2023-05', basis: 'nationality', country: 'SV', value: 999, unit: 'public red notices' },
        { snapshot: '2023-05', basis: 'requests', country: 'RU', value: 12, unit: 'requests' },
      ],
      translations: {
        fr: {
          columns: {
            snapshot: { label: 'Relevé' },
            basis: { values: { nationality: 'par nationalité', requests: 'par demande' } },
            country: { label: 'Nationalité' },
            unit: { values: { 'public red notices': 'notices rouges publiques' } },
          },
        },
      },
    } as unknown as Dataset;
    const spec = {
      spec: 'small-multiples',
      x: 'snapshot',
      y: 'value',
      series: 'country',
      title: 'T',
      filter: { basis: 'nationality' },
    } as ChartSpec;
    const summary = (lang: string, filter: Record<string, string> = { basis: 'nationality' }) => {
      // As figure.ts gives it: the rows shown in the page's language, the rows the filter kept as written.
      const local = localiseDataset(withRowUnit(dataset, { ...spec, filter }), lang);
      const filtered = shownRows(local.data, { ...spec, filter });
      const rows = local.rows(filtered);
      return smallMultiples.summary({ spec: { ...spec, filter }, rows, filtered, columns: local.data.columns, lang });
    };
    // The unit the rows shown share, not the column's label "Count"; the filter's value is said by "each nationality".
    expect(summary('en')).toMatch(
      /^Chart of public red notices per snapshot, one panel for each nationality: Russia and El Salvador\. Highest: /,
    );
    expect(summary('fr')).toMatch(
      /^Graphique\u00a0: notices rouges publiques, par relevé, un panneau par nationalité\u00a0: Russie et Salvador\. Maximum/,
    );
    // A filter the first sentence does not say: said once, after it, in both languages.
    const may = { basis: 'nationality', snapshot: '2023-05' };
    expect(summary('en', may)).toMatch(
      /^Chart of public red notices per snapshot, one panel for each nationality: Russia and El Salvador\. Only the data for May 2023 is shown\. Highest: 3,038 /,
    );
    expect(summary('fr', may)).toMatch(
      /^Graphique\u00a0: notices rouges publiques, par relevé, un panneau par nationalité\u00a0: Russie et Salvador\. Données représentées\u00a0: mai 2023 seulement\. Maximum/,
    );
  });

  it('small multiples list the days of each panel saying its name, and each month and year, once', () => {
    const columns = {
      date: column('date', { label: 'Date' }),
      country: column('string', { ref: 'country', label: 'Nationality' }),
      count: column('integer', { label: 'Notices' }),
    };
    const rows = [
      { date: '2009-05-03', country: 'RU', count: 5 },
      { date: '2009-05-04', country: 'RU', count: 5 },
      { date: '2009-05-05', country: 'RU', count: null },
      { date: '2009-06-01', country: 'RU', count: null },
      { date: '2009-05-03', country: 'SV', count: 2 },
      { date: '2009-05-04', country: 'SV', count: 3 },
      { date: '2009-05-05', country: 'SV', count: null },
      { date: '2009-06-01', country: 'SV', count: null },
      { date: '2009-05-03', country: 'GT', count: 2 },
      { date: '2009-05-04', country: 'GT', count: 3 },
    ];
    const spec = { spec: 'small-multiples', x: 'date', y: 'count', series: 'country', title: 'T' };
    const summary = (lang: string) => smallMultiples.summary({ spec, rows, filtered: rows, columns, lang });
    expect(summary('en')).toBe(
      'Chart of notices per date, one panel for each nationality: Russia, El Salvador and Guatemala. Highest: 5 on 3 and 4 May 2009 (Russia). Lowest: 2 on 3 May 2009 (El Salvador and Guatemala). No data for 5 May and 1 June 2009 (Russia and El Salvador).',
    );
    expect(summary('fr')).toContain(
      'Maximum\u00a0: 5 les 3 et 4\u00a0mai 2009 (Russie). Minimum\u00a0: 2 le 3\u00a0mai 2009 (Salvador et Guatemala). Pas de données pour les 5\u00a0mai et 1er\u00a0juin 2009 (Russie et Salvador).',
    );
    // Panels with different days each say theirs.
    const apart = rows.filter((row) => !(row.country === 'SV' && row.date === '2009-06-01'));
    expect(smallMultiples.summary({ spec, rows: apart, filtered: apart, columns, lang: 'en' })).toContain(
      'No data for 5 May and 1 June 2009 (Russia) and 5 May 2009 (El Salvador).',
    );
  });

  it('says how many bars share a label, as the chart draws each of them, not one name for two bars', () => {
    const columns = {
      country: column('string', { label: 'Country' }),
      ground: column('string', { label: 'Ground' }),
      count: column('integer', { label: 'Notices' }),
    };
    // Two values the author wrote apart (a straight and a curly apostrophe) read alike once typeset.
    const rows = [
      { country: "Cote d'Ivoire", count: 9 },
      { country: 'Cote d’Ivoire', count: 9 },
      { country: 'France', count: 2 },
    ];
    // The chart draws a bar for each, both labelled "Cote d’Ivoire".
    const svg = renderPlot(bar(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 400 }), 't');
    expect(new Set([...svg.matchAll(/<rect[^>]* y="([^"]+)"/g)].map((match) => match[1])).size).toBe(3);
    expect(say({ type: 'bar', x: 'country', y: 'count' }, rows, columns)).toBe(
      'Bar chart of notices by country. Highest: 9 for Cote d’Ivoire (2 bars). Lowest: 2 for France.',
    );
    expect(say({ type: 'bar', x: 'country', y: 'count' }, rows, columns, 'fr')).toContain(
      'Maximum\u00a0: 9, Cote d’Ivoire (2 barres).',
    );
    const equal = rows.map((row) => ({ ...row, count: 9 }));
    expect(say({ type: 'bar', x: 'country', y: 'count' }, equal, columns)).toBe(
      'Bar chart of notices by country. Equal values: 9 for Cote d’Ivoire (2 bars) and France.',
    );
    // A stacked bar chart draws a stack for each, and says so of its totals.
    const stacked = rows.flatMap((row) => [
      { ...row, ground: 'A' },
      { ...row, ground: 'B' },
    ]);
    expect(say({ type: 'stacked-bar', x: 'country', y: 'count', series: 'ground' }, stacked, columns)).toContain(
      'Largest total: 18 for Cote d’Ivoire (2 bars). Smallest total: 4 for France.',
    );
  });

  it('names the unit of a figure whose label does not say it, as the table header does: a count of what', () => {
    const columns = {
      period: column('string', { label: 'Period' }),
      value: column('integer', { label: 'Count', unit: 'deletions or cancellations' }),
    };
    const rows = [
      { period: '2011', value: 32 },
      { period: '2021', value: 296 },
    ];
    expect(say({ type: 'bar', x: 'period', y: 'value', sort: 'none' }, rows, columns)).toBe(
      'Bar chart of count (deletions or cancellations) by period. Highest: 296 for 2021. Lowest: 32 for 2011.',
    );
    // A label that names its unit does not repeat it.
    expect(
      say({ type: 'line', x: 'year', y: 'issued' }, years, {
        ...issued,
        issued: { ...issued.issued, unit: 'red notices' },
      }),
    ).toMatch(/^Line chart of red notices issued per year/);
  });

  it('says the unit the rows shown share as what is plotted, not the label written for rows that count different things', () => {
    // As ccf-decisions: a "Count" whose rows each say what they count, charted for one measure.
    const dataset = {
      title: 'T',
      description: 'D',
      notes: [],
      corrections: [],
      columns: {
        period: column('string', { label: 'Period' }),
        measure: column('string', { label: 'Measure' }),
        value: column('integer', { label: 'Count' }),
        unit: column('string', { label: 'Unit' }),
      },
      rows: [
        { period: '2011', measure: 'Requests', value: 258, unit: 'requests' },
        { period: '2011', measure: 'Deletions or cancellations', value: 32, unit: 'deletions or cancellations' },
        { period: '2021', measure: 'Deletions or cancellations', value: 296, unit: 'deletions or cancellations' },
      ],
      translations: {
        fr: {
          columns: {
            period: { label: 'Période' },
            value: { label: 'Nombre' },
            unit: { values: { 'deletions or cancellations': 'suppressions ou annulations' } },
          },
        },
      },
    } as unknown as Dataset;
    const spec = {
      type: 'bar',
      x: 'period',
      y: 'value',
      sort: 'none',
      title: 'T',
      filter: { measure: 'Deletions or cancellations' },
    } as ChartSpec;
    const summary = (lang: string) => {
      const local = localiseDataset(withRowUnit(dataset, spec), lang).data;
      const rows = shownRows(local, spec);
      return summarize({ spec, rows, filtered: rows, columns: local.columns, lang });
    };
    expect(summary('en')).toMatch(/^Bar chart of deletions or cancellations by period\./);
    expect(summary('fr')).toMatch(/^Diagramme en barres\u00a0: suppressions ou annulations, par période\./);
    // The filter that kept the measure is what the unit says: not said again, in either language.
    expect(summary('en')).not.toContain('Only the data');
    expect(summary('fr')).not.toContain('Données représentées');
  });

  it('keeps capitals that are not sentence case', () => {
    expect(inSentence('Red notices', 'en')).toBe('red notices');
    expect(inSentence('CCF requests', 'en')).toBe('CCF requests');
    // Capitals with accents, and other alphabets, start a word as A does.
    expect(inSentence('Año', 'es')).toBe('año');
    expect(inSentence('Évolution des notices', 'fr')).toBe('évolution des notices');
    expect(inSentence('Área', 'pt')).toBe('área');
    expect(inSentence('Число уведомлений', 'ru')).toBe('число уведомлений');
    expect(inSentence('ÉTAT', 'fr')).toBe('ÉTAT');
    expect(inSentence('E\u0301volution', 'fr')).toBe('évolution');
  });

  it("lower-cases as the page's language does, and leaves a word with another capital in it", () => {
    // English has no one lower-case letter for İ (toLowerCase wrote "i" and a stray combining dot, U+0307).
    expect(inSentence('İstanbul share', 'en')).toBe('İstanbul share');
    expect(inSentence('İstanbul payı', 'tr')).toBe('istanbul payı');
    expect(inSentence('Iğdır payı', 'tr')).toBe('ığdır payı');
    // An internal capital or all capitals: a name or an acronym, not sentence case.
    expect(inSentence("McDonald's share", 'en')).toBe("McDonald's share");
    expect(inSentence('Al-Qaeda attacks', 'en')).toBe('Al-Qaeda attacks');
    expect(inSentence('NGOs cited', 'en')).toBe('NGOs cited');
    expect(inSentence('Year-end total', 'en')).toBe('year-end total');
    const columns = { city: column('string', { label: 'City' }), share: column('number', { label: 'İstanbul share' }) };
    expect(
      summarize({
        spec: { type: 'bar', x: 'city', y: 'share', title: 'T' },
        rows: [{ city: 'A', share: 1 }],
        filtered: [{ city: 'A', share: 1 }],
        columns,
        lang: 'en',
      }),
    ).not.toMatch(/\u0307/);
  });

  it('keeps the capital of a name that looks like sentence case, when the label or its description writes it capitalised mid-sentence', () => {
    const description = 'Red notices Interpol issued that year, as quoted by the source.';
    expect(inSentence('Interpol notices', 'en', [description])).toBe('Interpol notices');
    expect(inSentence("Interpol's notices", 'en', [description])).toBe("Interpol's notices");
    // The label alone says so when it names it again.
    expect(inSentence('Interpol notices and Interpol diffusions', 'en')).toBe(
      'Interpol notices and Interpol diffusions',
    );
    // At the start of the description or of one of its sentences, a capital proves nothing; nor does a longer word.
    expect(inSentence('Interpol notices', 'en', ['Interpol issued them. Interpol counts them.'])).toBe(
      'interpol notices',
    );
    expect(inSentence('Red notices', 'en', ['Notices issued by Interpol, Red or not; Reddish ones too.'])).toBe(
      'Red notices',
    );
    expect(inSentence('Red notices', 'en', ['Notices Interpol issued; Reddish ones too.'])).toBe('red notices');
    // Acronyms stay as they are, with or without a description.
    expect(inSentence('CCF decisions', 'en', ['Decisions of the commission.'])).toBe('CCF decisions');
    // Summaries read the column's description.
    const columns = {
      year: column('integer', { label: 'Year' }),
      issued: column('integer', { label: 'Interpol notices', description }),
    };
    expect(say({ type: 'line', x: 'year', y: 'issued' }, years, columns)).toMatch(
      /^Line chart of Interpol notices per year, 2005 to 2009\./,
    );
    // With nothing that says it is a name, the label reads as sentence case.
    expect(
      say({ type: 'line', x: 'year', y: 'issued' }, years, {
        ...columns,
        issued: column('integer', { label: 'Interpol notices' }),
      }),
    ).toMatch(/^Line chart of interpol notices per year/);
  });
});

describe('chart summaries write values as the chart labels them', () => {
  const columns = {
    country: column('string', { label: 'Country' }),
    ground: column('string', { label: 'Ground' }),
    share: column('number', { label: 'Refusal rate', unit: '%' }),
    count: column('number', { label: 'Refusals' }),
  };
  /** The texts of an SVG's <text> elements (and their <tspan>s), as a reader sees them. */
  const texts = (svg: string) =>
    [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((match) => match[1]!.replace(/&nbsp;/g, '\u00a0'));

  it('a bar chart says "2.0" beside "1.5", as its bars are labelled, in English and French', () => {
    const rows = [
      { country: 'Alpha', count: 1.5 },
      { country: 'Bravo', count: 2 },
    ];
    const spec = { type: 'bar', x: 'country', y: 'count' } as const;
    expect(texts(renderPlot(bar(rows, { columns, x: 'country', y: 'count', lang: 'en', width: 400 }), 't'))).toEqual(
      expect.arrayContaining(['1.5', '2.0']),
    );
    expect(say(spec, rows, columns)).toBe(
      'Bar chart of refusals by country. Highest: 2.0 for Bravo. Lowest: 1.5 for Alpha.',
    );
    expect(texts(renderPlot(bar(rows, { columns, x: 'country', y: 'count', lang: 'fr', width: 400 }), 't'))).toEqual(
      expect.arrayContaining(['1,5', '2,0']),
    );
    expect(say(spec, rows, columns, 'fr')).toContain('Maximum\u00a0: 2,0, Bravo. Minimum\u00a0: 1,5, Alpha.');
    // Percentages too: "14.0%" beside "12.5%".
    const shares = [
      { country: 'Alpha', share: 12.5 },
      { country: 'Bravo', share: 14 },
    ];
    expect(say({ type: 'bar', x: 'country', y: 'share' }, shares, columns)).toContain(
      'Highest: 14.0% for Bravo. Lowest: 12.5% for Alpha.',
    );
    expect(say({ type: 'bar', x: 'country', y: 'share' }, shares, columns, 'fr')).toContain(
      'Maximum\u00a0: 14,0\u00a0%, Bravo. Minimum\u00a0: 12,5\u00a0%, Alpha.',
    );
  });

  it('a grouped bar chart says its values with the decimals its labels share', () => {
    const rows = [
      { country: 'Alpha', ground: 'A', count: 1.25 },
      { country: 'Alpha', ground: 'B', count: 3 },
      { country: 'Bravo', ground: 'A', count: 2 },
    ];
    const options = { columns, x: 'country', y: 'count', series: 'ground', width: 400 };
    expect(texts(renderPlot(groupedBar(rows, { ...options, lang: 'en' }), 't'))).toEqual(
      expect.arrayContaining(['1.25', '3.00', '2.00']),
    );
    const spec = { type: 'grouped-bar', x: 'country', y: 'count', series: 'ground' } as const;
    expect(say(spec, rows, columns)).toContain('Highest: 3.00 for Alpha (B). Lowest: 1.25 for Alpha (A).');
    expect(say(spec, rows, columns, 'fr')).toContain('Maximum\u00a0: 3,00, Alpha (B). Minimum\u00a0: 1,25, Alpha (A).');
  });

  it('a stacked bar chart says its totals with the decimals its totals are labelled with', () => {
    const rows = [
      { country: 'Alpha', ground: 'A', count: 1.5 },
      { country: 'Alpha', ground: 'B', count: 1 },
      { country: 'Bravo', ground: 'A', count: 2 },
      { country: 'Bravo', ground: 'B', count: 1 },
    ];
    const options = { columns, x: 'country', y: 'count', series: 'ground', width: 400 };
    expect(texts(renderPlot(stackedBar(rows, { ...options, lang: 'en' }), 't'))).toEqual(
      expect.arrayContaining(['2.5', '3.0']),
    );
    const spec = { type: 'stacked-bar', x: 'country', y: 'count', series: 'ground' } as const;
    expect(say(spec, rows, columns)).toContain('Largest total: 3.0 for Bravo. Smallest total: 2.5 for Alpha.');
    expect(texts(renderPlot(stackedBar(rows, { ...options, lang: 'fr' }), 't'))).toEqual(
      expect.arrayContaining(['2,5', '3,0']),
    );
    expect(say(spec, rows, columns, 'fr')).toContain(
      'Total le plus élevé\u00a0: 3,0, Bravo. Total le plus faible\u00a0: 2,5, Alpha.',
    );
  });

  it('a line chart, whose points are not labelled side by side, says each value alone', () => {
    const rows = [
      { year: 2020, count: 1.5 },
      { year: 2021, count: 2 },
    ];
    const line = { ...columns, year: column('integer', { label: 'Year' }) };
    expect(say({ type: 'line', x: 'year', y: 'count' }, rows, line)).toContain(
      'Highest: 2 in 2021. Lowest: 1.5 in 2020.',
    );
  });
});
