import { describe, expect, it } from 'vitest';
import { stackedBar, totals } from '../../src/charts/stacked-bar.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { column, expectKindGoldens } from './golden.ts';

const columns = { year: column('integer', { label: 'Year' }), ground: column('string', { label: 'Ground' }), count: column('integer') };
const rows = [
  { year: 2023, ground: 'Political', count: 120 },
  { year: 2023, ground: 'Military', count: 30 },
  { year: 2024, ground: 'Political', count: 200 },
  { year: 2024, ground: 'Military', count: null },
  { year: 2025, ground: 'Political', count: null },
];

describe('stacked bar chart', () => {
  it('stacks series in one bar per category with its total (golden)', () => {
    expectKindGoldens('stacked-bar', stackedBar, rows, { columns, x: 'year', y: 'count', series: 'ground' });
  });

  it('totals leave out null parts, and a category of nulls has no total', () => {
    expect([...totals(rows, 'year', 'count')]).toEqual([
      ['2023', 150],
      ['2024', 200],
      ['2025', null],
    ]);
    const svg = renderPlot(stackedBar(rows, { columns, x: 'year', y: 'count', series: 'ground', lang: 'en', width: 680 }), 't');
    expect(svg).toContain('>no data</text>');
    // Years are written without grouping.
    expect(svg).toContain('>2023</text>');
  });

  it('marks the label of a partial stack: its sum is not the total, in the page\'s language', () => {
    const texts = (lang: string) =>
      [...renderPlot(stackedBar(rows, { columns, x: 'year', y: 'count', series: 'ground', lang, width: 680 }), 't').matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // 2023 is complete, 2024 lacks Military, 2025 has nothing.
    expect(texts('en')).toEqual(expect.arrayContaining(['150', '200 (partial)', 'no data']));
    expect(texts('en')).not.toContain('200');
    expect(texts('fr')).toEqual(expect.arrayContaining(['150', '200 (partiel)', 'pas de données']));
  });
});
