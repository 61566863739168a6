/**
 * A figure a dataset qualifies ("about", "at least": its `qualifier` column) keeps its qualifier wherever a chart
 * prints it: its summary, its drawn labels and its data table, in the page's language. Positions stay numeric.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/figure.ts';
import { qualifiedRows, qualifierOf, sharedFigure } from '../../src/charts/qualified.ts';
import { chartSpecSchema } from '../../src/schemas/chart.ts';
import { validateChart } from '../../src/charts/validate.ts';
import { localiseDataset } from '../../src/lib/dataset-locale.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import type { Row } from '../../src/charts/types.ts';
import { column } from './golden.ts';

const cache = mkdtempSync(join(tmpdir(), 'casefile-qualified-charts-'));
process.env.CASEFILE_CHART_CACHE = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const nnbsp = '\u202f';
const columns = {
  period: column('string', { label: 'Period' }),
  kind: column('string', { label: 'Kind' }),
  year: column('integer', { label: 'Year' }),
  value: column('integer', { label: 'Deletions' }),
  qualifier: column('string', { label: 'Qualifier' }),
};
/** As the demo's CCF decisions: 2016 is "about 170", 2024 "at least 322", the rest exact. */
const deletions = {
  title: 'Deletions',
  description: 'Deletions ordered by the watchdog.',
  notes: [],
  corrections: [],
  columns,
  rows: [
    { period: '2011', kind: 'Deletions', year: 2011, value: 32, qualifier: null },
    { period: '2016', kind: 'Deletions', year: 2016, value: 170, qualifier: 'about' },
    { period: '2021', kind: 'Deletions', year: 2021, value: 296, qualifier: null },
    { period: '2024', kind: 'Deletions', year: 2024, value: 322, qualifier: 'at least' },
  ],
  translations: { fr: { columns: { qualifier: { label: 'Précision', values: { about: 'environ' } } } } },
} as unknown as Dataset;

function drawn(spec: Record<string, unknown>, lang: string, dataset = deletions) {
  const local = localiseDataset(dataset, lang);
  return chartFigure({
    spec: chartSpecSchema.parse({ title: 'T', ...spec }),
    dataset: local.data,
    lang,
    localiseRows: local.rows,
  });
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const bars = { type: 'bar', x: 'period', y: 'value', sort: 'none' };

describe('a chart of qualified figures', () => {
  it('draws a bar label with its qualifier, in English and French; an exact figure stays bare', () => {
    expect(texts(drawn(bars, 'en').wide)).toEqual(expect.arrayContaining(['32', 'about 170', '296', 'at least 322']));
    expect(texts(drawn(bars, 'fr').wide)).toEqual(expect.arrayContaining(['32', 'environ 170', '296', 'au moins 322']));
    expect(texts(drawn(bars, 'en').narrow!)).toContain('at least 322');
    const grouped = drawn({ type: 'grouped-bar', x: 'period', y: 'value', series: 'kind' }, 'fr');
    expect(texts(grouped.wide)).toEqual(expect.arrayContaining(['32', 'environ 170', 'au moins 322']));
  });

  it('says a highest value with its qualifier, claiming no more than the data', () => {
    expect(drawn(bars, 'en').summary).toBe(
      'Bar chart of deletions by period. Highest: at least 322 for 2024. Lowest: 32 for 2011.',
    );
    expect(drawn(bars, 'fr').summary).toBe(
      'Diagramme en barres\u00a0: deletions, par period. Maximum\u00a0: au moins 322, 2024. Minimum\u00a0: 32, 2011.',
    );
    const line = drawn({ type: 'line', x: 'year', y: 'value' }, 'en').summary;
    expect(line).toContain('Highest: at least 322 in 2024.');
    // Dots of categories by a figure written on x: the summary says the figure as y's, qualified.
    const dots = drawn({ type: 'dot', x: 'value', y: 'period' }, 'en').summary;
    expect(dots).toContain('Highest: at least 322 for 2024.');
  });

  it('gives the qualifier of a single point, in its label and its summary', () => {
    const one = { ...deletions, rows: [deletions.rows[1]!] } as Dataset;
    const figure = drawn({ type: 'line', x: 'year', y: 'value' }, 'fr', one);
    expect(figure.summary).toBe('Courbe\u00a0: deletions, environ 170 en 2016.');
    expect(texts(figure.wide)).toContain('environ 170');
  });

  it('leaves a chart of another column, or of a dataset without qualifiers, as it was', () => {
    expect(qualifierOf(columns, { x: 'year', y: 'year' })).toBeUndefined();
    const { qualifier: _, ...exact } = columns;
    const plain = { ...deletions, columns: exact } as Dataset;
    expect(texts(drawn(bars, 'en', plain).wide)).toEqual(expect.arrayContaining(['170', '322']));
    expect(drawn(bars, 'en', plain).summary).toContain('Highest: 322 for 2024.');
  });

  it('a stack of a qualified part has a qualified total, in its label and its summary; ties keep each way', () => {
    const parts = {
      ...deletions,
      rows: [
        { period: '2016', kind: 'A', value: 100, qualifier: 'about' },
        { period: '2016', kind: 'B', value: 50, qualifier: null },
        { period: '2021', kind: 'A', value: 20, qualifier: null },
        { period: '2021', kind: 'B', value: 10, qualifier: null },
        { period: '2024', kind: 'A', value: 140, qualifier: null },
        { period: '2024', kind: 'B', value: 10, qualifier: null },
      ],
    } as Dataset;
    const stacked = { type: 'stacked-bar', x: 'period', y: 'value', series: 'kind', sort: 'none' };
    const en = drawn(stacked, 'en', parts);
    expect(texts(en.wide)).toEqual(expect.arrayContaining(['about 150', '30', '150']));
    // 2016 and 2024 share the largest total, one "about", one exact: neither is claimed as the other.
    expect(en.summary).toContain('Largest total: about 150 or 150 for 2016 and 2024.');
    expect(en.summary).toContain('Smallest total: 30 for 2021.');
    expect(texts(drawn(stacked, 'fr', parts).wide)).toContain('environ 150');
  });

  it('refuses a stack whose parts are qualified in different words, naming its rows', () => {
    const mixed = {
      ...deletions,
      key: 'kind',
      rows: [
        { period: '2016', kind: 'A', value: 100, qualifier: 'about' },
        { period: '2016', kind: 'B', value: 50, qualifier: 'at least' },
      ],
    } as Dataset;
    const spec = chartSpecSchema.parse({ type: 'stacked-bar', x: 'period', y: 'value', series: 'kind', title: 'T' });
    expect(validateChart(spec, mixed)).toEqual([
      {
        field: 'y',
        message:
          'the rows where kind is "A" and "B" make one stack of figures qualified "about" and "at least": no one word says how exact its total is: use type="grouped-bar", which prints each figure with its own',
      },
    ]);
  });

  it('translates the qualifier with the site dictionaries, else the dataset, else keeps it as written', () => {
    const written: Row[] = [{ qualifier: 'at least' }, { qualifier: 'roughly' }, { qualifier: 'about' }, {}];
    const shown: Row[] = [{ qualifier: 'at least' }, { qualifier: 'à peu près' }, { qualifier: 'about' }, {}];
    expect(qualifiedRows(shown, written, 'qualifier', 'fr').map((row) => row.qualifier)).toEqual([
      'au moins',
      'à peu près',
      'environ',
      null,
    ]);
  });

  it('a value several rows share keeps each way they give it', () => {
    expect(sharedFigure(`7${nnbsp}000`, ['environ', 'environ'], 'fr')).toBe(`environ 7${nnbsp}000`);
    expect(sharedFigure('86,000', [undefined, 'about'], 'en')).toBe('86,000 or about 86,000');
    expect(sharedFigure(`86${nnbsp}000`, [undefined, 'environ'], 'fr')).toBe(`86${nnbsp}000 ou environ 86${nnbsp}000`);
  });
});
